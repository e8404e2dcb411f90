"""The timing of an attempt: deadlines and grace, the browser's timestamps, the verdict on a
submission made on a device, and the submission key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from .errors import AttemptInvalid

# How late after the deadline a save or submission still counts (network delay).
GRACE = timedelta(seconds=30)
# How far the browser's clock may be from the server's for its timestamps to be believed.
CLOCK_TOLERANCE = timedelta(minutes=5)
SUBMISSION_KEY_MAX_LENGTH = 100
CLIENT_TIMESTAMP_KEYS = ("started_at", "submitted_at")


def deadline_for(started_at: datetime, time_limit_minutes: int | None) -> datetime | None:
    """When an attempt started at ``started_at`` must end (``None``: no time limit)."""
    if not time_limit_minutes:
        return None
    return started_at + timedelta(minutes=time_limit_minutes)


def is_overdue(deadline: datetime | None, now: datetime) -> bool:
    """Whether a save or submission arriving at ``now`` is too late to count."""
    return deadline is not None and now > deadline + GRACE


def _timestamp(value, field: str) -> datetime:
    moment = parse_datetime(value) if isinstance(value, str) else None
    if moment is None or moment.tzinfo is None:
        raise AttemptInvalid(
            field, _("expected an ISO 8601 date and time with its offset from UTC")
        )
    return moment


def client_timestamps_parse(value) -> dict[str, str]:
    """The browser's timestamps of a submission, checked: ``{"started_at": ISO 8601,
    "submitted_at": ISO 8601}``, both optional; other keys are left out. Raises
    :class:`AttemptInvalid` naming the field at fault."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise AttemptInvalid("client_timestamps", _("expected an object"))
    timestamps = {}
    for key in CLIENT_TIMESTAMP_KEYS:
        if value.get(key) is not None:
            _timestamp(value[key], f"client_timestamps.{key}")
            timestamps[key] = value[key]
    return timestamps


@dataclass(frozen=True)
class Timing:
    """When a submission happened and how long the attempt took (whole seconds)."""

    at: datetime
    seconds: int


def submission_timing(
    *, started_at: datetime, now: datetime, client_timestamps: dict[str, str]
) -> Timing:
    """The browser's account of the attempt when it is plausible, else the server's.

    Plausible: both timestamps given, in order, the submission no later than the server's
    clock (give or take :data:`CLOCK_TOLERANCE`) and no earlier than the attempt's start,
    and a duration no longer than the time since the server started the attempt. The
    browser's timing matters for offline submissions, which reach the server long after
    the learner pressed the button."""
    server = Timing(at=now, seconds=max(0, int((now - started_at).total_seconds())))
    if not all(client_timestamps.get(key) for key in CLIENT_TIMESTAMP_KEYS):
        return server
    begun = parse_datetime(client_timestamps["started_at"])
    ended = parse_datetime(client_timestamps["submitted_at"])
    if begun is None or ended is None or begun.tzinfo is None or ended.tzinfo is None:
        return server
    taken = ended - begun
    if (
        taken < timedelta(0)
        or ended > now + CLOCK_TOLERANCE
        or ended < started_at - CLOCK_TOLERANCE
        or taken > (now - started_at) + CLOCK_TOLERANCE
    ):
        return server
    return Timing(at=min(ended, now), seconds=int(taken.total_seconds()))


@dataclass(frozen=True)
class DeviceVerdict:
    """Whether a submission made on a device is on time. ``late_reason``: ``""`` (on
    time), ``"window"`` (it reached the server after the offline submission window),
    ``"clock"`` (the device's times are missing or contradict the server's) or
    ``"duration"`` (the device's own times exceed the time limit). ``started_at`` is the
    start the attempt's deadline is counted from: the device's when it is believable, else
    the moment the server prepared the attempt (the earliest it can have started)."""

    late_reason: str
    started_at: datetime

    @property
    def on_time(self) -> bool:
        return not self.late_reason


def _moment(value) -> datetime | None:
    moment = parse_datetime(value) if isinstance(value, str) else None
    return moment if moment is not None and moment.tzinfo is not None else None


def device_verdict(
    *,
    prepared_at: datetime,
    arrived_at: datetime,
    time_limit_minutes: int | None,
    client_timestamps: dict[str, str],
    window: timedelta,
) -> DeviceVerdict:
    """Judge a timed attempt answered on a device, from what the server can check.

    The server knows ``prepared_at`` (it made the attempt for the device) and
    ``arrived_at`` (the submission reached it); the device reports ``started_at`` and
    ``submitted_at`` by its own clock. On time when the submission arrives within
    ``window`` of the preparation and either the whole span from preparation to arrival
    fits the time limit (and :data:`GRACE`), which needs no trust in the device, or the
    device's start is not before the preparation, its finish not after the arrival and
    not before its start (each give or take :data:`CLOCK_TOLERANCE`, for a device clock a
    little off), and the time between them fits the limit and :data:`GRACE`. A device
    clock moved during the attempt can still shorten the claimed time within those
    bounds; nothing the server receives can tell."""
    begun = _moment(client_timestamps.get("started_at"))
    ended = _moment(client_timestamps.get("submitted_at"))
    believable_start = (
        begun is not None and prepared_at - CLOCK_TOLERANCE <= begun <= arrived_at + CLOCK_TOLERANCE
    )
    started = max(begun, prepared_at) if believable_start else prepared_at
    if not time_limit_minutes:
        return DeviceVerdict(late_reason="", started_at=started)
    allowed = timedelta(minutes=time_limit_minutes) + GRACE
    if arrived_at - prepared_at > window:
        return DeviceVerdict(late_reason="window", started_at=started)
    if arrived_at - prepared_at <= allowed:
        return DeviceVerdict(late_reason="", started_at=started)
    if (
        not believable_start
        or ended is None
        or ended < begun
        or ended > arrived_at + CLOCK_TOLERANCE
    ):
        return DeviceVerdict(late_reason="clock", started_at=started)
    if ended - begun > allowed:
        return DeviceVerdict(late_reason="duration", started_at=started)
    return DeviceVerdict(late_reason="", started_at=started)


def submission_key_check(value) -> str:
    if not isinstance(value, str) or not 1 <= len(value.strip()) <= SUBMISSION_KEY_MAX_LENGTH:
        raise AttemptInvalid(
            "submission_key",
            _("expected a text of 1 to %(max)s characters") % {"max": SUBMISSION_KEY_MAX_LENGTH},
        )
    return value.strip()
