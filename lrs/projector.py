"""The projector: turns stored statements into progress, completions and certificates.

Called from the statement write path (``lrs.services.statements_store``) inside the
same transaction, for every newly stored statement, whoever sent it. It only reads
the statement and calls other apps' services; it is safe to run twice on the same
statement, which is what ``rebuild_progress`` relies on.
"""

import uuid

from .xapi import builders
from .xapi import vocabulary as v
from .xapi.validation import parse_timestamp


def project(statement: dict) -> None:
    verb = statement.get("verb", {}).get("id")
    if verb not in (v.VERB_COMPLETED, v.VERB_PASSED):
        return
    parsed = v.parse_activity_iri(statement.get("object", {}).get("id", ""))
    if parsed is None:
        return
    kind, key = parsed
    if (verb, kind) not in (
        (v.VERB_COMPLETED, "lesson"),
        (v.VERB_COMPLETED, "course"),
        (v.VERB_PASSED, "quiz"),
    ):
        return
    from organisations.selectors import user_for_actor

    user = user_for_actor(actor=statement["actor"])
    if user is None:
        return
    if kind == "lesson":
        _lesson_completed(statement, user=user, lesson_key=key)
    elif kind == "course":
        _course_completed(statement, user=user, course_key=key)
    else:
        _assessment_passed(statement, user=user, quiz_key=key)


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


def _lesson_completed(statement: dict, *, user, lesson_key: str) -> None:
    from courses.services import progress_lesson_completed

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


def _record_course_completion(statement: dict, outcome, completed_at) -> None:
    """Record the course ``completed`` statement when the outcome says the course is done."""
    from .services import statement_record

    if outcome is None or not outcome.course_completed:
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
