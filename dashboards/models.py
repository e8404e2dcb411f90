"""Read models of the dashboards: one flat row per open assignment and per learner and
course, with the learner's unit copied in, so that a whole agency's figures are a single
grouped scan instead of joins across six tables.

They are projections, never edited by hand: ``dashboards.projections`` rebuilds a
learner's rows from the source tables whenever the projector, the training app or the
certificates app changes something about that learner (``dashboards.signal_handlers``),
and ``manage.py rebuild_dashboard_records`` rebuilds them all."""

from django.conf import settings
from django.db import models


class ComplianceRecord(models.Model):
    """One open assignment of a learner, with what its status depends on."""

    assignment = models.OneToOneField(
        "training.Assignment", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    org_unit = models.ForeignKey(
        "organisations.OrgUnit", on_delete=models.CASCADE, related_name="+"
    )
    requirement = models.ForeignKey(
        "training.Requirement", on_delete=models.CASCADE, related_name="+"
    )
    assigned_on = models.DateField()
    due_on = models.DateField()
    overdue_after = models.DateField()
    completed_at = models.DateTimeField(null=True)
    expires_on = models.DateField(null=True)
    is_recertification = models.BooleanField(default=False)
    started = models.BooleanField(default=False)
    exempt_forever = models.BooleanField(default=False)
    exempt_until = models.DateField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=["org_unit", "requirement"], name="dashboards_compliance_unit"),
            models.Index(fields=["user"], name="dashboards_compliance_user"),
        ]

    def __str__(self):
        return f"{self.user_id} / {self.requirement_id}"


class CourseRecord(models.Model):
    """Where one learner stands in one course (all registrations together)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    org_unit = models.ForeignKey(
        "organisations.OrgUnit", on_delete=models.CASCADE, related_name="+"
    )
    course_key = models.UUIDField()
    started_at = models.DateTimeField(null=True)
    last_activity_at = models.DateTimeField(null=True)
    lessons_completed = models.PositiveIntegerField(default=0)
    completed_at = models.DateTimeField(null=True)
    seconds_to_complete = models.PositiveIntegerField(null=True)
    passed = models.BooleanField(null=True)
    certificate_expires_at = models.DateTimeField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="dashboards_course_once")
        ]
        indexes = [
            models.Index(fields=["org_unit", "course_key"], name="dashboards_course_unit"),
            models.Index(fields=["course_key", "completed_at"], name="dashboards_course_done"),
        ]

    def __str__(self):
        return f"{self.user_id} / {self.course_key}"


class ComplianceDay(models.Model):
    """The day the compliance summaries were counted for (statuses move with the date)."""

    day = models.DateField(primary_key=True)
    built_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return str(self.day)


class ComplianceSummary(models.Model):
    """The compliance records of one unit (its own learners, not the units below it) and
    requirement that have one status on ``day``: how many, how many certifications end
    within 30, 60 and 90 days, and how many were completed in the last 28 days. A whole
    agency is then a few thousand rows instead of a million."""

    day = models.DateField()
    org_unit = models.ForeignKey(
        "organisations.OrgUnit", on_delete=models.CASCADE, related_name="+"
    )
    requirement = models.ForeignKey(
        "training.Requirement", on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(max_length=20)
    records = models.PositiveIntegerField()
    expiring_30 = models.PositiveIntegerField()
    expiring_60 = models.PositiveIntegerField()
    expiring_90 = models.PositiveIntegerField()
    recent = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["day", "org_unit"], name="dashboards_summary_unit")]

    def __str__(self):
        return f"{self.day} {self.org_unit_id} / {self.requirement_id}: {self.status}"
