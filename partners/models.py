"""Partners who sign themselves up: their registrations, the organisations they name
and the invitations managers send.

A registration holds what the person typed until they confirm their e-mail; only then
are their account and learner profile made, so an address nobody confirmed never
becomes an account that could sign in."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerOrganisation(models.Model):
    """A partner organisation someone named when registering: its unit (kind partner)
    exists from their confirmation, but nobody else is offered it, and nobody placed in
    it is approved, until an administrator accepts it. Partner units made by
    administrators in the organisation tree have no such record: they are accepted."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an administrator")
        ACCEPTED = "accepted", _("Accepted")
        REFUSED = "refused", _("Refused")

    org_unit = models.OneToOneField(
        "organisations.OrgUnit",
        on_delete=models.CASCADE,
        related_name="partner_organisation",
        verbose_name=_("organisational unit"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("proposed partner organisation")
        verbose_name_plural = _("proposed partner organisations")

    def __str__(self) -> str:
        return str(self.org_unit)


class Invitation(models.Model):
    """An invitation a manager or an administrator sent to one address: whoever opens
    its link before it expires registers in its unit and is approved at once."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail"))
    org_unit = models.ForeignKey(
        "organisations.OrgUnit",
        on_delete=models.CASCADE,
        related_name="partner_invitations",
        verbose_name=_("organisational unit"),
    )
    audiences = models.ManyToManyField(
        "organisations.Audience", blank=True, related_name="+", verbose_name=_("audiences")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partner_invitation",
        verbose_name=_("account"),
    )

    class Meta:
        verbose_name = _("partner invitation")
        verbose_name_plural = _("partner invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email


class Registration(models.Model):
    """One person's sign-up, from the form to the decision of a manager of their
    organisation (or an administrator)."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("E-mail not confirmed")
        AWAITING = "awaiting", _("Awaiting approval")
        APPROVED = "approved", _("Approved")
        REFUSED = "refused", _("Refused")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail"))
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    # Django's password hash, never the password itself; copied to the account made on
    # confirmation.
    password = models.CharField(_("password"), max_length=128)
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.OFFICIAL_LANGUAGES, default="en"
    )
    org_unit = models.ForeignKey(
        "organisations.OrgUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
    )
    organisation_name = models.CharField(
        _("new organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation the person named when it was not in the list."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.UNCONFIRMED
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partner_registration",
        verbose_name=_("account"),
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("partner registration")
        verbose_name_plural = _("partner registrations")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name} <{self.email}>"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
