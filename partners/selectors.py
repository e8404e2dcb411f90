"""Reads of the partners app: the organisations a partner may pick, and who may see and
decide which registrations and send which invitations.

Managers decide for the units of their scope; administrators for every unit. Only an
administrator decides about a person in an organisation nobody has accepted yet, since
that organisation has no manager."""

from django.db.models import Q, QuerySet

from organisations.models import Audience, OrgUnit, User
from organisations.selectors import manager_scope_roots, org_units_in_scope

from .models import Invitation, PartnerOrganisation, Registration


def partner_organisations_open() -> QuerySet[OrgUnit]:
    """Partner organisations a person signing up may pick: every partner unit except
    those still waiting for an administrator, or refused."""
    return (
        OrgUnit.objects.filter(kind=OrgUnit.Kind.PARTNER)
        .exclude(
            partner_organisation__status__in=[
                PartnerOrganisation.Status.PENDING,
                PartnerOrganisation.Status.REFUSED,
            ]
        )
        .order_by("name_en")
    )


def partner_organisation_named(*, name: str) -> OrgUnit | None:
    """The open partner organisation called ``name`` (in either language, any case)."""
    name = name.strip()
    if not name:
        return None
    return (
        partner_organisations_open()
        .filter(Q(name_en__iexact=name) | Q(name_fr__iexact=name))
        .first()
    )


def may_manage_partners(*, user: User) -> bool:
    """Managers of a unit and administrators see registrations and send invitations."""
    return user.is_authenticated and (user.is_superuser or bool(manager_scope_roots(user=user)))


def _pending_organisation(prefix: str = "") -> Q:
    return Q(**{f"{prefix}partner_organisation__status": PartnerOrganisation.Status.PENDING})


def registrations_awaiting(*, user: User) -> QuerySet[Registration]:
    """The confirmed registrations ``user`` may decide, oldest first."""
    registrations = Registration.objects.filter(status=Registration.Status.AWAITING).select_related(
        "org_unit", "org_unit__partner_organisation"
    )
    if user.is_superuser:
        return registrations.order_by("created_at")
    roots = manager_scope_roots(user=user)
    if not roots:
        return registrations.none()
    within = Q()
    for root in roots:
        within |= Q(org_unit__path__startswith=root.path)
    return (
        registrations.filter(within)
        .exclude(_pending_organisation("org_unit__"))
        .order_by("created_at")
    )


def registration_to_decide(*, user: User, registration_uuid) -> Registration | None:
    """One registration ``user`` may decide; ``None`` for anyone else's (and for one
    decided already)."""
    return registrations_awaiting(user=user).filter(uuid=registration_uuid).first()


def organisation_is_pending(*, org_unit: OrgUnit) -> bool:
    return PartnerOrganisation.objects.filter(
        org_unit=org_unit, status=PartnerOrganisation.Status.PENDING
    ).exists()


def invitation_units(*, user: User) -> QuerySet[OrgUnit]:
    """The units ``user`` may invite people into: their scope, every unit for an
    administrator; never an organisation still waiting for an administrator."""
    units = OrgUnit.objects.all() if user.is_superuser else org_units_in_scope(user=user)
    return units.exclude(_pending_organisation()).order_by("path")


def invitation_audiences() -> QuerySet[Audience]:
    return Audience.objects.order_by("name_en")


def invitations_sent(*, user: User, limit: int = 20) -> list[Invitation]:
    """The latest invitations into the units ``user`` may invite people into."""
    invitations = Invitation.objects.select_related("org_unit")
    if not user.is_superuser:
        invitations = invitations.filter(org_unit__in=invitation_units(user=user))
    return list(invitations.order_by("-created_at")[:limit])
