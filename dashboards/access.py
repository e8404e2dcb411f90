"""Who may see which dashboard, and the one gate every dashboard view, export and socket
goes through: a manager sees their own subtrees only; anything else, including a forged
unit or learner in the address, is answered as if it did not exist (404)."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404

from organisations.models import OrgUnit, User
from organisations.selectors import manager_scope_roots


@dataclass
class Scope:
    """What the signed-in user may see: their outermost units (empty for a trainer who
    manages no one) and whether they may read course reports."""

    user: User
    roots: list[OrgUnit]
    course_reports: bool

    @property
    def is_manager(self) -> bool:
        return bool(self.roots)

    def covers_path(self, path: str) -> bool:
        return any(path.startswith(root.path) for root in self.roots)

    def unit(self, unit_id) -> OrgUnit:
        """The unit ``unit_id`` if it lies in scope; 404 otherwise (also for bad ids)."""
        try:
            unit = OrgUnit.objects.get(pk=int(unit_id))
        except (TypeError, ValueError, OrgUnit.DoesNotExist):
            raise Http404 from None
        if not self.covers_path(unit.path):
            raise Http404
        return unit

    def learner(self, user_uuid) -> User:
        """The learner with this stable id if placed in scope; 404 otherwise."""
        user = (
            User.objects.select_related("learner_profile__org_unit")
            .filter(uuid=user_uuid, learner_profile__isnull=False)
            .first()
        )
        if user is None or not self.covers_path(user.learner_profile.org_unit.path):
            raise Http404
        return user

    def unit_paths(self) -> list[str]:
        return [root.path for root in self.roots]

    def nav(self) -> dict:
        return {"manager": self.is_manager, "courses": self.course_reports}


def scope_for(user) -> Scope:
    """The dashboard scope of a signed-in user (no checks made)."""
    roots = manager_scope_roots(user=user)
    course_reports = bool(roots) or user.is_superuser or user.has_perm("quizzes.view_item_analysis")
    return Scope(user=user, roots=roots, course_reports=course_reports)


def manager_scope(user) -> Scope:
    """The scope of a manager; 403 for anyone who manages no unit."""
    scope = scope_for(user)
    if not scope.is_manager:
        raise PermissionDenied
    return scope


def course_report_scope(user) -> Scope:
    """The scope of someone allowed to read course reports (trainers, reviewers,
    administrators: every learner; managers: their own units); 403 for anyone else."""
    scope = scope_for(user)
    if not scope.course_reports:
        raise PermissionDenied
    return scope


def sees_everyone(scope: Scope) -> bool:
    """Trainers and administrators read course reports over all learners (figures only,
    no names); a manager who is not one of them reads their own units."""
    user = scope.user
    return user.is_superuser or user.has_perm("quizzes.view_item_analysis")
