"""Approving and refusing: managers of the organisation's unit and administrators see
the registrations waiting for them and decide with a reason; the person is told by
e-mail; the decision is in the audit trail; a manager of another unit can neither see
nor decide them."""

import pytest
from django.core import mail

from organisations.models import AuditEvent, LearnerProfile
from partners.models import PartnerOrganisation, Registration
from tests import factories
from tests.partners.conftest import GOOD, link_in, signs_in

pytestmark = pytest.mark.django_db

LIST = "/en/partners/registrations/"


@pytest.fixture
def awaiting(client, shelter):
    """Rita registered in Harbour Shelter and confirmed her e-mail."""
    client.post("/en/partners/register/", GOOD)
    client.post(link_in(mail.outbox[0]))
    mail.outbox.clear()
    return Registration.objects.get(email=GOOD["email"])


def decide_path(registration) -> str:
    return f"{LIST}{registration.uuid}/"


def test_the_organisations_manager_sees_the_registration(client, awaiting, shelter_manager):
    client.force_login(shelter_manager)

    html = client.get(LIST).content.decode()

    assert "Rita Provider" in html
    assert decide_path(awaiting) in html
    assert client.get(decide_path(awaiting)).status_code == 200


def test_approving_counts_the_person_in_and_tells_them(client, awaiting, shelter_manager):
    client.force_login(shelter_manager)

    response = client.post(decide_path(awaiting), {"decision": "approve", "reason": ""})

    assert response.status_code == 302
    profile = LearnerProfile.objects.get(user__email=GOOD["email"])
    assert profile.awaiting_approval is False
    awaiting.refresh_from_db()
    assert awaiting.status == Registration.Status.APPROVED
    assert awaiting.decided_by == shelter_manager
    assert mail.outbox[0].to == [GOOD["email"]]
    assert "approved" in mail.outbox[0].subject
    event = AuditEvent.objects.get(action=AuditEvent.Action.PARTNER_DECIDED)
    assert event.actor == shelter_manager
    assert event.target_name == "Rita Provider"
    assert event.detail["decision"] == "approved"
    # Decided once: the list says so and is empty, and the page is gone.
    after = client.get(LIST).content.decode()
    assert "Rita Provider is approved." in after
    assert "No registration awaits your approval." in after
    assert client.get(decide_path(awaiting)).status_code == 404


def test_refusing_needs_a_reason(client, awaiting, shelter_manager):
    client.force_login(shelter_manager)

    response = client.post(decide_path(awaiting), {"decision": "refuse", "reason": " "})

    assert response.status_code == 200
    assert "Reason: Give the reason for refusing." in response.content.decode()
    awaiting.refresh_from_db()
    assert awaiting.status == Registration.Status.AWAITING
    assert mail.outbox == []


def test_refusing_closes_the_account_and_sends_the_reason(client, awaiting, shelter_manager):
    client.force_login(shelter_manager)

    client.post(decide_path(awaiting), {"decision": "refuse", "reason": "Not one of our staff."})

    awaiting.refresh_from_db()
    assert awaiting.status == Registration.Status.REFUSED
    assert awaiting.user.is_active is False
    assert "Not one of our staff." in mail.outbox[0].body
    event = AuditEvent.objects.get(action=AuditEvent.Action.PARTNER_DECIDED)
    assert event.detail["decision"] == "refused"
    assert event.detail["reason"] == "Not one of our staff."
    client.logout()
    assert not signs_in(client, GOOD["email"], GOOD["password"])


def test_a_manager_of_another_unit_can_neither_see_nor_decide(client, awaiting, police_manager):
    client.force_login(police_manager)

    assert "Rita Provider" not in client.get(LIST).content.decode()
    assert client.get(decide_path(awaiting)).status_code == 404
    response = client.post(decide_path(awaiting), {"decision": "approve"})

    assert response.status_code == 404
    awaiting.refresh_from_db()
    assert awaiting.status == Registration.Status.AWAITING
    assert LearnerProfile.objects.get(user__email=GOOD["email"]).awaiting_approval is True
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PARTNER_DECIDED).exists()
    assert mail.outbox == []


def test_a_learner_who_manages_nobody_is_refused_the_manager_pages(client, units, awaiting):
    client.force_login(factories.learner(units["yvr"]))

    assert client.get(LIST).status_code == 403
    assert client.post(decide_path(awaiting), {"decision": "approve"}).status_code == 403
    assert client.get("/en/partners/invitations/new/").status_code == 403
    awaiting.refresh_from_db()
    assert awaiting.status == Registration.Status.AWAITING


def test_signed_out_visitors_are_sent_to_sign_in(client, awaiting):
    response = client.get(LIST)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_new_organisation_waits_for_an_administrator(client, shelter, shelter_manager):
    client.post("/en/partners/register/", {**GOOD, "organisation": "Northern Outreach"})
    client.post(link_in(mail.outbox[0]))
    registration = Registration.objects.get()
    client.force_login(shelter_manager)
    assert "Rita Provider" not in client.get(LIST).content.decode()
    assert client.post(decide_path(registration), {"decision": "approve"}).status_code == 404

    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    page = client.get(decide_path(registration)).content.decode()
    assert "not in the list" in page
    client.post(decide_path(registration), {"decision": "approve"})

    unit = LearnerProfile.objects.get(user__email=GOOD["email"]).org_unit
    assert unit.partner_organisation.status == PartnerOrganisation.Status.ACCEPTED
    client.logout()
    assert "Northern Outreach" in client.get("/en/partners/register/").content.decode()


def test_the_pages_are_in_french(client, awaiting, shelter_manager):
    client.force_login(shelter_manager)

    html = client.get("/fr/partenaires/inscriptions/").content.decode()

    assert "Inscriptions de partenaires" in html
    assert f"/fr/partenaires/inscriptions/{awaiting.uuid}/" in html


def test_administrators_find_the_registrations_in_the_admin_menu(client):
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))

    html = client.get("/admin/").content.decode()

    assert "Partner registrations" in html
    assert "/en/partners/registrations/" in html
