"""What every statement the platform builds shares: its activities, actor, verb, context
and time."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from lrs.identity import user_agent
from tracking import vocabulary as v


def actor_for(user) -> dict:
    """The learner as an ``account`` agent: no e-mail and no name leave the platform. The
    same agent the LRS gives a learner's own session (:func:`lrs.identity.user_agent`)."""
    return user_agent(user)


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


def verb_of(verb_iri: str) -> dict:
    return {"id": verb_iri, "display": v.VERB_DISPLAY[verb_iri]}


def statement_context(
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


def timestamp_of(at: datetime | None) -> str:
    return (at or timezone.now()).isoformat()


def duration_iso(seconds: int) -> str:
    """An ISO 8601 duration such as ``PT1H2M3S`` (xAPI ``result.duration``)."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if secs or text == "PT":
        text += f"{secs}S"
    return text


def with_duration(result: dict, seconds: int | None) -> dict:
    if seconds is not None:
        result["duration"] = duration_iso(seconds)
    return result
