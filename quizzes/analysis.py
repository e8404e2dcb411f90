"""Item analysis: which questions of a quiz work. Pure functions over closed attempts.

For each question, over the closed attempts that served it:

* **facility**: the proportion of those attempts that answered it fully correctly (0 to 1;
  a low figure is a hard question);
* **average credit**: the mean share of its points earned, which differs from the facility
  only for questions with partial credit;
* **discrimination**: the point-biserial correlation between answering the question
  correctly (1 or 0) and the attempt's score on the *other* questions (its scaled rest
  score). Leaving the question out of the score it is compared with is the usual
  correction: otherwise a question would partly correlate with itself. It runs from -1
  to 1; a question that strong learners get right and weak learners get wrong is near 1;
  a negative figure usually means a wrong answer key or a misleading stem. It is not
  defined (``None``) with fewer than two attempts, when everybody or nobody got it right,
  or when every attempt has the same rest score;
* for choice questions, how often each choice was picked (a distractor nobody picks does
  no work), and how often the question was left unanswered; for short-text and numeric
  questions, the most frequent answers.

The figures are about a question's identity (its translation key), across its revisions
and languages: English and French attempts at a quiz are one quiz. Rules of thumb for
flags follow common practice in classical test theory; they are advice to a trainer, and
not shown until a question has :data:`MIN_RESPONSES` responses.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

CHOICE_KINDS = ("single_choice", "multiple_response", "true_false")
ANSWER_KINDS = ("short_text", "numeric")
RESPONSE_SEPARATOR = "[,]"

# Fewer responses than this, and a question's figures are too noisy to flag.
MIN_RESPONSES = 10
HARD_BELOW = 0.3
EASY_ABOVE = 0.9
LOW_DISCRIMINATION_BELOW = 0.2
TOP_ANSWERS = 5


@dataclass(frozen=True)
class ItemResponse:
    """One question as one attempt answered it. ``chosen``: the choice ids picked (for
    choice questions); ``answer``: the response pattern (for the others); ``omitted``: no
    answer was given."""

    question_key: str
    score: float
    max_score: float
    correct: bool
    omitted: bool = False
    chosen: tuple[str, ...] = ()
    answer: str = ""


@dataclass(frozen=True)
class AttemptRecord:
    """A closed attempt: its questions as answered."""

    attempt_id: str
    items: tuple[ItemResponse, ...]

    @property
    def score(self) -> float:
        return sum(item.score for item in self.items)

    @property
    def max_score(self) -> float:
        return sum(item.max_score for item in self.items)


@dataclass(frozen=True)
class QuestionInfo:
    """What the report shows of a question: from the snapshot of its latest revision."""

    question_key: str
    kind: str
    stem: str
    choices: tuple[tuple[str, str, bool], ...] = ()  # (id, text, correct)


@dataclass
class ChoiceStats:
    choice_id: str
    text: str
    correct: bool
    count: int
    share: float | None  # of the attempts that served the question

    @property
    def is_distractor(self) -> bool:
        return not self.correct


@dataclass
class ItemStats:
    question: QuestionInfo
    responses: int
    correct: int
    omitted: int
    facility: float | None
    average_credit: float | None
    discrimination: float | None
    choices: list[ChoiceStats] = field(default_factory=list)
    top_answers: list[tuple[str, int]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


# Scores whose population variance is at most this (a standard deviation of a millionth of
# the score scale, far below one point of any quiz) count as all the same: the
# correlation is then not defined, rather than a full -1 or 1 out of rounding noise.
CONSTANT_VARIANCE = 1e-12


def point_biserial(flags: list[bool], values: list[float]) -> float | None:
    """The point-biserial correlation of a yes/no variable with a continuous one (the
    Pearson correlation when one variable takes only the values 0 and 1).

    ``r = (M1 - M0) / s * sqrt(p * q)`` where M1 and M0 are the means of ``values`` where
    the flag is true and false, ``s`` the population standard deviation of all ``values``,
    ``p`` the share of true flags and ``q = 1 - p``. ``None`` when not defined: fewer
    than two values, all flags alike, or values that do not vary (``CONSTANT_VARIANCE``)."""
    if len(flags) != len(values):
        raise ValueError("flags and values must have the same length")
    n = len(values)
    if n < 2:
        return None
    ones = [value for flag, value in zip(flags, values, strict=True) if flag]
    zeros = [value for flag, value in zip(flags, values, strict=True) if not flag]
    if not ones or not zeros:
        return None
    mean = sum(values) / n
    variance = sum((value - mean) ** 2 for value in values) / n
    if variance <= CONSTANT_VARIANCE:
        return None
    p = len(ones) / n
    r = (sum(ones) / len(ones) - sum(zeros) / len(zeros)) / math.sqrt(variance)
    r *= math.sqrt(p * (1 - p))
    return max(-1.0, min(1.0, r))


def rest_score(record: AttemptRecord, item: ItemResponse) -> float | None:
    """The attempt's scaled score on its other questions (``None`` when it has none
    carrying points)."""
    rest_max = record.max_score - item.max_score
    if rest_max <= 0:
        return None
    return (record.score - item.score) / rest_max


def item_analysis(
    records: list[AttemptRecord], questions: dict[str, QuestionInfo]
) -> list[ItemStats]:
    """The figures for every question in ``questions`` (in that order), over ``records``.

    A question served by no attempt is listed with no figures. An item whose attempt has
    no other question carrying points takes part in the facility but not in the
    discrimination."""
    served: dict[str, list[tuple[AttemptRecord, ItemResponse]]] = {key: [] for key in questions}
    for record in records:
        for item in record.items:
            if item.question_key in served:
                served[item.question_key].append((record, item))
    return [_item_stats(questions[key], served[key]) for key in questions]


def _item_stats(question: QuestionInfo, served: list[tuple[AttemptRecord, ItemResponse]]):
    n = len(served)
    items = [item for _record, item in served]
    correct = sum(item.correct for item in items)
    omitted = sum(item.omitted for item in items)
    pairs = [
        (item.correct, rest)
        for record, item in served
        if (rest := rest_score(record, item)) is not None
    ]
    stats = ItemStats(
        question=question,
        responses=n,
        correct=correct,
        omitted=omitted,
        facility=correct / n if n else None,
        average_credit=(
            sum(item.score / item.max_score if item.max_score else 0.0 for item in items) / n
            if n
            else None
        ),
        discrimination=point_biserial([c for c, _ in pairs], [r for _, r in pairs]),
    )
    if question.kind in CHOICE_KINDS:
        picks = Counter(choice_id for item in items for choice_id in set(item.chosen))
        stats.choices = [
            ChoiceStats(
                choice_id=choice_id,
                text=text,
                correct=is_correct,
                count=picks.get(choice_id, 0),
                share=picks.get(choice_id, 0) / n if n else None,
            )
            for choice_id, text, is_correct in question.choices
        ]
    elif question.kind in ANSWER_KINDS:
        answers = Counter(item.answer for item in items if not item.omitted and item.answer)
        stats.top_answers = answers.most_common(TOP_ANSWERS)
    stats.flags = item_flags(stats)
    return stats


def item_flags(stats: ItemStats) -> list[str]:
    """Codes of what a trainer should look at: ``hard``, ``easy``, ``negative``
    (discrimination below zero), ``low_discrimination``, ``unused_distractor``. Nothing
    below :data:`MIN_RESPONSES` responses."""
    if stats.responses < MIN_RESPONSES:
        return []
    flags = []
    if stats.facility is not None and stats.facility < HARD_BELOW:
        flags.append("hard")
    if stats.facility is not None and stats.facility > EASY_ABOVE:
        flags.append("easy")
    if stats.discrimination is not None:
        if stats.discrimination < 0:
            flags.append("negative")
        elif stats.discrimination < LOW_DISCRIMINATION_BELOW:
            flags.append("low_discrimination")
    if any(choice.is_distractor and choice.count == 0 for choice in stats.choices):
        flags.append("unused_distractor")
    return flags


def chosen_ids(kind: str, response_pattern: str) -> tuple[str, ...]:
    """The choice ids in a choice question's xAPI response pattern."""
    if kind not in CHOICE_KINDS or not response_pattern:
        return ()
    return tuple(response_pattern.split(RESPONSE_SEPARATOR))
