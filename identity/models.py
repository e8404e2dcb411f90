"""What single sign-on remembers: which person an identity provider's subject is, and how
each provider's claims (or attributes) become a learner's profile, unit, audiences and
roles."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExternalIdentity(models.Model):
    """One person as one provider knows them: the provider's key (``oidc:cbsa``,
    ``saml:default``) and its stable subject identifier. A person's e-mail or employee
    number may change at the provider; the subject does not, so later sign-ins find
    them by it."""

    provider_key = models.CharField(_("provider"), max_length=80)
    subject = models.CharField(_("subject"), max_length=255)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="external_identities",
        verbose_name=_("user"),
    )
    created_at = models.DateTimeField(_("first signed in"), auto_now_add=True)
    last_signed_in_at = models.DateTimeField(_("last signed in"), null=True, blank=True)

    class Meta:
        verbose_name = _("external identity")
        verbose_name_plural = _("external identities")
        constraints = [
            models.UniqueConstraint(
                fields=["provider_key", "subject"], name="unique_subject_per_provider"
            )
        ]

    def __str__(self) -> str:
        return f"{self.provider_key} · {self.subject}"


class ClaimMapping(models.Model):
    """How one provider's claims fill in a person: each field names the claim (OpenID
    Connect) or attribute (SAML) that carries a value. A blank name means the provider
    does not send it and the platform keeps what it has."""

    provider_key = models.CharField(
        _("provider"),
        max_length=80,
        unique=True,
        validators=[
            RegexValidator(
                r"^(oidc|saml):[A-Za-z0-9_.-]+$",
                _("Write the kind and the key, for example oidc:cbsa or saml:default."),
            )
        ],
        help_text=_(
            "The kind and key of the provider, for example oidc:cbsa for the OpenID "
            "Connect provider configured as CBSA, or saml:default."
        ),
    )
    given_name_claim = models.CharField(
        _("given name claim"), max_length=200, blank=True, default="given_name"
    )
    family_name_claim = models.CharField(
        _("family name claim"), max_length=200, blank=True, default="family_name"
    )
    email_claim = models.CharField(_("e-mail claim"), max_length=200, blank=True, default="email")
    employee_number_claim = models.CharField(_("employee number claim"), max_length=200, blank=True)
    preferred_language_claim = models.CharField(
        _("preferred language claim"),
        max_length=200,
        blank=True,
        default="locale",
        help_text=_("Values starting with fr give French; anything else gives English."),
    )
    start_date_claim = models.CharField(
        _("start date claim"),
        max_length=200,
        blank=True,
        help_text=_("A date written as YYYY-MM-DD."),
    )
    unit_code_claim = models.CharField(
        _("unit code claim"),
        max_length=200,
        blank=True,
        help_text=_("The code of the person's organisational unit."),
    )
    default_unit = models.ForeignKey(
        "organisations.OrgUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("default unit"),
        help_text=_("The unit of people whose claim names no known unit."),
    )
    audiences_claim = models.CharField(
        _("audiences claim"),
        max_length=200,
        blank=True,
        help_text=_("A list of audience codes. Unknown codes are ignored."),
    )
    manager_units_claim = models.CharField(
        _("managed units claim"),
        max_length=200,
        blank=True,
        help_text=_("A list of unit codes whose learners the person manages."),
    )
    trainer_claim = models.CharField(_("trainer claim"), max_length=200, blank=True)
    trainer_value = models.CharField(
        _("trainer value"),
        max_length=200,
        blank=True,
        help_text=_("People whose trainer claim has this value (or lists it) become trainers."),
    )

    class Meta:
        verbose_name = _("claim mapping")
        verbose_name_plural = _("claim mappings")
        ordering = ["provider_key"]

    def __str__(self) -> str:
        return self.provider_key
