"""``manage.py run_worker``: the platform's background worker.

One process runs the background tasks queued in the database (django-tasks-db's worker
loop) and, in a second thread, the scheduler that queues the scheduled jobs when they
fall due. Run one or several (on one or several machines): each task and each due job
runs once. Stops cleanly on SIGINT or SIGTERM, after the task under way.
"""

import logging
import signal
import threading
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker

from operations.scheduler import scheduler_tick

logger = logging.getLogger("operations.worker")


class PlatformWorker(Worker):
    """django-tasks-db's worker, stopping once for a Ctrl-C that reaches it twice (from
    the terminal and from ``make run``, which passes it on): a second signal within a
    second of the first is the same request to stop, not a demand to abandon the task."""

    def shutdown(self, signum, frame):
        now = time.monotonic()
        if not self.running and now - getattr(self, "_stop_asked_at", 0) < 1:
            return
        self._stop_asked_at = now
        super().shutdown(signum, frame)


def run_scheduler(stop: threading.Event, interval: float) -> None:
    """Tick until ``stop`` is set; a failing tick is logged and tried again."""
    while not stop.is_set():
        close_old_connections()
        try:
            scheduler_tick()
        except Exception:
            logger.exception("scheduler: the tick failed; trying again in %s s", interval)
        finally:
            close_old_connections()
        stop.wait(interval)


class Command(BaseCommand):
    help = (
        "Run background tasks from the database queue and the scheduled jobs (the "
        "scheduler ticks in a thread). Several workers may run at once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="seconds between looks at the queue when it is empty (default 1)",
        )
        parser.add_argument(
            "--schedule-interval",
            type=float,
            default=15.0,
            help="seconds between looks for due scheduled jobs (default 15)",
        )
        parser.add_argument(
            "--no-scheduler", action="store_true", help="run tasks only, no scheduled jobs"
        )
        parser.add_argument(
            "--queue-name",
            default="*",
            help="queues to take tasks from, separated by commas (default: all)",
        )
        parser.add_argument(
            "--batch",
            action="store_true",
            help="run the tasks due now, then exit (the scheduler ticks once first)",
        )
        parser.add_argument("--worker-id", default="", help="unique name of this worker")

    def handle(self, *args, **options):
        backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
        if not isinstance(backend, DatabaseBackend):
            raise CommandError(
                "TASKS_BACKEND is not the database backend "
                f"({type(backend).__module__}.{type(backend).__name__}): tasks run at once "
                "where they are queued, and there is nothing for a worker to do. Set "
                "TASKS_BACKEND=django_tasks_db.DatabaseBackend."
            )
        interval, schedule_interval = options["interval"], options["schedule_interval"]
        if interval < 0 or schedule_interval <= 0:
            raise CommandError("--interval must be 0 or more and --schedule-interval positive")
        self._configure_logging(options["verbosity"])
        worker_id = options["worker_id"] or get_random_string(32)
        if len(worker_id) > 64:
            raise CommandError("--worker-id: at most 64 characters")
        worker = PlatformWorker(
            queue_names=options["queue_name"].split(","),
            interval=interval,
            batch=options["batch"],
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=not options["batch"],
            max_tasks=None,
            worker_id=worker_id,
            excluded_queue_names=[],
        )
        stop = threading.Event()
        scheduler = None
        if not options["no_scheduler"]:
            if options["batch"]:
                scheduler_tick()
            else:
                scheduler = threading.Thread(
                    target=run_scheduler,
                    args=(stop, schedule_interval),
                    name="scheduler",
                    daemon=True,
                )
                scheduler.start()
        logger.info(
            "worker %s started (scheduled jobs: %s)",
            worker_id,
            "off" if options["no_scheduler"] else "checked once" if options["batch"] else "on",
        )
        if not options["batch"]:
            worker.configure_signals()
        try:
            worker.run()
        finally:
            stop.set()
            if scheduler is not None:
                scheduler.join(timeout=5)
            if not options["batch"]:
                for name in ("SIGINT", "SIGTERM"):
                    signal.signal(getattr(signal, name), signal.SIG_DFL)
            logger.info("worker %s stopped", worker_id)

    def _configure_logging(self, verbosity: int) -> None:
        level = {0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
        for name in ("django_tasks", "django_tasks_db", "operations"):
            logging.getLogger(name).setLevel(level)
