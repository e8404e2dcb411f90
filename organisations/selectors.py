"""Reads about people and the organisation tree."""

import uuid

from django.db.models import Q, QuerySet

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
    """Learner profiles in a manager's subtree, and none outside it."""
    return LearnerProfile.objects.filter(org_unit__in=org_units_in_scope(user=user))


def org_unit_ancestor_ids(*, org_unit: OrgUnit) -> list[int]:
    """The unit's own id and those of all its ancestors, nearest last."""
    return [unit.pk for unit in org_unit.get_ancestors()] + [org_unit.pk]


def learner_profile_for(*, user: User) -> LearnerProfile | None:
    return LearnerProfile.objects.select_related("org_unit").filter(user=user).first()


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
    return User.objects.filter(uuid=user_uuid).first()
