"""The dashboard's targets table: each target set on a unit in view, its attainment and
where the recent pace leads, measured on the read model."""

from collections import Counter
from datetime import timedelta

from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from training import rules
from training.models import Target
from training.selectors.targets import TargetProgress

from ..models import ComplianceRecord
from ..projections import PACE_DAYS, compliance_status
from ..tables import Column, Table
from .figures import Slice, _day_start, _rollup, scope_name


def target_progress_in_view(slice_: Slice) -> list[TargetProgress]:
    """Every target set on a unit in view, measured on the read model: its population
    is the non-exempt assignments of its requirement in its unit's subtree. The audience
    filter does not apply: a target is set on everyone in its unit."""
    today = slice_.today
    targets = slice_.targets
    if not targets:
        return []
    measured = slice_.compliance.targets
    if measured is None:
        measured = _targets_measured(targets, slice_=slice_)
    progress = []
    for target in targets:
        totals = measured[target.pk]
        progress.append(
            TargetProgress(
                target=target,
                population=totals["population"],
                completed=totals["completed"],
                recent_completions=totals["recent"],
                days_left=(target.deadline - today).days,
            )
        )
    return progress


def _targets_measured(targets: list[Target], *, slice_: Slice) -> dict[int, Counter]:
    """Each target's population, completions and recent completions, by target id, in
    a query of their own (grouped by unit and rolled up to each target's unit)."""
    today = slice_.today
    completed = Q(status=rules.COMPLETED)
    rows = (
        ComplianceRecord.objects.filter(
            slice_.within("org_unit__"),
            requirement_id__in={target.requirement_id for target in targets},
        )
        .order_by()
        .annotate(status=compliance_status(today=today))
        .exclude(status=rules.EXEMPT)
        .values_list("org_unit__path", "requirement_id")
        .annotate(
            population=Count("pk"),
            completed=Count("pk", filter=completed),
            recent=Count(
                "pk",
                filter=completed
                & Q(completed_at__gte=_day_start(today - timedelta(days=PACE_DAYS))),
            ),
        )
    )
    by_requirement: dict[int, dict[str, Counter]] = {}
    for path, requirement_id, population, done, recent in rows:
        by_requirement.setdefault(requirement_id, {})[path] = Counter(
            population=population, completed=done, recent=recent
        )
    return {
        target.pk: _rollup(by_requirement.get(target.requirement_id, {}), tops=[target.org_unit])[
            target.org_unit.pk
        ]
        for target in targets
    }


def outlook(progress: TargetProgress) -> str:
    if progress.met:
        return _("Met")
    if progress.on_track:
        return _("On track")
    return ngettext(
        "At risk: %(needed)d more completion needed",
        "At risk: %(needed)d more completions needed",
        progress.needed,
    ) % {"needed": progress.needed}


def targets_table(slice_: Slice) -> Table:
    columns = [
        Column("requirement", _("Requirement")),
        Column("unit", _("Unit")),
        Column("target", _("Target"), "percent"),
        Column("deadline", _("Deadline"), "date"),
        Column("attainment", _("Attained"), "percent"),
        Column("completed", _("Completed"), "number"),
        Column("population", _("Learners counted"), "number"),
        Column("projected", _("Projected at the deadline"), "percent"),
        Column("outlook", _("Outlook")),
    ]
    rows = [
        {
            "requirement": str(progress.target.requirement),
            "unit": progress.target.org_unit.name,
            "target": progress.target.percentage,
            "deadline": progress.target.deadline,
            "attainment": progress.attainment,
            "completed": progress.completed,
            "population": progress.population,
            "projected": progress.projected,
            "outlook": outlook(progress),
            "progress": progress,
        }
        for progress in target_progress_in_view(slice_)
    ]
    caption = _("Targets in %(unit)s") % {"unit": scope_name(slice_)}
    return Table(name="targets", caption=caption, columns=columns, rows=rows)
