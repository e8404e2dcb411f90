"""Certificates issued for course completions, each with a public verification code."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Certificate(models.Model):
    """Proof that a learner completed a course, verifiable by anyone with its code."""

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    code = models.CharField(_("verification code"), max_length=40, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("learner"),
    )
    learner_name = models.CharField(_("learner name"), max_length=300)
    course_key = models.UUIDField(_("course"), db_index=True)
    course_title_en = models.CharField(_("course title (English)"), max_length=255)
    course_title_fr = models.CharField(_("course title (French)"), max_length=255)
    issued_at = models.DateTimeField(_("issued"))
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    completion_statement_id = models.UUIDField(unique=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]

    def __str__(self) -> str:
        return self.code

    def get_absolute_url(self) -> str:
        return reverse("certificates:verify", kwargs={"code": self.code})

    @property
    def course_title(self) -> str:
        if (get_language() or "en").startswith("fr"):
            return self.course_title_fr or self.course_title_en
        return self.course_title_en

    @property
    def status(self) -> str:
        if self.revoked_at:
            return self.Status.REVOKED
        if self.expires_at and self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.VALID

    def get_status_display(self) -> str:
        return self.Status(self.status).label
