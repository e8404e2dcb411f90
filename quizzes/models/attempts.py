"""Learners' attempts at quizzes, with the questions served and the answers given."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .quizzes import Quiz


class QuizAttempt(models.Model):
    """One learner's attempt at a quiz, graded on the server (``quizzes.services``).

    The questions served are frozen into ``questions`` when the attempt starts: for each
    position (1, 2...), the question's snapshot and the seed that shuffled what the
    browser was shown, so the attempt always grades against what the learner saw.
    ``answers`` holds the responses saved so far, as the browser sent them (in the ids
    the browser was shown), keyed by position. Attempts count per quiz *key*: the English
    and French versions of a quiz are one quiz.

    A closed attempt is *submitted*, *expired* (closed at its deadline, graded on the
    answers saved in time) or *late* (answered on a device and not shown to be within
    the time limit: graded on what it sent, never passed, ``late_reason`` says why; see
    ``quizzes.attempts.device_verdict``)."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")
        EXPIRED = "expired", _("Time over")
        LATE = "late", _("Submitted late")

    class LateReason(models.TextChoices):
        WINDOW = "window", _("It reached the server after the offline submission window.")
        CLOCK = (
            "clock",
            _(
                "The device's times do not fit when the server prepared the attempt and "
                "received it."
            ),
        )
        DURATION = "duration", _("It took longer than the time limit.")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("learner"),
    )
    quiz_key = models.UUIDField(_("quiz key"), help_text=_("The quiz's translation key."))
    quiz = models.ForeignKey(
        Quiz,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
        verbose_name=_("quiz"),
        help_text=_("The language version of the quiz that was served."),
    )
    language = models.CharField(_("language"), max_length=10)
    registration = models.UUIDField(
        _("course registration"),
        null=True,
        blank=True,
        help_text=_("The course registration, when the quiz is taken within a course."),
    )
    course_key = models.UUIDField(_("course key"), null=True, blank=True)
    number = models.PositiveIntegerField(_("attempt number"))
    token = models.CharField(_("token"), max_length=64, editable=False)
    started_at = models.DateTimeField(_("started"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(
        _("closed"),
        null=True,
        blank=True,
        help_text=_("When the attempt was submitted, or its deadline when it expired."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_PROGRESS
    )
    pass_mark = models.DecimalField(_("pass mark"), max_digits=4, decimal_places=3)
    questions = models.JSONField(_("questions served"), default=list)
    answers = models.JSONField(_("saved answers"), default=dict, blank=True)
    client_timestamps = models.JSONField(_("client timestamps"), default=dict, blank=True)
    prepared_offline = models.BooleanField(
        _("prepared for offline use"),
        default=False,
        help_text=_(
            "Made for a device that answers it with no connection: its time limit is "
            "kept by the device from the moment the learner starts it there."
        ),
    )
    checked = models.JSONField(
        _("answers checked"),
        default=list,
        blank=True,
        help_text=_(
            "Positions whose answer the learner checked for immediate feedback: those "
            "answers can no longer change."
        ),
    )
    late_reason = models.CharField(
        _("why it is late"),
        max_length=20,
        choices=LateReason.choices,
        blank=True,
        help_text=_(
            "For an attempt answered on a device and submitted late: it is graded, but it "
            "does not pass."
        ),
    )
    submission_key = models.CharField(_("submission key"), max_length=100, blank=True)
    score = models.DecimalField(_("score"), max_digits=12, decimal_places=4, null=True, blank=True)
    max_score = models.DecimalField(
        _("maximum score"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    scaled = models.FloatField(_("scaled score"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    results = models.JSONField(_("results"), default=dict, blank=True)

    class Meta:
        ordering = ["user", "quiz_key", "number"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key", "number"], name="quizzes_attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "quiz_key"],
                condition=Q(status="in_progress"),
                name="quizzes_one_attempt_in_progress",
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1), name="quizzes_attempt_number_positive"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "deadline"], name="quizzes_attempt_deadline"),
        ]

    def __str__(self) -> str:
        return f"{self.quiz_key} #{self.number} ({self.status})"

    @property
    def is_closed(self) -> bool:
        return self.status != self.Status.IN_PROGRESS
