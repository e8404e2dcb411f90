"""What the platform's background machinery remembers: where each queued task came
from (the request that queued it, the attempt it is, the failure it retries) and the
scheduled jobs with their last and next runs."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class TaskOrigin(models.Model):
    """Where a queued task came from, kept beside django-tasks-db's own row (which has no
    room for it): the id of the request that queued it, which attempt it is, and the
    failed task it retries. Rows exist only for tasks that have any of these."""

    task_result = models.OneToOneField(
        "django_tasks_database.DBTaskResult",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="origin",
    )
    request_id = models.CharField(_("request id"), max_length=200, blank=True)
    attempt = models.PositiveSmallIntegerField(_("attempt"), default=1)
    retry_of = models.OneToOneField(
        "django_tasks_database.DBTaskResult",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="retried_by",
        verbose_name=_("retry of"),
    )
    retried_manually_by = models.ForeignKey(
        "organisations.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("task origin")
        verbose_name_plural = _("task origins")

    def __str__(self):
        return f"{self.task_result_id} (attempt {self.attempt})"


class JobOutcome(models.TextChoices):
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed")
    SKIPPED = "skipped", _("Skipped (already running)")


class ScheduledJob(models.Model):
    """A recurring job (reminders, attempt expiry...) and the record of its runs. The job's
    work is defined in code (:mod:`operations.jobs`, by ``name``); this row holds its
    schedule, whether it is on, and what happened last. A job runs every
    ``every_minutes`` minutes, or each day at ``daily_at`` in the site's time zone."""

    name = models.SlugField(_("name"), max_length=100, unique=True)
    enabled = models.BooleanField(_("enabled"), default=True)
    every_minutes = models.PositiveIntegerField(_("every (minutes)"), null=True, blank=True)
    daily_at = models.TimeField(_("each day at"), null=True, blank=True)
    next_run_at = models.DateTimeField(_("next run"), null=True, blank=True)
    last_queued_at = models.DateTimeField(_("last queued"), null=True, blank=True)
    last_started_at = models.DateTimeField(_("last run started"), null=True, blank=True)
    last_finished_at = models.DateTimeField(_("last run finished"), null=True, blank=True)
    last_outcome = models.CharField(
        _("last outcome"), max_length=20, choices=JobOutcome.choices, blank=True
    )
    last_error = models.TextField(_("last error"), blank=True)
    last_result = models.JSONField(_("last result"), null=True, blank=True)
    # Set while a run is under way, so that two workers never run the job at once.
    running_since = models.DateTimeField(_("running since"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("scheduled job")
        verbose_name_plural = _("scheduled jobs")
        constraints = [
            models.CheckConstraint(
                condition=(Q(every_minutes__isnull=False) & Q(daily_at__isnull=True))
                | (Q(every_minutes__isnull=True) & Q(daily_at__isnull=False)),
                name="operations_job_one_schedule",
            ),
            models.CheckConstraint(
                condition=Q(every_minutes__isnull=True) | Q(every_minutes__gte=1),
                name="operations_job_interval_positive",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if (self.every_minutes is None) == (self.daily_at is None):
            raise ValidationError(
                {"every_minutes": _("Give either an interval in minutes or a time of day.")}
            )
