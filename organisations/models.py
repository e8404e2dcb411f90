"""Who learners are and where they sit: users, the org-unit tree, audiences, scopes."""

import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node


class BilingualNameMixin(models.Model):
    """A name kept in both official languages, shown in the reader's language."""

    name_en = models.CharField(_("name (English)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        if (get_language() or "en").startswith("fr"):
            return self.name_fr or self.name_en
        return self.name_en


class User(AbstractUser):
    """A person who signs in. ``uuid`` is the stable, opaque id used as the xAPI actor."""

    uuid = models.UUIDField(_("stable identifier"), default=uuid.uuid4, unique=True, editable=False)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")


class OrgUnit(MP_Node, BilingualNameMixin):
    """A node of the organisation tree: agency > region > unit (e.g. CBSA > Pacific > YVR)."""

    class Kind(models.TextChoices):
        AGENCY = "agency", _("Agency")
        REGION = "region", _("Region")
        UNIT = "unit", _("Unit")
        PARTNER = "partner", _("Partner organisation")

    code = models.SlugField(_("code"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.UNIT)
    # Settings an organisation (a unit at the top of the tree) makes for its people.
    local_password_sign_in = models.BooleanField(
        _("local password sign-in"),
        default=True,
        help_text=_(
            "People of this organisation may sign in with a password kept by the platform. "
            "Turn it off when they all sign in through the organisation's identity provider."
        ),
    )
    retention_days = models.PositiveIntegerField(
        _("retention after departure (days)"),
        null=True,
        blank=True,
        help_text=_(
            "How long the records of a person who left stay under their name before an "
            "administrator may anonymise them. Blank: kept under their name."
        ),
    )

    node_order_by = ["name_en"]

    class Meta:
        verbose_name = _("organisational unit")
        verbose_name_plural = _("organisational units")

    def subtree(self):
        """This unit and every unit below it."""
        return OrgUnit.get_tree(self)

    @property
    def path_label(self) -> str:
        """The unit with its ancestors, e.g. ``CBSA › Pacific › YVR``."""
        return " › ".join(unit.name for unit in [*self.get_ancestors(), self])


class Audience(BilingualNameMixin):
    """A group of learners with the same training needs (border services officer, cadet, ...)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class LearnerProfile(models.Model):
    """What the platform knows about a learner beyond their sign-in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="learner_profile",
        verbose_name=_("user"),
    )
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        related_name="learners",
        verbose_name=_("organisational unit"),
    )
    audiences = models.ManyToManyField(
        Audience, blank=True, related_name="learners", verbose_name=_("audiences")
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.OFFICIAL_LANGUAGES, default="en"
    )
    employee_number = models.CharField(_("employee number"), max_length=40, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    optional_email_opt_out = models.BooleanField(
        _("no optional e-mail"),
        default=False,
        help_text=_("Only mandatory training notices are sent (no advance reminders)."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        default="",
        db_default="",  # rows written in bulk by SQL (the scale data) leave it out
        help_text=_(
            "The time zone of the learner's device, as their browser last reported it "
            "(for example America/Toronto). Documents made for them later, such as "
            "certificates, give dates and times in it. Blank: the site's time zone."
        ),
    )

    awaiting_approval = models.BooleanField(
        _("awaiting approval"),
        default=False,
        db_default=False,  # rows written in bulk by SQL (the scale data) leave it out
        help_text=_(
            "A partner who signed themselves up and is not yet approved: they can take open "
            "courses but appear in no report."
        ),
    )
    left_on = models.DateField(
        _("left on"),
        null=True,
        blank=True,
        help_text=_("The day the person was deactivated (left the organisation)."),
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")
        constraints = [
            models.UniqueConstraint(
                fields=["employee_number"],
                condition=~models.Q(employee_number=""),
                name="unique_employee_number_when_set",
            )
        ]

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()


class ManagerScope(models.Model):
    """A manager sees the learners of ``org_unit`` and of every unit below it."""

    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="manager_scopes",
        verbose_name=_("manager"),
    )
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.CASCADE,
        related_name="manager_scopes",
        verbose_name=_("organisational unit"),
    )

    class Meta:
        verbose_name = _("manager scope")
        verbose_name_plural = _("manager scopes")
        constraints = [
            models.UniqueConstraint(fields=["manager", "org_unit"], name="unique_manager_scope")
        ]

    def __str__(self) -> str:
        return f"{self.manager} → {self.org_unit}"


class AudienceMembership(models.Model):
    """When a learner joined (and left) an audience: the history behind
    ``LearnerProfile.audiences``, kept by ``audience_memberships_sync``."""

    profile = models.ForeignKey(
        LearnerProfile,
        on_delete=models.CASCADE,
        related_name="audience_memberships",
        verbose_name=_("learner profile"),
    )
    audience = models.ForeignKey(
        Audience,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("audience"),
    )
    joined_on = models.DateField(_("joined on"))
    left_on = models.DateField(_("left on"), null=True, blank=True)

    class Meta:
        verbose_name = _("audience membership")
        verbose_name_plural = _("audience memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "audience"],
                condition=models.Q(left_on__isnull=True),
                name="one_open_audience_membership",
            )
        ]

    def __str__(self) -> str:
        return f"{self.profile} · {self.audience}"


class UnitMembership(models.Model):
    """When a learner was in a unit: the history behind ``LearnerProfile.org_unit``. A
    move closes the open record the day before and opens one from the day of the move."""

    profile = models.ForeignKey(
        LearnerProfile,
        on_delete=models.CASCADE,
        related_name="unit_memberships",
        verbose_name=_("learner profile"),
    )
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("organisational unit"),
    )
    started_on = models.DateField(_("from"))
    ended_on = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        verbose_name = _("unit membership")
        verbose_name_plural = _("unit memberships")
        ordering = ["profile", "started_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["profile"],
                condition=models.Q(ended_on__isnull=True),
                name="one_open_unit_membership",
            )
        ]

    def __str__(self) -> str:
        return f"{self.profile} · {self.org_unit}"


class PeopleImport(models.Model):
    """One run of the HR import that changed the platform (a dry run leaves no record):
    who ran it, on which file, as of which day, and what it did."""

    created_at = models.DateTimeField(_("run at"), auto_now_add=True)
    run_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("run by"),
    )
    source_name = models.CharField(_("file"), max_length=255)
    full = models.BooleanField(
        _("full import"),
        help_text=_("People missing from a full import are deactivated."),
    )
    as_of = models.DateField(_("as of"))
    summary = models.JSONField(_("summary"), default=dict)

    class Meta:
        verbose_name = _("people import")
        verbose_name_plural = _("people imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.source_name} ({self.as_of})"


class AuditEventQuerySet(models.QuerySet):
    """The audit trail is written once and never changed or removed by the platform."""

    def update(self, **kwargs):
        raise PermissionError("The audit trail cannot be changed.")

    def delete(self):
        raise PermissionError("The audit trail cannot be changed.")


class AuditEvent(models.Model):
    """One entry of the append-only audit trail: who did what, to what, when, from
    where, with the values before and after a change (see ``organisations.audit``)."""

    # Not in Wagtail's "usage" index: an entry refers to a person only to record what
    # happened, and indexing it cost a background task at every sign-in.
    wagtail_reference_index_ignore = True

    class Action(models.TextChoices):
        SIGNED_IN = "signed_in", _("Signed in")
        SIGN_IN_FAILED = "sign_in_failed", _("Sign-in failed")
        SIGNED_OUT = "signed_out", _("Signed out")
        LEARNER_VIEWED = "learner_viewed", _("Learner's detail viewed")
        EXPORT_DOWNLOADED = "export_downloaded", _("Export downloaded")
        ROLE_CHANGED = "role_changed", _("Roles changed")
        SCOPE_CHANGED = "scope_changed", _("Manager scope changed")
        REQUIREMENT_CHANGED = "requirement_changed", _("Requirement changed")
        EXEMPTION_CHANGED = "exemption_changed", _("Exemption changed")
        CERTIFICATE_REVOKED = "certificate_revoked", _("Certificate revoked")
        PEOPLE_IMPORTED = "people_imported", _("People imported")
        SIGN_IN_SETTINGS_CHANGED = "sign_in_settings_changed", _("Sign-in settings changed")
        SECOND_FACTOR_CHANGED = "second_factor_changed", _("Second factor changed")
        DIRECTORY_TOKEN_CHANGED = "directory_token_changed", _("Directory token changed")
        PERSON_PROVISIONED = "person_provisioned", _("Person provisioned")
        PARTNER_DECIDED = "partner_decided", _("Partner registration decided")
        PERSON_ANONYMISED = "person_anonymised", _("Person anonymised")

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_name = models.CharField(_("who (as named then)"), max_length=200, blank=True)
    action = models.CharField(_("action"), max_length=40, choices=Action.choices, db_index=True)
    target_type = models.CharField(_("kind of record"), max_length=60, blank=True)
    target_id = models.CharField(_("record"), max_length=64, blank=True, db_index=True)
    target_name = models.CharField(_("record (as named then)"), max_length=300, blank=True)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit trail")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit trail cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit trail cannot be changed.")
