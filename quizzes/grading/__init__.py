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

The modules: ``responses`` (reading snapshots, checking responses), ``scoring``
(grades and attempt scores), ``interactions`` (xAPI definitions), ``exact`` and
``text`` (numbers and text as grading compares them). The public API is importable from
here.
"""

from .interactions import correct_responses_pattern, interaction_definition, interaction_type
from .responses import ResponseInvalid, validate_response
from .scoring import Grade, attempt_score, grade, passed, response_pattern
from .text import normalise_text

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
