"""What the operations screens read: background tasks by state, scheduled jobs."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from common.tasks import retry_policy_of

from .jobs import JOBS, JobDefinition
from .models import ScheduledJob
from .scheduler import jobs_ensure

# The filters of the background tasks screen, in the order shown.
TASK_FILTERS = ("failed", "queued", "running", "retried", "succeeded")


def tasks_in_state(state: str) -> QuerySet[DBTaskResult]:
    """Tasks in one of :data:`TASK_FILTERS`: ``failed`` are failures nobody retried (the
    ones needing attention), ``retried`` the failures that were queued again."""
    tasks = DBTaskResult.objects.select_related("origin")
    if state == "failed":
        return tasks.failed().filter(retried_by__isnull=True).order_by("-finished_at")
    if state == "retried":
        return tasks.failed().filter(retried_by__isnull=False).order_by("-finished_at")
    if state == "queued":
        return tasks.filter(status=TaskResultStatus.READY).order_by("run_after", "enqueued_at")
    if state == "running":
        return tasks.running().order_by("started_at")
    if state == "succeeded":
        return tasks.successful().order_by("-finished_at")
    raise ValueError(f"state: one of {', '.join(TASK_FILTERS)}")


def task_counts() -> dict[str, int]:
    return {state: tasks_in_state(state).count() for state in TASK_FILTERS}


@dataclass
class TaskRow:
    """One task as the screens show it."""

    result: DBTaskResult
    attempt: int
    attempts_allowed: int | None
    waiting_until: object
    error_summary: str

    @property
    def name(self) -> str:
        return self.result.task_path


def task_row(result: DBTaskResult) -> TaskRow:
    origin = getattr(result, "origin", None)
    try:
        policy = retry_policy_of(result.task)
    except Exception:  # a task no longer in the code
        policy = None
    waiting = None
    if result.status == TaskResultStatus.READY and result.run_after > timezone.now():
        if result.run_after.year < 9999:
            waiting = result.run_after
    return TaskRow(
        result=result,
        attempt=origin.attempt if origin else 1,
        attempts_allowed=policy.attempts if policy else None,
        waiting_until=waiting,
        error_summary=error_summary(result),
    )


def error_summary(result: DBTaskResult) -> str:
    """The last line of a failed task's traceback (the exception and its message)."""
    if not result.traceback:
        return result.exception_class_path
    lines = [line for line in result.traceback.strip().splitlines() if line.strip()]
    return lines[-1] if lines else result.exception_class_path


@dataclass
class JobRow:
    job: ScheduledJob
    definition: JobDefinition

    @property
    def result_summary(self) -> str:
        """The last run's summary as ``closed: 0, sent: 3``."""
        result = self.job.last_result
        if isinstance(result, dict):
            return ", ".join(f"{key}: {value}" for key, value in result.items())
        return "" if result is None else str(result)


def scheduled_jobs() -> list[JobRow]:
    """Every job defined in code with its row (created on first sight), in code order."""
    jobs_ensure()
    rows = {job.name: job for job in ScheduledJob.objects.all()}
    return [JobRow(job=rows[d.name], definition=d) for d in JOBS if d.name in rows]
