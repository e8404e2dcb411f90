"""When a scheduled job runs next: pure calculations, no database."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo


def next_run_after(
    moment: datetime,
    *,
    every_minutes: int | None = None,
    daily_at: time | None = None,
    time_zone: ZoneInfo,
    previous_due: datetime | None = None,
) -> datetime:
    """The first run strictly after ``moment`` (an aware datetime).

    Every ``every_minutes``: counted on from ``previous_due`` (the run just claimed) so
    that runs keep their rhythm, skipping the runs missed while no worker was up. Each
    day at ``daily_at``, read in ``time_zone`` (a time skipped by a change to daylight
    saving time falls an hour later, as the wall clock reads it).
    """
    if (every_minutes is None) == (daily_at is None):
        raise ValueError("give either every_minutes or daily_at")
    if every_minutes is not None:
        if every_minutes < 1:
            raise ValueError("every_minutes must be at least 1")
        step = timedelta(minutes=every_minutes)
        if previous_due is None or previous_due > moment:
            return moment + step
        missed = (moment - previous_due) // step
        return previous_due + (missed + 1) * step
    local = moment.astimezone(time_zone)
    day = local.date()
    while True:
        candidate = _wall_clock(day, daily_at, time_zone)
        if candidate > moment:
            return candidate
        day += timedelta(days=1)


def _wall_clock(day, at: time, time_zone: ZoneInfo) -> datetime:
    """``day`` at ``at`` on the wall clocks of ``time_zone``, as an aware datetime."""
    naive = datetime.combine(day, at)
    aware = naive.replace(tzinfo=time_zone)
    # A wall-clock time that does not exist (spring forward) reads back differently.
    round_trip = aware.astimezone(ZoneInfo("UTC")).astimezone(time_zone)
    if round_trip.replace(tzinfo=None) != naive:
        aware = (naive + timedelta(hours=1)).replace(tzinfo=time_zone)
    return aware
