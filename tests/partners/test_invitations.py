"""Invitations: a manager (or an administrator) invites one address into a unit of their
scope; the link makes an approved account in that unit and audiences; an expired, used
or altered link is refused with a page that says which."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from organisations.models import Audience, AuditEvent, LearnerProfile, User
from partners.models import Invitation
from tests import factories
from tests.partners.conftest import link_in, signs_in

pytestmark = pytest.mark.django_db

NEW = "/en/partners/invitations/new/"
ACCOUNT = {
    "first_name": "Ivy",
    "last_name": "Invited",
    "password": "long-enough-pass-9",
    "password_again": "long-enough-pass-9",
    "preferred_language": "en",
}


@pytest.fixture
def outreach():
    return Audience.objects.create(
        code="outreach", name_en="Outreach worker", name_fr="Intervenant de proximité"
    )


@pytest.fixture
def invited(client, shelter, shelter_manager, outreach):
    """The shelter's manager invited ivy@shelter.example.org; the link from her e-mail."""
    client.force_login(shelter_manager)
    response = client.post(
        NEW,
        {
            "email": "Ivy@Shelter.example.org",
            "org_unit": shelter.pk,
            "audiences": [outreach.pk],
            "days": 7,
        },
    )
    assert response.status_code == 302
    client.logout()
    return link_in(mail.outbox[0])


def test_the_invitation_is_sent_in_both_languages(invited):
    message = mail.outbox[0]
    assert message.to == ["ivy@shelter.example.org"]
    assert "/en/partners/invitation/" in message.body
    assert "/fr/partenaires/accueil/" in message.body
    assert "Harbour Shelter" in message.body


def test_the_link_makes_an_approved_account_in_the_unit_and_audiences(
    client, invited, shelter, outreach
):
    page = client.get(invited)
    assert page.status_code == 200
    assert "ivy@shelter.example.org" in page.content.decode()

    response = client.post(invited, ACCOUNT)

    assert response.status_code == 302
    profile = LearnerProfile.objects.get(user__email="ivy@shelter.example.org")
    assert profile.org_unit == shelter
    assert profile.awaiting_approval is False
    assert list(profile.audiences.all()) == [outreach]
    assert Invitation.objects.get().used_at is not None
    event = AuditEvent.objects.get(action=AuditEvent.Action.PARTNER_DECIDED)
    assert event.detail["decision"] == "approved" and "by_invitation" in event.detail
    assert signs_in(client, "ivy@shelter.example.org", ACCOUNT["password"])


def test_a_used_invitation_is_refused(client, invited):
    client.post(invited, ACCOUNT)
    client.logout()

    again = client.get(invited)

    assert again.status_code == 410
    assert "already used" in again.content.decode()
    assert User.objects.filter(email="ivy@shelter.example.org").count() == 1


def test_an_expired_invitation_is_refused(client, invited):
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    for response in (client.get(invited), client.post(invited, ACCOUNT)):
        assert response.status_code == 410
        assert "has expired" in response.content.decode()
    assert not User.objects.filter(email="ivy@shelter.example.org").exists()


def test_an_altered_invitation_is_refused(client, invited):
    altered = invited.replace("/invitation/", "/invitation/x")

    response = client.post(altered, ACCOUNT)

    assert response.status_code == 400
    assert "was altered" in response.content.decode()
    assert not User.objects.filter(email="ivy@shelter.example.org").exists()


def test_a_weak_password_is_refused_and_the_link_still_works(client, invited):
    response = client.post(invited, {**ACCOUNT, "password": "ivy", "password_again": "ivy"})

    assert response.status_code == 200
    assert "Password: This password is too short." in response.content.decode()
    assert client.post(invited, ACCOUNT).status_code == 302


def test_a_manager_invites_only_into_their_own_units(client, units, shelter, police_manager):
    client.force_login(police_manager)

    response = client.post(NEW, {"email": "x@y.org", "org_unit": shelter.pk, "days": 7})

    assert response.status_code == 200
    assert "Unit: Select a valid choice." in response.content.decode()
    assert not Invitation.objects.exists() and mail.outbox == []


def test_an_address_with_an_account_is_not_invited(client, units, shelter, shelter_manager):
    factories.learner(units["yvr"], email="taken@example.org")
    client.force_login(shelter_manager)

    response = client.post(NEW, {"email": "taken@example.org", "org_unit": shelter.pk, "days": 7})

    assert "E-mail: Someone already signs in with this e-mail." in response.content.decode()
    assert not Invitation.objects.exists()


def test_the_expiry_is_bounded(client, shelter, shelter_manager):
    client.force_login(shelter_manager)

    response = client.post(NEW, {"email": "x@y.org", "org_unit": shelter.pk, "days": 400})

    assert "Link valid for (days): Ensure this value is less than or equal to 60." in (
        response.content.decode()
    )
    assert not Invitation.objects.exists()


def test_an_administrator_invites_into_any_unit(client, units):
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)

    client.post(NEW, {"email": "z@police.example.org", "org_unit": units["police"].pk, "days": 3})

    assert Invitation.objects.get().org_unit == units["police"]
