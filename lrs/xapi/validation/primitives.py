"""The building blocks of the statement rules: the error they raise, JSON values, IRIs,
UUIDs, timestamps, durations, extensions, and the shape checks every other rule uses."""

import math
import re
from datetime import UTC, datetime

from django.utils.dateparse import parse_datetime


class StatementInvalid(ValueError):
    """A statement broke a rule. ``field`` is the dotted path of the offending property."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


# RFC 3987 leaves out spaces and control characters (NUL included) as well as these.
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s\x00-\x1f\x7f<>\"{}|\\^`]+$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_NUMBER = r"\d+(?:[.,]\d+)?"
# ISO 8601 writes weeks alone (``P4W``): a week count combined with any other unit
# (``P4W1D``) is not a duration of the standard.
_DURATION = re.compile(
    rf"^P(?:{_NUMBER}W|(?!$)(?:{_NUMBER}Y)?(?:{_NUMBER}M)?(?:{_NUMBER}D)?"
    rf"(?:T(?=\d)(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?)$"
)
_TIMESTAMP = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"(?P<offset>[Zz]|[+-]\d{2}(?::?\d{2})?)?$"
)
_NEGATIVE_ZERO_OFFSET = re.compile(r"-00(?::?00)?$")


def fail(field: str, message: str):
    """Raise :class:`StatementInvalid` for ``field``."""
    raise StatementInvalid(field, message)


def join(prefix: str, key: str) -> str:
    """The dotted path of ``key`` under ``prefix`` (which may be empty)."""
    return f"{prefix}.{key}" if prefix else key


def require_object(value, field: str) -> dict:
    """``value``, which must be a JSON object."""
    if not isinstance(value, dict):
        fail(field, "must be a JSON object")
    return value


def require_list(value, field: str) -> list:
    """``value``, which must be a JSON array."""
    if not isinstance(value, list):
        fail(field, "must be an array")
    return value


def require_string(value, field: str) -> str:
    """``value``, which must be a string."""
    if not isinstance(value, str):
        fail(field, "must be a string")
    return value


def only_keys(value: dict, allowed: set[str], field: str) -> None:
    """No property of ``value`` outside ``allowed``."""
    for key in value:
        if key not in allowed:
            fail(join(field, key), "is not a property the specification allows here")


_UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
# The largest finite double: a larger number is Infinity to every reader that holds JSON
# numbers as doubles (browsers, other LRSs), and float() of it overflows.
_LARGEST_DOUBLE = 1.7976931348623157e308


def _shown(key: str) -> str:
    """A property name as a field path shows it: control characters and lone surrogates
    escaped, so that the message itself stays valid text."""
    return _UNSHOWABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", key)


def _path(node) -> str:
    """The dotted path of a node of :func:`validate_json_values`' walk."""
    parts = []
    while node is not None:
        node, part = node
        parts.append(part)
    path = ""
    for part in reversed(parts):
        path = f"{path}[{part}]" if isinstance(part, int) else join(path, _shown(part))
    return path


def _under(field: str, path: str) -> str:
    if path.startswith("["):
        return field + path
    return join(field, path) or "statement"


def _text_problem(text: str) -> str | None:
    if "\x00" in text:
        return "must not contain the NUL character (\\u0000)"
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return "must be Unicode text, without a lone surrogate (\\ud800 to \\udfff)"
    return None


def _number_problem(number) -> str | None:
    if isinstance(number, float) and not math.isfinite(number):
        return "must be a finite number"
    if isinstance(number, int) and abs(number) > _LARGEST_DOUBLE:
        return "must be a number no larger than a double holds (about 1.8e308)"
    return None


def validate_json_values(value, field: str, *, nulls: bool = False) -> None:
    """Every string (property names included) is Unicode text without the NUL character,
    every number fits a double, and (unless ``nulls``) ``null`` appears only inside
    ``extensions``. The specification requires valid strings; PostgreSQL's jsonb cannot
    store NUL; a lone surrogate (``"\\ud800"``, which JSON can spell) cannot be encoded;
    and every reader of a statement (the database, other LRSs) reads numbers as doubles.
    Walked without recursion, so an unexpected depth is no failure of its own."""
    stack = [(value, None, nulls)]
    while stack:
        item, node, in_extensions = stack.pop()
        problem = None
        if item is None:
            problem = None if in_extensions else "must not be null"
        elif isinstance(item, str):
            problem = _text_problem(item)
        elif isinstance(item, int | float) and not isinstance(item, bool):
            problem = _number_problem(item)
        elif isinstance(item, dict):
            children = []
            for key, child in item.items():
                child_node = (node, key)
                if isinstance(key, str) and (key_problem := _text_problem(key)):
                    fail(_under(field, _path(child_node)), key_problem)
                children.append((child, child_node, in_extensions or key == "extensions"))
            stack.extend(reversed(children))
        elif isinstance(item, list):
            stack.extend(
                (child, (node, index), in_extensions)
                for index, child in reversed(list(enumerate(item)))
            )
        if problem is not None:
            fail(_under(field, _path(node)), problem)


def validate_iri(value, field: str) -> None:
    """An absolute IRI: a scheme, a colon, and no whitespace."""
    if not isinstance(value, str) or not _IRI.match(value):
        fail(field, "must be an absolute IRI")


def validate_uuid(value, field: str) -> None:
    """A UUID in its hyphenated string form (either case)."""
    if not isinstance(value, str) or not _UUID.match(value):
        fail(field, "must be a UUID in its hyphenated string form")


def validate_extensions(value, field: str) -> None:
    """An extensions object: its keys are IRIs, its values anything."""
    value = require_object(value, field)
    for key in value:
        validate_iri(key, f"{field}.{key}")


def parse_timestamp(value, field: str, *, require_offset: bool = False) -> datetime:
    """An ISO 8601 timestamp as an aware datetime.

    One without an offset is taken as UTC (allowed in 1.0.x; ``require_offset``
    rejects it, as RFC 3339 does in 2.0). A negative zero offset (``-00:00``) is
    rejected: it means "offset unknown", not UTC.
    """
    if not isinstance(value, str):
        fail(field, "must be an ISO 8601 date and time")
    match = _TIMESTAMP.match(value)
    parsed = None
    if match:
        try:
            parsed = parse_datetime(value.replace(",", ".").replace(" ", "T", 1))
        except ValueError:
            parsed = None
    if parsed is None:
        fail(field, "must be an ISO 8601 date and time")
    offset = match.group("offset")
    if offset and _NEGATIVE_ZERO_OFFSET.match(offset):
        fail(field, "must not use the offset -00:00 (use Z or +00:00 for UTC)")
    if parsed.tzinfo is None:
        if require_offset:
            fail(field, "must include a time zone offset")
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def validate_duration(value, field: str) -> None:
    """An ISO 8601 duration (weeks only on their own)."""
    if not (isinstance(value, str) and _DURATION.match(value)):
        fail(field, "must be an ISO 8601 duration")
