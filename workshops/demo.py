"""The demo's workshops: one per demo course (``courses/demo/data/workshops.yaml``, read
and checked like the courses' data files), loaded after the course's lessons in English
and French, which makes the course blended. The sessions, bookings and attendance are the
demo command's (``load_demo``)."""

from __future__ import annotations

import zoneinfo
from datetime import time
from typing import Any

from django.db import transaction
from wagtail.models import Locale

from courses.demo.bilingual import both
from courses.demo.content import DATA_DIR, LANGUAGES, DataFile
from courses.demo.loader import _publish, translate_instance

from .models import WorkshopPage, WorkshopSession

WORKSHOPS_FILE = DATA_DIR / "workshops.yaml"
WORKSHOP_FIELDS = (
    "course",
    "slug",
    "title",
    "summary",
    "description",
    "duration_minutes",
    "needs_manager_approval",
    "sessions",
)
SESSION_FIELDS = ("key", "days", "start", "time_zone", "seats", "language")
OPTIONAL_SESSION_FIELDS = ("place", "online", "requests")


def demo_workshops() -> list[dict]:
    """The demo workshops (``workshops.yaml``), one per course, each as
    ``workshop_load`` takes it (texts as ``{"en": ..., "fr": ...}``,
    the French slug as ``slug_fr``), with its ``course`` (the course's English slug) and
    its ``sessions`` (see :func:`_session`)."""
    data = DataFile(WORKSHOPS_FILE)
    content = data.mapping(data.content, "", required=("workshops",))
    workshops = []
    for number, value in enumerate(data.sequence(content["workshops"], "", "workshops")):
        path = f"workshops[{number}]"
        workshop = data.mapping(value, path, required=WORKSHOP_FIELDS)
        texts = {
            name: data.model_text(WorkshopPage, name, workshop[name], path)
            for name in ("slug", "title", "summary", "description")
        }
        sessions = [
            _session(data, session, f"{path}.sessions[{index}]")
            for index, session in enumerate(data.sequence(workshop["sessions"], path, "sessions"))
        ]
        keys = [session["key"] for session in sessions]
        if len(set(keys)) != len(keys):
            raise data.error("two sessions have the same key", path, "sessions")
        workshops.append(
            {
                "course": data.code(workshop["course"], path, "course"),
                "slug": texts["slug"].en,
                "slug_fr": texts["slug"].fr,
                "title": both(texts["title"]),
                "summary": both(texts["summary"]),
                "description": both(texts["description"]),
                "duration_minutes": data.model_value(
                    WorkshopPage, "duration_minutes", workshop["duration_minutes"], path
                ),
                "needs_manager_approval": data.model_value(
                    WorkshopPage, "needs_manager_approval", workshop["needs_manager_approval"], path
                ),
                "sessions": sessions,
            }
        )
    courses = [workshop["course"] for workshop in workshops]
    for number, course in enumerate(courses):
        if course in courses[:number]:
            raise data.error(f"another workshop belongs to '{course}'", f"workshops[{number}]")
    return workshops


def _session(data: DataFile, value: Any, path: str) -> dict:
    """One session of a demo workshop: ``key`` (its name for good), ``days`` from the day
    of the load (negative: held already), ``start`` (local ``HH:MM``), ``time_zone``,
    ``place`` and/or ``online``, ``seats``, ``language`` and, for an upcoming session,
    how many learners ``requests`` a seat."""
    session = data.mapping(value, path, required=SESSION_FIELDS, optional=OPTIONAL_SESSION_FIELDS)
    start = data.scalar(session["start"], (str,), path, "start")
    try:
        hours, minutes = (int(part) for part in start.split(":"))
        start = time(hours, minutes)
    except ValueError:
        raise data.error("expected a local time such as 09:30", path, "start") from None
    time_zone = data.scalar(session["time_zone"], (str,), path, "time_zone")
    try:
        zoneinfo.ZoneInfo(time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise data.error(f"unknown time zone '{time_zone}'", path, "time_zone") from None
    place = data.model_value(WorkshopSession, "place", session.get("place", ""), path)
    online = data.scalar(session.get("online", False), (bool,), path, "online")
    if not place and not online:
        raise data.error("a session has a place, is online, or both", path)
    language = data.scalar(session["language"], (str,), path, "language")
    if language not in LANGUAGES:
        raise data.error(f"expected one of: {', '.join(LANGUAGES)}", path, "language")
    days = data.scalar(session["days"], (int,), path, "days")
    requests = data.scalar(session.get("requests", 0), (int,), path, "requests")
    if requests and days < 0:
        raise data.error("only an upcoming session takes requests", path, "requests")
    return {
        "key": data.code(session["key"], path, "key"),
        "days": days,
        "start": start,
        "time_zone": time_zone,
        "place": place,
        "online": online,
        "seats": data.model_value(
            WorkshopSession, "capacity", session["seats"], path, field="seats"
        ),
        "language": language,
        "requests": requests,
    }


def workshop_load(content: dict, *, course):
    """A demo workshop (as ``demo_workshops`` gives it) after the
    lessons of its course, in English and French (idempotent): the course becomes
    blended."""
    french = Locale.objects.get(language_code="fr")
    with transaction.atomic():
        workshop = WorkshopPage.objects.child_of(course).filter(slug=content["slug"]).first()
        if workshop is None:
            workshop = _publish(
                course.add_child(
                    instance=WorkshopPage(
                        title=content["title"]["en"],
                        slug=content["slug"],
                        summary=content["summary"]["en"],
                        description=content["description"]["en"],
                        duration_minutes=content["duration_minutes"],
                        needs_manager_approval=content["needs_manager_approval"],
                    )
                )
            )
        if workshop.get_translation_or_none(french) is None:
            translate_instance(
                workshop,
                {
                    "title": content["title"]["fr"],
                    "slug": content["slug_fr"],
                    "summary": content["summary"]["fr"],
                    "description": content["description"]["fr"],
                },
                french,
            )
    return workshop
