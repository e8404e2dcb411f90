"""Targets: where each stands now, and where the last 28 days' pace leads."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import (
    Count,
    Q,
)
from django.utils import timezone

from .. import rules
from ..models import Target
from .status import assignments_in_subtree, assignments_with_status


@dataclass
class TargetProgress:
    """Where a target stands: attainment now, and where the recent pace leads."""

    target: Target
    population: int
    completed: int
    recent_completions: int
    days_left: int

    @property
    def attainment(self) -> int:
        return round(100 * self.completed / self.population) if self.population else 0

    @property
    def needed(self) -> int:
        """Completions still needed to reach the target."""
        goal = -(-self.population * self.target.percentage // 100)
        return max(0, goal - self.completed)

    @property
    def projected(self) -> int:
        """The attainment expected at the deadline if the last 28 days' pace holds."""
        if not self.population:
            return 0
        rate = self.recent_completions / 28
        expected = min(self.population, self.completed + rate * max(0, self.days_left))
        return round(100 * expected / self.population)

    @property
    def met(self) -> bool:
        return self.population > 0 and self.attainment >= self.target.percentage

    @property
    def on_track(self) -> bool:
        return self.met or self.projected >= self.target.percentage


def target_progress(*, target: Target, today: date | None = None) -> TargetProgress:
    """A target's attainment (completed share of the learners it covers, exempt learners
    left out) and trajectory (the last 28 days' pace carried to the deadline)."""
    today = today or timezone.localdate()
    rows = assignments_with_status(
        queryset=assignments_in_subtree(org_unit=target.org_unit, requirement=target.requirement),
        today=today,
    ).exclude(status=rules.EXEMPT)
    totals = rows.aggregate(
        population=Count("pk"),
        completed=Count("pk", filter=Q(status=rules.COMPLETED)),
        recent=Count(
            "pk",
            filter=Q(status=rules.COMPLETED, completed_at__date__gte=today - timedelta(days=28)),
        ),
    )
    return TargetProgress(
        target=target,
        population=totals["population"],
        completed=totals["completed"],
        recent_completions=totals["recent"],
        days_left=(target.deadline - today).days,
    )


def targets_for_unit(*, org_unit, today: date | None = None) -> list[TargetProgress]:
    """Targets set on ``org_unit`` or any unit below it, with their progress."""
    targets = Target.objects.filter(org_unit__path__startswith=org_unit.path).select_related(
        "requirement", "org_unit"
    )
    return [target_progress(target=target, today=today) for target in targets]
