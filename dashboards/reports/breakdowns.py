"""The dashboard's tables that break the figures down: by unit (rolled up over each
unit's subtree), by course, and course completions by week (with their chart)."""

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta

from django.db.models import Count, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from common.dates import date_format
from courses.models import CoursePage

from ..tables import Column, Table
from .figures import Figures, Slice, _course_column, _day_start, _rollup, scope_name

#: Completions per week are shown for this many weeks unless a date range is chosen.
DEFAULT_WEEKS = 12
#: The longest run of weeks a chart shows (a longer range keeps its latest weeks).
MAX_WEEKS = 260


def completion_rate_column() -> Column:
    """The share of required training done: named and explained apart from a course's
    share of completions among the learners who started it (``dashboards.courses``)."""
    return Column(
        "rate",
        _("Completion rate (of assigned)"),
        "percent",
        description=_(
            "Required training completed, out of all the required training assigned "
            "(exemptions not counted)."
        ),
    )


def unit_columns(courses: list[CoursePage], *, numbered=None) -> list[Column]:
    """The columns of the table by unit. Each course's completions head their column with
    a short code (C1, C2...) on screen, its title in the legend: titles as headers made the
    table wider than the page. Codes number the courses in ``numbered`` (all the live
    courses, so that a course keeps its code when the course filter leaves it alone)."""
    keys = [str(course.translation_key) for course in (numbered or courses)]
    return [
        Column("unit", _("Unit")),
        Column("learners", _("Learners"), "number"),
        Column("assigned", _("Assigned"), "number"),
        Column("completed", pgettext("count of required training", "Completed"), "number"),
        completion_rate_column(),
        Column("overdue", _("Overdue"), "number"),
        Column("expiring", _("Expiring within 90 days"), "number"),
        *(
            Column(
                _course_column(course.translation_key),
                _("Completed: %(course)s") % {"course": course.title},
                "number",
                abbreviation=course_code(keys.index(str(course.translation_key)) + 1),
            )
            for course in courses
        ),
    ]


def course_code(number: int) -> str:
    """The short code of the ``number``-th course in a dashboard's tables."""
    return pgettext("short code of a course", "C%(number)d") % {"number": number}


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
    columns = unit_columns(slice_.courses, numbered=slice_.live_courses)
    if _briefing_chosen(slice_):
        columns = [BRIEFING_WORDS.get(column.key, lambda c: c)(column) for column in columns]
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


def _briefing_chosen(slice_: Slice) -> bool:
    """Whether the requirement filter picks a briefing: its figures are acknowledgements."""
    from ..briefings import is_briefing_requirement

    return is_briefing_requirement(slice_.filters.requirement)


def _acknowledged_column(column: Column) -> Column:
    return replace(column, label=pgettext("count of briefings", "Acknowledged"))


def _acknowledgement_rate_column(column: Column) -> Column:
    return replace(
        column,
        label=_("Acknowledgement rate"),
        description=_(
            "Learners who acknowledged the briefing, out of those it was sent to "
            "(exemptions not counted)."
        ),
    )


#: The columns of the table by unit that a briefing names in its own words.
BRIEFING_WORDS = {"completed": _acknowledged_column, "rate": _acknowledgement_rate_column}


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
    from ..charts import Chart, Series

    rows = list(table.rows)
    labels = [date_format(row["week"], "MONTH_DAY_FORMAT") for row in rows]
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
