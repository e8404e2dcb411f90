"""What happens around each task run by the database backend's worker: the request id
travels from the request that queued a task to the worker that runs it, and a failed
task declared with :func:`common.tasks.retrying_task` is queued again after its delay.

Connected to django-tasks' signals in :meth:`operations.apps.OperationsConfig.ready`,
so it applies to every task of every app. With the immediate backend nothing here acts:
the task runs inside the request, which already has its id.
"""

import logging
from contextvars import Token
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from common.request_context import request_id
from common.tasks import retry_policy_of

from .models import TaskOrigin

logger = logging.getLogger(__name__)

# The request id each running task set, to put back what was there when it ends.
_tokens: dict[str, Token] = {}


def _database_backend(sender) -> bool:
    # The worker sends some signals with the backend's class, others with the backend.
    return issubclass(sender if isinstance(sender, type) else type(sender), DatabaseBackend)


def note_request_id(sender, task_result, **kwargs) -> None:
    """``task_enqueued``: remember the id of the request that queued the task."""
    if not _database_backend(sender):
        return
    current = request_id.get()
    if current:
        TaskOrigin.objects.update_or_create(
            task_result_id=task_result.id, defaults={"request_id": current[:200]}
        )


def restore_request_id(sender, task_result, **kwargs) -> None:
    """``task_started``: the task's log lines carry the id of the request that queued it."""
    if not _database_backend(sender):
        return
    try:
        queued_by = (
            TaskOrigin.objects.filter(task_result_id=task_result.id)
            .values_list("request_id", flat=True)
            .first()
        )
    except Exception:
        logger.exception("tasks: the origin of task %s could not be read", task_result.id)
        queued_by = None
    _tokens[task_result.id] = request_id.set(queued_by or None)


def retry_failed(sender, task_result, **kwargs) -> None:
    """``task_finished``: queue a failed retrying task again, then forget the request id."""
    if not _database_backend(sender):
        return
    try:
        if task_result.status == TaskResultStatus.FAILED:
            _retry_if_allowed(task_result)
    except Exception:
        logger.exception("tasks: the retry of task %s could not be queued", task_result.id)
    finally:
        token = _tokens.pop(task_result.id, None)
        if token is not None:
            request_id.reset(token)


def _retry_if_allowed(task_result) -> None:
    policy = retry_policy_of(task_result.task)
    if policy is None:
        return
    origin = TaskOrigin.objects.filter(task_result_id=task_result.id).first()
    attempt = origin.attempt if origin else 1
    delay = policy.delay_after(attempt)
    if delay is None:
        logger.error(
            "tasks: %s failed on its last attempt (%s of %s)",
            task_result.task.module_path,
            attempt,
            policy.attempts,
        )
        return
    failed = DBTaskResult.objects.get(pk=task_result.id)
    retry = task_enqueue_again(
        failed,
        attempt=attempt + 1,
        run_after=timezone.now() + delay,
        request=origin.request_id if origin else "",
    )
    logger.warning(
        "tasks: %s failed (attempt %s of %s); retrying at %s as %s",
        task_result.task.module_path,
        attempt,
        policy.attempts,
        retry.run_after.isoformat(),
        retry.id,
    )


def task_enqueue_again(
    failed: DBTaskResult,
    *,
    attempt: int,
    run_after: datetime,
    request: str = "",
    by=None,
) -> DBTaskResult:
    """Queue the task of ``failed`` again, with the same arguments, to run at
    ``run_after``; the new row records which attempt it is and what it retries. A failed
    task is retried at most once (the database refuses a second retry of the same row)."""
    queued_task = failed.task.using(run_after=run_after)
    with transaction.atomic():
        result = queued_task.enqueue(*failed.args_kwargs["args"], **failed.args_kwargs["kwargs"])
        TaskOrigin.objects.update_or_create(
            task_result_id=result.id,
            defaults={
                "request_id": request,
                "attempt": attempt,
                "retry_of": failed,
                "retried_manually_by": by,
            },
        )
    return DBTaskResult.objects.get(pk=result.id)
