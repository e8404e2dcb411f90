"""Statements about certificates: earned, and revoked by an administrator."""

import uuid
from datetime import datetime

from lrs.identity import derived_statement_id
from tracking import vocabulary as v
from tracking.builders.common import ActivityRef, statement_context, timestamp_of, verb_of


def certificate_earned(
    *,
    actor: dict,
    certificate_code: str,
    course: ActivityRef,
    registration: uuid.UUID | None,
    language: str,
    at: datetime,
) -> dict:
    """A certificate was issued for a course completion."""
    certificate = ActivityRef(
        kind="certificate",
        key=certificate_code,
        activity_type=v.TYPE_CERTIFICATE,
        names=dict(course.names),
    )
    return {
        "id": str(derived_statement_id(f"certificate-earned|{certificate_code}")),
        "actor": actor,
        "verb": verb_of(v.VERB_EARNED),
        "object": certificate.as_object(),
        "context": statement_context(
            registration=registration,
            language=language,
            parents=[],
            course=course,
            extensions={v.extension_iri(v.EXTENSION_CERTIFICATE_CODE): certificate_code},
        ),
        "timestamp": timestamp_of(at),
    }


def certificate_revoked(
    *,
    actor: dict,
    certificate_code: str,
    course: ActivityRef,
    registration: uuid.UUID | None,
    reason: str,
    at: datetime,
) -> dict:
    """An administrator revoked a learner's certificate. The actor is the learner whose
    certificate it was (so it sits in their record next to ``earned``); the reason goes
    in a platform extension."""
    certificate = ActivityRef(
        kind="certificate",
        key=certificate_code,
        activity_type=v.TYPE_CERTIFICATE,
        names=dict(course.names),
    )
    return {
        "id": str(derived_statement_id(f"certificate-revoked|{certificate_code}")),
        "actor": actor,
        "verb": {
            "id": v.platform_iri(v.VERB_CERTIFICATE_REVOKED),
            "display": dict(v.VERB_CERTIFICATE_REVOKED_DISPLAY),
        },
        "object": certificate.as_object(),
        "context": statement_context(
            registration=registration,
            language="en",
            parents=[],
            course=course,
            extensions={
                v.extension_iri(v.EXTENSION_CERTIFICATE_CODE): certificate_code,
                v.extension_iri(v.EXTENSION_REVOCATION_REASON): reason,
            },
        ),
        "timestamp": timestamp_of(at),
    }


# --- content packages (SCORM run-times) --------------------------------------------------
