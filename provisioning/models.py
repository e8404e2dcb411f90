"""What the platform keeps about an agency's directory: the tokens it calls with, the
people it provisioned and its groups (each mapped to an audience or a unit)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from organisations.models import Audience, OrgUnit


class DirectoryToken(models.Model):
    """A bearer token one directory connection (Entra ID, Okta) calls ``/scim/v2/``
    with. Only the token's SHA-256 is kept: it is shown once, when it is made."""

    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(
        _("begins with"),
        max_length=12,
        editable=False,
        help_text=_("The first characters of the token, to tell tokens apart."),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    default_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("default unit"),
        help_text=_(
            "The unit of people the directory sends without a department or organisation "
            "that names a unit code."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("directory token")
        verbose_name_plural = _("directory tokens")
        ordering = ["-created_at", "-pk"]
        permissions = [("manage_directorytoken", _("Can manage directory tokens"))]

    def __str__(self) -> str:
        return self.name

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class DirectoryUser(models.Model):
    """A person as the directory describes them: the SCIM ``User`` resource. ``attributes``
    keeps what the directory last stated (names, e-mail addresses, language, enterprise
    attributes), which the platform's own records follow. A directory's DELETE ends the
    resource (``removed_at``) and deactivates the person; their records stay."""

    scim_id = models.CharField(_("SCIM id"), max_length=64, unique=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="directory_account",
        verbose_name=_("user"),
    )
    token = models.ForeignKey(
        DirectoryToken,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("provisioned through"),
    )
    scim_external_id = models.CharField(_("external id"), max_length=254, blank=True)
    attributes = models.JSONField(_("attributes"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    removed_at = models.DateTimeField(_("removed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("directory person")
        verbose_name_plural = _("directory people")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.user.get_username()


def new_scim_id() -> str:
    return str(uuid.uuid4())


class DirectoryGroup(models.Model):
    """A group of the directory: the SCIM ``Group`` resource. Its members hold its
    audience, or are moved into its unit (see ``provisioning.services``)."""

    scim_id = models.CharField(
        _("SCIM id"), max_length=64, unique=True, default=new_scim_id, editable=False
    )
    display_name = models.CharField(_("name in the directory"), max_length=254)
    scim_external_id = models.CharField(_("external id"), max_length=254, blank=True)
    audience = models.ForeignKey(
        Audience,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="directory_groups",
        verbose_name=_("audience"),
    )
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="directory_groups",
        verbose_name=_("organisational unit"),
    )
    members = models.ManyToManyField(
        DirectoryUser, blank=True, related_name="groups", verbose_name=_("members")
    )
    token = models.ForeignKey(
        DirectoryToken,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="groups",
        verbose_name=_("provisioned through"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("directory group")
        verbose_name_plural = _("directory groups")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(audience__isnull=True) | models.Q(org_unit__isnull=True),
                name="directory_group_one_target",
            )
        ]

    def __str__(self) -> str:
        return self.display_name
