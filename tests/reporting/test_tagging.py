"""Trainers tag courses, briefings, workshops and requirements with a commitment of the
plan from the commitment's edit view in the admin; the plan's commitments are there."""

import pytest
from django.test import Client

from reporting.models import Commitment, CommitmentItem
from tests import factories
from tests.training.helpers import requirement as make_requirement

pytestmark = pytest.mark.django_db


def _form(commitment, items) -> dict:
    data = {
        "code": commitment.code,
        "title_en": commitment.title_en,
        "title_fr": commitment.title_fr,
        "pillar": commitment.pillar,
        "lead": commitment.lead,
        "items-TOTAL_FORMS": str(len(items)),
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
    }
    for number, (page, requirement) in enumerate(items):
        data[f"items-{number}-page"] = str(page.pk) if page else ""
        data[f"items-{number}-requirement"] = str(requirement.pk) if requirement else ""
        data[f"items-{number}-ORDER"] = str(number + 1)
        data[f"items-{number}-id"] = ""
        data[f"items-{number}-DELETE"] = ""
    return data


def _trainer_client() -> Client:
    client = Client()
    client.force_login(factories.trainer())
    return client


def test_the_plans_commitments_are_seeded_in_both_languages():
    commitments = {commitment.code: commitment for commitment in Commitment.objects.all()}
    assert {"1.11", "2.11", "2.13", "3.11", "3.12", "3.14", "4.11", "4.12", "4.13"} <= set(
        commitments
    )
    assert commitments["3.11"].pillar == "prosecution"
    assert "CBSA" in commitments["3.11"].lead
    assert all(commitment.title_en and commitment.title_fr for commitment in commitments.values())


def test_a_trainer_tags_a_course_a_briefing_and_a_requirement():
    course, lessons = factories.course()
    briefing = factories.briefing()
    requirement = make_requirement(courses=[course])
    commitment = Commitment.objects.get(code="3.11")
    client = _trainer_client()
    address = f"/admin/reporting/commitments/edit/{commitment.pk}/"
    assert client.get(address).status_code == 200
    response = client.post(
        address,
        _form(commitment, [(course, None), (briefing, None), (None, requirement)]),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    tagged = {
        (item.kind, str(item.item_key))
        for item in CommitmentItem.objects.filter(commitment=commitment)
    }
    assert tagged == {
        ("course", str(course.translation_key)),
        ("briefing", str(briefing.translation_key)),
        ("requirement", str(requirement.uuid)),
    }


def test_a_lesson_or_an_empty_line_cannot_be_tagged():
    _course, lessons = factories.course()
    commitment = Commitment.objects.get(code="2.13")
    client = _trainer_client()
    address = f"/admin/reporting/commitments/edit/{commitment.pk}/"
    response = client.post(address, _form(commitment, [(lessons[0], None)]))
    assert response.status_code == 200
    assert "Choose a course, a briefing or a workshop." in response.content.decode()
    response = client.post(address, _form(commitment, [(None, None)]))
    assert response.status_code == 200
    assert (
        "Choose either a course, briefing or workshop, or a requirement."
        in response.content.decode()
    )
    assert not CommitmentItem.objects.filter(commitment=commitment).exists()


def test_a_learner_cannot_edit_a_commitment():
    unit = factories.org_unit("YVR")
    client = Client()
    client.force_login(factories.learner(unit))
    commitment = Commitment.objects.get(code="3.11")
    response = client.get(f"/admin/reporting/commitments/edit/{commitment.pk}/")
    assert response.status_code in (302, 403)


def test_the_tagging_service_checks_as_the_admin_does_and_tags_once():
    from django.core.exceptions import ValidationError

    from reporting.services import commitment_tag

    course, lessons = factories.course()
    requirement = make_requirement(courses=[course])
    commitment = Commitment.objects.get(code="2.13")
    first = commitment_tag(commitment=commitment, page=course)
    assert (first.kind, first.item_key) == ("course", course.translation_key)
    assert commitment_tag(commitment=commitment, page=course).pk == first.pk
    tagged = commitment_tag(commitment=commitment, requirement=requirement)
    assert (tagged.kind, tagged.item_key) == ("requirement", requirement.uuid)
    with pytest.raises(ValidationError):
        commitment_tag(commitment=commitment, page=lessons[0])
    assert CommitmentItem.objects.filter(commitment=commitment).count() == 2
