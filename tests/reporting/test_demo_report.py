"""The annual report of the demo's year (``manage.py load_demo``, with its history of
learner activity and its trainers' tagging, ``courses/demo/data/commitments.yaml``).

For every agency and commitment, every figure the report shows, this year's and last
year's and so the change, equals what the managers' dashboards report for the same
agency and dates, and a count made from the statements the LRS holds for the year.

The dashboards date what they can: course completions (the courses table). Their
briefings table and courses table's learners who started a course are not dated: the
demo's history (``training.demo.HISTORY_DAYS``) lies within the reporting year and the
one before, so the two years' figures add up to them. Workshops are not in the managers'
dashboards: sessions and attendance are checked against the trainers' attendance sheets.
Targets are checked in the year of their deadline, the demo's being in the year ahead."""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from django.db.models import Q
from django.utils import timezone

from courses.models import BriefingPage, CoursePage
from dashboards.briefings import briefings_table
from dashboards.reports.figures import course_groups
from dashboards.reports.targets import targets_table
from lrs.identity import actor_key
from lrs.models import Statement
from organisations.models import LearnerProfile
from reporting.figures import (
    CHANGES,
    FIGURES,
    SUPPRESSED,
    agency_slice,
    commitment_keys,
    report_for,
    shown,
    year_bounds,
)
from reporting.models import CommitmentItem
from tests.shared_data import built_once
from tests.test_demo_history import load_whole_demo
from tracking import builders
from tracking import vocabulary as v
from training.demo import HISTORY_DAYS
from training.models import Assignment, Exemption, Requirement, RequirementCourse, Target
from workshops.models import Booking, WorkshopSession
from workshops.selectors import attendance_sheet

pytestmark = pytest.mark.django_db


@dataclass
class Demo:
    loaded_at: object
    year: int
    report: object


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for the module (it takes minutes), and the report of
    its year: the year of the load."""

    def build():
        loaded_at = load_whole_demo()
        year = timezone.localdate(loaded_at).year
        return Demo(loaded_at=loaded_at, year=year, report=report_for(year=year))

    with built_once(django_db_blocker, build) as built:
        yield built


def english_minutes(model) -> dict[str, int]:
    """The estimated time of each page of ``model`` in English, by translation key."""
    return {
        str(key): minutes
        for key, minutes in model.objects.filter(locale__language_code="en").values_list(
            "translation_key", "estimated_minutes"
        )
    }


# -- the dashboards ---------------------------------------------------------------------------


def dashboard_figures(agency, keys, *, year: int) -> dict:
    """What a manager of ``agency`` reads on the dashboards with the dates of ``year``
    chosen, for the courses, briefings and requirements of one commitment (``keys``);
    and what the trainers' attendance sheets say of the sessions of its workshops."""
    slice_ = agency_slice(agency, year=year)
    minutes = 0
    completed = 0
    course_minutes = english_minutes(CoursePage)
    for row in course_groups(slice_):
        if str(row["course_key"]) in keys.courses:
            completed += row["completed"]
            minutes += row["completed"] * course_minutes[str(row["course_key"])]

    # Briefings: the records the briefings table counts as acknowledged, dated.
    start, end = year_bounds(year)
    briefing_minutes = requirement_briefing_minutes(keys.briefing_requirements)
    acknowledged = 0
    for requirement_id in (
        slice_.compliance_records()
        .filter(
            requirement_id__in=keys.briefing_requirements,
            requirement__is_active=True,
            completed_at__gte=start,
            completed_at__lt=end,
        )
        .values_list("requirement_id", flat=True)
    ):
        acknowledged += 1
        minutes += briefing_minutes[requirement_id]

    sessions = set()
    attended = 0
    for session in WorkshopSession.objects.filter(
        workshop_key__in=list(keys.workshops),
        is_cancelled=False,
        starts_at__gte=start,
        starts_at__lt=end,
    ):
        present = [
            booking
            for booking in attendance_sheet(session=session)
            if booking.attendance == Booking.Attendance.ATTENDED
            and booking.user.learner_profile.org_unit.path.startswith(agency.path)
        ]
        if present:
            sessions.add(session.pk)
            attended += len(present)
            minutes += len(present) * round(
                (session.ends_at - session.starts_at).total_seconds() / 60
            )

    targets = met = 0
    for row in targets_table(slice_).rows:
        progress = row["progress"]
        if progress.target.requirement_id in keys.requirements and (
            progress.target.deadline.year == year
        ):
            targets += 1
            met += progress.met
    return {
        "completed": completed,
        "acknowledged": acknowledged,
        "sessions": len(sessions),
        "attended": attended,
        "minutes": minutes,
        "targets_met": met,
        "targets": targets,
    }


def requirement_briefing_minutes(requirement_ids) -> dict[int, int]:
    """The estimated time of each briefing requirement's briefing, by requirement id."""
    minutes = english_minutes(BriefingPage)
    return {
        requirement_id: sum(minutes.get(str(key), 0) for key in course_keys)
        for requirement_id, course_keys in _requirement_keys(requirement_ids).items()
    }


def _requirement_keys(requirement_ids) -> dict[int, list]:
    keys = defaultdict(list)
    for requirement_id, key in RequirementCourse.objects.filter(
        requirement_id__in=list(requirement_ids)
    ).values_list("requirement_id", "course_key"):
        keys[requirement_id].append(key)
    return keys


def undated_dashboard_figures(agency, keys, *, today: date) -> dict:
    """The dashboards' figures that know no dates: learners who acknowledged each tagged
    briefing (the briefings table), and learners who started a tagged course without
    completing it (the courses table: started less completed, no dates chosen)."""
    slice_ = agency_slice(agency, year=today.year)
    undated = type(slice_)(
        scope=slice_.scope,
        filters=type(slice_.filters)(),
        language="en",
        today=today,
    )
    names = {
        requirement.name
        for requirement in Requirement.objects.filter(pk__in=keys.briefing_requirements)
    }
    acknowledged = 0
    for row in briefings_table(undated).rows:
        if row["unit_id"] == agency.pk and row["briefing"] in names:
            acknowledged += row["acknowledged"]
    in_progress = 0
    for row in course_groups(undated):
        if str(row["course_key"]) in keys.courses:
            in_progress += row["started"] - row["completed"]
    return {"acknowledged": acknowledged, "in_progress": in_progress}


# -- the statements ---------------------------------------------------------------------------


def agency_actors(agency) -> set[str]:
    profiles = LearnerProfile.objects.filter(
        org_unit__path__startswith=agency.path, awaiting_approval=False
    ).select_related("user")
    return {actor_key(builders.actor_for(profile.user)) for profile in profiles}


def statements(*, verb: str, kind: str, keys, actors, start=None, end=None):
    rows = Statement.objects.filter(
        verb_iri=verb,
        object_iri__in=[v.activity_iri(kind, str(key)) for key in keys],
        voided=False,
        actor_key__in=actors,
    )
    if start is not None:
        rows = rows.filter(timestamp__gte=start)
    if end is not None:
        rows = rows.filter(timestamp__lt=end)
    return rows


def lesson_iris(course_keys) -> dict[str, str]:
    """The IRI of each lesson of the courses, with its course's key."""
    iris = {}
    for course in CoursePage.objects.filter(
        translation_key__in=list(course_keys), locale__language_code="en"
    ):
        for lesson in course.get_descendants().specific():
            if type(lesson).__name__ == "LessonPage":
                iris[v.activity_iri("lesson", str(lesson.translation_key))] = str(
                    course.translation_key
                )
    return iris


def statement_figures(agency, keys, *, year: int) -> dict:
    """The figures counted from the statements of the agency's learners in ``year``:
    ``completed`` statements of the courses (one learner once) and of the sessions of
    the workshops (each session's key is in the statement), ``acknowledged`` statements
    of the briefings, and, for the learners in training, ``completed`` statements of the
    courses' lessons."""
    start, end = year_bounds(year)
    actors = agency_actors(agency)
    course_minutes = english_minutes(CoursePage)
    briefing_minutes = english_minutes(BriefingPage)
    minutes = 0

    done = set()
    for actor, iri in statements(
        verb=v.VERB_COMPLETED, kind="course", keys=keys.courses, actors=actors, start=start, end=end
    ).values_list("actor_key", "object_iri"):
        done.add((actor, iri))
    completed = {actor for actor, _iri in done}
    for _actor, iri in done:
        minutes += course_minutes[v.parse_activity_iri(iri)[1]]

    # In training: a lesson of a course done in the year, the learner's last in it, and
    # the course not completed by the year's end; nor any of the courses in the year.
    finished = set(
        statements(
            verb=v.VERB_COMPLETED, kind="course", keys=keys.courses, actors=actors, end=end
        ).values_list("actor_key", "object_iri")
    )
    lessons = lesson_iris(keys.courses)
    last = {}
    for actor, iri, moment in Statement.objects.filter(
        verb_iri=v.VERB_COMPLETED,
        object_iri__in=list(lessons),
        voided=False,
        actor_key__in=actors,
    ).values_list("actor_key", "object_iri", "timestamp"):
        pair = (actor, v.activity_iri("course", lessons[iri]))
        last[pair] = max(last.get(pair, moment), moment)
    in_progress = {
        actor
        for (actor, course_iri), moment in last.items()
        if start <= moment < end and (actor, course_iri) not in finished
    } - completed

    acknowledgements = statements(
        verb=v.platform_iri(v.VERB_ACKNOWLEDGED),
        kind="briefing",
        keys=keys.briefings,
        actors=actors,
        start=start,
        end=end,
    ).values_list("object_iri", flat=True)
    for iri in acknowledgements:
        minutes += briefing_minutes[v.parse_activity_iri(iri)[1]]

    attendance = statements(
        verb=v.VERB_ATTENDED, kind="workshop", keys=keys.workshops, actors=actors
    )
    session_extension = v.extension_iri(v.EXTENSION_WORKSHOP_SESSION)
    held = {
        str(session.uuid): session
        for session in WorkshopSession.objects.filter(
            workshop_key__in=list(keys.workshops), is_cancelled=False
        )
    }
    sessions = set()
    attended = 0
    for statement in attendance:
        session = held.get(statement.data["context"]["extensions"][session_extension])
        if session is None or not start <= session.starts_at < end:
            continue
        sessions.add(session.pk)
        attended += 1
        minutes += round((session.ends_at - session.starts_at).total_seconds() / 60)

    return {
        "completed": len(completed),
        "in_progress": len(in_progress),
        "sessions": len(sessions),
        "attended": attended,
        "acknowledged": len(acknowledgements),
        "minutes": minutes,
    }


def statement_targets(agency, keys, *, year: int, today: date) -> tuple[int, int]:
    """The targets of the tagged requirements on the agency's units due in ``year``, and
    how many are met, counted from the assignments and the ``completed`` statements:
    of the learners assigned the requirement in the target's unit (those exempt left
    out), the share who completed one of its courses since it began to count."""
    targets = met = 0
    exempt = set(
        Exemption.objects.filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today)).values_list(
            "requirement_id", "user_id"
        )
    )
    for target in Target.objects.filter(
        requirement_id__in=keys.requirements,
        org_unit__path__startswith=agency.path,
        deadline__year=year,
    ).select_related("org_unit"):
        course_keys = set(
            RequirementCourse.objects.filter(requirement_id=target.requirement_id).values_list(
                "course_key", flat=True
            )
        )
        population = completed = 0
        for assignment in Assignment.objects.filter(
            requirement_id=target.requirement_id,
            closed_at__isnull=True,
            user__learner_profile__org_unit__path__startswith=target.org_unit.path,
        ).select_related("user"):
            if (target.requirement_id, assignment.user_id) in exempt:
                continue
            population += 1
            done = statements(
                verb=v.VERB_COMPLETED,
                kind="course",
                keys=course_keys,
                actors={actor_key(builders.actor_for(assignment.user))},
                start=assignment.counts_after,
            )
            completed += done.exists()
        targets += 1
        attainment = round(100 * completed / population) if population else 0
        met += population > 0 and attainment >= target.percentage
    return targets, met


# -- the checks -------------------------------------------------------------------------------


class Keys:
    """A commitment's keys (``reporting.figures.commitment_keys``) and the briefing
    requirements among its requirements or asking for its briefings."""

    def __init__(self, commitment):
        self.keys = commitment_keys(commitment)
        self.briefing_requirements = set(
            RequirementCourse.objects.filter(course_key__in=list(self.keys.briefings))
            .values_list("requirement_id", flat=True)
            .distinct()
        )

    def __getattr__(self, name):
        return getattr(self.keys, name)


def hours(minutes: int) -> float:
    return round(minutes / 60, 1)


def test_the_demo_is_tagged_with_the_plans_commitments(demo):
    tagged = defaultdict(Counter)
    for item in CommitmentItem.objects.select_related("commitment"):
        tagged[item.commitment.code][item.kind] += 1
    # The open course (1.11), when the demo has one, nobody has taken yet.
    assert (
        {"2.11", "2.13", "3.11", "3.12"} <= set(tagged) <= {"1.11", "2.11", "2.13", "3.11", "3.12"}
    )
    # Every demo course, workshop, briefing and requirement is counted somewhere.
    assert sum(counts["course"] for counts in tagged.values()) >= 4
    assert sum(counts["workshop"] for counts in tagged.values()) >= 4
    assert sum(counts["briefing"] for counts in tagged.values()) == 3
    assert sum(counts["requirement"] for counts in tagged.values()) == 7
    # Tagging again (a second load) changes nothing.
    from reporting.demo import commitments_demo_load

    before = sorted(CommitmentItem.objects.values_list("commitment__code", "kind", "item_key"))
    commitments_demo_load()
    after = sorted(CommitmentItem.objects.values_list("commitment__code", "kind", "item_key"))
    assert after == before


def test_every_figure_equals_the_dashboards_and_the_statements(demo):
    report = demo.report
    today = timezone.localdate(demo.loaded_at)
    assert timezone.localdate(demo.loaded_at - timedelta(days=HISTORY_DAYS)).year >= demo.year - 1
    assert {row.commitment.code for row in report.rows} == set(
        CommitmentItem.objects.values_list("commitment__code", flat=True)
    )
    keys = {commitment.pk: Keys(commitment) for commitment in report.commitments}
    wrong = []
    counted = Counter()
    for row in report.rows:
        where = f"{row.agency.code} {row.commitment.code}"
        commitment_keys_ = keys[row.commitment.pk]
        both_years = Counter()
        for values, year in ((row.current, demo.year), (row.previous, demo.year - 1)):
            dashboard = dashboard_figures(row.agency, commitment_keys_, year=year)
            lrs = statement_figures(row.agency, commitment_keys_, year=year)
            expected = {
                "dashboard": {
                    **{name: dashboard[name] for name in dashboard if name != "minutes"},
                    # Hours: of the completions in the courses table, of the
                    # acknowledgements and of the attendance sheets.
                    "hours": hours(dashboard["minutes"]),
                },
                "statements": {
                    **{name: lrs[name] for name in lrs if name != "minutes"},
                    "hours": hours(lrs["minutes"]),
                },
            }
            for source, figures in expected.items():
                for name, value in figures.items():
                    if values[name] != value:
                        wrong.append(
                            f"{where} {year} {name}: report {values[name]}, {source} {value}"
                        )
            for name in ("acknowledged", "in_progress"):
                both_years[name] += values[name]
            counted.update({name: values[name] for name in FIGURES if name in values})
        undated = undated_dashboard_figures(row.agency, commitment_keys_, today=today)
        for name, value in undated.items():
            if both_years[name] != value:
                wrong.append(
                    f"{where} {name}: report {both_years[name]} over both years, dashboard {value}"
                )
        # What the outputs show, and the change from last year.
        for name in FIGURES:
            assert row.shown(name) == shown(name, row.current)
        for name in CHANGES:
            change = row.change(name)
            if SUPPRESSED in (row.shown(name), row.shown(name, previous=True)):
                assert change == SUPPRESSED, where
            elif name == "hours":
                assert change == round(row.current[name] - row.previous[name], 1), where
            else:
                assert change == row.current[name] - row.previous[name], where
    assert wrong == [], "\n".join(wrong)
    # The demo's history gives the report something to show.
    assert counted["completed"] >= 10
    assert counted["acknowledged"] >= 10
    assert counted["sessions"] >= 1 and counted["attended"] >= 1
    assert counted["in_progress"] >= 1


def test_targets_equal_the_dashboards_targets_table_in_the_year_they_fall_due(demo):
    today = timezone.localdate(demo.loaded_at)
    years = sorted(set(Target.objects.values_list("deadline__year", flat=True)))
    assert years
    seen = 0
    for year in years:
        report = report_for(year=year)
        for row in report.rows:
            commitment_keys_ = Keys(row.commitment)
            dashboard = dashboard_figures(row.agency, commitment_keys_, year=year)
            counted = statement_targets(row.agency, commitment_keys_, year=year, today=today)
            assert (
                (row.current["targets"], row.current["targets_met"])
                == (
                    dashboard["targets"],
                    dashboard["targets_met"],
                )
                == counted
            ), f"{row.agency.code} {row.commitment.code} {year}"
            seen += row.current["targets"]
    # The border agency's two targets are counted under 2.13.
    assert seen == 2
