"""Course completions: the platform states them when the last piece of a course is done,
and a stated completion is recorded and handed to the apps that follow it."""

from lrs.auth import Source, source_of
from lrs.identity import actor_key
from lrs.models import Statement
from lrs.services import statement_record
from tracking import builders
from tracking import vocabulary as v

from . import reading
from .ports import CourseCompleted, course_completion_receivers, progress_keeper


def _course_completion_stated(actor: dict, outcome) -> bool:
    """Whether the platform already stated this course completion, whatever id it got
    (a rebuild of records made under an earlier id key finds them here, and so does
    not state it a second time)."""
    if outcome.registration is None:
        return False
    rows = Statement.objects.filter(
        registration=outcome.registration,
        verb_iri=v.VERB_COMPLETED,
        object_iri=outcome.course.iri,
        actor_key=actor_key(actor),
        voided=False,
    ).values_list("data", flat=True)
    return any(source_of(data.get("authority")) == Source.PLATFORM for data in rows)


def course_completion_state(statement: dict, outcome, completed_at) -> None:
    """Record the course ``completed`` statement when the outcome says the course is done."""
    if outcome is None or not outcome.course_completed:
        return
    if _course_completion_stated(statement["actor"], outcome):
        return
    statement_record(
        statement=builders.course_completed(
            actor=statement["actor"],
            course=outcome.course,
            registration=outcome.registration,
            language=reading.language(statement),
            at=completed_at,
            course_version=outcome.course_version,
        )
    )


def course_completed(statement: dict, *, user, course_key: str) -> None:
    """The platform stated a course completion: record it, then tell the receivers."""
    registration = reading.registration(statement)
    completed_at = reading.timestamp(statement)
    completion = progress_keeper().course_completed(
        user=user,
        course_key=course_key,
        registration=registration,
        completed_at=completed_at,
        statement_id=statement["id"],
    )
    if completion is None:
        return
    completion_announce(
        statement, completion, user=user, registration=registration, at=completed_at
    )


def completion_announce(
    statement: dict, completion, *, user, registration, at, kind: str = "course"
) -> None:
    """Tell the apps that follow completions (certificates, training) of one recorded."""
    event = CourseCompleted(
        user=user,
        completion=completion,
        actor=statement["actor"],
        statement_id=statement["id"],
        registration=registration,
        completed_at=at,
        language=reading.language(statement),
        kind=kind,
    )
    for receiver in course_completion_receivers():
        receiver(event)
