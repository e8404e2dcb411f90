"""Reading a question snapshot (its kind, points, ids and answer key) and checking a
learner's response against it: ``validate_response`` and the parsed form the graders
read, or ``ResponseInvalid``."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from fractions import Fraction

from django.utils.translation import gettext

from .exact import _exact

_INTERACTION_TYPES = {
    "single_choice": "choice",
    "multiple_response": "choice",
    "true_false": "true-false",
    "matching": "matching",
    "ordering": "sequencing",
    "short_text": "fill-in",
    "numeric": "numeric",
}
_PARTIAL_CREDIT_MODES = ("none", "proportional")

_MAX_TEXT_LENGTH = 500


class ResponseInvalid(ValueError):
    """A response that does not fit its question: wrong shape, or ids the question does not
    have. ``message`` names the problem, e.g. ``response: c9 is not a choice of this question``
    (the part after ``response:`` is in the active language)."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def _invalid(message: str) -> ResponseInvalid:
    # "response" is the API's field name, so it stays as is; the message is translated.
    return ResponseInvalid(f"response: {message}")


def _too_long() -> ResponseInvalid:
    return _invalid(
        gettext("the answer is longer than %(limit)s characters") % {"limit": _MAX_TEXT_LENGTH}
    )


def _show(value) -> str:
    """A value a learner sent, short enough to quote in a message."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, default=repr)
        except (TypeError, ValueError):  # keys JSON cannot hold, circular structures
            text = repr(value)
    return text if len(text) <= 40 else text[:39] + "\u2026"


def _kind(snapshot: dict) -> str:
    kind = snapshot.get("kind")
    if kind not in _INTERACTION_TYPES:
        raise ValueError(f"snapshot: unknown question kind {kind!r}")
    return kind


def _partial_credit(snapshot: dict) -> str:
    mode = snapshot.get("partial_credit") or "none"
    if mode not in _PARTIAL_CREDIT_MODES:
        raise ValueError(f"snapshot: unknown partial_credit {mode!r}")
    return mode


def _points(snapshot: dict) -> Fraction:
    points = _exact(snapshot.get("points", 1))
    if points <= 0:
        raise ValueError("snapshot: points must be greater than 0")
    return points


def _ids(entries: list[dict]) -> list[str]:
    return [entry["id"] for entry in entries]


def _choice_id(snapshot: dict, response) -> str:
    if not isinstance(response, str):
        raise _invalid(gettext("expected one choice id"))
    if response not in _ids(snapshot["choices"]):
        raise _invalid(gettext("%(id)s is not a choice of this question") % {"id": _show(response)})
    return response


def _id_list(response, known: list[str], not_known: str, repeated: str) -> tuple[str, ...]:
    seen: set[str] = set()
    for entry in response:
        if not isinstance(entry, str) or entry not in known:
            raise _invalid(not_known % {"id": _show(entry)})
        if entry in seen:
            raise _invalid(repeated % {"id": _show(entry)})
        seen.add(entry)
    return tuple(response)


def _parse(snapshot: dict, response):
    """The response checked against the question, in a form the graders read (``None`` when
    unanswered). Raises ResponseInvalid."""
    kind = _kind(snapshot)
    if response is None:
        return None
    if kind == "single_choice":
        return _choice_id(snapshot, response)
    if kind == "true_false":
        if isinstance(response, bool):
            response = "true" if response else "false"
        if not isinstance(response, str):
            raise _invalid(gettext("expected true or false"))
        return _choice_id(snapshot, response)
    if kind == "multiple_response":
        if not isinstance(response, list | tuple):
            raise _invalid(gettext("expected a list of choice ids"))
        return _id_list(
            response,
            _ids(snapshot["choices"]),
            gettext("%(id)s is not a choice of this question"),
            gettext("%(id)s is chosen more than once"),
        )
    if kind == "matching":
        return _parse_matching(snapshot, response)
    if kind == "ordering":
        if not isinstance(response, list | tuple):
            raise _invalid(gettext("expected a list of item ids"))
        items = _ids(snapshot["items"])
        order = _id_list(
            response,
            items,
            gettext("%(id)s is not an item of this question"),
            gettext("%(id)s appears more than once in the order"),
        )
        for item in items:
            if item not in order:
                raise _invalid(gettext("%(id)s is missing from the order") % {"id": item})
        return order
    if kind == "short_text":
        if not isinstance(response, str):
            raise _invalid(gettext("expected text"))
        if len(response) > _MAX_TEXT_LENGTH:
            raise _too_long()
        return response
    return _parse_number(response)  # numeric


def _parse_matching(snapshot: dict, response) -> dict[str, str]:
    if not isinstance(response, dict):
        raise _invalid(gettext("expected an object matching left-hand ids to right-hand ids"))
    pair_ids = _ids(snapshot["pairs"])
    matches = {}
    for left, right in response.items():
        if not isinstance(left, str) or left not in pair_ids:
            raise _invalid(
                gettext("%(id)s is not a left-hand item of this question") % {"id": _show(left)}
            )
        if right is None:
            continue
        if not isinstance(right, str) or right not in pair_ids:
            raise _invalid(
                gettext("%(id)s is not a right-hand item of this question") % {"id": _show(right)}
            )
        matches[left] = right
    return matches


def validate_response(snapshot: dict, response) -> None:
    """Raise :class:`ResponseInvalid` unless ``response`` fits the question: the shape its
    kind expects, only ids the question has, no id twice, every item of an ordering, text of
    at most 500 characters, a finite number. ``None`` (unanswered) is always valid."""
    _parse(snapshot, response)


# Spaces that group thousands ("1 500", with a plain, no-break, narrow or thin space).
_DIGIT_GROUP_SPACE = re.compile(r"(?<=[0-9])[ \u00a0\u202f\u2009](?=[0-9]{3}(?![0-9]))")
_NUMBER = re.compile(r"([+\-\u2212]?)([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")


def _parse_number(response) -> Fraction:
    if isinstance(response, bool) or not isinstance(response, int | float | Decimal | str):
        raise _invalid(gettext("expected a number"))
    if isinstance(response, str):
        if len(response) > _MAX_TEXT_LENGTH:
            raise _too_long()
        text = _DIGIT_GROUP_SPACE.sub("", response.strip())
        match = _NUMBER.fullmatch(text)
        if match is None:
            raise _invalid(gettext("%(value)s is not a number") % {"value": _show(response)})
        sign, digits = match.groups()
        return Fraction(("-" if sign in ("-", "\u2212") else "") + digits.replace(",", "."))
    try:
        return _exact(response)
    except (ValueError, ArithmeticError):
        raise _invalid(gettext("the number must be finite")) from None


def _correct_choice_ids(snapshot: dict) -> list[str]:
    return [choice["id"] for choice in snapshot["choices"] if choice.get("correct")]


def _numeric_target(snapshot: dict) -> tuple[Fraction, Fraction]:
    numeric = snapshot.get("numeric") or {}
    if numeric.get("value") is None:
        raise ValueError("snapshot: a numeric question needs numeric.value")
    return _exact(numeric["value"]), abs(_exact(numeric.get("tolerance") or 0))
