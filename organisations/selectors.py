"""Reads about people and the organisation tree."""

import uuid
import zoneinfo

from django.db.models import Q, QuerySet

from common.lookups import remembered

from .models import LearnerProfile, ManagerScope, OrgUnit, User


def manager_scope_roots(*, user: User) -> list[OrgUnit]:
    """The top units a manager may see (their subtrees are in scope too)."""
    roots = list(OrgUnit.objects.filter(manager_scopes__manager=user).order_by("path").distinct())
    # A scope nested inside another adds nothing; keep only the outermost ones.
    outermost: list[OrgUnit] = []
    for unit in roots:
        if not any(unit.path.startswith(kept.path) for kept in outermost):
            outermost.append(unit)
    return outermost


def org_units_in_scope(*, user: User) -> QuerySet[OrgUnit]:
    """Every unit a manager may see: their scope roots and everything below them."""
    roots = manager_scope_roots(user=user)
    if not roots:
        return OrgUnit.objects.none()
    condition = Q()
    for root in roots:
        condition |= Q(path__startswith=root.path)
    return OrgUnit.objects.filter(condition).order_by("path")


def user_is_manager(*, user: User) -> bool:
    return user.is_authenticated and ManagerScope.objects.filter(manager=user).exists()


def learners_in_scope(*, user: User) -> QuerySet[LearnerProfile]:
    """Learner profiles in a manager's subtree, and none outside it; partners awaiting
    approval are not yet the agency's people (they appear in none of its reports)."""
    return LearnerProfile.objects.filter(
        org_unit__in=org_units_in_scope(user=user), awaiting_approval=False
    )


def org_unit_ancestor_ids(*, org_unit: OrgUnit) -> list[int]:
    """The unit's own id and those of all its ancestors, nearest last."""
    return [unit.pk for unit in org_unit.get_ancestors()] + [org_unit.pk]


def learner_profile_for(*, user: User) -> LearnerProfile | None:
    return LearnerProfile.objects.select_related("org_unit").filter(user=user).first()


def learner_time_zone_for(*, user_id) -> zoneinfo.ZoneInfo | None:
    """The time zone the learner's device last reported (see
    :func:`organisations.services.learner_time_zone_set`), or ``None`` when none is known."""
    name = (
        LearnerProfile.objects.filter(user_id=user_id).values_list("time_zone", flat=True).first()
    )
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def user_for_actor(*, actor: dict) -> User | None:
    """The platform user an xAPI ``account`` agent stands for, if it is one of ours."""
    from django.conf import settings

    account = actor.get("account") if isinstance(actor, dict) else None
    if not account or account.get("homePage") != settings.SITE_URL:
        return None
    try:
        user_uuid = uuid.UUID(str(account.get("name")))
    except ValueError:  # not a UUID: not one of ours
        return None
    return remembered(("user", user_uuid), lambda: User.objects.filter(uuid=user_uuid).first())


def learner_profile_ids_for(*, user_ids) -> list[int]:
    """The learner-profile ids of some users (users without a profile have none)."""
    return list(LearnerProfile.objects.filter(user_id__in=user_ids).values_list("pk", flat=True))


def learners_matching(
    *, audience_ids=(), org_unit_paths=(), excluded_audience_ids=(), excluded_org_unit_paths=()
) -> QuerySet[LearnerProfile]:
    """Learner profiles holding any of the audiences (when some are given), placed in any
    of the units' subtrees (when some are given), minus the excluded audiences and
    subtrees, among active people. With neither audiences nor units, nobody matches."""
    from django.db.models import Exists, OuterRef

    if not audience_ids and not org_unit_paths:
        return LearnerProfile.objects.none()
    held = LearnerProfile.audiences.through.objects.filter(learnerprofile_id=OuterRef("pk"))
    # People who left (deactivated) are in no scope: their assignments close, their
    # records stay. Partners awaiting approval are in no agency's scope either.
    profiles = LearnerProfile.objects.filter(user__is_active=True, awaiting_approval=False)
    if audience_ids:
        profiles = profiles.filter(Exists(held.filter(audience_id__in=list(audience_ids))))
    if org_unit_paths:
        within = Q()
        for path in org_unit_paths:
            within |= Q(org_unit__path__startswith=path)
        profiles = profiles.filter(within)
    if excluded_audience_ids:
        excluded = held.filter(audience_id__in=list(excluded_audience_ids))
        profiles = profiles.exclude(Exists(excluded))
    for path in excluded_org_unit_paths:
        profiles = profiles.exclude(org_unit__path__startswith=path)
    return profiles


def audience_joined_on_subquery(*, audience_ids):
    """For annotating learner profiles: the earliest day the learner joined one of the
    audiences they still hold."""
    from django.db.models import Min, OuterRef, Subquery

    from .models import AudienceMembership

    return Subquery(
        AudienceMembership.objects.filter(
            profile_id=OuterRef("pk"), audience_id__in=list(audience_ids), left_on__isnull=True
        )
        .values("profile_id")
        .annotate(first=Min("joined_on"))
        .values("first")[:1]
    )


def learner_profile_with_audiences(*, user: User) -> LearnerProfile | None:
    """The learner's profile with its unit and audiences (two queries)."""
    return (
        LearnerProfile.objects.select_related("org_unit")
        .prefetch_related("audiences")
        .filter(user=user)
        .first()
    )


def unit_memberships_for(*, user: User) -> list:
    """The learner's unit history (when they were in which unit), oldest first."""
    from .models import UnitMembership

    return list(
        UnitMembership.objects.filter(profile__user=user)
        .select_related("org_unit")
        .order_by("started_on", "pk")
    )


def org_unit_lineages(*, units) -> dict[int, list[OrgUnit]]:
    """Each unit with its ancestors, root first, by unit id (one query for them all):
    what :attr:`OrgUnit.path_label` names, without a query per unit."""
    units = [unit for unit in units if unit is not None]
    step = OrgUnit.steplen
    paths = {
        unit.path[:length] for unit in units for length in range(step, len(unit.path) + 1, step)
    }
    by_path = {node.path: node for node in OrgUnit.objects.filter(path__in=paths)}
    return {
        unit.pk: [
            by_path[unit.path[:length]]
            for length in range(step, len(unit.path) + 1, step)
            if unit.path[:length] in by_path
        ]
        for unit in units
    }
