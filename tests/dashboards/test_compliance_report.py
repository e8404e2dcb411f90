"""The per-learner compliance report: one line per learner and required training in the
manager's units, filtered by unit, audience, requirement and status, paged on screen and
exported whole with exactly the same lines; nothing outside the manager's units, however
the address is forged."""

import csv
import html as html_lib
import io
import re

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from dashboards import learner_views
from organisations.models import Audience
from tests import factories
from tests.training.helpers import at, complete, requirement
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db

PAGE = "/en/dashboard/compliance/"


@pytest.fixture
def report(units, course):
    """ "Border law" required across the agency and the police: in YVR, Ana Lopez finished
    it and Ben Young did not; in Douglas, Cy Zhu (also an analyst) did not; in the police,
    Dee Outsider did not."""
    course_page, _lessons = course
    ana = factories.learner(units["yvr"], first_name="Ana", last_name="Lopez")
    ben = factories.learner(units["yvr"], first_name="Ben", last_name="Young")
    cy = factories.learner(units["douglas"], first_name="Cy", last_name="Zhu")
    dee = factories.learner(units["police"], first_name="Dee", last_name="Outsider")
    ana.learner_profile.employee_number = "E-7"
    ana.learner_profile.save()
    analyst = Audience.objects.create(code="analyst", name_en="Analyst", name_fr="Analyste")
    cy.learner_profile.audiences.add(analyst)
    item = requirement(
        courses=[course_page], units=[units["agency"], units["police"]], name="Border law"
    )
    assignments_materialise(requirement=item)
    complete(ana, course_page, at(timezone.localdate()))
    assignments_materialise(requirement=item)
    return {"ana": ana, "ben": ben, "cy": cy, "dee": dee, "requirement": item}


def screen_rows(content: bytes) -> list[list[str]]:
    """The report's table as text: dates as ISO (their datetime attribute), '' if none."""
    match = re.search(
        r'<table[^>]*id="compliance-table".*?<tbody>(.*?)</tbody>', content.decode(), re.S
    )
    if not match:
        return []
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", match.group(1), re.S):
        cells = []
        for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S):
            date = re.search(r'<time datetime="([^"]+)"', cell)
            if date:
                cells.append(date.group(1))
            elif "visually-hidden" in cell:
                cells.append("")
            else:
                cells.append(html_lib.unescape(re.sub(r"<[^>]+>", "", cell)).strip())
        rows.append(cells)
    return rows


def csv_rows(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def names(rows) -> list[str]:
    return [row[0] for row in rows]


@pytest.fixture
def manager_client(client, units):
    client.force_login(factories.manager(units["region"]))
    return client


def test_one_line_per_learner_and_requirement_in_the_managers_units(manager_client, report):
    response = manager_client.get(PAGE)
    rows = screen_rows(response.content)
    today = timezone.localdate().isoformat()

    assert response.status_code == 200
    assert names(rows) == ["Ana Lopez", "Ben Young", "Cy Zhu"]
    ana = rows[0]
    assert ana[1:5] == ["E-7", "YVR", "Border law", "Completed"]
    assert ana[5] == today and ana[7] == today
    assert rows[1][4] == "Not started"
    assert rows[1][7] == ""
    assert f'href="/en/dashboard/learners/{report["ana"].uuid}/"' in response.content.decode()
    assert "Outsider" not in response.content.decode()


def test_the_report_sits_in_the_dashboards_frame_and_a_live_region(manager_client, report):
    html = manager_client.get(PAGE).content.decode()

    assert 'aria-current="page">Compliance report<' in html
    assert re.search(r'<div data-live-region id="compliance-report">', html)


def test_filter_by_unit_keeps_that_subtree(manager_client, units, report):
    rows = screen_rows(manager_client.get(PAGE, {"unit": units["yvr"].pk}).content)

    assert names(rows) == ["Ana Lopez", "Ben Young"]


def test_filter_by_audience(manager_client, report):
    rows = screen_rows(manager_client.get(PAGE, {"audience": "analyst"}).content)

    assert names(rows) == ["Cy Zhu"]


def test_filter_by_requirement(manager_client, units, course, report):
    other = requirement(courses=[course[0]], units=[units["yvr"]], name="Other rules")
    assignments_materialise(requirement=other)

    everything = screen_rows(manager_client.get(PAGE).content)
    only_border = screen_rows(
        manager_client.get(PAGE, {"requirement": str(report["requirement"].uuid)}).content
    )

    assert len(everything) == 5
    assert {row[3] for row in only_border} == {"Border law"}
    assert len(only_border) == 3


def test_filter_by_status(manager_client, report):
    done = screen_rows(manager_client.get(PAGE, {"status": "completed"}).content)
    waiting = screen_rows(manager_client.get(PAGE, {"status": "not_started"}).content)

    assert names(done) == ["Ana Lopez"]
    assert names(waiting) == ["Ben Young", "Cy Zhu"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"audience": "nobody"}, "Audience"),
        ({"requirement": "not-a-uuid"}, "Required training"),
        ({"requirement": "0b0c1f6e-0000-4000-8000-000000000000"}, "Required training"),
        ({"status": "late"}, "Status"),
        ({"page": "x"}, "page"),
    ],
)
def test_bad_filters_are_a_400_naming_the_field(manager_client, report, query, field):
    response = manager_client.get(PAGE, query)

    assert response.status_code == 400
    assert f"{field}:" in response.content.decode()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_bad_filters_refuse_the_export_too(manager_client, report, fmt):
    response = manager_client.get(f"/en/dashboard/compliance.{fmt}", {"status": "late"})

    assert response.status_code == 400
    assert "Status:" in response.content.decode()


@pytest.mark.parametrize("unit", ["police", "agency"])
def test_a_forged_unit_outside_the_scope_is_not_found(manager_client, units, report, unit):
    assert manager_client.get(PAGE, {"unit": units[unit].pk}).status_code == 404
    assert (
        manager_client.get("/en/dashboard/compliance.csv", {"unit": units[unit].pk}).status_code
        == 404
    )


@pytest.mark.parametrize("value", ["abc", "99999", "-1", "1.5"])
def test_a_malformed_or_unknown_unit_is_not_found(manager_client, report, value):
    assert manager_client.get(PAGE, {"unit": value}).status_code == 404


def test_the_export_holds_exactly_the_lines_on_screen(manager_client, units, report):
    query = {"unit": units["yvr"].pk}
    on_screen = screen_rows(manager_client.get(PAGE, query).content)
    response = manager_client.get("/en/dashboard/compliance.csv", query)
    exported = csv_rows(response)

    assert response.streaming
    assert exported[0] == [
        "Learner",
        "Employee number",
        "Unit",
        "Required training",
        "Status",
        "Assigned on",
        "Due on",
        "Completed on",
        "Renew by",
        "Type",
    ]
    assert exported[1:] == on_screen
    assert response["Content-Disposition"].startswith('attachment; filename="compliance-report-')


def test_the_xlsx_export_has_the_same_lines(manager_client, report):
    on_screen = screen_rows(manager_client.get(PAGE).content)
    response = manager_client.get("/en/dashboard/compliance.xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))

    assert len(rows) == 1 + len(on_screen)
    assert [row[0] for row in rows[1:]] == names(on_screen)
    assert rows[1][5].date().isoformat() == on_screen[0][5]


def test_the_screen_pages_and_the_export_holds_every_line(manager_client, report, monkeypatch):
    monkeypatch.setattr(learner_views, "COMPLIANCE_PAGE_SIZE", 2)

    first = manager_client.get(PAGE)
    second = manager_client.get(PAGE, {"page": 2})
    exported = csv_rows(manager_client.get("/en/dashboard/compliance.csv"))

    assert names(screen_rows(first.content)) == ["Ana Lopez", "Ben Young"]
    assert names(screen_rows(second.content)) == ["Cy Zhu"]
    assert "Page 2 of 2" in second.content.decode()
    assert names(exported[1:]) == ["Ana Lopez", "Ben Young", "Cy Zhu"]
    assert manager_client.get(PAGE, {"page": 3}).status_code == 404


def test_paging_links_keep_the_filters(manager_client, units, report, monkeypatch):
    monkeypatch.setattr(learner_views, "COMPLIANCE_PAGE_SIZE", 1)

    html = manager_client.get(PAGE, {"status": "not_started"}).content.decode()

    assert 'href="?status=not_started&amp;page=2"' in html
    assert 'href="/en/dashboard/compliance.csv?status=not_started"' in html


def test_a_manager_of_the_police_sees_only_the_police(client, units, report):
    client.force_login(factories.manager(units["police"]))

    assert names(screen_rows(client.get(PAGE).content)) == ["Dee Outsider"]
    assert names(csv_rows(client.get("/en/dashboard/compliance.csv"))[1:]) == ["Dee Outsider"]


def test_someone_who_manages_no_one_is_refused(client, report):
    client.force_login(report["ana"])

    assert client.get(PAGE).status_code == 403
    assert client.get("/en/dashboard/compliance.csv").status_code == 403


def test_the_french_report_speaks_french(client, units, report):
    client.force_login(factories.manager(units["region"]))
    response = client.get("/fr/tableau-de-bord/conformite/")
    exported = csv_rows(client.get("/fr/tableau-de-bord/conformite.csv"))

    assert "Terminé" in response.content.decode()
    assert exported[0][0] == "Apprenant"
    assert exported[1][2] == "YVR (fr)"
