"""Reading the JSON text a client sends (statement bodies, the ``agent`` parameter,
documents that are merged, signature payloads), so that no text, however deep or odd,
gets further than a 400 naming where it came from.

Python's parser turns very deep nesting into a ``RecursionError`` and accepts
``NaN`` and ``Infinity``, which are not JSON; and a value nested hundreds of levels down
still parses, then breaks whatever walks it next (validation, storage, the projector).
So nesting is bounded here, once, before anything else looks at the value. What the
values themselves may hold (``null``, NUL characters, lone surrogates, numbers beyond a
double) is for the statement rules in :mod:`lrs.xapi.validation`, which name the field.
"""

import json

from .validation import StatementInvalid

# A statement's own structure is about ten levels deep; this leaves room for extensions
# and documents, and stays far from the depth at which Python's recursion runs out.
MAX_DEPTH = 100


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a JSON value")


def nesting_exceeds(value, limit: int = MAX_DEPTH) -> bool:
    """Whether arrays and objects in ``value`` nest deeper than ``limit`` levels (walked
    without recursion, so any depth can be measured)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def parse_json(raw: bytes | str, *, field: str, max_depth: int = MAX_DEPTH):
    """The value of JSON text (UTF-8 bytes or a string), or :class:`StatementInvalid`
    naming ``field``: not UTF-8, not JSON (``NaN``, ``Infinity`` and numbers too long to
    read included), or nested deeper than ``max_depth``."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes | bytearray) else raw
        value = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise StatementInvalid(field, f"must not nest deeper than {max_depth} levels") from None
    except (ValueError, UnicodeDecodeError):
        raise StatementInvalid(field, "must be valid JSON in UTF-8") from None
    if isinstance(value, dict | list) and nesting_exceeds(value, max_depth):
        raise StatementInvalid(field, f"must not nest deeper than {max_depth} levels")
    return value
