"""Briefings on the manager's dashboard: a requirement whose only item is a briefing reads
as acknowledgement (acknowledged, not acknowledged yet, overdue) in both languages, with
its rate per unit, the learners who have and have not acknowledged it, the same figures
in the CSV and XLSX exports, and nothing of another manager's units."""

import csv
import html as html_lib
import io
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone, translation
from openpyxl import load_workbook

from tests import factories
from tests.training.helpers import at, complete, requirement
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _acknowledge(briefing, user):
    response = _signed_in(user).post(briefing.url + "acknowledge/")
    assert response.status_code == 302


def _text(fragment: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def table_rows(content: bytes, table_id: str) -> list[list[str]]:
    """A table of the page as text, dates as ISO (their datetime attribute)."""
    match = re.search(rf'<table[^>]*id="{table_id}".*?<tbody>(.*?)</tbody>', content.decode(), re.S)
    assert match, f"no table {table_id}"
    rows = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", match.group(1), re.S):
        cells = []
        for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S):
            date = re.search(r'<time datetime="([^"]+)"', cell)
            if date:
                cells.append(date.group(1))
            elif '<span aria-hidden="true">–</span>' in cell:
                cells.append("")  # an empty day
            else:
                cells.append(_text(cell))
        rows.append(cells)
    return rows


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def xlsx_rows(response) -> list[tuple]:
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return list(sheet.iter_rows(values_only=True))


@pytest.fixture
def briefing():
    return factories.briefing(title="New indicators at the port")


@pytest.fixture
def sent(units, briefing):
    """The briefing sent to the Pacific region and the police, to be acknowledged within
    a week: in YVR Ana acknowledged it and Ben did not; in Douglas Cy acknowledged it; in
    the police Dee acknowledged it and Eve did not."""
    people = {
        "ana": factories.learner(units["yvr"], first_name="Ana", last_name="Lopez"),
        "ben": factories.learner(units["yvr"], first_name="Ben", last_name="Young"),
        "cy": factories.learner(units["douglas"], first_name="Cy", last_name="Zhu"),
        "dee": factories.learner(units["police"], first_name="Dee", last_name="Outsider"),
        "eve": factories.learner(units["police"], first_name="Eve", last_name="Stranger"),
    }
    item = requirement(
        courses=[briefing],
        units=[units["region"], units["police"]],
        name="Port indicators briefing",
        due_rule="fixed_date",
        due_date=timezone.localdate() + timedelta(days=7),
    )
    assignments_materialise(requirement=item)
    for name in ("ana", "cy", "dee"):
        _acknowledge(briefing, people[name])
    return {"requirement": item, **people}


@pytest.fixture
def manager(units):
    return _signed_in(factories.manager(units["region"]))


def test_the_dashboard_shows_the_acknowledgement_rate_of_each_unit(manager, units, sent):
    response = manager.get("/en/dashboard/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Briefing acknowledgement" in page

    rows = table_rows(response.content, "briefings-table")
    due = sent["requirement"].due_date.isoformat()
    # briefing, type, unit, acknowledge by, assigned, acknowledged, not yet, overdue, rate
    assert [row[:9] for row in rows] == [
        ["Port indicators briefing", "Briefing", "Pacific", due, "3", "2", "1", "0", "67%"]
    ]

    drilled = table_rows(
        manager.get("/en/dashboard/", {"unit": units["region"].pk}).content, "briefings-table"
    )
    assert [(row[2], row[4], row[5], row[8]) for row in drilled] == [
        ("Douglas", "1", "1", "100%"),
        ("YVR", "2", "1", "50%"),
    ]


def test_the_drill_down_lists_who_has_and_has_not_acknowledged(manager, units, sent):
    dashboard = manager.get("/en/dashboard/", {"unit": units["region"].pk}).content.decode()
    link = re.search(
        rf'<tr data-unit="{units["yvr"].pk}">.*?<a href="([^"]+)">Who has acknowledged',
        dashboard,
        re.S,
    )
    assert link, "no drill-down link for YVR"

    response = manager.get(html_lib.unescape(link.group(1)))
    assert response.status_code == 200
    rows = table_rows(response.content, "compliance-table")
    today = timezone.localdate().isoformat()
    by_name = {row[0]: row for row in rows}
    assert sorted(by_name) == ["Ana Lopez", "Ben Young"]
    assert by_name["Ana Lopez"][4] == "Acknowledged"
    assert by_name["Ana Lopez"][7] == today  # acknowledged on
    assert by_name["Ben Young"][4] == "Not acknowledged yet"
    assert by_name["Ben Young"][7] == ""
    assert by_name["Ben Young"][-1] == "Briefing"
    assert "Acknowledged on" in response.content.decode()
    assert "Completed" not in _text(
        re.search(r"<tbody>(.*?)</tbody>", response.content.decode(), re.S).group(1)
    )


def test_a_briefing_not_acknowledged_past_its_date_is_overdue(units, briefing):
    late = factories.learner(units["yvr"], first_name="Lee", last_name="Late")
    item = requirement(
        courses=[briefing],
        units=[units["yvr"]],
        name="Past briefing",
        due_rule="fixed_date",
        due_date=timezone.localdate() - timedelta(days=3),
    )
    assignments_materialise(requirement=item)
    manager = _signed_in(factories.manager(units["yvr"]))

    rows = table_rows(manager.get("/en/dashboard/").content, "briefings-table")
    assert [(row[0], row[6], row[7], row[8]) for row in rows] == [("Past briefing", "0", "1", "0%")]
    report = table_rows(manager.get("/en/dashboard/compliance/").content, "compliance-table")
    assert [(row[0], row[4]) for row in report] == [("Lee Late", "Overdue")]
    assert late.uuid


def test_the_same_figures_in_french(units, sent):
    manager = _signed_in(factories.manager(units["region"]))
    with translation.override("fr"):
        from django.urls import reverse

        dashboard_url = reverse("dashboards:manager")
        report_url = reverse("dashboards:compliance")
    response = manager.get(dashboard_url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Confirmation des breffages" in page
    rows = table_rows(response.content, "briefings-table")
    assert rows[0][0] == "Port indicators briefing (FR)"
    assert rows[0][1] == "Breffage"
    assert rows[0][8].replace("\u202f", " ").replace("\xa0", " ") == "67 %"

    report = table_rows(
        manager.get(report_url, {"requirement": str(sent["requirement"].uuid)}).content,
        "compliance-table",
    )
    statuses = {row[0]: row[4] for row in report}
    assert statuses == {
        "Ana Lopez": "Lu et confirmé",
        "Ben Young": "Pas encore confirmé",
        "Cy Zhu": "Lu et confirmé",
    }


def test_the_exports_carry_the_same_figures_and_say_it_is_a_briefing(manager, units, sent):
    query = {"unit": units["region"].pk}
    exported = csv_rows(manager.get("/en/dashboard/export/briefings.csv", query))
    assert exported[0] == [
        "Briefing",
        "Type",
        "Unit",
        "Acknowledge by",
        "Assigned",
        "Acknowledged",
        "Not acknowledged yet",
        "Overdue",
        "Acknowledgement rate",
    ]
    due = sent["requirement"].due_date.isoformat()
    assert exported[1:] == [
        ["Port indicators briefing", "Briefing", "Douglas", due, "1", "1", "0", "0", "100"],
        ["Port indicators briefing", "Briefing", "YVR", due, "2", "1", "1", "0", "50"],
    ]

    sheet = xlsx_rows(manager.get("/en/dashboard/export/briefings.xlsx", query))
    assert sheet[0][:3] == ("Briefing", "Type", "Unit")
    assert [(row[2], row[1], row[4], row[5], row[8]) for row in sheet[1:]] == [
        ("Douglas", "Briefing", 1, 1, 1),
        ("YVR", "Briefing", 2, 1, 0.5),
    ]

    report = csv_rows(
        manager.get(
            "/en/dashboard/compliance.csv",
            {"requirement": str(sent["requirement"].uuid), "unit": units["yvr"].pk},
        )
    )
    header = report[0]
    assert header[7] == "Acknowledged on" and header[-1] == "Type"
    assert [(row[0], row[4], row[7] != "", row[-1]) for row in report[1:]] == [
        ("Ana Lopez", "Acknowledged", True, "Briefing"),
        ("Ben Young", "Not acknowledged yet", False, "Briefing"),
    ]
    workbook = xlsx_rows(
        manager.get("/en/dashboard/compliance.xlsx", {"requirement": str(sent["requirement"].uuid)})
    )
    assert [(row[0], row[4], row[-1]) for row in workbook[1:]] == [
        ("Ana Lopez", "Acknowledged", "Briefing"),
        ("Ben Young", "Not acknowledged yet", "Briefing"),
        ("Cy Zhu", "Acknowledged", "Briefing"),
    ]


def test_a_course_requirement_keeps_its_words_beside_a_briefing(manager, units, sent, course):
    course_page, _lessons = course
    item = requirement(courses=[course_page], units=[units["yvr"]], name="Border law")
    assignments_materialise(requirement=item)
    complete(sent["ana"], course_page, at(timezone.localdate()))
    assignments_materialise(requirement=item)

    rows = table_rows(
        manager.get("/en/dashboard/compliance/", {"unit": units["yvr"].pk}).content,
        "compliance-table",
    )
    lines = {(row[0], row[3]): (row[4], row[-1]) for row in rows}
    assert lines[("Ana Lopez", "Border law")] == ("Completed", "Training")
    assert lines[("Ana Lopez", "Port indicators briefing")] == ("Acknowledged", "Briefing")
    assert lines[("Ben Young", "Border law")] == ("Not started", "Training")
    briefing_rows = table_rows(manager.get("/en/dashboard/").content, "briefings-table")
    assert [row[0] for row in briefing_rows] == ["Port indicators briefing"]


def test_another_units_manager_sees_none_of_it(units, sent):
    police = _signed_in(factories.manager(units["police"]))
    rows = table_rows(police.get("/en/dashboard/").content, "briefings-table")
    assert [(row[2], row[4], row[5], row[8]) for row in rows] == [("Police", "2", "1", "50%")]

    report = table_rows(police.get("/en/dashboard/compliance/").content, "compliance-table")
    assert sorted(row[0] for row in report) == ["Dee Outsider", "Eve Stranger"]
    exported = csv_rows(police.get("/en/dashboard/export/briefings.csv"))
    assert [row[2] for row in exported[1:]] == ["Police"]
    # The region's manager: no police figures, and the police unit is out of reach.
    region = _signed_in(factories.manager(units["region"]))
    page = region.get("/en/dashboard/").content.decode()
    assert "Police" not in page and "Dee Outsider" not in page
    assert region.get("/en/dashboard/compliance/", {"unit": units["police"].pk}).status_code == 404
    assert (
        region.get("/en/dashboard/export/briefings.csv", {"unit": units["police"].pk}).status_code
        == 404
    )
    assert region.get(f"/en/dashboard/learners/{sent['dee'].uuid}/").status_code == 404
    names = [row[0] for row in csv_rows(region.get("/en/dashboard/compliance.csv"))[1:]]
    assert sorted(names) == ["Ana Lopez", "Ben Young", "Cy Zhu"]


def test_the_learner_page_reads_acknowledged_and_the_briefing_title(manager, sent, briefing):
    response = manager.get(f"/en/dashboard/learners/{sent['ana'].uuid}/")
    assert response.status_code == 200
    required = table_rows(response.content, "learner-required")
    assert required[0][0] == "Port indicators briefing (Briefing)"
    assert required[0][1] == "Acknowledged"
    activity = table_rows(response.content, "learner-statements")
    assert [(row[1], row[2], row[4]) for row in activity] == [
        ("Acknowledged", "New indicators at the port", "Platform (verified)")
    ]
    # A briefing is not a course: no line of course progress, no course report for it.
    assert "This learner has not begun any course." in response.content.decode()
    key = briefing.translation_key
    assert manager.get(f"/en/dashboard/courses/{key}/").status_code == 404
    assert manager.get(f"/en/dashboard/courses/{key}.csv").status_code == 404
    assert manager.get("/en/dashboard/", {"course": str(key)}).status_code == 400

    with translation.override("fr"):
        from django.urls import reverse

        french = reverse("dashboards:learner", kwargs={"user_uuid": sent["ana"].uuid})
    response = manager.get(french)
    assert response.status_code == 200
    required = table_rows(response.content, "learner-required")
    assert required[0][0] == "Port indicators briefing (FR) (Breffage)"
    assert required[0][1] == "Lu et confirmé"
    activity = table_rows(response.content, "learner-statements")
    assert [(row[1], row[2]) for row in activity] == [
        ("Lu et confirmé", "New indicators at the port (FR)")
    ]
    pending = table_rows(
        manager.get(f"/en/dashboard/learners/{sent['ben'].uuid}/").content, "learner-required"
    )
    assert pending[0][1] == "Not acknowledged yet"


def test_the_units_table_of_a_briefing_counts_acknowledgements(manager, units, sent):
    response = manager.get("/en/dashboard/", {"requirement": str(sent["requirement"].uuid)})
    assert response.status_code == 200
    page = response.content.decode()
    header = _text(re.search(r'id="units-table".*?<thead>(.*?)</thead>', page, re.S).group(1))
    assert "Acknowledged" in header and "Acknowledgement rate" in header
    assert "Completed" not in header
    rows = table_rows(response.content, "units-table")
    # unit, learners, assigned, acknowledged, rate
    assert [row[:5] for row in rows] == [["Pacific", "3", "3", "2", "67%"]]

    exported = csv_rows(
        manager.get(
            "/en/dashboard/export/units.csv", {"requirement": str(sent["requirement"].uuid)}
        )
    )
    assert exported[0][3:5] == ["Acknowledged", "Acknowledgement rate"]
    assert exported[1][:5] == ["Pacific", "3", "3", "2", "67"]
