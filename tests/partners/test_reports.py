"""Until approved, a partner takes open courses but is in none of the agency's reports:
not in the compliance report or its export, not in the dashboard's figures, not in the
course figures. Approved, they count like everyone else."""

import csv
import io

import pytest
from django.utils import timezone
from lxml import html as lxml_html

from organisations.models import LearnerProfile
from partners.models import Registration
from tests import factories
from tests.training.helpers import at, complete, requirement
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(units, course, shelter, shelter_manager):
    """Border law is required across the border agency. Ben (YVR) has not started it;
    Rita, a partner of Harbour Shelter awaiting approval, finished the course."""
    course_page, _lessons = course
    ben = factories.learner(units["yvr"], first_name="Ben", last_name="Young")
    rita = factories.UserFactory(first_name="Rita", last_name="Provider", email="rita@x.org")
    LearnerProfile.objects.create(user=rita, org_unit=shelter, awaiting_approval=True)
    Registration.objects.create(
        email="rita@x.org",
        first_name="Rita",
        last_name="Provider",
        password=rita.password,
        org_unit=shelter,
        user=rita,
        status=Registration.Status.AWAITING,
    )
    item = requirement(courses=[course_page], units=[units["agency"]], name="Border law")
    assignments_materialise(requirement=item)
    complete(rita, course_page, at(timezone.localdate()))
    return {
        "ben": ben,
        "rita": rita,
        "course": course_page,
        "manager": shelter_manager,
        "agency": units["agency"],
    }


def compliance_names(client) -> list[str]:
    document = lxml_html.fromstring(client.get("/en/dashboard/compliance/").content.decode())
    return [
        row.xpath("./th")[0].text_content().strip()
        for row in document.xpath('//table[@id="compliance-table"]/tbody/tr')
    ]


def export_names(client) -> list[str]:
    response = client.get("/en/dashboard/compliance.csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return [row[0] for row in list(csv.reader(io.StringIO(text)))[1:]]


def agency_row(client, course_page) -> dict[str, str]:
    document = lxml_html.fromstring(client.get("/en/dashboard/").content.decode())
    row = document.xpath('//table[@id="units-table"]/tbody/tr[@data-unit]')[0]
    cells = {
        cell.get("data-field"): cell.text_content().strip()
        for cell in row.xpath(".//*[@data-field]")
    }
    return {
        "learners": cells["learners"],
        "completed": cells[f"course_{course_page.translation_key.hex}"],
    }


def test_a_partner_awaiting_approval_is_in_no_report_until_approved(client, world):
    client.force_login(world["manager"])

    assert compliance_names(client) == ["Ben Young"]
    assert export_names(client) == ["Ben Young"]
    assert agency_row(client, world["course"]) == {"learners": "1", "completed": "0"}
    list_page = client.get(f"/en/dashboard/units/{world['agency'].pk}/learners/")
    assert list_page.status_code == 200
    assert "Ben" in list_page.content.decode()
    assert "Rita" not in list_page.content.decode()

    registration = Registration.objects.get(user=world["rita"])
    client.post(f"/en/partners/registrations/{registration.uuid}/", {"decision": "approve"})

    assert sorted(compliance_names(client)) == ["Ben Young", "Rita Provider"]
    assert sorted(export_names(client)) == ["Ben Young", "Rita Provider"]
    assert agency_row(client, world["course"]) == {"learners": "2", "completed": "1"}


def test_a_partner_awaiting_approval_gets_no_required_training(world):
    from training.models import Assignment

    assert not Assignment.objects.filter(user=world["rita"]).exists()
    assert Assignment.objects.filter(user=world["ben"]).exists()
