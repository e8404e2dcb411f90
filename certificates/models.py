"""Certificates issued for course completions, each with a public verification code, and the
templates they are printed from."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index

from common.storage import private_storage

from . import expiry
from .placeholders import placeholder_errors

colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hexadecimal digits.")
)


class CertificateTemplate(PreviewableMixin, TranslatableMixin, models.Model):
    """What a certificate says and looks like, in each language (a translatable snippet)."""

    name = models.CharField(_("name"), max_length=120, help_text=_("For editors only."))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(
        _("body"),
        help_text=_(
            "Placeholders: {learner}, {course}, {date}, {hours} and {code} are replaced by "
            "the learner's name, the course title, the completion date, the course's hours "
            "and the verification code."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    signatory_name = models.CharField(_("signatory name"), max_length=200, blank=True)
    signatory_title = models.CharField(_("signatory title"), max_length=200, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("signature image"),
    )
    primary_colour = models.CharField(
        _("main colour"), max_length=7, default="#26374a", validators=[colour_validator]
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#af3c43", validators=[colour_validator]
    )
    is_default = models.BooleanField(
        _("use for new certificates"),
        default=False,
        help_text=_("New certificates are printed from the default template."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldRowPanel([FieldPanel("signatory_name"), FieldPanel("signatory_title")]),
                FieldPanel("signature"),
                FieldRowPanel([FieldPanel("primary_colour"), FieldPanel("accent_colour")]),
            ],
            heading=_("Look and signature"),
        ),
        FieldPanel("is_default"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        for field in ("title", "body"):
            problems = placeholder_errors(getattr(self, field) or "")
            if problems:
                errors[field] = problems
        if errors:
            raise ValidationError(errors)

    def get_preview_template(self, request, mode_name):
        return "certificates/pdf/certificate.html"

    def get_preview_context(self, request, mode_name):
        from .rendering import certificate_context

        sample = Certificate(
            id=uuid.UUID(int=0),
            code=f"{settings.CERTIFICATE_CODE_PREFIX}-7KQ9-M3XD-PB42",
            learner_name="Alex Martin",
            course_key=uuid.UUID(int=0),
            course_title_en="Recognising human trafficking",
            course_title_fr="Reconnaître la traite de personnes",
            duration_minutes=90,
            issued_at=timezone.now(),
            template=self,
        )
        sample.renew_by = None
        # The admin's live preview: the template being edited, printed for a sample learner.
        return certificate_context(certificate=sample, template=self, for_pdf=False)


class Certificate(models.Model):
    """Proof that a learner completed a course, verifiable by anyone with its code.

    One per learner, course and certification cycle: the first completion is cycle 1, a
    recertification (the course taken again near or after expiry) issues cycle 2, and so
    on. Earlier certificates stay as history."""

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
    course_version = models.CharField(_("course version"), max_length=40, blank=True)
    duration_minutes = models.PositiveIntegerField(_("course length (minutes)"), null=True)
    cycle = models.PositiveIntegerField(_("certification cycle"), default=1)
    registration = models.UUIDField(null=True, blank=True)
    template = models.ForeignKey(
        CertificateTemplate,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        verbose_name=_("template"),
    )
    issued_at = models.DateTimeField(_("issued"))
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    renewal_opens_at = models.DateTimeField(_("recertification opens"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    completion_statement_id = models.UUIDField(unique=True)
    # Private: the PDF leaves only through the download view, for its holder, their
    # managers and staff (never from a public /media/ address).
    pdf = models.FileField(
        _("PDF"), upload_to="certificates/pdf/", storage=private_storage, blank=True
    )
    show_full_name = models.BooleanField(
        _("show my full name on the public verification page"),
        default=False,
        help_text=_(
            "Otherwise anyone holding the code sees the first name and the initial of the "
            "last name only."
        ),
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        permissions = [("revoke_certificate", "Can revoke certificates")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key", "cycle"], name="one_certificate_per_cycle"
            ),
            models.UniqueConstraint(
                fields=["user", "course_key", "registration"],
                condition=models.Q(registration__isnull=False),
                name="one_certificate_per_registration",
            ),
        ]

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

    @property
    def days_left(self) -> int | None:
        """Days before expiry (None when it never expires)."""
        return expiry.days_until(expires_at=self.expires_at, now=timezone.now())

    @property
    def renewal_is_open(self) -> bool:
        """Whether the learner may take the course again for a new certificate."""
        if self.revoked_at or self.renewal_opens_at is None:
            return False
        return timezone.now() >= self.renewal_opens_at

    @property
    def public_name(self) -> str:
        """The learner's name as anyone holding the code sees it: in full only when the
        holder chose so; otherwise their initials (``CERTIFICATE_SHOW_INITIALS``) or their
        first name and the initial of their last name. A code travels on paper and in QR
        codes, so it must not be enough to learn a person's full name."""
        if self.show_full_name:
            return self.learner_name
        if settings.CERTIFICATE_SHOW_INITIALS:
            return expiry.initials(self.learner_name)
        return expiry.first_name_and_initial(self.learner_name)
