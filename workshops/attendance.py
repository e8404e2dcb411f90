"""The attendance sheet a trainer's device sends: checked before anything is recorded."""

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.dateparse import parse_datetime

#: How far ahead of the server's clock a device's time is believed; sheets taken offline
#: may be older, up to this long ago.
_CLOCK_AHEAD = timedelta(minutes=5)
_OFFLINE_AGE = timedelta(days=60)


class AttendanceInvalid(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass
class AttendanceFields:
    marks: dict[str, bool]
    at: datetime | None = None
    statement_ids: dict[str, uuid.UUID] = field(default_factory=dict)


def _uuid(value, name: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise AttendanceInvalid(name, "a UUID") from None


def attendance_fields(payload, *, trainer) -> AttendanceFields:
    if not isinstance(payload, dict):
        raise AttendanceInvalid("body", "a JSON object")
    if str(payload.get("learner", "")) != str(trainer.uuid):
        raise AttendanceInvalid("learner", "the trainer signed in on this device")
    marks = payload.get("marks")
    if not isinstance(marks, dict) or not marks:
        raise AttendanceInvalid("marks", "an object of learner ids, each true or false")
    checked: dict[str, bool] = {}
    for key, present in marks.items():
        if not isinstance(present, bool):
            raise AttendanceInvalid(f"marks.{key}", "true (present) or false (absent)")
        checked[str(_uuid(key, "marks"))] = present
    ids = payload.get("statement_ids") or {}
    if not isinstance(ids, dict):
        raise AttendanceInvalid("statement_ids", "an object of learner ids and UUIDs")
    statement_ids = {
        str(_uuid(key, "statement_ids")): _uuid(value, f"statement_ids.{key}")
        for key, value in ids.items()
    }
    at = None
    if payload.get("timestamp") is not None:
        at = parse_datetime(str(payload["timestamp"]))
        if at is None or at.tzinfo is None:
            raise AttendanceInvalid("timestamp", "an ISO 8601 time with its time zone")
        now = timezone.now()
        if at > now + _CLOCK_AHEAD or at < now - _OFFLINE_AGE:
            raise AttendanceInvalid("timestamp", "a time within the last 60 days, not ahead")
    return AttendanceFields(marks=checked, at=at, statement_ids=statement_ids)
