"""After an HR import moves a person, the managers' reports follow: the compliance
report of their new unit's manager lists them, their old unit's no longer does, and
what they did before the move (a completion) goes with them; a unit moved to another
region takes its people into that region's reports."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from organisations.models import Audience, OrgUnit, User
from tests import factories
from tests.organisations.test_people_import import UNITS
from tests.training.helpers import at, complete, requirement

pytestmark = pytest.mark.django_db

PEOPLE = """employee_number,first_name,last_name,email,unit_code,audiences,start_date,language
1001,Alex,Martin,alex.martin@example.gc.ca,yvr,bso,2026-01-05,en
1002,Sam,Roy,sam.roy@example.gc.ca,yvr,bso,2025-09-01,en
1003,Lee,Tremblay,lee.tremblay@example.gc.ca,douglas,bso,,en
"""


def run(tmp_path, name, text, **options):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    call_command("import_people", str(path), stdout=io.StringIO(), **options)


def imported(tmp_path):
    """The tree and its people from HR files, and a course everyone in the agency must
    take, assigned."""
    Audience.objects.create(code="bso", name_en="Border services officer", name_fr="Agent")
    run(tmp_path, "units.csv", UNITS)
    run(tmp_path, "people.csv", PEOPLE, as_of="2026-06-01")
    course, _lessons = factories.course(title="Trafficking awareness")
    requirement(courses=[course], units=[OrgUnit.objects.get(code="cbsa")], due_days=30)
    call_command("materialise_assignments", stdout=io.StringIO())
    return course


def compliance_rows(client, manager) -> str:
    client.force_login(manager)
    response = client.get("/en/dashboard/compliance.csv")
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_a_moved_person_is_reported_in_their_new_unit_with_what_they_did(client, tmp_path):
    course = imported(tmp_path)
    sam = User.objects.get(learner_profile__employee_number="1002")
    complete(sam, course, at(timezone.localdate() - datetime.timedelta(days=2)))
    yvr_manager = factories.manager(OrgUnit.objects.get(code="yvr"))
    douglas_manager = factories.manager(OrgUnit.objects.get(code="douglas"))
    assert "Roy" in compliance_rows(client, yvr_manager)
    assert "Roy" not in compliance_rows(client, douglas_manager)

    moved = PEOPLE.replace(
        "1002,Sam,Roy,sam.roy@example.gc.ca,yvr", "1002,Sam,Roy,sam.roy@example.gc.ca,douglas"
    )
    run(tmp_path, "people2.csv", moved, as_of=timezone.localdate().isoformat())

    old_unit = compliance_rows(client, yvr_manager)
    new_unit = compliance_rows(client, douglas_manager)
    assert "Roy" not in old_unit and "Martin" in old_unit
    sam_rows = [line for line in new_unit.splitlines() if "Roy" in line]
    assert sam_rows, new_unit
    # The completion made in the old unit counts in the new one.
    assert any("Completed" in line for line in sam_rows), sam_rows
    assert "Tremblay" in new_unit


def test_a_unit_moved_to_another_region_takes_its_people_into_that_regions_reports(
    client, tmp_path
):
    imported(tmp_path)
    pacific_manager = factories.manager(OrgUnit.objects.get(code="pacific"))
    assert "Tremblay" in compliance_rows(client, pacific_manager)

    moved_units = UNITS.replace(
        "douglas,Douglas,Douglas,pacific", "douglas,Douglas,Douglas,atlantic"
    )
    moved_units += "atlantic,Atlantic,Atlantique,cbsa,region\n"
    run(tmp_path, "units2.csv", moved_units)

    douglas = OrgUnit.objects.get(code="douglas")
    assert douglas.get_parent().code == "atlantic"
    atlantic_manager = factories.manager(OrgUnit.objects.get(code="atlantic"))
    assert "Tremblay" in compliance_rows(client, atlantic_manager)
    assert "Tremblay" not in compliance_rows(client, pacific_manager)
    assert "Roy" in compliance_rows(client, pacific_manager)
    # The person did not move: their own history still names their unit alone.
    lee = User.objects.get(learner_profile__employee_number="1003")
    history = lee.learner_profile.unit_memberships.values_list("org_unit__code", flat=True)
    assert list(history) == ["douglas"]
