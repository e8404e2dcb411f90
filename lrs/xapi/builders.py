"""The only place where the platform assembles xAPI statements (see docs/xapi-profile.md)."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from . import vocabulary as v

# Ids of statements the platform derives from others are name-based, so deriving
# twice (a replay, a rebuild) yields the same statement, which the LRS stores once.
DERIVED_STATEMENT_NAMESPACE = uuid.UUID("1d3b1f0e-8a5c-4f0b-9a57-5c1f4b0e6a21")


@dataclass(frozen=True)
class ActivityRef:
    """What a statement needs to know of a course, lesson or other activity."""

    kind: str
    key: str
    activity_type: str
    names: dict[str, str]  # {"en": ..., "fr": ...}

    @property
    def iri(self) -> str:
        return v.activity_iri(self.kind, self.key)

    def as_object(self) -> dict:
        return {
            "objectType": "Activity",
            "id": self.iri,
            "definition": {
                "type": self.activity_type,
                "name": {v.XAPI_LANGUAGE[lang]: name for lang, name in self.names.items() if name},
            },
        }


def actor_for(user) -> dict:
    """The learner as an ``account`` agent: no e-mail and no name leave the platform."""
    return {
        "objectType": "Agent",
        "account": {"homePage": settings.SITE_URL, "name": str(user.uuid)},
    }


def actor_key(actor: dict) -> str:
    """A stable string for an agent's identifier, used to index and match statements."""
    if "account" in actor:
        account = actor["account"]
        return f"account:{account.get('homePage')}|{account.get('name')}"
    for ifi in ("mbox", "mbox_sha1sum", "openid"):
        if ifi in actor:
            return f"{ifi}:{actor[ifi]}"
    return ""


def agent_object_key(key: str) -> str:
    """What ``Statement.object_iri`` holds for an identified Agent or Group object: its
    identifier behind an ``@`` (no IRI starts so), so the ``agent`` filter can use the
    column's index while an ``activity`` filter never matches it."""
    return "@" + key


def platform_authority() -> dict:
    """The authority of statements the platform itself records."""
    return {
        "objectType": "Agent",
        "name": settings.PLATFORM_NAME,
        "account": {"homePage": settings.SITE_URL, "name": "platform"},
    }


def _verb(verb_iri: str) -> dict:
    return {"id": verb_iri, "display": v.VERB_DISPLAY[verb_iri]}


def _context(
    *,
    registration: uuid.UUID | None,
    language: str,
    parents: list[ActivityRef],
    course: ActivityRef,
    course_version: str | None = None,
    extensions: dict | None = None,
) -> dict:
    """The context every platform statement shares (see docs/xapi-profile.md)."""
    context: dict = {
        "platform": settings.PLATFORM_NAME,
        "language": v.XAPI_LANGUAGE.get(language, "en-CA"),
        "contextActivities": {
            "grouping": [course.as_object()],
            "category": [{"objectType": "Activity", "id": v.profile_iri()}],
        },
    }
    if registration:
        context["registration"] = str(registration)
    if parents:
        context["contextActivities"]["parent"] = [p.as_object() for p in parents]
    extensions = dict(extensions or {})
    if course_version:
        extensions[v.extension_iri(v.EXTENSION_COURSE_VERSION)] = course_version
    if extensions:
        context["extensions"] = extensions
    return context


def _timestamp(at: datetime | None) -> str:
    return (at or timezone.now()).isoformat()


def lesson_completed(
    *,
    user,
    lesson: ActivityRef,
    course: ActivityRef,
    registration: uuid.UUID,
    language: str,
    course_version: str | None = None,
    at: datetime | None = None,
) -> dict:
    """A learner finished reading a lesson."""
    return {
        "id": str(uuid.uuid4()),
        "actor": actor_for(user),
        "verb": _verb(v.VERB_COMPLETED),
        "object": lesson.as_object(),
        "result": {"completion": True},
        "context": _context(
            registration=registration,
            language=language,
            parents=[course],
            course=course,
            course_version=course_version,
        ),
        "timestamp": _timestamp(at),
    }


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
    statement_id = uuid.uuid5(
        DERIVED_STATEMENT_NAMESPACE, f"course-completed|{registration}|{course.key}"
    )
    return {
        "id": str(statement_id),
        "actor": actor,
        "verb": _verb(v.VERB_COMPLETED),
        "object": course.as_object(),
        "result": {
            "completion": True,
            "extensions": {v.CMI5_PROGRESS_EXTENSION: 100},
        },
        "context": _context(
            registration=registration,
            language=language,
            parents=[],
            course=course,
            course_version=course_version,
        ),
        "timestamp": _timestamp(at),
    }


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
        "id": str(
            uuid.uuid5(DERIVED_STATEMENT_NAMESPACE, f"certificate-earned|{certificate_code}")
        ),
        "actor": actor,
        "verb": _verb(v.VERB_EARNED),
        "object": certificate.as_object(),
        "context": _context(
            registration=registration,
            language=language,
            parents=[],
            course=course,
            extensions={v.extension_iri(v.EXTENSION_CERTIFICATE_CODE): certificate_code},
        ),
        "timestamp": _timestamp(at),
    }
