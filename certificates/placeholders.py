"""The ``{placeholders}`` a certificate template's title and body may use: which exist,
what is wrong with a text's, and the text filled in."""

import re
import string
import unicodedata

from django.utils.translation import gettext_lazy as _

PLACEHOLDERS = ("learner", "course", "date", "hours", "code")


def placeholder_errors(text: str) -> list[str]:
    """What is wrong with the ``{placeholders}`` of a template text (empty when nothing)."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return [_("Braces must come in pairs around a placeholder, e.g. {learner}.")]
    unknown = sorted({name for name in names if name not in PLACEHOLDERS})
    if unknown:
        return [
            _("Unknown placeholder %(names)s. Use only %(allowed)s.")
            % {
                "names": ", ".join("{" + name + "}" for name in unknown),
                "allowed": ", ".join("{" + name + "}" for name in PLACEHOLDERS),
            }
        ]
    return []


# French words that lose their vowel before a vowel sound ("que Alex" -> "qu'Alex"), with
# their elided form, followed by the space and the placeholder they stand before.
_ELIDING = {
    "que": "qu",
    "lorsque": "lorsqu",
    "puisque": "puisqu",
    "jusque": "jusqu",
    "de": "d",
    "le": "l",
    "la": "l",
}
_BEFORE_PLACEHOLDER = re.compile(
    r"\b(" + "|".join(_ELIDING) + r")[ \u00a0]+(\{(?:" + "|".join(PLACEHOLDERS) + r")\})",
    re.IGNORECASE,
)
FRENCH_APOSTROPHE = "\u2019"


def starts_with_vowel_sound(word: str) -> bool:
    """Whether a French word or name starts with a vowel sound, so that "que", "de",
    "le" and "la" elide before it ("qu'Alex", "d'Yves"; but "que Yasmine", "que Hugo":
    a name's initial "h" is not taken as mute)."""
    letters = unicodedata.normalize("NFD", word.strip().lower())
    letters = "".join(char for char in letters if not unicodedata.combining(char))
    if not letters:
        return False
    if letters[0] in "aeiouœæ":
        return True
    # "Yves", "Ysabelle": a "y" before a consonant sounds as a vowel.
    return letters[0] == "y" and len(letters) > 1 and letters[1] not in "aeiouy"


def french_elide(text: str, values: dict[str, str]) -> str:
    """``text`` with "que {learner}" written "qu'{learner}" (and likewise "de", "le",
    "la") when the value filled in starts with a vowel sound, as French requires."""

    def elide(match: re.Match) -> str:
        word, placeholder = match.group(1), match.group(2)
        if not starts_with_vowel_sound(values.get(placeholder[1:-1], "")):
            return match.group(0)
        short = _ELIDING[word.lower()]
        if word[0].isupper():
            short = short[0].upper() + short[1:]
        return short + FRENCH_APOSTROPHE + placeholder

    return _BEFORE_PLACEHOLDER.sub(elide, text)


def fill_placeholders(text: str, values: dict[str, str], *, language: str = "en") -> str:
    """The text with its placeholders replaced (the text was validated on save); in
    French, the words before them elided where the value calls for it."""
    if language.startswith("fr"):
        text = french_elide(text, values)
    try:
        return text.format_map({name: values.get(name, "") for name in PLACEHOLDERS})
    except (KeyError, ValueError, IndexError):
        return text
