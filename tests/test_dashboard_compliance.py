"""The manager's dashboard shows the required training of their own part of the
organisation (assignment statuses and targets), and nothing of other units."""

from datetime import timedelta

import pytest
from django.utils import timezone

from dashboards.access import manager_scope
from dashboards.filters import DashboardFilters
from dashboards.projections import records_refresh
from dashboards.reports.dashboard import manager_dashboard
from dashboards.reports.figures import Slice
from tests import factories
from tests.training.helpers import at, complete, requirement
from training.models import Target
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


@pytest.fixture
def required(units, course):
    course_page, _lessons = course
    today = timezone.localdate()
    done = factories.learner(units["yvr"])
    factories.learner(units["yvr"])
    factories.learner(units["douglas"])
    outsider = factories.learner(units["police"])
    item = requirement(courses=[course_page], units=[units["agency"], units["police"]], due_days=30)
    assignments_materialise(requirement=item)
    complete(done, course_page, at(today))
    complete(outsider, course_page, at(today))
    assignments_materialise(requirement=item)
    Target.objects.create(
        requirement=item,
        org_unit=units["region"],
        percentage=100,
        deadline=today + timedelta(days=60),
    )
    records_refresh()
    return item, done


def dashboard_for(user):
    slice_ = Slice(scope=manager_scope(user), filters=DashboardFilters(), language="en")
    return manager_dashboard(slice_)


def test_headline_figures_cover_the_manager_subtree_only(units, required):
    manager = factories.manager(units["region"])
    dashboard = dashboard_for(manager)
    assert dashboard.slice.tops == [units["region"]]
    assert (dashboard.figures.assigned, dashboard.figures.completed) == (3, 1)
    assert dashboard.figures.completion_percent == 33
    (row,) = dashboard.targets.rows
    progress = row["progress"]
    assert (progress.population, progress.completed, progress.attainment) == (3, 1, 33)
    assert progress.needed == 2


def test_dashboard_page_shows_required_training_and_targets(client, units, required):
    manager = factories.manager(units["region"])
    client.force_login(manager)
    html = client.get("/en/dashboard/").content.decode()
    assert "Required training in Pacific" in html
    assert 'data-figure="assigned">3<' in html
    assert 'data-figure="completed">1<' in html
    assert "Targets in Pacific" in html
    assert "33% (1 of 3)" in html
    french = client.get("/fr/tableau-de-bord/").content.decode()
    assert "Formation obligatoire" in french


def test_a_manager_of_another_agency_sees_none_of_it(units, required):
    police_manager = factories.manager(units["police"])
    dashboard = dashboard_for(police_manager)
    assert (dashboard.figures.assigned, dashboard.figures.completed) == (1, 1)
    assert dashboard.targets.rows == []
