"""The JSON body of a request to one of the site's JSON views (quiz attempts, lesson
answers, package run-time commits, cmi5 launches), read so that bad input is a 400
naming the field, never a server error.

Python's parser turns very deep nesting into a ``RecursionError`` and reads ``1e400``
as infinity; JSON can spell the NUL character and lone surrogates (``"\\ud800"``), which
PostgreSQL's jsonb cannot store and UTF-8 cannot encode. Each view still checks the
shape it expects; this only makes sure that what it checks is plain, storable JSON.
"""

import json
import math

from django.http import JsonResponse
from django.utils.translation import gettext as _

# Deeper than any of these bodies needs, and far from where Python's recursion runs out.
MAX_DEPTH = 32
_LARGEST_DOUBLE = 1.7976931348623157e308


class JSONBodyInvalid(ValueError):
    """A body that is not plain JSON; ``field`` is the dotted path of the value at fault
    (``body`` for the text as a whole)."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def _reject_constant(name: str):
    raise ValueError(name)


def _text_problem(text: str) -> str | None:
    if "\x00" in text:
        return _("must not contain the NUL character")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return _("must not contain a lone surrogate (\\ud800 to \\udfff)")
    return None


def _value_problem(value) -> str | None:
    if isinstance(value, str):
        return _text_problem(value)
    if isinstance(value, float) and not math.isfinite(value):
        return _("is too large a number")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _LARGEST_DOUBLE:
        return _("is too large a number")
    return None


def _join(path: str, key) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    shown = "".join(
        f"\\u{ord(ch):04x}" if ch < " " or ch == "\x7f" or "\ud800" <= ch <= "\udfff" else ch
        for ch in key
    )
    return f"{path}.{shown}" if path else shown


def json_values_check(value, *, field: str = "") -> None:
    """Raise :class:`JSONBodyInvalid` at the first string (property names included) with
    the NUL character or a lone surrogate, the first number beyond a double, or the first
    array or object nested deeper than :data:`MAX_DEPTH`. Walked without recursion."""
    stack = [(value, field, 1)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                raise JSONBodyInvalid(
                    "body", _("must not nest deeper than %(limit)s levels") % {"limit": MAX_DEPTH}
                )
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            children = []
            for key, child in pairs:
                child_path = _join(path, key)
                if isinstance(key, str) and (problem := _text_problem(key)):
                    raise JSONBodyInvalid(child_path, problem)
                children.append((child, child_path, depth + 1))
            stack.extend(reversed(children))
        elif (problem := _value_problem(item)) is not None:
            raise JSONBodyInvalid(path or "body", problem)


def request_json(request, *, empty=None):
    """The request's JSON body (``empty`` when there is none), checked by
    :func:`json_values_check`. Raises :class:`JSONBodyInvalid`."""
    raw = request.body
    if not raw:
        return empty
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except RecursionError:
        raise JSONBodyInvalid(
            "body", _("must not nest deeper than %(limit)s levels") % {"limit": MAX_DEPTH}
        ) from None
    except (ValueError, UnicodeDecodeError):
        raise JSONBodyInvalid("body", _("is not valid JSON")) from None
    json_values_check(value)
    return value


def json_body_error(error: JSONBodyInvalid) -> JsonResponse:
    """The 400 the site's JSON views answer: ``{"error": "field: message", "field"}``."""
    return JsonResponse({"error": str(error), "field": error.field}, status=400)
