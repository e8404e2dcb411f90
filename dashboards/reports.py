"""The figures of the manager's dashboard, read from the dashboards' read models.

Each family of figures is one grouped query over ``ComplianceRecord`` or ``CourseRecord``
(by learner unit), rolled up the unit tree in Python by path prefix, so that an agency of
100,000 learners costs a handful of scans rather than a query per unit. Every table the
page shows is built here as a ``Table``, which the page renders and the exports stream."""

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from itertools import islice

from django.db.models import (
    Count,
    F,
    IntegerField,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, Lower, Substr, TruncWeek
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.models import CoursePage
from organisations.models import LearnerProfile, OrgUnit
from training import rules
from training.models import RequirementCourse, Target
from training.selectors import TargetProgress

from .access import Scope
from .filters import DashboardFilters
from .models import ComplianceRecord, CourseRecord
from .projections import (
    EXPIRING_WINDOWS,
    PACE_DAYS,
    compliance_status,
    expiring_within,
    summaries_for,
)
from .selectors import dashboard_courses
from .tables import Column, Table

#: Completions per week are shown for this many weeks unless a date range is chosen.
DEFAULT_WEEKS = 12
#: The longest run of weeks a chart shows (a longer range keeps its latest weeks).
MAX_WEEKS = 260
LEARNERS_PER_PAGE = 50
EXPORT_CHUNK = 2000


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
    def courses(self) -> list[CoursePage]:
        """The live courses in the reader's language (only the chosen one, if any)."""
        courses = dashboard_courses(language=self.language)
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
        profiles = LearnerProfile.objects.filter(self.within("org_unit__"))
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


def batched(items, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


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


# -- tables -------------------------------------------------------------------------------


def _course_column(course_key) -> str:
    return f"course_{str(course_key).replace('-', '')}"


def unit_columns(courses: list[CoursePage]) -> list[Column]:
    return [
        Column("unit", _("Unit")),
        Column("learners", _("Learners"), "number"),
        Column("assigned", _("Assigned"), "number"),
        Column("completed", _("Completed"), "number"),
        Column("rate", _("Completion rate"), "percent"),
        Column("overdue", _("Overdue"), "number"),
        Column("expiring", _("Expiring within 90 days"), "number"),
        *(
            Column(
                _course_column(course.translation_key),
                _("Completed: %(course)s") % {"course": course.title},
                "number",
            )
            for course in courses
        ),
    ]


def sort_rows(rows: list[dict], *, key: str, descending: bool) -> list[dict]:
    """Rows ordered by one column: text without regard to case, empty cells last."""

    def value(row):
        item = row.get(key)
        if item is None:
            return (1, 0)
        return (0, item.casefold() if isinstance(item, str) else item)

    present = [row for row in rows if row.get(key) is not None]
    empty = [row for row in rows if row.get(key) is None]
    return sorted(present, key=value, reverse=descending) + empty


def units_table(slice_: Slice) -> Table:
    """One row per unit in ``slice_.row_units``, each rolled up over its subtree."""
    tops = slice_.row_units
    totals = _rollup(slice_.unit_counts, tops=tops)
    columns = unit_columns(slice_.courses)
    rows = []
    for unit in tops:
        counts = totals[unit.pk]
        figures = Figures.from_counter(counts)
        row = {
            "unit": unit.name,
            "unit_id": unit.pk,
            "learners": figures.learners,
            "assigned": figures.assigned,
            "completed": figures.completed,
            "rate": figures.completion_percent,
            "overdue": figures.overdue,
            "expiring": figures.expiring_90,
        }
        for column in columns[7:]:
            row[column.key] = counts.get(column.key, 0)
        rows.append(row)
    if slice_.filters.sort in {column.key for column in columns}:
        rows = sort_rows(rows, key=slice_.filters.sort, descending=slice_.filters.descending)
    caption = _("Required training and completions by unit in %(unit)s") % {
        "unit": scope_name(slice_)
    }
    return Table(name="units", caption=caption, columns=columns, rows=rows)


def scope_name(slice_: Slice) -> str:
    return ", ".join(unit.name for unit in slice_.tops)


COURSE_COLUMNS = ("course", "started", "completed", "passed", "expiring")


def courses_table(slice_: Slice) -> Table:
    """Each live course: learners who started it, completed it (in the chosen dates),
    passed its final assessment, and whose certificate expires within 90 days."""
    by_key: dict[str, Counter] = {}
    for row in slice_.course_rows:
        by_key.setdefault(str(row["course_key"]), Counter()).update(
            {key: row[key] for key in COURSE_COLUMNS[1:]}
        )
    columns = [
        Column("course", _("Course")),
        Column("started", _("Started"), "number"),
        Column(
            "completed",
            _("Completed in the chosen dates") if slice_.filters.is_dated else _("Completed"),
            "number",
        ),
        Column("passed", _("Passed the final assessment"), "number"),
        Column("expiring", _("Certificates expiring within 90 days"), "number"),
    ]
    table_rows = []
    for course in slice_.courses:
        found = by_key.get(str(course.translation_key), {})
        table_rows.append(
            {"course": course.title, "course_key": str(course.translation_key)}
            | {key: found.get(key, 0) for key in COURSE_COLUMNS[1:]}
        )
    caption = _("Courses in %(unit)s") % {"unit": scope_name(slice_)}
    return Table(name="courses", caption=caption, columns=columns, rows=table_rows)


def week_starts(slice_: Slice) -> list[date]:
    """The Mondays of the weeks shown: the last 12, or those of the chosen dates."""
    filters = slice_.filters
    end = filters.date_to or slice_.today
    first = end - timedelta(weeks=DEFAULT_WEEKS - 1)
    if filters.date_from:
        end = max(end, filters.date_from)
        first = max(filters.date_from, end - timedelta(weeks=MAX_WEEKS - 1))
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= end:
        weeks.append(monday)
        monday += timedelta(weeks=1)
    return weeks


def weeks_table(slice_: Slice) -> Table:
    """Course completions per week (the latest completion of each learner and course)."""
    weeks = week_starts(slice_)
    dated = slice_.completed_in_range() & Q(
        completed_at__gte=_day_start(weeks[0]),
        completed_at__lt=_day_start(weeks[-1] + timedelta(weeks=1)),
    )
    rows = (
        slice_.course_records()
        .filter(dated)
        .order_by()
        .annotate(week=TruncWeek("completed_at"))
        .values("week")
        .annotate(n=Count("pk"))
    )
    per_week = Counter()
    for row in rows:
        week = row["week"]
        if isinstance(week, datetime):
            week = timezone.localtime(week).date() if timezone.is_aware(week) else week.date()
        per_week[week] += row["n"]
    columns = [
        Column("week", _("Week of"), "date"),
        Column("completions", _("Completions"), "number"),
    ]
    table_rows = [{"week": week, "completions": per_week.get(week, 0)} for week in weeks]
    caption = _("Course completions per week in %(unit)s") % {"unit": scope_name(slice_)}
    return Table(name="weeks", caption=caption, columns=columns, rows=table_rows)


def weeks_chart(table: Table):
    """The weekly completions as a bar chart, with a sentence saying what it shows."""
    from .charts import Chart, Series

    rows = list(table.rows)
    labels = [formats.date_format(row["week"], "MONTH_DAY_FORMAT") for row in rows]
    values = [row["completions"] for row in rows]
    total = sum(values)
    if total:
        busiest = max(range(len(values)), key=lambda index: (values[index], index))
        summary = ngettext(
            "%(total)d completion in %(weeks)d weeks; the busiest week was the week of "
            "%(week)s with %(most)d.",
            "%(total)d completions in %(weeks)d weeks; the busiest week was the week of "
            "%(week)s with %(most)d.",
            total,
        ) % {"total": total, "weeks": len(values), "week": labels[busiest], "most": values[busiest]}
    else:
        summary = _("No completions in these %(weeks)d weeks.") % {"weeks": len(values)}
    return Chart(
        id="weekly-completions",
        title=_("Completions per week"),
        kind="bar",
        labels=labels,
        series=[Series(label=_("Completions"), values=values)],
        summary=summary,
        label_heading=_("Week of"),
    )


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


# -- learners -----------------------------------------------------------------------------


LEARNER_SORTS = ("name", "unit", "assigned", "completed", "overdue", "next_due")


def learner_columns() -> list[Column]:
    return [
        Column("name", _("Learner")),
        Column("unit", _("Unit")),
        Column("assigned", _("Assigned"), "number"),
        Column("completed", _("Completed"), "number"),
        Column("overdue", _("Overdue"), "number"),
        Column("next_due", _("Next due"), "date"),
        Column("status", _("Status")),
    ]


def _per_learner(slice_: Slice, *, status: str | None = None, minimum_due=False):
    """A subquery of one learner's compliance records: how many (in ``status``), or the
    earliest due date of those still to do."""
    records = (
        slice_.chosen_requirements(ComplianceRecord.objects.filter(user_id=OuterRef("user_id")))
        .order_by()
        .annotate(status=compliance_status(today=slice_.today))
    )
    if minimum_due:
        records = records.exclude(status__in=[rules.COMPLETED, rules.EXEMPT])
        return Subquery(records.values("user_id").annotate(first=Min("due_on")).values("first"))
    if status is not None:
        records = records.filter(status=status)
    return Coalesce(
        Subquery(records.values("user_id").annotate(n=Count("pk")).values("n")),
        Value(0),
        output_field=IntegerField(),
    )


LEARNER_FIELDS = (
    "user_id",
    "user__uuid",
    "user__first_name",
    "user__last_name",
    "user__username",
    "org_unit__name_en",
    "org_unit__name_fr",
)


def learners_queryset(slice_: Slice) -> QuerySet:
    """The learners in view, in the chosen order (by name unless told otherwise), as
    plain rows of ``LEARNER_FIELDS``: no model instances, so a long export keeps
    nothing alive behind it."""
    profiles = slice_.learners()
    sort = slice_.filters.sort if slice_.filters.sort in LEARNER_SORTS else "name"
    descending = slice_.filters.descending
    unit_name = "org_unit__name_fr" if slice_.language.startswith("fr") else "org_unit__name_en"
    if sort == "name":
        keys = [Lower("user__last_name"), Lower("user__first_name"), "user__username"]
    elif sort == "unit":
        keys = [Lower(unit_name), Lower("user__last_name"), "user__username"]
    else:
        expression = {
            "assigned": lambda: _per_learner(slice_),
            "completed": lambda: _per_learner(slice_, status=rules.COMPLETED),
            "overdue": lambda: _per_learner(slice_, status=rules.OVERDUE),
            "next_due": lambda: _per_learner(slice_, minimum_due=True),
        }[sort]()
        profiles = profiles.annotate(sort_value=expression)
        keys = [F("sort_value"), Lower("user__last_name"), "user__username"]
    ordered = []
    for index, key in enumerate(keys):
        expression = F(key) if isinstance(key, str) else key
        if index == 0:
            expression = (
                expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
            )
        else:
            expression = expression.asc()
        ordered.append(expression)
    return profiles.order_by(*ordered, "pk").values_list(*LEARNER_FIELDS, named=True)


def status_summary(counts: Counter) -> str:
    """What a learner most needs to hear about, e.g. "2 overdue, 1 due soon"."""
    parts = []
    if overdue := counts.get(rules.OVERDUE):
        parts.append(
            ngettext("%(count)d overdue", "%(count)d overdue", overdue) % {"count": overdue}
        )
    if expired := counts.get(rules.EXPIRED):
        parts.append(
            ngettext("%(count)d expired", "%(count)d expired", expired) % {"count": expired}
        )
    if due_soon := counts.get(rules.DUE_SOON):
        parts.append(
            ngettext("%(count)d due soon", "%(count)d due soon", due_soon) % {"count": due_soon}
        )
    to_do = counts.get(rules.NOT_STARTED, 0) + counts.get(rules.IN_PROGRESS, 0)
    if to_do:
        parts.append(ngettext("%(count)d to do", "%(count)d to do", to_do) % {"count": to_do})
    if parts:
        return ", ".join(parts)
    if counts.get("assigned"):
        return _("Up to date")
    return _("Nothing assigned")


def learner_rows(slice_: Slice, learners) -> Iterator[dict]:
    """One row per learner (rows of ``learners_queryset``), their figures read in one
    query per batch."""
    for batch in batched(learners, EXPORT_CHUNK):
        ids = [learner.user_id for learner in batch]
        counts: dict[int, Counter] = {user_id: Counter() for user_id in ids}
        next_due: dict[int, date] = {}
        rows = (
            slice_.chosen_requirements(ComplianceRecord.objects.filter(user_id__in=ids))
            .order_by()
            .annotate(status=compliance_status(today=slice_.today))
            .values("user_id", "status")
            .annotate(n=Count("pk"), first_due=Min("due_on"))
        )
        for row in rows:
            user_counts = counts[row["user_id"]]
            user_counts[row["status"]] += row["n"]
            user_counts["assigned"] += row["n"]
            if row["status"] not in (rules.COMPLETED, rules.EXEMPT):
                earlier = next_due.get(row["user_id"])
                if earlier is None or row["first_due"] < earlier:
                    next_due[row["user_id"]] = row["first_due"]
        french = slice_.language.startswith("fr")
        for learner in batch:
            user_counts = counts[learner.user_id]
            name = f"{learner.user__first_name} {learner.user__last_name}".strip()
            unit = (french and learner.org_unit__name_fr) or learner.org_unit__name_en
            yield {
                "name": name or learner.user__username,
                "uuid": learner.user__uuid,
                "unit": unit,
                "assigned": user_counts["assigned"],
                "completed": user_counts[rules.COMPLETED],
                "overdue": user_counts[rules.OVERDUE],
                "next_due": next_due.get(learner.user_id),
                "status": status_summary(user_counts),
            }


def learners_table(slice_: Slice, *, learners=None) -> Table:
    """The learners in view (or the given ``learners``, e.g. one page of them). Without
    ``learners`` the rows stream from the database in chunks."""
    if learners is None:
        learners = learners_queryset(slice_).iterator(chunk_size=EXPORT_CHUNK)
    caption = _("Learners in %(unit)s") % {"unit": scope_name(slice_)}
    return Table(
        name="learners",
        caption=caption,
        columns=learner_columns(),
        rows=learner_rows(slice_, learners),
    )


TABLES = {
    "units": units_table,
    "courses": courses_table,
    "weeks": weeks_table,
    "targets": targets_table,
    "learners": learners_table,
}


def sort_keys_for(*, table: str, courses) -> list[str]:
    """The columns a table may be sorted by."""
    if table == "learners":
        return list(LEARNER_SORTS)
    return [column.key for column in unit_columns(courses)]


@dataclass
class ManagerDashboard:
    """Everything the manager's dashboard page shows."""

    slice: Slice
    figures: Figures
    targets: Table
    units: Table
    courses: Table
    weeks: Table

    @cached_property
    def weeks_chart(self):
        return weeks_chart(self.weeks)


def manager_dashboard(slice_: Slice) -> ManagerDashboard:
    return ManagerDashboard(
        slice=slice_,
        figures=headline_figures(slice_),
        targets=targets_table(slice_),
        units=units_table(slice_),
        courses=courses_table(slice_),
        weeks=weeks_table(slice_),
    )
