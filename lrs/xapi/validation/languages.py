"""Language tags (RFC 5646) and the language maps keyed by them."""

import re

from .primitives import fail, require_object, require_string

# RFC 5646 section 2.1: language, script, region, variants, extensions, private use
# (matched on the lower-cased tag), and the grandfathered tags that follow no pattern.
_LANGUAGE_TAG = re.compile(
    r"^(?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})"
    r"(?:-[a-z]{4})?"
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)"
    r"(?P<extensions>(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*)"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?$"
)
_PRIVATE_USE_TAG = re.compile(r"^x(?:-[a-z0-9]{1,8})+$")
_GRANDFATHERED_TAGS = frozenset(
    {
        "en-gb-oed",
        "i-ami",
        "i-bnn",
        "i-default",
        "i-enochian",
        "i-hak",
        "i-klingon",
        "i-lux",
        "i-mingo",
        "i-navajo",
        "i-pwn",
        "i-tao",
        "i-tay",
        "i-tsu",
        "sgn-be-fr",
        "sgn-be-nl",
        "sgn-ch-de",
        "art-lojban",
        "cel-gaulish",
        "no-bok",
        "no-nyn",
        "zh-guoyu",
        "zh-hakka",
        "zh-min",
        "zh-min-nan",
        "zh-xiang",
    }
)


def _no_repeats(subtags: list[str]) -> bool:
    return len(subtags) == len(set(subtags))


def is_language_tag(value) -> bool:
    """Whether ``value`` is a well-formed RFC 5646 language tag: subtags in their
    order and lengths (so no second region, no one-letter language), no variant and
    no extension singleton used twice, or a private-use or grandfathered tag."""
    if not isinstance(value, str) or not value.isascii():
        return False
    tag = value.lower()
    if tag in _GRANDFATHERED_TAGS or _PRIVATE_USE_TAG.match(tag):
        return True
    match = _LANGUAGE_TAG.match(tag)
    if match is None:
        return False
    variants = match.group("variants").split("-")[1:]
    singletons = [part for part in match.group("extensions").split("-") if len(part) == 1]
    return _no_repeats(variants) and _no_repeats(singletons)


def validate_language_map(value, field: str) -> None:
    """An object whose keys are RFC 5646 language tags and whose values are strings."""
    value = require_object(value, field)
    for tag, text in value.items():
        if not is_language_tag(tag):
            fail(f"{field}.{tag}", "is not an RFC 5646 language tag")
        require_string(text, f"{field}.{tag}")
