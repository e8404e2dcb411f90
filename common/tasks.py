"""Background tasks that are retried when they fail.

``@retrying_task()`` declares a task as :func:`django_tasks.task` does, and marks it safe
to run again: with a real queue (a backend that can defer work), an attempt that raises
is recorded as failed and the same task is queued again after a growing delay (by
default 30 s, 1 min, 2 min), until it succeeds or its attempts are spent. The last
failure stays, with its traceback, for staff to see and retry by hand. The retrying
itself is done by whoever runs the tasks (the platform's worker, see ``operations``);
with the immediate backend a failed task is simply failed.

Only idempotent work belongs here: a task that may have half-done its work before
failing must be safe to run again from the start.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django_tasks import task
from django_tasks.base import Task


@dataclass(frozen=True)
class RetryPolicy:
    """How many times a task runs at most, and how long it waits between attempts."""

    attempts: int = 4
    backoff_seconds: float = 30.0
    factor: float = 2.0

    def __post_init__(self):
        if self.attempts < 1:
            raise ValueError("attempts: a task runs at least once")
        if self.backoff_seconds < 0 or self.factor < 1:
            raise ValueError("backoff_seconds and factor must not shorten the delays")

    def delay_after(self, attempt: int) -> timedelta | None:
        """The wait before the attempt after ``attempt`` (1 is the first run), or ``None``
        when ``attempt`` was the last one allowed."""
        if attempt >= self.attempts:
            return None
        return timedelta(seconds=self.backoff_seconds * self.factor ** (attempt - 1))


def retrying_task(
    *, attempts: int = 4, backoff_seconds: float = 30.0, factor: float = 2.0, **options
) -> Callable[[Callable], Task]:
    """Declare a background task that is retried with backoff when it raises.

    ``options`` are those of :func:`django_tasks.task` (``priority``, ``queue_name``...).
    """
    policy = RetryPolicy(attempts=attempts, backoff_seconds=backoff_seconds, factor=factor)

    def decorate(func: Callable) -> Task:
        func.retry_policy = policy
        return task(**options)(func)

    return decorate


def retry_policy_of(task_object: Task) -> RetryPolicy | None:
    """The retry policy a task was declared with, ``None`` for a task run only once."""
    return getattr(task_object.func, "retry_policy", None)
