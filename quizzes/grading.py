"""Grading of quiz questions: pure functions over question snapshots.

A question version is frozen into a plain JSON "snapshot" dict when an attempt serves it
(the schema is in the quizzes contract: ``kind``, ``points``, ``choices``, ``pairs``,
``items``, ``accepted``, ``numeric``...). Everything here reads only that dict and the
learner's response, never the database, so a past attempt always grades the same way.

Responses, per kind:

* ``single_choice``: a choice id; ``true_false``: ``"true"`` or ``"false"`` (a JSON
  boolean is accepted too);
* ``multiple_response``: a list of choice ids (an empty list is an answer: "none of them");
* ``matching``: ``{left pair id: right pair id}``; a left item may be left out or mapped to
  ``None`` (not matched), and one right item may be used for several left items;
* ``ordering``: every item id exactly once, in the learner's order;
* ``short_text``: text of at most 500 characters;
* ``numeric``: a number or a numeric string: ``"3.5"``, ``"3,5"``, ``" -3.5 "``, the
  Unicode minus sign, and spaces grouping thousands (``"1 500,25"``). One separator only:
  ``"1,500"`` reads as 1.5, never as fifteen hundred;
* ``None``: unanswered, which scores 0 and is not correct.

Exactness: scores are computed with :class:`fractions.Fraction` from the decimal form of
every number (``0.1`` is one tenth, not its binary approximation), so 3 of 4 correct pairs
at 1 point is exactly 0.75 and a numeric answer exactly at the tolerance is right. Floats
appear only at the edges:

* :class:`Grade` ``score`` and ``max_score`` are rounded half-up to 4 decimal places
  (2/3 of a point is 0.6667); the exact values ride along in ``exact_score`` and
  ``exact_max_score``, which :func:`attempt_score` adds up;
* :func:`attempt_score` rounds its ``score`` and ``max_score`` the same way, and gives
  ``scaled`` as the float nearest to the exact ratio, unrounded, so that :func:`passed`
  (which reads a float by its shortest decimal form, ``0.8`` as 8/10) compares what the
  learner earned, not a rounded figure.

Every ``result.response`` and ``correctResponsesPattern`` follows the xAPI 1.0.3/2.0
``cmi.interaction`` formats: ids joined with ``[,]``, matching pairs as
``source[.]target``, numeric ranges as ``min[:]max``, fill-in answers with a
``{case_matters=...}`` parameter.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from html.parser import HTMLParser

from django.utils.translation import gettext

from lrs.xapi import vocabulary as xapi

__all__ = [
    "Grade",
    "ResponseInvalid",
    "attempt_score",
    "correct_responses_pattern",
    "grade",
    "interaction_definition",
    "interaction_type",
    "normalise_text",
    "passed",
    "response_pattern",
    "validate_response",
]

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

_LIST_SEPARATOR = xapi.RESPONSE_SEPARATOR  # "[,]"
_PAIR_SEPARATOR = "[.]"
_RANGE_SEPARATOR = "[:]"

_MAX_TEXT_LENGTH = 500
_DECIMAL_PLACES = 4
_NAME_LENGTH = 120


class ResponseInvalid(ValueError):
    """A response that does not fit its question: wrong shape, or ids the question does not
    have. ``message`` names the problem, e.g. ``response: c9 is not a choice of this question``
    (the part after ``response:`` is in the active language)."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class Grade:
    """The outcome of one response: ``score`` out of ``max_score`` (the question's points),
    rounded to 4 decimal places; ``correct`` when it earned every point; ``response_pattern``
    is the xAPI ``result.response`` string ("" when unanswered).

    ``exact_score`` and ``exact_max_score`` hold the unrounded values; built from floats alone
    (e.g. a grade read back from storage) they are the decimal values of those floats."""

    score: float
    max_score: float
    correct: bool
    response_pattern: str
    exact_score: Fraction | None = field(default=None, repr=False, compare=False)
    exact_max_score: Fraction | None = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        if self.exact_score is None:
            object.__setattr__(self, "exact_score", _exact(self.score))
        if self.exact_max_score is None:
            object.__setattr__(self, "exact_max_score", _exact(self.max_score))


# --- numbers ---------------------------------------------------------------------------


def _exact(value) -> Fraction:
    """A number from a snapshot or a caller (int, float, Decimal, Fraction or numeric string)
    as the exact fraction of its decimal form."""
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, int | Fraction):
        return Fraction(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"expected a finite number, got {value!r}")
        return Fraction(repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"expected a finite number, got {value!r}")
        return Fraction(value)
    if isinstance(value, str):
        return Fraction(value.strip())
    raise TypeError(f"expected a number, got {value!r}")


def _rounded(value: Fraction) -> float:
    """``value`` rounded half-up (away from zero) to 4 decimal places, as a float."""
    unit = 10**_DECIMAL_PLACES
    whole = math.floor(abs(value) * unit + Fraction(1, 2))
    return math.copysign(whole / unit, value) if whole else 0.0


def _decimal_text(value: Fraction) -> str:
    """The exact decimal form of ``value`` (``"3.5"``, ``"-0.25"``, ``"10"``), no exponent."""
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:  # not a terminating decimal: cannot come from decimal inputs
        return repr(float(value))
    places = max(twos, fives)
    digits = str(abs(value.numerator) * 10**places // value.denominator).rjust(places + 1, "0")
    whole, fraction = digits[: len(digits) - places], digits[len(digits) - places :]
    fraction = fraction.rstrip("0")
    sign = "-" if value < 0 else ""
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"


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


# --- text --------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u2032\uff07", "'"))
_QUOTES = str.maketrans(dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02", '"'))
_GUILLEMET_SPACING = re.compile(r"(?<=\u00ab)\s+|\s+(?=\u00bb)")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[:;?!])")


def normalise_text(text: str, case_sensitive: bool) -> str:
    """The form in which a short-text answer is compared with the accepted answers.

    Unicode NFC; typographic apostrophes (’ ‘ ʼ) become ``'`` and quotes (“ ” « ») become
    ``"`` (spaces just inside « » are dropped); runs of whitespace, no-break spaces included,
    become one space and the ends are trimmed; the French space before ``: ; ? !`` is
    dropped; final periods are dropped; letters are case-folded unless ``case_sensitive``.

    Accents are kept on purpose: in French "côte" (coast) and "cote" (rating) are different
    words, so an answer without its accents is a different answer. Idempotent.
    """
    text = unicodedata.normalize("NFC", text)
    text = _GUILLEMET_SPACING.sub("", text).translate(_APOSTROPHES).translate(_QUOTES)
    text = " ".join(text.split())
    text = text.rstrip(". ")
    text = _SPACE_BEFORE_PUNCTUATION.sub("", text)
    if not case_sensitive:
        text = unicodedata.normalize("NFC", text.casefold())
    return text


def _answer_text(text: str) -> str:
    """A learner's or an author's answer as it goes into an xAPI pattern: NFC, trimmed."""
    return unicodedata.normalize("NFC", text).strip()


class _TextExtractor(HTMLParser):
    _BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
    _HIDDEN = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def plain_text(html: str) -> str:
    """Text of an HTML fragment, whitespace collapsed (for labels and reports)."""
    extractor = _TextExtractor()
    extractor.feed(html or "")
    extractor.close()
    return " ".join("".join(extractor.parts).split())


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "\u2026"


# --- responses ---------------------------------------------------------------------------


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


# --- grading -----------------------------------------------------------------------------


def _correct_choice_ids(snapshot: dict) -> list[str]:
    return [choice["id"] for choice in snapshot["choices"] if choice.get("correct")]


def _numeric_target(snapshot: dict) -> tuple[Fraction, Fraction]:
    numeric = snapshot.get("numeric") or {}
    if numeric.get("value") is None:
        raise ValueError("snapshot: a numeric question needs numeric.value")
    return _exact(numeric["value"]), abs(_exact(numeric.get("tolerance") or 0))


def _credit(snapshot: dict, answer) -> Fraction:
    """The share of the points ``answer`` (a parsed response) earns, from 0 to 1."""
    kind = _kind(snapshot)
    if kind in ("single_choice", "true_false"):
        return Fraction(answer in _correct_choice_ids(snapshot))
    if kind == "multiple_response":
        expected = set(_correct_choice_ids(snapshot))
        chosen = set(answer)
        if _partial_credit(snapshot) == "none" or not expected:
            return Fraction(chosen == expected)
        right, wrong = len(chosen & expected), len(chosen - expected)
        return max(Fraction(0), Fraction(right - wrong, len(expected)))
    if kind in ("matching", "ordering"):
        if kind == "matching":
            expected = _ids(snapshot["pairs"])
            hits = sum(answer.get(pair_id) == pair_id for pair_id in expected)
        else:
            expected = _ids(snapshot["items"])
            hits = sum(given == item for given, item in zip(answer, expected, strict=True))
        if not expected:
            return Fraction(1)
        if _partial_credit(snapshot) == "none":
            return Fraction(hits == len(expected))
        return Fraction(hits, len(expected))
    if kind == "short_text":
        case_sensitive = bool(snapshot.get("case_sensitive"))
        given = normalise_text(answer, case_sensitive)
        accepted = {normalise_text(text, case_sensitive) for text in snapshot.get("accepted", [])}
        return Fraction(bool(given) and given in accepted)
    value, tolerance = _numeric_target(snapshot)
    return Fraction(abs(answer - value) <= tolerance)


def _pattern(snapshot: dict, answer) -> str:
    if answer is None:
        return ""
    kind = _kind(snapshot)
    if kind == "multiple_response":
        # In the question's order, so the same answer always reads the same.
        return _LIST_SEPARATOR.join(i for i in _ids(snapshot["choices"]) if i in answer)
    if kind == "matching":
        return _LIST_SEPARATOR.join(
            f"{left}{_PAIR_SEPARATOR}{answer[left]}"
            for left in _ids(snapshot["pairs"])
            if left in answer
        )
    if kind == "ordering":
        return _LIST_SEPARATOR.join(answer)
    if kind == "short_text":
        return _answer_text(answer)
    if kind == "numeric":
        return _decimal_text(answer)
    return answer  # single_choice, true_false: the choice id


def response_pattern(snapshot: dict, response) -> str:
    """The xAPI ``result.response`` for ``response``: choice ids joined with ``[,]`` in the
    question's order, ``left[.]right`` pairs joined with ``[,]``, item ids in the learner's
    order joined with ``[,]``, the trimmed text, the number in plain decimal form (``3,5`` is
    ``3.5``), ``true``/``false``; ``""`` when unanswered. Raises ResponseInvalid."""
    return _pattern(snapshot, _parse(snapshot, response))


def grade(snapshot: dict, response) -> Grade:
    """Grade one response against its question snapshot (see the module docstring for the
    partial-credit rules). Raises ResponseInvalid when the response does not fit."""
    points = _points(snapshot)
    answer = _parse(snapshot, response)
    earned = Fraction(0) if answer is None else points * _credit(snapshot, answer)
    return Grade(
        score=_rounded(earned),
        max_score=_rounded(points),
        correct=answer is not None and earned == points,
        response_pattern=_pattern(snapshot, answer),
        exact_score=earned,
        exact_max_score=points,
    )


# --- xAPI definition ---------------------------------------------------------------------


def interaction_type(snapshot: dict) -> str:
    """The xAPI ``interactionType``: choice (single choice and multiple response),
    true-false, matching, sequencing (ordering), fill-in (short text) or numeric."""
    return _INTERACTION_TYPES[_kind(snapshot)]


def correct_responses_pattern(snapshot: dict) -> list[str]:
    """The xAPI ``correctResponsesPattern``: one entry per fully correct response.

    Single choice: each correct choice id; true/false: ``true`` or ``false``; multiple
    response: the correct ids joined with ``[,]`` (``""`` when none is correct); matching:
    ``p1[.]p1[,]p2[.]p2``; ordering: the item ids in order; short text: each accepted answer
    behind ``{case_matters=false}`` or ``{case_matters=true}`` (xAPI's default is false, so
    a case-sensitive question says so); numeric: ``min[:]max`` (value minus and plus the
    tolerance).
    """
    kind = _kind(snapshot)
    if kind in ("single_choice", "true_false"):
        return _correct_choice_ids(snapshot)
    if kind == "multiple_response":
        return [_LIST_SEPARATOR.join(_correct_choice_ids(snapshot))]
    if kind == "matching":
        return [
            _LIST_SEPARATOR.join(
                f"{pair_id}{_PAIR_SEPARATOR}{pair_id}" for pair_id in _ids(snapshot["pairs"])
            )
        ]
    if kind == "ordering":
        return [_LIST_SEPARATOR.join(_ids(snapshot["items"]))]
    if kind == "short_text":
        case_sensitive = bool(snapshot.get("case_sensitive"))
        prefix = "{case_matters=%s}" % ("true" if case_sensitive else "false")
        return [
            prefix + _answer_text(text)
            for text in snapshot.get("accepted", [])
            if normalise_text(text, case_sensitive)
        ]
    value, tolerance = _numeric_target(snapshot)
    low, high = _decimal_text(value - tolerance), _decimal_text(value + tolerance)
    return [f"{low}{_RANGE_SEPARATOR}{high}"]


def interaction_definition(snapshot: dict) -> dict:
    """The xAPI activity ``definition`` of the question, in the snapshot's language.

    ``name`` is the stem as plain text, shortened to 120 characters; ``description`` is the
    whole stem as plain text. Choice questions list their ``choices``, matching its
    ``source`` (left-hand texts) and ``target`` (right-hand texts), both under the pair ids,
    ordering its items as ``choices``; true/false, fill-in and numeric carry no list.
    """
    kind = _kind(snapshot)
    tag = xapi.XAPI_LANGUAGE.get(snapshot.get("language"), "en-CA")
    stem = plain_text(snapshot.get("stem", "")) or str(snapshot.get("question_key", ""))

    def components(entries: list[dict], text_key: str) -> list[dict]:
        # Choice, pair and item texts are plain text (only the stem is HTML): "x<5" stays.
        return [
            {"id": entry["id"], "description": {tag: " ".join(entry.get(text_key, "").split())}}
            for entry in entries
        ]

    definition = {
        "type": xapi.TYPE_INTERACTION,
        "name": {tag: _shortened(stem, _NAME_LENGTH)},
        "description": {tag: stem},
        "interactionType": interaction_type(snapshot),
        "correctResponsesPattern": correct_responses_pattern(snapshot),
    }
    if kind in ("single_choice", "multiple_response"):
        definition["choices"] = components(snapshot["choices"], "text")
    elif kind == "matching":
        definition["source"] = components(snapshot["pairs"], "left")
        definition["target"] = components(snapshot["pairs"], "right")
    elif kind == "ordering":
        definition["choices"] = components(snapshot["items"], "text")
    return definition


# --- attempts ----------------------------------------------------------------------------


def attempt_score(grades: list[Grade]) -> tuple[float, float, float]:
    """``(score, max_score, scaled)`` of an attempt: the sums of its grades (rounded to 4
    decimal places) and ``scaled`` = score / max_score in [0, 1], the float nearest the exact
    ratio (0.0 for an attempt without questions)."""
    score = sum((g.exact_score for g in grades), Fraction(0))
    max_score = sum((g.exact_max_score for g in grades), Fraction(0))
    scaled = score / max_score if max_score else Fraction(0)
    return _rounded(score), _rounded(max_score), float(scaled)


def passed(scaled, pass_mark) -> bool:
    """Whether ``scaled`` reaches ``pass_mark`` (a fraction from 0 to 1, e.g. 0.8), compared
    exactly on their decimal values: 0.8 passes a mark of 0.8, 0.7999 does not."""
    mark = _exact(pass_mark)
    if not 0 <= mark <= 1:
        raise ValueError(f"pass_mark must be between 0 and 1, got {pass_mark!r}")
    return _exact(scaled) >= mark
