"""Downloads of the manager's dashboard hold exactly the tables on screen, with the same
filters, as CSV and XLSX; the learners download holds every learner of the unit."""

import csv
import io
import re
import types
from datetime import timedelta

import openpyxl
import pytest
from django.utils import timezone
from lxml import html as lxml_html

from dashboards.access import manager_scope
from dashboards.filters import DashboardFilters
from dashboards.reports import learners as learners_report
from dashboards.reports.figures import Slice
from tests import factories
from tests.dashboards.test_manager_dashboard import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(units, course):
    return build_world(units, course)


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def csv_rows(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    text = body(response).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def xlsx_rows(response) -> list[tuple]:
    workbook = openpyxl.load_workbook(io.BytesIO(body(response)), read_only=True)
    return [tuple(row) for row in workbook.active.iter_rows(values_only=True)]


def heading(cell) -> str:
    """A column's heading as the export writes it: a short code on screen stands for the
    full heading in its ``abbr`` title."""
    abbreviations = cell.xpath(".//abbr[@title]")
    return abbreviations[0].get("title") if abbreviations else cell.text_content().strip()


def screen_table(response, table_id: str) -> list[list[str]]:
    """The header and cells of a table on the page, as text (a percent without its sign),
    leaving out the column of links to learners."""
    document = lxml_html.fromstring(response.content.decode())
    (table,) = document.xpath(f'//table[@id="{table_id}"]')
    header = [heading(cell) for cell in table.xpath("./thead/tr/th")]
    rows = [
        [re.sub(r"\xa0?%$", "", cell.text_content().strip()) for cell in row.xpath("./th|./td")]
        for row in table.xpath("./tbody/tr")
    ]
    if header[-1] == "Learners list":
        header, rows = header[:-1], [row[:-1] for row in rows]
    return [header, *rows]


def test_units_csv_and_xlsx_hold_the_table_on_screen_with_the_same_filters(client, world):
    manager = factories.manager(world.units["agency"])
    client.force_login(manager)
    since = (timezone.localdate() - timedelta(days=10)).isoformat()
    query = f"?unit={world.units['region'].pk}&from={since}&sort=learners&dir=asc"
    on_screen = screen_table(client.get(f"/en/dashboard/{query}"), "units-table")
    assert [row[0] for row in on_screen[1:]] == ["Douglas", "YVR"]

    exported = csv_rows(client.get(f"/en/dashboard/export/units.csv{query}"))
    assert exported == on_screen

    sheet = xlsx_rows(client.get(f"/en/dashboard/export/units.xlsx{query}"))
    assert list(sheet[0]) == on_screen[0]
    yvr = sheet[2]
    assert yvr[0] == "YVR"
    assert yvr[1:5] == (2, 2, 1, 0.5)


def test_course_and_target_exports_match_the_page(client, world):
    from training.models import Target

    Target.objects.create(
        requirement=world.requirement,
        org_unit=world.units["region"],
        percentage=80,
        deadline=timezone.localdate() + timedelta(days=30),
    )
    manager = factories.manager(world.units["region"])
    client.force_login(manager)
    page = client.get("/en/dashboard/?audience=border-services-officer")
    assert csv_rows(
        client.get("/en/dashboard/export/courses.csv?audience=border-services-officer")
    ) == screen_table(page, "courses-table")
    targets = csv_rows(client.get("/en/dashboard/export/targets.csv"))
    assert targets[0][:2] == ["Requirement", "Unit"]
    assert targets[1][:3] == ["Trafficking awareness", "Pacific", "80"]
    assert targets[1][4:7] == ["67", "2", "3"]


def test_weekly_export_matches_the_chart_data(client, world):
    manager = factories.manager(world.units["region"])
    client.force_login(manager)
    document = lxml_html.fromstring(client.get("/en/dashboard/").content.decode())
    shown = [
        int(row.xpath("./td")[0].text_content())
        for row in document.xpath('//figure[@id="weekly-completions"]//tbody/tr')
    ]
    exported = csv_rows(client.get("/en/dashboard/export/weeks.csv"))
    assert exported[0] == ["Week of", "Completions"]
    assert [int(row[1]) for row in exported[1:]] == shown
    assert sum(shown) == 2


def test_learners_export_holds_every_learner_of_the_unit_not_one_page(client, world, monkeypatch):
    monkeypatch.setattr(learners_report, "LEARNERS_PER_PAGE", 1)
    manager = factories.manager(world.units["region"])
    client.force_login(manager)
    region = world.units["region"].pk
    rows = csv_rows(client.get(f"/en/dashboard/export/learners.csv?unit={region}&sort=name"))
    assert rows[0] == ["Learner", "Unit", "Assigned", "Completed", "Overdue", "Next due", "Status"]
    assert [row[0] for row in rows[1:]] == ["Ann Archer", "Bob Baker", "Cat Cole"]
    sheet = xlsx_rows(client.get(f"/en/dashboard/export/learners.xlsx?unit={region}"))
    assert [row[0] for row in sheet[1:]] == ["Ann Archer", "Bob Baker", "Cat Cole"]


def test_learners_rows_stream_from_the_database(world):
    manager = factories.manager(world.units["region"])
    slice_ = Slice(scope=manager_scope(manager), filters=DashboardFilters(), language="en")
    table = learners_report.learners_table(slice_)
    assert isinstance(table.rows, types.GeneratorType)
    assert [row["name"] for row in table.rows] == ["Ann Archer", "Bob Baker", "Cat Cole"]


def test_french_export_has_french_headers_and_unit_names(client, world):
    manager = factories.manager(world.units["region"])
    client.force_login(manager)
    rows = csv_rows(client.get("/fr/tableau-de-bord/exporter/units.csv"))
    assert rows[0][0] == "Unité"
    assert rows[1][0] == "Pacific (fr)"


def test_unknown_table_is_404_and_bad_filters_are_400(client, world):
    manager = factories.manager(world.units["region"])
    client.force_login(manager)
    assert client.get("/en/dashboard/export/passwords.csv").status_code == 404
    response = client.get("/en/dashboard/export/units.csv?from=2026-02-30")
    assert response.status_code == 400
    assert "from: Enter a date as YYYY-MM-DD." in response.content.decode()
