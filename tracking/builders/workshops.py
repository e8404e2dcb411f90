"""The statement that a learner attended a workshop session, on the trainer's word."""

import uuid
from datetime import datetime

from tracking import vocabulary as v
from tracking.builders.common import ActivityRef, statement_context, timestamp_of, verb_of


def workshop_attended(
    *,
    actor: dict,
    workshop: ActivityRef,
    course: ActivityRef | None,
    registration: uuid.UUID | None,
    language: str,
    session_key: str,
    at: datetime | None,
    statement_id: uuid.UUID | None = None,
    offline: bool = False,
) -> dict:
    """The trainer marked the learner present at a session of the workshop (a page of a
    blended course): recorded by the platform on the trainer's word."""
    extensions = {v.extension_iri(v.EXTENSION_WORKSHOP_SESSION): session_key}
    if offline:
        extensions[v.extension_iri(v.EXTENSION_OFFLINE)] = True
    return {
        "id": str(statement_id or uuid.uuid4()),
        "actor": actor,
        "verb": verb_of(v.VERB_ATTENDED),
        "object": workshop.as_object(),
        "result": {"completion": True},
        "context": statement_context(
            registration=registration,
            language=language,
            parents=[course] if course else [],
            course=course or workshop,
            extensions=extensions,
        ),
        "timestamp": timestamp_of(at),
    }
