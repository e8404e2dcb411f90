from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Running the platform: background workers, scheduled jobs, metrics, health checks,
    backups."""

    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from django_tasks.signals import task_enqueued, task_finished, task_started

        from . import task_tracking

        task_enqueued.connect(task_tracking.note_request_id, dispatch_uid="operations-origin")
        task_started.connect(task_tracking.restore_request_id, dispatch_uid="operations-start")
        task_finished.connect(task_tracking.retry_failed, dispatch_uid="operations-finish")
