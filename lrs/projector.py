"""The projector: turns stored statements into progress, completions and certificates.

It receives every newly stored statement through the LRS's hook (``lrs.hooks``,
registered by the courses app), inside the same transaction, with the kind of
credential that wrote it. It acts only on evidence the platform verified
(``docs/security.md``):

* statements the platform itself recorded (a lesson finished on its page, a graded
  attempt, a course completion it derived): all of them;
* a lesson ``completed`` that the learner's own browser sent with their session (an
  offline replay): only when the lesson's gate holds on arrival (a live lesson, the
  learner's own registration, sequential order), at a time no later than its arrival;
* anything else (LRS clients, content with a launch token, a learner's claim of a
  course completion or a pass): stored, and shown as theirs, but never moves progress.

It only reads the statement and calls other apps' services; it is safe to run twice on
the same statement, which is what ``rebuild_progress`` relies on.
"""

import uuid

from .auth import Source, source_of
from .xapi import builders
from .xapi import vocabulary as v
from .xapi.validation import parse_timestamp

#: What the projector acts on, by who wrote it: (verb, activity kind) pairs.
_ACTED_ON = {
    Source.PLATFORM: {
        (v.VERB_COMPLETED, "lesson"),
        (v.VERB_COMPLETED, "course"),
        (v.VERB_PASSED, "quiz"),
    },
    Source.SESSION: {(v.VERB_COMPLETED, "lesson")},
}


def on_statement_stored(stored) -> None:
    """The receiver registered with :mod:`lrs.hooks`."""
    project(stored.statement, source=stored.source)


def project(statement: dict, *, source: Source | str | None = None) -> None:
    """Project one stored statement. ``source`` is the kind of credential that wrote it;
    without it, it is read from the statement's stored authority (a rebuild)."""
    source = Source(source) if source else source_of(statement.get("authority"))
    acted_on = _ACTED_ON.get(source)
    if not acted_on:
        return
    verb = statement.get("verb", {}).get("id")
    parsed = v.parse_activity_iri(statement.get("object", {}).get("id", ""))
    if parsed is None or (verb, parsed[0]) not in acted_on:
        return
    kind, key = parsed
    from organisations.selectors import user_for_actor

    user = user_for_actor(actor=statement["actor"])
    if user is None:
        return
    if kind == "lesson":
        if source == Source.SESSION:
            _lesson_completed_by_learner(statement, user=user, lesson_key=key)
        else:
            _lesson_completed(statement, user=user, lesson_key=key)
    elif kind == "course":
        _course_completed(statement, user=user, course_key=key)
    else:
        _assessment_passed(statement, user=user, quiz_key=key)


def _arrival_bounded(statement: dict):
    """The statement's time, but never later than when the LRS stored it: a device's
    clock may run ahead, and nothing is finished before it arrives."""
    at = parse_timestamp(statement["timestamp"], "timestamp")
    if statement.get("stored"):
        at = min(at, parse_timestamp(statement["stored"], "stored"))
    return at


def _lesson_completed_by_learner(statement: dict, *, user, lesson_key: str) -> None:
    """A lesson completion from the learner's browser counts when its gate holds now;
    one that arrived before the lessons it waits for counts when they arrive."""
    from courses.selectors import lesson_completion_admissible

    registration = _registration(statement)
    if not lesson_completion_admissible(
        user=user, lesson_key=lesson_key, registration=registration
    ):
        return
    _lesson_completed(
        statement, user=user, lesson_key=lesson_key, completed_at=_arrival_bounded(statement)
    )
    _admit_waiting_lessons(statement, user=user, registration=registration)


def _admit_waiting_lessons(statement: dict, *, user, registration) -> None:
    """Project the learner's own lesson completions of this registration that arrived
    out of order and were waiting for this one (sequential courses)."""
    from courses.selectors import lesson_completion_admissible, lesson_keys_done_in

    from .models import Statement

    done = lesson_keys_done_in(user=user, registration=registration)
    waiting = []
    rows = Statement.objects.filter(
        registration=registration,
        actor_key=builders.actor_key(statement["actor"]),
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
            if lesson_completion_admissible(user=user, lesson_key=key, registration=registration):
                waiting.remove(entry)
                _lesson_completed(
                    data, user=user, lesson_key=key, completed_at=_arrival_bounded(data)
                )
                admitted = True


def _course_key(statement: dict) -> str | None:
    """The course a statement was made in: its grouping activity of kind course."""
    grouping = statement.get("context", {}).get("contextActivities", {}).get("grouping", [])
    for activity in grouping:
        parsed = v.parse_activity_iri(activity.get("id", ""))
        if parsed is not None and parsed[0] == "course":
            return parsed[1]
    return None


def _registration(statement: dict) -> uuid.UUID | None:
    registration = statement.get("context", {}).get("registration")
    return uuid.UUID(registration) if registration else None


def _language(statement: dict) -> str:
    return (statement.get("context", {}).get("language") or "en")[:2]


def _lesson_completed(statement: dict, *, user, lesson_key: str, completed_at=None) -> None:
    from courses.services import progress_lesson_completed

    if completed_at is None:
        completed_at = parse_timestamp(statement["timestamp"], "timestamp")
    outcome = progress_lesson_completed(
        user=user,
        lesson_key=lesson_key,
        registration=_registration(statement),
        completed_at=completed_at,
        statement_id=statement["id"],
    )
    _record_course_completion(statement, outcome, completed_at)


def _assessment_passed(statement: dict, *, user, quiz_key: str) -> None:
    from courses.services import progress_assessment_passed

    outcome = progress_assessment_passed(
        user=user,
        quiz_key=quiz_key,
        course_key=_course_key(statement),
        registration=_registration(statement),
    )
    passed_at = parse_timestamp(statement["timestamp"], "timestamp")
    _record_course_completion(statement, outcome, passed_at)


def _course_completion_stated(actor: dict, outcome) -> bool:
    """Whether the platform already stated this course completion, whatever id it got
    (a rebuild of records made under an earlier id key finds them here, and so does
    not state it a second time)."""
    from .models import Statement

    if outcome.registration is None:
        return False
    rows = Statement.objects.filter(
        registration=outcome.registration,
        verb_iri=v.VERB_COMPLETED,
        object_iri=outcome.course.iri,
        actor_key=builders.actor_key(actor),
        voided=False,
    ).values_list("data", flat=True)
    return any(source_of(data.get("authority")) == Source.PLATFORM for data in rows)


def _record_course_completion(statement: dict, outcome, completed_at) -> None:
    """Record the course ``completed`` statement when the outcome says the course is done."""
    from .services import statement_record

    if outcome is None or not outcome.course_completed:
        return
    if _course_completion_stated(statement["actor"], outcome):
        return
    statement_record(
        statement=builders.course_completed(
            actor=statement["actor"],
            course=outcome.course,
            registration=outcome.registration,
            language=_language(statement),
            at=completed_at,
            course_version=outcome.course_version,
        )
    )


def _course_completed(statement: dict, *, user, course_key: str) -> None:
    from certificates.services import certificate_issue
    from courses.services import course_completion_record

    from .services import statement_record

    completed_at = parse_timestamp(statement["timestamp"], "timestamp")
    completion = course_completion_record(
        user=user,
        course_key=course_key,
        registration=_registration(statement),
        completed_at=completed_at,
        statement_id=statement["id"],
    )
    if completion is not None:
        from training.services import assignments_materialise_for_user

        # Idempotent: a replayed or rebuilt completion leaves the assignments as they are.
        assignments_materialise_for_user(user=user)
    if completion is None or not completion.created:
        return
    certificate = certificate_issue(
        user=user,
        course=completion.course,
        completed_at=completed_at,
        completion_statement_id=statement["id"],
        registration=_registration(statement),
    )
    statement_record(
        statement=builders.certificate_earned(
            actor=statement["actor"],
            certificate_code=certificate.code,
            course=completion.course,
            registration=_registration(statement),
            language=_language(statement),
            at=certificate.issued_at,
        )
    )
