"""What the projector reads off a statement: its times, registration, language, course."""

import uuid

from lrs.xapi.validation import parse_timestamp
from tracking import vocabulary as v


def timestamp(statement: dict):
    return parse_timestamp(statement["timestamp"], "timestamp")


def arrival_bounded(statement: dict):
    """The statement's time, but never later than when the LRS stored it: a device's
    clock may run ahead, and nothing is finished before it arrives."""
    at = timestamp(statement)
    if statement.get("stored"):
        at = min(at, parse_timestamp(statement["stored"], "stored"))
    return at


def course_key(statement: dict) -> str | None:
    """The course a statement was made in: its grouping activity of kind course."""
    grouping = statement.get("context", {}).get("contextActivities", {}).get("grouping", [])
    for activity in grouping:
        parsed = v.parse_activity_iri(activity.get("id", ""))
        if parsed is not None and parsed[0] == "course":
            return parsed[1]
    return None


def registration(statement: dict) -> uuid.UUID | None:
    value = statement.get("context", {}).get("registration")
    return uuid.UUID(value) if value else None


def language(statement: dict) -> str:
    return (statement.get("context", {}).get("language") or "en")[:2]
