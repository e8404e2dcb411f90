"""Signing up: the form refuses what it must with an error naming the field, answers
the same whether the e-mail has an account or not, and sends a confirmation link that
works once, in the person's language, until it expires; until they confirm, nobody can
sign in."""

import time
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail, signing
from django.utils import timezone

from organisations.models import LearnerProfile, OrgUnit, User
from partners import links
from partners.models import PartnerOrganisation, Registration
from tests import factories
from tests.partners.conftest import GOOD, link_in, signs_in

pytestmark = pytest.mark.django_db

REGISTER = "/en/partners/register/"


def register(client, **changes):
    return client.post(REGISTER, {**GOOD, **changes})


def test_the_sign_in_page_leads_to_the_registration_form(client, shelter):
    sign_in = client.get("/en/accounts/login/").content.decode()
    assert 'href="/en/partners/register/"' in sign_in
    page = client.get(REGISTER)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Register as a partner" in html
    # The organisation list offers the open partner organisations.
    assert '<option value="Harbour Shelter">' in html


def test_a_registration_sends_a_confirmation_link_and_makes_no_account_yet(client, shelter):
    response = register(client)

    assert response.status_code == 302
    assert response["Location"] == "/en/partners/register/sent/"
    assert not User.objects.filter(email=GOOD["email"]).exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [GOOD["email"]]
    assert "Confirm your e-mail" in mail.outbox[0].subject
    assert link_in(mail.outbox[0]).startswith("/en/partners/confirm/")
    # Nobody can sign in before confirming.
    assert not signs_in(client, GOOD["email"], GOOD["password"])


def test_confirming_makes_a_learner_awaiting_approval_who_can_sign_in(client, shelter):
    register(client)
    path = link_in(mail.outbox[0])

    assert client.get(path).status_code == 200
    assert not User.objects.filter(email=GOOD["email"]).exists()  # opening is not enough
    response = client.post(path)

    assert response.status_code == 200
    assert "Your e-mail is confirmed" in response.content.decode()
    profile = LearnerProfile.objects.get(user__email=GOOD["email"])
    assert profile.awaiting_approval is True
    assert profile.org_unit == shelter
    assert profile.user.get_full_name() == "Rita Provider"
    assert Registration.objects.get().status == Registration.Status.AWAITING
    assert signs_in(client, GOOD["email"], GOOD["password"])
    assert client.get("/en/my-learning/").status_code == 200


def test_the_confirmation_is_in_french_for_a_french_speaker(client, shelter):
    client.post("/fr/partenaires/inscription/", {**GOOD, "preferred_language": "fr"})

    message = mail.outbox[0]
    assert "Confirmez votre courriel" in message.subject
    assert "Bonjour Rita" in message.body
    path = link_in(message)
    assert path.startswith("/fr/partenaires/")
    assert client.post(path).status_code == 200
    assert LearnerProfile.objects.get(user__email=GOOD["email"]).preferred_language == "fr"


def test_a_used_confirmation_link_is_refused_with_a_clear_page(client, shelter):
    register(client)
    path = link_in(mail.outbox[0])
    client.post(path)

    for again in (client.get(path), client.post(path)):
        assert again.status_code == 410
        assert "already confirmed" in again.content.decode()
    assert User.objects.filter(email=GOOD["email"]).count() == 1


def test_an_altered_confirmation_link_is_refused_and_changes_nothing(client, shelter):
    register(client)
    path = link_in(mail.outbox[0])
    altered = path[:-3] + ("AAA" if not path.endswith("AAA/") else "BBB") + "/"

    for response in (client.get(altered), client.post(altered)):
        assert response.status_code == 400
        assert "was altered" in response.content.decode()
    assert not User.objects.filter(email=GOOD["email"]).exists()


def test_an_expired_confirmation_link_is_refused(client, shelter):
    days_ago = time.time() - (links.CONFIRMATION_DAYS * 86400 + 60)
    with mock.patch.object(
        signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(int(days_ago))
    ):
        register(client)
    path = link_in(mail.outbox[0])

    response = client.post(path)

    assert response.status_code == 410
    assert "has expired" in response.content.decode()
    assert "Register again" in response.content.decode()
    assert not User.objects.filter(email=GOOD["email"]).exists()


def test_a_bad_email_is_refused_naming_the_field(client, shelter):
    response = register(client, email="not-an-address")

    assert response.status_code == 200
    html = response.content.decode()
    assert "E-mail: Enter a valid email address." in html
    assert 'aria-invalid="true"' in html
    assert not Registration.objects.exists() and mail.outbox == []


def test_a_weak_password_is_refused_by_the_sites_password_rules(client, shelter):
    response = register(client, password="rita", password_again="rita")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Password: This password is too short." in html
    assert not Registration.objects.exists() and mail.outbox == []


def test_two_different_passwords_are_refused(client, shelter):
    response = register(client, password_again="another-long-pass-9")

    assert "Password again: The two passwords differ." in response.content.decode()
    assert not Registration.objects.exists()


def test_an_email_with_an_account_gets_the_same_answer_and_a_note_instead_of_a_link(
    client, units, shelter
):
    factories.learner(units["yvr"], username="rita", email=GOOD["email"])

    response = register(client)

    assert response.status_code == 302
    assert response["Location"] == "/en/partners/register/sent/"
    assert not Registration.objects.exists()
    assert len(mail.outbox) == 1
    assert "already has an account" in mail.outbox[0].body
    assert "/partners/confirm/" not in mail.outbox[0].body


def test_registering_again_before_confirming_replaces_the_first_link(client, shelter):
    register(client)
    first = link_in(mail.outbox[0])
    register(client, first_name="Rita-Marie")
    second = link_in(mail.outbox[1])

    assert client.post(first).status_code == 400
    assert client.post(second).status_code == 200
    assert User.objects.get(email=GOOD["email"]).first_name == "Rita-Marie"


def test_a_new_organisation_is_proposed_under_partner_organisations(client, shelter):
    register(client, organisation="Northern Outreach Centre")
    client.post(link_in(mail.outbox[0]))

    unit = LearnerProfile.objects.get(user__email=GOOD["email"]).org_unit
    assert unit.name_en == "Northern Outreach Centre"
    assert unit.kind == OrgUnit.Kind.PARTNER
    assert unit.get_parent().code == "partner-organisations"
    assert unit.partner_organisation.status == PartnerOrganisation.Status.PENDING
    # Nobody else is offered it until an administrator accepts it.
    assert "Northern Outreach Centre" not in client.get(REGISTER).content.decode()


def test_too_many_registrations_from_one_address_are_refused(client, shelter):
    for number in range(10):
        register(client, email=f"person{number}@shelter.example.org")

    response = register(client, email="one-more@shelter.example.org")

    assert response.status_code == 429
    assert "Try again in an hour" in response.content.decode()
    assert not Registration.objects.filter(email="one-more@shelter.example.org").exists()


def test_one_address_is_sent_few_messages_however_often_it_is_registered(client, shelter):
    for _ in range(5):
        assert register(client).status_code == 302

    assert len(mail.outbox) == 3


def test_the_email_says_how_long_the_link_works(client, shelter):
    register(client)
    assert f"within {links.CONFIRMATION_DAYS} days" in mail.outbox[0].body


def test_sign_ups_nobody_confirmed_in_time_are_forgotten(client, shelter):
    register(client, email="old@shelter.example.org")
    Registration.objects.update(
        created_at=timezone.now() - timedelta(days=links.CONFIRMATION_DAYS, minutes=1)
    )

    register(client)

    assert list(Registration.objects.values_list("email", flat=True)) == [GOOD["email"]]
