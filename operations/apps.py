from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Running the platform: background workers, scheduled jobs, metrics, health checks,
    backups."""

    name = "operations"
    verbose_name = _("Operations")
