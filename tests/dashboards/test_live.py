"""What live updates rely on in every dashboard page: the indicator, the scripts, and
parts to refresh that live.js can find again in a fresh copy of the page (an id each,
unique in the page)."""

from collections import Counter
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation

from courses.services import lesson_complete
from tests import factories
from tests.training.helpers import requirement
from training.models import Target
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


@pytest.fixture
def dashboard_pages(units, course):
    """A manager of the region, and the address of each dashboard page they may open."""
    course_page, lessons = course
    learner = factories.learner(units["yvr"])
    factories.learner(units["douglas"])
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, language="en")
    required = requirement(courses=[course_page], units=[units["region"]])
    assignments_materialise(requirement=required)
    Target.objects.create(
        requirement=required,
        org_unit=units["region"],
        percentage=80,
        deadline=timezone.localdate() + timedelta(days=60),
    )
    manager = factories.manager(units["region"])
    yvr = units["yvr"].pk
    key = course_page.translation_key
    paths = []
    for language in ("en", "fr"):
        with translation.override(language):
            home = reverse("dashboards:manager")
            paths += [
                home,
                f"{home}?unit={yvr}",
                reverse("dashboards:unit_learners", kwargs={"unit_id": yvr}),
                reverse("dashboards:learner", kwargs={"user_uuid": learner.uuid}),
                reverse("dashboards:compliance"),
                reverse("dashboards:courses"),
                reverse("dashboards:course", kwargs={"course_key": key}),
            ]
    return manager, paths


def test_every_dashboard_page_carries_the_live_indicator_and_scripts(client, dashboard_pages):
    manager, paths = dashboard_pages
    client.force_login(manager)
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        soup = BeautifulSoup(response.content, "html.parser")
        status = soup.find(id="live-status")
        assert status is not None, path
        assert status["role"] == "status"
        language = path.split("/")[1]
        assert status["data-socket-path"] == f"/ws/dashboard/{language}/"
        assert int(status["data-fallback-seconds"]) == 60
        scripts = [script.get("src", "") for script in soup.find_all("script")]
        for name in ("chart.umd.min.js", "dashboards/charts.js", "dashboards/live.js"):
            assert any(src.endswith(name) for src in scripts), (path, name)


def test_every_live_region_can_be_found_again_by_its_id(client, dashboard_pages):
    manager, paths = dashboard_pages
    client.force_login(manager)
    for path in paths:
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        regions = soup.select("[data-live-region]")
        assert all(region.get("id") for region in regions), path
        ids = Counter(element["id"] for element in soup.select("[id]"))
        assert [name for name, count in ids.items() if count > 1] == [], path
        # A region inside another would be swapped twice, the inner copy thrown away.
        assert not any(region.find_parent(attrs={"data-live-region": True}) for region in regions)


def test_the_main_dashboard_refreshes_its_figures_tables_and_chart(client, dashboard_pages):
    manager, _ = dashboard_pages
    client.force_login(manager)
    soup = BeautifulSoup(client.get("/en/dashboard/").content, "html.parser")
    regions = soup.select("[data-live-region]")
    inside = [element for region in regions for element in region.select("table, figure.chart")]
    assert soup.select("table") and all(
        table in inside or table.find_parent("form") or table.find_parent("nav")
        for table in soup.select("table")
    )
    assert soup.select("figure.chart") and all(
        figure in inside for figure in soup.select("figure.chart")
    )
    assert soup.select_one("[data-figure='completed']").find_parent(
        attrs={"data-live-region": True}
    )
