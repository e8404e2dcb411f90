"""The statement that a learner completed a course."""

import uuid
from datetime import datetime

from lrs.identity import derived_statement_id
from tracking import vocabulary as v
from tracking.builders.common import ActivityRef, statement_context, timestamp_of, verb_of


def course_completed(
    *,
    actor: dict,
    course: ActivityRef,
    registration: uuid.UUID,
    language: str,
    at: datetime,
    course_version: str | None = None,
) -> dict:
    """Every lesson of a course is done. Derived by the projector, so its id is name-based."""
    statement_id = derived_statement_id(f"course-completed|{registration}|{course.key}")
    return {
        "id": str(statement_id),
        "actor": actor,
        "verb": verb_of(v.VERB_COMPLETED),
        "object": course.as_object(),
        "result": {
            "completion": True,
            "extensions": {v.CMI5_PROGRESS_EXTENSION: 100},
        },
        "context": statement_context(
            registration=registration,
            language=language,
            parents=[],
            course=course,
            course_version=course_version,
        ),
        "timestamp": timestamp_of(at),
    }
