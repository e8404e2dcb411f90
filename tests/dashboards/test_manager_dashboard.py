"""The manager's dashboard: figures of their own units rolled up the tree, drill-down,
sorting, the filters of the address, and the learners of a unit."""

import copy
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone
from lxml import html as lxml_html

from dashboards.projections import records_refresh
from dashboards.reports import figures as report_figures
from dashboards.reports import learners as learners_report
from dashboards.reports.breakdowns import week_starts
from dashboards.reports.figures import Slice
from organisations.models import Audience
from tests import factories
from tests.shared_data import built_once
from tests.training.helpers import at, complete, requirement
from training.models import Target
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


@dataclass
class World:
    units: dict
    course: object
    other_course: object
    requirement: object
    ann: object
    bob: object
    cat: object
    dan: object


def build_world(units, course) -> World:
    """Pacific: YVR (Ann finished 3 days ago, Bob has not), Douglas (Cat finished 40 days
    ago); Police: Dan finished. The requirement recurs every two months, so Cat's
    certification expires within 30 days and Ann's within 60."""
    course_page, _lessons = course
    other_course, _ = factories.course(title="Use of force")
    today = timezone.localdate()
    ann = factories.learner(units["yvr"], first_name="Ann", last_name="Archer")
    bob = factories.learner(units["yvr"], first_name="Bob", last_name="Baker")
    cat = factories.learner(units["douglas"], first_name="Cat", last_name="Cole")
    dan = factories.learner(units["police"], first_name="Dan", last_name="Dunn")
    cadet, _ = Audience.objects.get_or_create(code="cadet", name_en="Cadet", name_fr="Cadet")
    bob.learner_profile.audiences.add(cadet)
    item = requirement(
        courses=[course_page],
        units=[units["agency"], units["police"]],
        due_days=30,
        recurrence="months_after_completion",
        recurrence_months=2,
    )
    assignments_materialise(requirement=item)
    complete(ann, course_page, at(today - timedelta(days=3)))
    complete(cat, course_page, at(today - timedelta(days=40)))
    complete(dan, course_page, at(today - timedelta(days=3)))
    assignments_materialise(requirement=item)
    records_refresh()
    return World(units, course_page, other_course, item, ann, bob, cat, dan)


@pytest.fixture(scope="module")
def built_world(django_db_setup, django_db_blocker):
    """The world, built once for the module (building it takes seconds, and every test
    reads the same one); rolled back when the module is done."""
    with built_once(
        django_db_blocker, lambda: build_world(factories.org_tree(), factories.course())
    ) as world:
        yield world


@pytest.fixture
def world(built_world, db):
    """The module's world for one test: what the test writes is rolled back after it,
    and the objects are its own copies."""
    return copy.deepcopy(built_world)


def page(client, user, address):
    client.force_login(user)
    return client.get(address)


def tree(response):
    return lxml_html.fromstring(response.content.decode())


def figure(document, name) -> str:
    return document.xpath(f'//*[@data-figure="{name}"]')[0].text_content().strip()


def unit_rows(document) -> dict[str, dict[str, str]]:
    rows = {}
    for row in document.xpath('//table[@id="units-table"]/tbody/tr[@data-unit]'):
        cells = {
            cell.get("data-field"): cell.text_content().strip()
            for cell in row.xpath(".//*[@data-field]")
        }
        rows[cells["unit"]] = cells
    return rows


def course_column(course_page) -> str:
    return f"course_{course_page.translation_key.hex}"


def test_headline_figures_roll_up_the_region_and_count_expiring_certifications(client, world):
    manager = factories.manager(world.units["region"])
    document = tree(page(client, manager, "/en/dashboard/"))
    assert figure(document, "learners") == "3"
    assert figure(document, "assigned") == "3"
    assert figure(document, "completed") == "2"
    assert figure(document, "rate") == "67%"
    assert figure(document, "expiring_30") == "1"
    assert figure(document, "expiring_60") == "2"
    assert figure(document, "expiring_90") == "2"


def test_unit_table_rolls_up_each_child_unit_and_counts_course_completions(client, world):
    manager = factories.manager(world.units["region"])
    rows = unit_rows(tree(page(client, manager, "/en/dashboard/")))
    assert set(rows) == {"Pacific"}
    agency_manager = factories.manager(world.units["agency"])
    rows = unit_rows(tree(page(client, agency_manager, "/en/dashboard/")))
    assert set(rows) == {"Border agency"}
    assert rows["Border agency"]["learners"] == "3"
    rows = unit_rows(
        tree(page(client, agency_manager, f"/en/dashboard/?unit={world.units['region'].pk}"))
    )
    assert set(rows) == {"YVR", "Douglas"}
    key = course_column(world.course)
    assert (rows["YVR"]["learners"], rows["YVR"]["completed"], rows["YVR"]["rate"]) == (
        "2",
        "1",
        "50%",
    )
    assert rows["YVR"][key] == "1"
    assert rows["Douglas"][key] == "1"
    assert rows["Douglas"]["expiring"] == "1"
    assert rows["YVR"][course_column(world.other_course)] == "0"


def test_drill_down_links_keep_the_filters_and_the_breadcrumb_stops_at_the_scope_root(
    client, world
):
    manager = factories.manager(world.units["region"])
    region, yvr = world.units["region"], world.units["yvr"]
    response = page(client, manager, f"/en/dashboard/?unit={region.pk}&audience=cadet")
    document = tree(response)
    link = document.xpath(f'//tr[@data-unit="{yvr.pk}"]/th/a')[0].get("href")
    assert link == f"/en/dashboard/?unit={yvr.pk}&audience=cadet"
    learners = document.xpath(f'//tr[@data-unit="{yvr.pk}"]/td/a')[0].get("href")
    assert learners == f"/en/dashboard/units/{yvr.pk}/learners/?audience=cadet"
    document = tree(page(client, manager, link))
    crumbs = [
        item.text_content().strip() for item in document.xpath('//nav[@class="drill-path"]//li')
    ]
    assert crumbs == ["All my units", "Pacific", "YVR"]
    assert figure(document, "learners") == "1"


def test_sorting_the_unit_table_by_a_column_both_ways(client, world):
    manager = factories.manager(world.units["region"])
    region = world.units["region"]
    base = f"/en/dashboard/?unit={region.pk}"
    document = tree(page(client, manager, f"{base}&sort=learners&dir=desc"))
    order = [row.get("data-unit") for row in document.xpath('//table[@id="units-table"]/tbody/tr')]
    assert order == [str(world.units["yvr"].pk), str(world.units["douglas"].pk)]
    header = document.xpath('//table[@id="units-table"]//th[@aria-sort]')[0]
    assert header.get("aria-sort") == "descending"
    assert "sort=learners&dir=asc" in header.xpath(".//a")[0].get("href")
    document = tree(page(client, manager, f"{base}&sort=learners&dir=asc"))
    order = [row.get("data-unit") for row in document.xpath('//table[@id="units-table"]/tbody/tr')]
    assert order == [str(world.units["douglas"].pk), str(world.units["yvr"].pk)]


def test_filters_narrow_every_figure(client, world):
    manager = factories.manager(world.units["region"])
    region = world.units["region"]
    today = timezone.localdate()
    # Audience: only Bob is a cadet.
    document = tree(page(client, manager, "/en/dashboard/?audience=cadet"))
    assert (figure(document, "learners"), figure(document, "completed")) == ("1", "0")
    # Dates: only Ann finished in the last ten days.
    since = (today - timedelta(days=10)).isoformat()
    document = tree(page(client, manager, f"/en/dashboard/?unit={region.pk}&from={since}"))
    rows = unit_rows(document)
    key = course_column(world.course)
    assert (rows["YVR"][key], rows["Douglas"][key]) == ("1", "0")
    weeks = document.xpath('//figure[@id="weekly-completions"]//tbody/tr')
    assert sum(int(row.xpath("./td")[0].text_content()) for row in weeks) == 1
    # Course: the other course has no requirement and no completions.
    other = world.other_course.translation_key
    document = tree(page(client, manager, f"/en/dashboard/?unit={region.pk}&course={other}"))
    assert figure(document, "assigned") == "0"
    columns = [
        cell.get("data-field")
        for cell in document.xpath('//table[@id="units-table"]/tbody/tr')[0].xpath(
            ".//td[@data-field]"
        )
    ]
    assert course_column(world.other_course) in columns
    assert course_column(world.course) not in columns
    # Requirement: the filter form keeps it selected.
    document = tree(page(client, manager, f"/en/dashboard/?requirement={world.requirement.uuid}"))
    assert figure(document, "assigned") == "3"
    selected = document.xpath('//*[@id="id_requirement"]/option[@selected]')[0]
    assert selected.get("value") == str(world.requirement.uuid)


def test_course_table_and_weekly_completions(client, world):
    manager = factories.manager(world.units["region"])
    document = tree(page(client, manager, "/en/dashboard/"))
    (row,) = [
        row
        for row in document.xpath('//table[@id="courses-table"]/tbody/tr')
        if row.xpath('.//*[@data-field="course"]')[0].text_content() == "Trafficking awareness"
    ]
    cells = {
        cell.get("data-field"): cell.text_content().strip()
        for cell in row.xpath(".//*[@data-field]")
    }
    assert (cells["started"], cells["completed"]) == ("2", "2")
    weeks = document.xpath('//figure[@id="weekly-completions"]//tbody/tr')
    assert len(weeks) in (12, 13)
    assert sum(int(row.xpath("./td")[0].text_content()) for row in weeks) == 2
    assert "2 completions in" in document.xpath('//*[@id="dashboard-weeks"]')[0].text_content()


def test_every_part_that_refreshes_live_is_a_marked_region(client, world):
    manager = factories.manager(world.units["region"])
    document = tree(page(client, manager, "/en/dashboard/"))
    regions = {element.get("id") for element in document.xpath("//*[@data-live-region]")}
    assert {
        "dashboard-figures",
        "dashboard-targets",
        "dashboard-units",
        "dashboard-courses",
        "dashboard-weeks",
    } <= regions


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("from=2026-13-45", "from", "Enter a date as YYYY-MM-DD."),
        ("from=2026-03-02&to=2026-03-01", "from", "The start date must be on or before"),
        ("audience=astronaut", "audience", "Choose an audience from the list."),
        ("course=not-a-course", "course", "Choose a course from the list."),
        ("requirement=12345", "requirement", "Choose required training from the list."),
    ],
)
def test_bad_filters_answer_400_with_the_error_next_to_the_field(
    client, world, query, field, message
):
    manager = factories.manager(world.units["region"])
    response = page(client, manager, f"/en/dashboard/?{query}")
    assert response.status_code == 400
    document = tree(response)
    errors = document.xpath(f'//*[@id="id_{field}-errors"]')[0].text_content()
    assert message in errors
    control = document.xpath(f'//*[@id="id_{field}"]')[0]
    assert control.get("aria-invalid") == "true"
    assert not document.xpath("//*[@data-figure]")


@pytest.mark.parametrize("query", ["sort=password", "dir=sideways"])
def test_bad_sorting_answers_400(client, world, query):
    manager = factories.manager(world.units["region"])
    assert page(client, manager, f"/en/dashboard/?{query}").status_code == 400


def test_the_page_is_in_french(client, world):
    manager = factories.manager(world.units["region"])
    response = page(client, manager, "/fr/tableau-de-bord/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Pacific (fr)" in text
    assert "Trafficking awareness (FR)" in text


# -- learners of a unit ---------------------------------------------------------------------


def learner_names(document) -> list[str]:
    return [
        cell.text_content().strip()
        for cell in document.xpath('//table[@id="learners-table"]/tbody/tr/th[@data-field="name"]')
    ]


def test_unit_learners_lists_the_subtree_with_links_to_each_learner(client, world):
    manager = factories.manager(world.units["region"])
    region = world.units["region"]
    document = tree(page(client, manager, f"/en/dashboard/units/{region.pk}/learners/"))
    assert learner_names(document) == ["Ann Archer", "Bob Baker", "Cat Cole"]
    link = document.xpath('//table[@id="learners-table"]//th[@data-field="name"]/a')[0].get("href")
    assert link == f"/en/dashboard/learners/{world.ann.uuid}/"
    # The site's breadcrumbs lead back to the dashboard, as on a learner's page.
    crumbs = document.xpath("//gcds-breadcrumbs/gcds-breadcrumbs-item/@href")
    assert "/en/dashboard/" in crumbs
    row = document.xpath('//table[@id="learners-table"]/tbody/tr')[1]
    cells = {
        cell.get("data-field"): cell.text_content().strip()
        for cell in row.xpath(".//*[@data-field]")
    }
    assert (cells["unit"], cells["assigned"], cells["completed"]) == ("YVR", "1", "0")
    assert cells["status"] == "1 to do"
    assert cells["next_due"] != "–"


def test_unit_learners_sorts_filters_and_pages(client, world, monkeypatch):
    manager = factories.manager(world.units["region"])
    address = f"/en/dashboard/units/{world.units['region'].pk}/learners/"
    document = tree(page(client, manager, f"{address}?sort=completed&dir=asc"))
    assert learner_names(document)[0] == "Bob Baker"
    document = tree(page(client, manager, f"{address}?audience=cadet"))
    assert learner_names(document) == ["Bob Baker"]
    monkeypatch.setattr(learners_report, "LEARNERS_PER_PAGE", 2)
    document = tree(page(client, manager, f"{address}?sort=name&dir=desc&page=2"))
    assert learner_names(document) == ["Ann Archer"]
    previous = document.xpath('//nav[@class="pagination"]/a[@rel="prev"]')[0].get("href")
    assert "sort=name" in previous and "dir=desc" in previous and "page=1" in previous


def test_unit_learners_answers_400_for_a_bad_date(client, world):
    manager = factories.manager(world.units["region"])
    address = f"/en/dashboard/units/{world.units['yvr'].pk}/learners/?to=yesterday"
    response = page(client, manager, address)
    assert response.status_code == 400
    assert (
        "Enter a date as YYYY-MM-DD."
        in tree(response).xpath('//*[@id="id_to-errors"]')[0].text_content()
    )


def test_a_target_is_measured_on_its_own_unit(client, world):
    today = timezone.localdate()
    Target.objects.create(
        requirement=world.requirement,
        org_unit=world.units["yvr"],
        percentage=50,
        deadline=today + timedelta(days=30),
    )
    manager = factories.manager(world.units["region"])
    text = page(client, manager, "/en/dashboard/").content.decode()
    assert "50% (1 of 2)" in text
    assert "Met" in text


def test_the_page_costs_the_same_queries_however_many_units_it_rolls_up(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    manager = factories.manager(world.units["agency"])
    client.force_login(manager)
    address = f"/en/dashboard/?unit={world.units['region'].pk}"
    client.get(address)
    with CaptureQueriesContext(connection) as before:
        assert client.get(address).status_code == 200
    for number in range(4):
        port = factories.org_unit(f"Port {number}", parent=world.units["region"])
        factories.org_unit(f"Desk {number}", parent=port)
        factories.learner(port)
    records_refresh()
    client.get(address)  # the first read after a rebuild counts the day's summaries
    with CaptureQueriesContext(connection) as after:
        response = client.get(address)
    assert len(unit_rows(tree(response))) == 6
    assert len(after.captured_queries) == len(before.captured_queries)


def test_weeks_follow_the_chosen_dates(world):
    from dashboards.access import manager_scope
    from dashboards.filters import DashboardFilters

    manager = factories.manager(world.units["region"])
    today = timezone.localdate()

    def weeks(**dates):
        slice_ = Slice(
            scope=manager_scope(manager), filters=DashboardFilters(**dates), language="en"
        )
        return week_starts(slice_)

    assert len(weeks()) in (12, 13)
    assert all(week.weekday() == 0 for week in weeks())
    chosen = weeks(date_from=today - timedelta(days=60), date_to=today - timedelta(days=30))
    assert chosen[0] <= today - timedelta(days=60) < chosen[0] + timedelta(weeks=1)
    assert chosen[-1] <= today - timedelta(days=30) < chosen[-1] + timedelta(weeks=1)
    # A start in the future still shows its week rather than nothing.
    assert len(weeks(date_from=today + timedelta(days=20))) == 1


@pytest.mark.parametrize("targets_per_scan", [12, 0])
def test_targets_measure_everyone_in_their_unit_whatever_the_audience(
    client, world, monkeypatch, targets_per_scan
):
    monkeypatch.setattr(report_figures, "TARGETS_PER_SCAN", targets_per_scan)
    today = timezone.localdate()
    for unit in ("region", "yvr", "douglas"):
        Target.objects.create(
            requirement=world.requirement,
            org_unit=world.units[unit],
            percentage=100,
            deadline=today + timedelta(days=30),
        )
    manager = factories.manager(world.units["region"])
    for address in ("/en/dashboard/", "/en/dashboard/?audience=cadet"):
        document = tree(page(client, manager, address))
        attained = [
            cell.text_content().strip()
            for cell in document.xpath('//table[@id="targets-table"]//td[@data-field="attainment"]')
        ]
        assert sorted(attained) == ["100% (1 of 1)", "50% (1 of 2)", "67% (2 of 3)"], address
