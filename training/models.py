"""Mandatory training: requirements, per-learner assignments, exemptions, targets and the
ledger of reminders sent."""

import hashlib
import json
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from organisations.models import Audience, BilingualNameMixin, OrgUnit

from . import rules


class Requirement(ClusterableModel, BilingualNameMixin):
    """A course, or an ordered path of courses, that some learners must complete.

    Applies to learners holding any of ``audiences`` (when some are chosen) and placed in
    any of the ``org_units`` subtrees (when some are chosen), minus those in an
    ``excluded_org_units`` subtree or holding an ``excluded_audiences`` audience, and
    optionally only those who started on or after ``started_from`` (new staff) or before
    ``started_before`` (existing staff, including those with no start date on record)."""

    class DueRule(models.TextChoices):
        FIXED_DATE = rules.FIXED_DATE, _("On a fixed date")
        DAYS_AFTER_ASSIGNMENT = rules.DAYS_AFTER_ASSIGNMENT, _("Days after it is assigned")
        DAYS_AFTER_START_DATE = (
            rules.DAYS_AFTER_START_DATE,
            _("Days after the learner's start date"),
        )
        DAYS_AFTER_AUDIENCE_JOINED = (
            rules.DAYS_AFTER_AUDIENCE_JOINED,
            _("Days after the learner joins the audience"),
        )

    class Recurrence(models.TextChoices):
        ONCE = rules.ONCE, _("Once")
        MONTHS_AFTER_COMPLETION = rules.MONTHS_AFTER_COMPLETION, _("Every M months from completion")
        FIXED_ANNIVERSARY = rules.FIXED_ANNIVERSARY, _("Every M months on a fixed anniversary")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    description = models.TextField(_("description"), blank=True)
    audiences = ParentalManyToManyField(
        Audience, blank=True, related_name="training_requirements", verbose_name=_("audiences")
    )
    org_units = ParentalManyToManyField(
        OrgUnit,
        blank=True,
        related_name="training_requirements",
        verbose_name=_("organisational units"),
        help_text=_("Each unit counts with every unit below it."),
    )
    excluded_audiences = ParentalManyToManyField(
        Audience,
        blank=True,
        related_name="+",
        verbose_name=_("excluded audiences"),
    )
    excluded_org_units = ParentalManyToManyField(
        OrgUnit,
        blank=True,
        related_name="+",
        verbose_name=_("excluded organisational units"),
        help_text=_("Each unit counts with every unit below it."),
    )
    started_from = models.DateField(
        _("learners who started on or after"),
        null=True,
        blank=True,
        help_text=_("Only learners whose start date is this day or later (new staff)."),
    )
    started_before = models.DateField(
        _("learners who started before"),
        null=True,
        blank=True,
        help_text=_(
            "Only learners whose start date is before this day, or who have no start date "
            "on record (existing staff)."
        ),
    )
    due_rule = models.CharField(
        _("due rule"), max_length=40, choices=DueRule.choices, default=DueRule.DAYS_AFTER_ASSIGNMENT
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_days = models.PositiveIntegerField(_("due in days"), null=True, blank=True)
    recurrence = models.CharField(
        _("recurrence"), max_length=40, choices=Recurrence.choices, default=Recurrence.ONCE
    )
    recurrence_months = models.PositiveIntegerField(_("every (months)"), null=True, blank=True)
    anniversary = models.DateField(
        _("anniversary"),
        null=True,
        blank=True,
        help_text=_("For a fixed anniversary: the first date; cycles repeat every M months."),
    )
    window_days = models.PositiveIntegerField(
        _("recertification window (days)"),
        default=0,
        help_text=_("How many days before a certification expires the learner may renew it."),
    )
    grace_days = models.PositiveIntegerField(
        _("grace period (days)"),
        default=0,
        help_text=_("Days after the due date before the training counts as overdue."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("training requirement")
        verbose_name_plural = _("training requirements")

    @property
    def rule(self) -> rules.Rule:
        return rules.Rule(
            due_rule=self.due_rule,
            due_date=self.due_date,
            due_days=self.due_days,
            recurrence=self.recurrence,
            recurrence_months=self.recurrence_months,
            anniversary=self.anniversary,
            window_days=self.window_days or 0,
            grace_days=self.grace_days or 0,
        )

    def course_keys(self) -> list[str]:
        return [str(step.course_key) for step in self.courses.all() if step.course_key]

    def rule_signature(self) -> str:
        """A fingerprint of what decides the dates: assignments made under another
        fingerprint are closed and made again when the requirement changes."""
        rule = self.rule
        payload = {
            "courses": self.course_keys(),
            **{name: str(getattr(rule, name)) for name in rule.__dataclass_fields__},
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


class RequirementCourse(Orderable):
    """One course (or briefing) of a requirement's path, identified by its translation key
    so that finishing the course, or acknowledging the briefing, in either language
    counts."""

    requirement = ParentalKey(Requirement, on_delete=models.CASCADE, related_name="courses")
    course = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("course or briefing"),
    )
    course_key = models.UUIDField(_("course key"), null=True, editable=False)

    class Meta(Orderable.Meta):
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        if self.course_id is not None:
            self.course_key = self.course.translation_key

    def __str__(self) -> str:
        return str(self.course) if self.course_id else str(self.course_key)


class Assignment(models.Model):
    """One cycle of one requirement for one learner.

    At most one assignment per learner and requirement is open (``closed_at`` empty);
    the others are its history. Rows are closed with a reason, never deleted."""

    class CloseReason(models.TextChoices):
        OUT_OF_SCOPE = "out_of_scope", _("No longer in the requirement's scope")
        REQUIREMENT_INACTIVE = "requirement_inactive", _("Requirement deactivated")
        REQUIREMENT_CHANGED = "requirement_changed", _("Requirement rules changed")
        RENEWED = "renewed", _("Followed by a recertification cycle")

    requirement = models.ForeignKey(
        Requirement,
        on_delete=models.PROTECT,
        related_name="assignments",
        verbose_name=_("requirement"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="training_assignments",
        verbose_name=_("learner"),
    )
    sequence = models.PositiveIntegerField(default=1)
    cycle = models.PositiveIntegerField(_("cycle"), default=1)
    is_recertification = models.BooleanField(default=False)
    assigned_on = models.DateField(_("assigned on"))
    due_on = models.DateField(_("due on"))
    overdue_after = models.DateField()
    counts_after = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    rule_signature = models.CharField(max_length=32)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_reason = models.CharField(max_length=30, choices=CloseReason.choices, blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["requirement", "user", "sequence"], name="unique_assignment_sequence"
            ),
            models.UniqueConstraint(
                fields=["requirement", "user"],
                condition=models.Q(closed_at__isnull=True),
                name="one_open_assignment",
            ),
        ]
        indexes = [
            # Covers the status read of a unit (index-only on PostgreSQL): a learner's
            # open assignments with every column their status depends on.
            models.Index(
                fields=[
                    "user",
                    "requirement",
                    "due_on",
                    "overdue_after",
                    "completed_at",
                    "expires_on",
                    "is_recertification",
                ],
                condition=models.Q(closed_at__isnull=True),
                name="assignment_open_status",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.requirement} #{self.cycle}"


class Exemption(models.Model):
    """An administrator waives a requirement for one learner, with a reason, until an
    optional expiry."""

    requirement = models.ForeignKey(
        Requirement,
        on_delete=models.PROTECT,
        related_name="exemptions",
        verbose_name=_("requirement"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="training_exemptions",
        verbose_name=_("learner"),
    )
    reason = models.TextField(_("reason"))
    expires_on = models.DateField(
        _("expires on"), null=True, blank=True, help_text=_("Leave empty for no expiry.")
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("granted by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("exemption")
        verbose_name_plural = _("exemptions")

    def __str__(self) -> str:
        return f"{self.user} · {self.requirement}"

    def is_active_on(self, day) -> bool:
        return self.expires_on is None or day <= self.expires_on


class Target(models.Model):
    """A goal managers are measured against: ``percentage`` of the learners a requirement
    applies to in ``org_unit``'s subtree have completed it by ``deadline``."""

    requirement = models.ForeignKey(
        Requirement, on_delete=models.CASCADE, related_name="targets", verbose_name=_("requirement")
    )
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.CASCADE,
        related_name="training_targets",
        verbose_name=_("organisational unit"),
    )
    percentage = models.PositiveSmallIntegerField(_("percentage"))
    deadline = models.DateField(_("deadline"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["deadline"]
        verbose_name = _("training target")
        verbose_name_plural = _("training targets")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(percentage__gte=1, percentage__lte=100),
                name="target_percentage_1_to_100",
            )
        ]

    def __str__(self) -> str:
        return f"{self.requirement} · {self.org_unit} · {self.percentage}%"


class SentReminder(models.Model):
    """The ledger of reminders: one row per reminder sent (or covered by another sent
    the same day), so none goes out twice."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_reminders"
    )
    kind = models.CharField(max_length=30)
    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(default=timezone.now)
    # False when another reminder sent the same day covered this one.
    delivered = models.BooleanField(default=True)

    def __str__(self) -> str:
        return self.key


class CalendarFeed(models.Model):
    """A learner's secret calendar address, so calendar apps can subscribe without
    signing in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_calendar"
    )
    token = models.CharField(max_length=64, unique=True, default=secrets.token_urlsafe)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return str(self.user)
