"""What administrators do to the background machinery: retry a failed task, run a
scheduled job now, turn a job off and on. Each checks permission, acts, then logs."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .jobs import job_definition
from .models import ScheduledJob
from .scheduler import job_next_run
from .task_tracking import task_enqueue_again

logger = logging.getLogger(__name__)


def can_operate(user) -> bool:
    """Who sees and acts on background tasks and scheduled jobs: administrators."""
    return bool(user and user.is_active and user.is_superuser)


def _require_operator(user) -> None:
    if not can_operate(user):
        raise PermissionDenied


def task_retry(*, failed: DBTaskResult, by) -> DBTaskResult:
    """Queue a failed task again now, with the same arguments (a fresh round of
    attempts). Refused for a task that did not fail or was already retried."""
    _require_operator(by)
    if failed.status != TaskResultStatus.FAILED:
        raise ValidationError({"task": _("Only a failed task can be retried.")})
    if hasattr(failed, "retried_by"):
        raise ValidationError({"task": _("This task was already retried.")})
    try:
        retry = task_enqueue_again(failed, attempt=1, run_after=timezone.now(), by=by)
    except ImportError as error:
        raise ValidationError({"task": _("This task no longer exists in the code.")}) from error
    except IntegrityError as error:
        raise ValidationError({"task": _("This task was already retried.")}) from error
    logger.info("tasks: %s retried task %s as %s", by.get_username(), failed.pk, retry.pk)
    return retry


def job_run_now(*, job: ScheduledJob, by) -> None:
    """Queue a run of ``job`` now, whatever its schedule (its next scheduled run stays)."""
    from .tasks import run_scheduled_job

    _require_operator(by)
    if job_definition(job.name) is None:
        raise ValidationError({"job": _("This job no longer exists in the code.")})
    ScheduledJob.objects.filter(pk=job.pk).update(last_queued_at=timezone.now())
    logger.info("scheduler: %s asked to run %s now", by.get_username(), job.name)
    run_scheduled_job.enqueue(name=job.name)


def job_set_enabled(*, job: ScheduledJob, enabled: bool, by) -> ScheduledJob:
    """Turn a job on (its next run counted from now) or off (it stops being queued; a
    run under way finishes)."""
    _require_operator(by)
    changes = {"enabled": enabled}
    if enabled:
        changes["next_run_at"] = job_next_run(job, after=timezone.now())
    ScheduledJob.objects.filter(pk=job.pk).update(**changes)
    logger.info(
        "scheduler: %s turned %s %s", by.get_username(), job.name, "on" if enabled else "off"
    )
    job.refresh_from_db()
    return job
