"""The report's figures, computed from live data each time (``report_for``).

Each figure is counted for one agency (a unit at the top of the organisation tree, with
everything below it) and one commitment of the plan, over one calendar year:

* ``completed``: learners who completed a tagged course (or a course of a tagged
  requirement) in the year: the dashboards' course records and date filter
  (``dashboards.reports.figures.Slice``), one learner counted once;
* ``in_progress``: learners active in such a course in the year (their last activity
  in it falls in the year) who had not completed it by the year's end, and completed
  none of them in the year;
* ``sessions``: sessions of tagged workshops held in the year (not cancelled) that at
  least one of the agency's learners attended; ``attended``: seats of the agency's
  learners marked present in them;
* ``acknowledged``: acknowledgements, in the year, of tagged briefings (or briefings
  of tagged requirements) by the agency's learners;
* ``hours``: the estimated time of the courses completed and briefings acknowledged,
  and the length of the sessions attended;
* ``targets_met`` / ``targets``: targets of tagged requirements set on the agency's
  units with their deadline in the year, measured as the dashboard's targets table
  measures them.

Nothing here names a person. Counts of people from 1 to 4, and figures from which one
could be worked out, are shown as "<5" by :func:`shown` in every output."""

from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.db.models import Q
from django.utils import timezone

from courses.models import BriefingPage, CourseCompletion, CoursePage
from dashboards.access import Scope
from dashboards.filters import DashboardFilters
from dashboards.reports.figures import Slice
from dashboards.reports.targets import target_progress_in_view
from organisations.models import OrgUnit
from training.models import Requirement, RequirementCourse
from workshops.models import Booking, WorkshopSession

from .models import Commitment, CommitmentItem

#: Counts of people at or under this (and above zero) are never shown.
SUPPRESS_BELOW = 5
SUPPRESSED = "<5"

#: The figures of a row, in the order the outputs show them.
FIGURES = (
    "completed",
    "in_progress",
    "sessions",
    "attended",
    "acknowledged",
    "hours",
    "targets_met",
    "targets",
)
#: Figures that count people (suppressed from 1 to 4).
PEOPLE = ("completed", "in_progress", "attended", "acknowledged")
#: The counts of people the hours add up.
HOURS_FROM = ("completed", "attended", "acknowledged")
#: Figures a year-on-year change is given for.
CHANGES = ("completed", "in_progress", "sessions", "attended", "acknowledged", "hours")


def year_bounds(year: int) -> tuple[datetime, datetime]:
    """The first moment of ``year`` and of the next, in the site's time zone."""
    return (
        timezone.make_aware(datetime.combine(date(year, 1, 1), time.min)),
        timezone.make_aware(datetime.combine(date(year + 1, 1, 1), time.min)),
    )


def agencies() -> list[OrgUnit]:
    """The units at the top of the tree (agencies and departments), in tree order."""
    return list(OrgUnit.get_root_nodes().order_by("path"))


@dataclass
class Keys:
    """What a commitment counts, by kind: course, briefing and workshop keys (as
    strings), and requirement ids."""

    courses: set = field(default_factory=set)
    briefings: set = field(default_factory=set)
    workshops: set = field(default_factory=set)
    requirements: set = field(default_factory=set)


def commitment_keys(commitment: Commitment) -> Keys:
    """The items tagged with ``commitment``; a tagged requirement brings its courses
    and briefings along."""
    keys = Keys()
    requirement_uuids = set()
    for item in commitment.items.all():
        key = str(item.item_key)
        if item.kind == CommitmentItem.Kind.COURSE:
            keys.courses.add(key)
        elif item.kind == CommitmentItem.Kind.BRIEFING:
            keys.briefings.add(key)
        elif item.kind == CommitmentItem.Kind.WORKSHOP:
            keys.workshops.add(key)
        else:
            requirement_uuids.add(key)
    if requirement_uuids:
        keys.requirements = set(
            Requirement.objects.filter(uuid__in=requirement_uuids).values_list("pk", flat=True)
        )
        steps = {
            str(key)
            for key in RequirementCourse.objects.filter(
                requirement_id__in=keys.requirements, course_key__isnull=False
            ).values_list("course_key", flat=True)
        }
        briefings = {
            str(key)
            for key in BriefingPage.objects.filter(translation_key__in=steps).values_list(
                "translation_key", flat=True
            )
        }
        keys.briefings |= briefings
        keys.courses |= steps - briefings
    return keys


def agency_slice(agency: OrgUnit, *, year: int, requirement=None) -> Slice:
    """The dashboard's view of ``agency`` over ``year``: what a manager of the agency
    sees with the dates of the year chosen."""
    return Slice(
        scope=Scope(user=None, roots=[agency], course_reports=False),
        filters=DashboardFilters(
            date_from=date(year, 1, 1), date_to=date(year, 12, 31), requirement=requirement
        ),
        language="en",
        today=timezone.localdate(),
    )


def _minutes(model, keys) -> dict[str, int]:
    return {
        str(key): minutes
        for key, minutes in model.objects.filter(translation_key__in=list(keys))
        .order_by("-locale_id")
        .values_list("translation_key", "estimated_minutes")
    }


def figures_for(*, agency: OrgUnit, keys: Keys, year: int) -> dict:
    """One agency's figures for one commitment's keys over ``year`` (raw counts)."""
    start, end = year_bounds(year)
    slice_ = agency_slice(agency, year=year)
    minutes = 0

    # Courses: the dashboards' course records, with their date filter.
    records = slice_.course_records().filter(course_key__in=list(keys.courses))
    done = records.filter(slice_.completed_in_range())
    completed_users = set(done.values_list("user_id", flat=True))
    course_minutes = _minutes(CoursePage, keys.courses)
    for key in done.values_list("course_key", flat=True):
        minutes += course_minutes.get(str(key), 0)
    active = (
        records.filter(last_activity_at__gte=start, last_activity_at__lt=end)
        .filter(Q(completed_at__isnull=True) | Q(completed_at__gte=end))
        .values_list("user_id", flat=True)
    )
    in_progress_users = set(active) - completed_users

    # Briefings: acknowledgements (completions of a briefing key) in the year.
    acknowledgements = CourseCompletion.objects.filter(
        course_key__in=list(keys.briefings),
        completed_at__gte=start,
        completed_at__lt=end,
        user__learner_profile__awaiting_approval=False,
    ).filter(within_profile(slice_))
    briefing_minutes = _minutes(BriefingPage, keys.briefings)
    acknowledged = 0
    for key in acknowledgements.values_list("course_key", flat=True):
        acknowledged += 1
        minutes += briefing_minutes.get(str(key), 0)

    # Workshops: sessions held in the year, and the agency's learners marked present.
    now = timezone.now()
    attended = Booking.objects.filter(
        session__in=WorkshopSession.objects.filter(
            workshop_key__in=list(keys.workshops),
            is_cancelled=False,
            starts_at__gte=start,
            starts_at__lt=end,
            ends_at__lte=now,
        ),
        attendance=Booking.Attendance.ATTENDED,
    ).filter(within_profile(slice_))
    sessions = set()
    for session_id, starts_at, ends_at in attended.values_list(
        "session_id", "session__starts_at", "session__ends_at"
    ):
        sessions.add(session_id)
        minutes += round((ends_at - starts_at).total_seconds() / 60)

    # Targets: as the dashboard's targets table measures them.
    targets = met = 0
    for requirement in Requirement.objects.filter(pk__in=keys.requirements):
        for progress in target_progress_in_view(
            agency_slice(agency, year=year, requirement=requirement)
        ):
            if progress.target.deadline.year != year:
                continue
            targets += 1
            met += progress.met
    return {
        "completed": len(completed_users),
        "in_progress": len(in_progress_users),
        "sessions": len(sessions),
        "attended": attended.count(),
        "acknowledged": acknowledged,
        "hours": round(minutes / 60, 1),
        "targets_met": met,
        "targets": targets,
    }


def within_profile(slice_: Slice) -> Q:
    """Rows of learners placed in the slice's units (through the learner's profile)."""
    return slice_.within("user__learner_profile__org_unit__")


@dataclass
class Row:
    """One agency and one commitment: this year's figures and last year's (raw)."""

    agency: OrgUnit
    commitment: Commitment
    current: dict
    previous: dict

    def shown(self, name: str, *, previous: bool = False):
        values = self.previous if previous else self.current
        return shown(name, values)

    def change(self, name: str):
        """This year's figure less last year's; suppressed when either is."""
        if self.shown(name) == SUPPRESSED or self.shown(name, previous=True) == SUPPRESSED:
            return SUPPRESSED
        difference = self.current[name] - self.previous[name]
        return round(difference, 1) if name == "hours" else difference


@dataclass
class Report:
    year: int
    rows: list[Row]

    @property
    def agencies(self) -> list[OrgUnit]:
        seen = {}
        for row in self.rows:
            seen.setdefault(row.agency.pk, row.agency)
        return list(seen.values())

    @property
    def commitments(self) -> list[Commitment]:
        seen = {}
        for row in self.rows:
            seen.setdefault(row.commitment.pk, row.commitment)
        return list(seen.values())


def is_suppressed(value) -> bool:
    return isinstance(value, int) and 0 < value < SUPPRESS_BELOW


def shown(name: str, values: dict):
    """A figure as every output shows it: a count of people from 1 to 4 is "<5", and so
    is a figure one could work one out from (hours, when a count of people they add up
    is suppressed)."""
    value = values[name]
    if name in PEOPLE and is_suppressed(value):
        return SUPPRESSED
    if name == "hours" and any(is_suppressed(values[people]) for people in HOURS_FROM):
        return SUPPRESSED
    return value


def report_for(*, year: int) -> Report:
    """The report of ``year``: one row per agency and commitment (commitments with
    nothing tagged left out), with the previous year's figures for the change."""
    commitments = sorted(
        Commitment.objects.filter(items__isnull=False).distinct().prefetch_related("items"),
        key=lambda commitment: commitment.sort_key,
    )
    keys = {commitment.pk: commitment_keys(commitment) for commitment in commitments}
    rows = []
    for agency in agencies():
        for commitment in commitments:
            rows.append(
                Row(
                    agency=agency,
                    commitment=commitment,
                    current=figures_for(agency=agency, keys=keys[commitment.pk], year=year),
                    previous=figures_for(agency=agency, keys=keys[commitment.pk], year=year - 1),
                )
            )
    return Report(year=year, rows=rows)
