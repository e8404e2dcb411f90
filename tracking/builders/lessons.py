"""Statements about a learner in a lesson: experienced, progressed, completed."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from lrs.identity import derived_statement_id
from tracking import vocabulary as v
from tracking.builders.common import (
    ActivityRef,
    actor_for,
    statement_context,
    timestamp_of,
    verb_of,
    with_duration,
)


@dataclass(frozen=True)
class LessonEvent:
    """What every statement about a learner in a lesson shares."""

    user: object
    lesson: ActivityRef
    course: ActivityRef
    registration: uuid.UUID
    language: str
    course_version: str | None = None
    at: datetime | None = None


def _lesson_statement(event: LessonEvent, verb: str, *, statement_id, result=None) -> dict:
    statement = {
        "id": str(statement_id),
        "actor": actor_for(event.user),
        "verb": verb_of(verb),
        "object": event.lesson.as_object(),
        "context": statement_context(
            registration=event.registration,
            language=event.language,
            parents=[event.course],
            course=event.course,
            course_version=event.course_version,
        ),
        "timestamp": timestamp_of(event.at),
    }
    if result is not None:
        statement["result"] = result
    return statement


def lesson_completed(
    *, seconds: int | None = None, statement_id: uuid.UUID | None = None, **event
) -> dict:
    """A learner reached the end of a lesson (``seconds``: time spent on it, when measured;
    ``statement_id``: the id the learner's device gave it, else a new one). ``event``: the
    fields of :class:`LessonEvent`."""
    result = {"completion": True, "extensions": {v.CMI5_PROGRESS_EXTENSION: 100}}
    return _lesson_statement(
        LessonEvent(**event),
        v.VERB_COMPLETED,
        statement_id=statement_id or uuid.uuid4(),
        result=with_duration(result, seconds),
    )


def lesson_experienced(**event) -> dict:
    """A learner opened a lesson for the first time in this registration. The id is
    name-based, so a second first visit (two tabs, a retry) is the same statement."""
    lesson_event = LessonEvent(**event)
    statement_id = derived_statement_id(
        f"lesson-experienced|{lesson_event.registration}|{lesson_event.lesson.key}"
    )
    return _lesson_statement(lesson_event, v.VERB_EXPERIENCED, statement_id=statement_id)


def lesson_progressed(*, percent: int, seconds: int | None = None, **event) -> dict:
    """How far a learner got through a lesson (percent read) and for how long, sent when
    they leave it before its end."""
    result = {"extensions": {v.CMI5_PROGRESS_EXTENSION: int(percent)}}
    return _lesson_statement(
        LessonEvent(**event),
        v.VERB_PROGRESSED,
        statement_id=uuid.uuid4(),
        result=with_duration(result, seconds),
    )
