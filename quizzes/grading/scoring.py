"""Grading a response (``grade``: score, correctness and xAPI response pattern) and an
attempt (``attempt_score``, ``passed``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from tracking import vocabulary as xapi

from .exact import _decimal_text, _exact, _rounded
from .responses import (
    _correct_choice_ids,
    _ids,
    _kind,
    _numeric_target,
    _parse,
    _partial_credit,
    _points,
)
from .text import _answer_text, normalise_text

_LIST_SEPARATOR = xapi.RESPONSE_SEPARATOR  # "[,]"
_PAIR_SEPARATOR = "[.]"
_RANGE_SEPARATOR = "[:]"


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
