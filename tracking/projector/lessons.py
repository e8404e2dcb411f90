"""Lesson completions: the platform's own, and those a learner's browser sends."""

from lrs.auth import Source, source_of
from lrs.identity import actor_key
from lrs.models import Statement
from tracking import vocabulary as v

from . import reading
from .courses import course_completion_state
from .ports import progress_keeper


def lesson_completed(statement: dict, *, user, lesson_key: str, completed_at=None) -> None:
    if completed_at is None:
        completed_at = reading.timestamp(statement)
    outcome = progress_keeper().lesson_completed(
        user=user,
        lesson_key=lesson_key,
        registration=reading.registration(statement),
        completed_at=completed_at,
        statement_id=statement["id"],
    )
    course_completion_state(statement, outcome, completed_at)


def lesson_completed_by_learner(statement: dict, *, user, lesson_key: str) -> None:
    """A lesson completion from the learner's browser counts when its gate holds now;
    one that arrived before the lessons it waits for counts when they arrive."""
    registration = reading.registration(statement)
    if not progress_keeper().lesson_completion_admissible(
        user=user, lesson_key=lesson_key, registration=registration
    ):
        return
    lesson_completed(
        statement,
        user=user,
        lesson_key=lesson_key,
        completed_at=reading.arrival_bounded(statement),
    )
    _admit_waiting_lessons(statement, user=user, registration=registration)


def _admit_waiting_lessons(statement: dict, *, user, registration) -> None:
    """Project the learner's own lesson completions of this registration that arrived
    out of order and were waiting for this one (sequential courses)."""
    progress = progress_keeper()
    done = progress.lesson_keys_done_in(user=user, registration=registration)
    waiting = []
    rows = Statement.objects.filter(
        registration=registration,
        actor_key=actor_key(statement["actor"]),
        verb_iri=v.VERB_COMPLETED,
        voided=False,
    ).order_by("timestamp", "stored")
    for data in rows.values_list("data", flat=True):
        parsed = v.parse_activity_iri(data["object"]["id"])
        if parsed and parsed[0] == "lesson" and parsed[1] not in done:
            if source_of(data.get("authority")) == Source.SESSION:
                waiting.append((parsed[1], data))
    admitted = True
    while waiting and admitted:
        admitted = False
        for entry in list(waiting):
            key, data = entry
            if progress.lesson_completion_admissible(
                user=user, lesson_key=key, registration=registration
            ):
                waiting.remove(entry)
                lesson_completed(
                    data, user=user, lesson_key=key, completed_at=reading.arrival_bounded(data)
                )
                admitted = True
