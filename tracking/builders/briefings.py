"""The statement that a learner read a briefing and said so."""

import uuid
from datetime import datetime

from tracking import vocabulary as v
from tracking.builders.common import ActivityRef, statement_context, timestamp_of


def briefing_acknowledged(
    *,
    actor: dict,
    briefing: ActivityRef,
    language: str,
    at: datetime | None,
    statement_id: uuid.UUID | None = None,
    offline: bool = False,
) -> dict:
    """The learner confirmed "I have read this briefing" on the platform's page (or on a
    copy kept on their device, sent later with the id and time made there)."""
    extensions = {v.extension_iri(v.EXTENSION_OFFLINE): True} if offline else None
    return {
        "id": str(statement_id or uuid.uuid4()),
        "actor": actor,
        "verb": {"id": v.platform_iri(v.VERB_ACKNOWLEDGED), "display": v.VERB_ACKNOWLEDGED_DISPLAY},
        "object": briefing.as_object(),
        "result": {"completion": True},
        "context": statement_context(
            registration=None,
            language=language,
            parents=[],
            course=briefing,
            extensions=extensions,
        ),
        "timestamp": timestamp_of(at),
    }
