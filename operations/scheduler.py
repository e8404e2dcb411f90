"""The scheduler: which jobs are due, claimed so that each due run happens once.

Every worker process ticks (``manage.py run_worker``). A tick claims each due job with
one compare-and-swap ``UPDATE`` on its ``next_run_at`` (only the worker whose update
still finds the value it read wins, on SQLite as on PostgreSQL), moves it to the next
run, and queues the run as a background task in the same transaction. The run itself
takes the job's ``running_since`` lease, so a slow run is never doubled by the next one.
"""

import logging
import traceback
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .jobs import JOBS, job_definition
from .models import JobOutcome, ScheduledJob
from .schedules import next_run_after

logger = logging.getLogger(__name__)

# A run that has not finished after this long is taken to have died with its worker.
RUN_LEASE = timedelta(hours=2)


def site_time_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def job_next_run(job: ScheduledJob, *, after: datetime, previous_due=None) -> datetime:
    return next_run_after(
        after,
        every_minutes=job.every_minutes,
        daily_at=job.daily_at,
        time_zone=site_time_zone(),
        previous_due=previous_due,
    )


def jobs_ensure(*, now: datetime | None = None) -> None:
    """Create the row of each job defined in code that has none yet, on its default
    schedule (safe when several processes do it at once)."""
    known = set(ScheduledJob.objects.values_list("name", flat=True))
    missing = [definition for definition in JOBS if definition.name not in known]
    if not missing:
        return
    now = now or timezone.now()
    rows = []
    for definition in missing:
        job = ScheduledJob(
            name=definition.name,
            every_minutes=definition.every_minutes,
            daily_at=definition.daily_at,
        )
        job.next_run_at = job_next_run(job, after=now)
        rows.append(job)
    ScheduledJob.objects.bulk_create(rows, ignore_conflicts=True)


def scheduler_tick(*, now: datetime | None = None) -> list[str]:
    """Queue every enabled job whose next run is due; returns the names this call
    queued (a job another worker claimed first is not among them)."""
    from .tasks import run_scheduled_job

    now = now or timezone.now()
    jobs_ensure(now=now)
    queued = []
    due = ScheduledJob.objects.filter(enabled=True, next_run_at__lte=now).order_by("next_run_at")
    for job in due:
        if job_definition(job.name) is None:
            continue  # a job no longer defined in code
        following = job_next_run(job, after=now, previous_due=job.next_run_at)
        with transaction.atomic():
            won = ScheduledJob.objects.filter(
                pk=job.pk, enabled=True, next_run_at=job.next_run_at
            ).update(next_run_at=following, last_queued_at=now)
            if won:
                run_scheduled_job.enqueue(name=job.name)
        if won:
            logger.info("scheduler: queued %s (next run %s)", job.name, following.isoformat())
            queued.append(job.name)
    return queued


def job_run(*, name: str) -> dict:
    """Run one job now, in this process, recording its outcome on its row. Returns the
    job's summary; a run refused because another is under way returns
    ``{"skipped": ...}``. A failure is recorded, then raised."""
    definition = job_definition(name)
    if definition is None:
        raise ValueError(f"name: no scheduled job is called {name!r}")
    jobs_ensure()
    now = timezone.now()
    claimed = (
        ScheduledJob.objects.filter(name=name)
        .filter(Q(running_since__isnull=True) | Q(running_since__lt=now - RUN_LEASE))
        .update(running_since=now, last_started_at=now)
    )
    if not claimed:
        logger.info("scheduled job %s: already running elsewhere; this run is skipped", name)
        return {"skipped": "already running"}
    logger.info("scheduled job %s: started", name)
    try:
        result = definition.run()
    except Exception as error:
        ScheduledJob.objects.filter(name=name).update(
            running_since=None,
            last_finished_at=timezone.now(),
            last_outcome=JobOutcome.FAILED,
            last_error="".join(traceback.format_exception(error)),
        )
        logger.exception("scheduled job %s: failed", name)
        raise
    ScheduledJob.objects.filter(name=name).update(
        running_since=None,
        last_finished_at=timezone.now(),
        last_outcome=JobOutcome.SUCCEEDED,
        last_error="",
        last_result=result,
    )
    logger.info("scheduled job %s: finished %s", name, result)
    return result
