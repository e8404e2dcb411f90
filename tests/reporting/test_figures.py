"""The report's figures: equal to the dashboards' for the same agency and year, and to
the statements the LRS holds; suppressed under 5; compared with the year before."""

import pytest

from dashboards.reports.figures import course_groups
from lrs.identity import actor_key
from lrs.models import Statement
from reporting.figures import SUPPRESSED, agency_slice, report_for, year_bounds
from tracking import builders
from tracking import vocabulary as v
from training.selectors.targets import target_progress

from .world import YEAR

pytestmark = pytest.mark.django_db


def _row(report, agency, code="3.11"):
    return next(
        row for row in report.rows if row.agency.pk == agency.pk and row.commitment.code == code
    )


def _statement_actors(users, *, verb: str, kind: str, key, year: int) -> list[str]:
    """The actors (of ``users``) of unvoided statements of ``verb`` about the activity in
    ``year``, one per statement."""
    start, end = year_bounds(year)
    actors = {actor_key(builders.actor_for(user)) for user in users}
    return list(
        Statement.objects.filter(
            verb_iri=verb,
            object_iri=v.activity_iri(kind, str(key)),
            timestamp__gte=start,
            timestamp__lt=end,
            voided=False,
            actor_key__in=actors,
        ).values_list("actor_key", flat=True)
    )


def test_completions_equal_the_dashboard_and_the_completed_statements(world):
    report = report_for(year=YEAR)
    for agency, users in (
        (world.units["agency"], world.agency_learners),
        (world.units["police"], world.police_learners),
    ):
        slice_ = agency_slice(agency, year=YEAR)
        dashboard = sum(
            row["completed"]
            for row in course_groups(slice_)
            if row["course_key"] == world.course.translation_key
        )
        statements = _statement_actors(
            users, verb=v.VERB_COMPLETED, kind="course", key=world.course.translation_key, year=YEAR
        )
        assert _row(report, agency).current["completed"] == dashboard == len(set(statements))
    assert _row(report, world.units["agency"]).current["completed"] == 6


def test_acknowledgements_and_attendance_equal_the_statements(world):
    row = _row(report_for(year=YEAR), world.units["agency"])
    acknowledged = _statement_actors(
        world.agency_learners,
        verb=v.platform_iri(v.VERB_ACKNOWLEDGED),
        kind="briefing",
        key=world.briefing.translation_key,
        year=YEAR,
    )
    attended = _statement_actors(
        world.agency_learners,
        verb=v.VERB_ATTENDED,
        kind="workshop",
        key=world.workshop.translation_key,
        year=YEAR,
    )
    assert row.current["acknowledged"] == len(acknowledged) == 5
    assert row.current["attended"] == len(attended) == 5
    assert row.current["sessions"] == 1


def test_targets_met_equal_the_training_apps_measure(world):
    row = _row(report_for(year=YEAR), world.units["agency"])
    progress = target_progress(target=world.target)
    assert progress.met
    assert row.current["targets"] == 1
    assert row.current["targets_met"] == 1
    # The police have no target: none counted, none met.
    police = _row(report_for(year=YEAR), world.units["police"])
    assert (police.current["targets"], police.current["targets_met"]) == (0, 0)


def test_hours_add_up_course_time_briefing_time_and_session_length(world):
    row = _row(report_for(year=YEAR), world.units["agency"])
    minutes = 6 * world.course.estimated_minutes + 5 * world.briefing.estimated_minutes + 5 * 180
    assert row.current["hours"] == round(minutes / 60, 1)


def test_people_in_training_are_those_active_in_the_year_without_finishing(world):
    row = _row(report_for(year=YEAR), world.units["agency"])
    assert row.current["in_progress"] == 1
    assert row.shown("in_progress") == SUPPRESSED


def test_counts_under_five_are_suppressed_and_so_are_hours_that_reveal_them(world):
    police = _row(report_for(year=YEAR), world.units["police"])
    assert police.current["completed"] == 2
    assert police.shown("completed") == SUPPRESSED
    assert police.shown("hours") == SUPPRESSED
    # Zero stays zero.
    assert police.shown("acknowledged") == 0
    assert police.shown("attended") == 0


def test_year_on_year_change(world):
    report = report_for(year=YEAR)
    agency = _row(report, world.units["agency"])
    assert agency.previous["completed"] == 5
    assert agency.shown("completed", previous=True) == 5
    assert agency.change("completed") == 1
    # Last year nothing was acknowledged: 5 more.
    assert agency.change("acknowledged") == 5
    # The police completed 2 this year and none last year: the change would reveal 2.
    police = _row(report, world.units["police"])
    assert police.change("completed") == SUPPRESSED


def test_a_commitment_with_nothing_tagged_is_left_out(world):
    codes = {row.commitment.code for row in report_for(year=YEAR).rows}
    assert codes == {"3.11"}
