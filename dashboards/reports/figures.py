"""The part of the organisation a dashboard request looks at (``Slice``) and the figure
families read from it: each one grouped scan of the read models, by learner unit."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property

from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import Substr
from django.utils import timezone

from courses.models import CoursePage
from organisations.models import LearnerProfile, OrgUnit
from training import rules
from training.models import RequirementCourse, Target

from ..access import Scope
from ..filters import DashboardFilters
from ..models import ComplianceRecord, CourseRecord
from ..projections import (
    EXPIRING_WINDOWS,
    PACE_DAYS,
    compliance_status,
    expiring_within,
    summaries_for,
)
from ..selectors import dashboard_courses


@dataclass
class Figures:
    """Required-training figures of a part of the organisation (exempt assignments are
    left out of the completion rate)."""

    learners: int = 0
    assigned: int = 0
    not_started: int = 0
    in_progress: int = 0
    completed: int = 0
    due_soon: int = 0
    overdue: int = 0
    expired: int = 0
    exempt: int = 0
    expiring_30: int = 0
    expiring_60: int = 0
    expiring_90: int = 0

    @classmethod
    def from_counter(cls, counts: Counter) -> "Figures":
        return cls(**{name: counts.get(name, 0) for name in cls.__dataclass_fields__})

    @property
    def completion_percent(self) -> int:
        return percent(self.completed, self.assigned - self.exempt)

    @property
    def completion_ratio(self) -> float | None:
        """Completed out of assigned (exemptions aside), 0 to 1; None with none assigned."""
        counted = self.assigned - self.exempt
        return self.completed / counted if counted else None


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


# -- what a request looks at ----------------------------------------------------------------


@dataclass
class Slice:
    """The part of the organisation and the filters one dashboard request looks at."""

    scope: Scope
    filters: DashboardFilters
    language: str
    today: date = field(default_factory=timezone.localdate)

    @cached_property
    def tops(self) -> list[OrgUnit]:
        """The units whose subtrees are in view: the chosen unit, or every scope root."""
        return [self.filters.unit] if self.filters.unit else list(self.scope.roots)

    def within(self, prefix: str = "") -> Q:
        """Rows of units in view; ``prefix`` leads from the rows to their unit."""
        condition = Q()
        for top in self.tops:
            condition |= Q(**{f"{prefix}path__startswith": top.path})
        return condition

    @cached_property
    def row_units(self) -> list[OrgUnit]:
        """The rows of the per-unit table: the chosen unit's children, or the roots."""
        unit = self.filters.unit
        if unit is None:
            return list(self.scope.roots)
        return list(
            OrgUnit.objects.filter(path__startswith=unit.path, depth=unit.depth + 1).order_by(
                "path"
            )
        )

    @cached_property
    def bucket(self):
        """What the grouped queries group by: the start of the learner's unit path, as
        long as the paths of the table's units (all at one depth, as a rule), so that the
        database itself rolls each unit's subtree up into one group."""
        lengths = {len(unit.path) for unit in self.row_units}
        if len(lengths) == 1:
            return Substr("org_unit__path", 1, lengths.pop())
        return F("org_unit__path")

    @cached_property
    def breadcrumb(self) -> list[OrgUnit]:
        """From the scope root holding the chosen unit down to it; never above the root."""
        unit = self.filters.unit
        if unit is None:
            return []
        root = next(root for root in self.scope.roots if unit.path.startswith(root.path))
        return [
            *(other for other in unit.get_ancestors() if other.path.startswith(root.path)),
            unit,
        ]

    @cached_property
    def live_courses(self) -> list[CoursePage]:
        """Every live course in the reader's language, whatever the course filter."""
        return dashboard_courses(language=self.language)

    @cached_property
    def courses(self) -> list[CoursePage]:
        """The live courses in the reader's language (only the chosen one, if any)."""
        courses = self.live_courses
        if self.filters.course:
            courses = [
                course for course in courses if str(course.translation_key) == self.filters.course
            ]
        return courses

    @cached_property
    def targets(self) -> list[Target]:
        """The targets set on units in view (of the chosen requirement or course)."""
        targets = Target.objects.filter(self.within("org_unit__")).select_related(
            "requirement", "org_unit"
        )
        if self.filters.requirement is not None:
            targets = targets.filter(requirement=self.filters.requirement)
        if self.filters.course:
            targets = targets.filter(requirement__courses__course_key=self.filters.course)
        return list(targets.order_by("deadline", "org_unit__path", "pk").distinct())

    @cached_property
    def compliance(self) -> "ComplianceSummary":
        return compliance_summary(self)

    @cached_property
    def course_rows(self) -> list[dict]:
        return course_groups(self)

    @cached_property
    def unit_counts(self) -> dict[str, Counter]:
        """Learners, assignment statuses and course completions by group (see
        ``bucket``), keyed by the group's path."""
        merged: dict[str, Counter] = {}
        for counts in (
            learner_counts(self),
            self.compliance.by_group,
            course_completion_counts(self),
        ):
            for path, unit_counts in counts.items():
                merged.setdefault(path, Counter()).update(unit_counts)
        return merged

    def learners(self) -> QuerySet[LearnerProfile]:
        # Partners awaiting approval are in no agency's figures.
        profiles = LearnerProfile.objects.filter(self.within("org_unit__"), awaiting_approval=False)
        if self.filters.audience is not None:
            profiles = profiles.filter(audiences=self.filters.audience)
        return profiles

    def _audience_users(self):
        return LearnerProfile.objects.filter(audiences=self.filters.audience).values("user_id")

    def compliance_records(self) -> QuerySet[ComplianceRecord]:
        records = ComplianceRecord.objects.filter(self.within("org_unit__"))
        if self.filters.audience is not None:
            records = records.filter(user_id__in=self._audience_users())
        return self.chosen_requirements(records)

    def chosen_requirements(self, records: QuerySet[ComplianceRecord]):
        """``records`` of the chosen requirement, or of those including the chosen course."""
        filters = self.filters
        if filters.requirement is not None:
            records = records.filter(requirement_id=filters.requirement.pk)
        if filters.course:
            records = records.filter(
                requirement_id__in=RequirementCourse.objects.filter(
                    course_key=filters.course
                ).values("requirement_id")
            )
        return records

    def course_records(self) -> QuerySet[CourseRecord]:
        records = CourseRecord.objects.filter(
            self.within("org_unit__"),
            course_key__in=[course.translation_key for course in self.courses],
        )
        if self.filters.audience is not None:
            records = records.filter(user_id__in=self._audience_users())
        return records

    def completed_in_range(self) -> Q:
        """Completions inside the chosen dates (any completion when none are chosen)."""
        condition = Q(completed_at__isnull=False)
        if self.filters.date_from:
            condition &= Q(completed_at__gte=_day_start(self.filters.date_from))
        if self.filters.date_to:
            condition &= Q(completed_at__lt=_day_start(self.filters.date_to + timedelta(days=1)))
        return condition


def scope_name(slice_: Slice) -> str:
    return ", ".join(unit.name for unit in slice_.tops)


def _rollup(counts_by_path: dict[str, Counter], *, tops) -> dict[int, Counter]:
    """Sum the counts of each path into every one of ``tops`` whose subtree holds it."""
    by_path = {top.path: top.pk for top in tops}
    lengths = sorted({len(path) for path in by_path})
    totals = {top.pk: Counter() for top in tops}
    for path, counts in counts_by_path.items():
        for length in lengths:
            top_id = by_path.get(path[:length])
            if top_id is not None:
                totals[top_id].update(counts)
    return totals


# -- figure families ------------------------------------------------------------------------


def learner_counts(slice_: Slice) -> dict[str, Counter]:
    rows = (
        slice_.learners()
        .order_by()
        .annotate(bucket=slice_.bucket)
        .values_list("bucket")
        .annotate(n=Count("pk"))
    )
    return {bucket: Counter(learners=number) for bucket, number in rows}


#: Targets measured in the same scan as the figures; more get a query of their own.
TARGETS_PER_SCAN = 12


@dataclass
class ComplianceSummary:
    """Open assignments by group (see ``Slice.bucket``): counts by status and of
    certifications expiring in each window; and, when measured in the same scan, each
    target's population, completions and recent completions (by target id)."""

    by_group: dict[str, Counter]
    targets: dict[int, Counter] | None


def compliance_summary(slice_: Slice) -> ComplianceSummary:
    """One grouped scan of the compliance in view. Without an audience filter it reads the
    daily summaries (``dashboards.projections.summaries_for``: a few rows per unit and
    requirement); with one, the records themselves, since summaries know no audiences.
    Targets ride along as a pair of filtered sums each (their subtrees need not match the
    groups), unless the audience filter is on: a target is measured on everyone in its
    unit."""
    today = slice_.today
    targets = slice_.targets
    by_audience = slice_.filters.audience is not None
    with_targets = bool(targets) and not by_audience and len(targets) <= TARGETS_PER_SCAN
    if by_audience:
        rows = slice_.compliance_records()
        tally = count_records(today=today)
    else:
        rows = slice_.chosen_requirements(
            summaries_for(today=today).filter(slice_.within("org_unit__"))
        )
        tally = sum_summaries()
    aggregates = {
        "n": tally("n", Q()),
        **{
            f"expiring_{days}": tally(f"expiring_{days}", Q(), days=days)
            for days in EXPIRING_WINDOWS
        },
    }
    if with_targets:
        for target in targets:
            covered = Q(
                requirement_id=target.requirement_id,
                org_unit__path__startswith=target.org_unit.path,
            )
            aggregates[f"target_{target.pk}"] = tally("n", covered)
            aggregates[f"recent_{target.pk}"] = tally("recent", covered)
    status = F("status") if not by_audience else compliance_status(today=today)
    rows = (
        rows.order_by()
        .annotate(bucket=slice_.bucket, row_status=status)
        .values("bucket", "row_status")
        .annotate(**aggregates)
    )
    by_group: dict[str, Counter] = {}
    measured = {target.pk: Counter() for target in targets} if with_targets else None
    for row in rows:
        status = row["row_status"]
        group = by_group.setdefault(row["bucket"], Counter())
        group[status] += row["n"] or 0
        group["assigned"] += row["n"] or 0
        for days in EXPIRING_WINDOWS:
            group[f"expiring_{days}"] += row[f"expiring_{days}"] or 0
        if measured is None or status == rules.EXEMPT:
            continue
        for target_id, totals in measured.items():
            totals["population"] += row[f"target_{target_id}"] or 0
            if status == rules.COMPLETED:
                totals["completed"] += row[f"target_{target_id}"] or 0
                totals["recent"] += row[f"recent_{target_id}"] or 0
    return ComplianceSummary(by_group=by_group, targets=measured)


def count_records(*, today: date):
    """How ``compliance_summary`` tallies compliance records: counts under conditions."""
    since = _day_start(today - timedelta(days=PACE_DAYS))

    def tally(measure: str, condition: Q, days: int | None = None):
        if measure == "recent":
            condition &= Q(completed_at__gte=since)
        elif days is not None:
            condition &= expiring_within(today=today, days=days)
        return Count("pk", filter=condition) if condition else Count("pk")

    return tally


def sum_summaries():
    """How ``compliance_summary`` tallies daily summaries: sums of their columns."""
    columns = {"n": "records", "recent": "recent"}

    def tally(measure: str, condition: Q, days: int | None = None):
        column = columns.get(measure, measure)
        return Sum(column, filter=condition) if condition else Sum(column)

    return tally


def course_groups(slice_: Slice) -> list[dict]:
    """Learners by group and course who started it, completed it (in the chosen dates),
    passed its final assessment, and whose certificate expires within 90 days."""
    now = timezone.now()
    return list(
        slice_.course_records()
        .order_by()
        .annotate(bucket=slice_.bucket)
        .values("bucket", "course_key")
        .annotate(
            started=Count("pk"),
            completed=Count("pk", filter=slice_.completed_in_range()),
            passed=Count("pk", filter=Q(passed=True)),
            expiring=Count(
                "pk",
                filter=Q(
                    certificate_expires_at__gt=now,
                    certificate_expires_at__lte=now + timedelta(days=90),
                ),
            ),
        )
    )


def course_completion_counts(slice_: Slice) -> dict[str, Counter]:
    """By group: learners who completed each course (in the chosen dates)."""
    counts: dict[str, Counter] = {}
    for row in slice_.course_rows:
        unit = counts.setdefault(row["bucket"], Counter())
        unit[_course_column(row["course_key"])] += row["completed"]
    return counts


def headline_figures(slice_: Slice) -> Figures:
    total = Counter()
    for unit_counts in slice_.unit_counts.values():
        total.update(unit_counts)
    return Figures.from_counter(total)


def _course_column(course_key) -> str:
    return f"course_{str(course_key).replace('-', '')}"
