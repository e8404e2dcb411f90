"""Administrators edit a provider's claim mapping in the Wagtail admin (under Settings)
and preview what sample claims would give, without anything being saved. Org units
carry the "local password sign-in" switch, and the sign-in page honours it."""

import json

import pytest
from django.contrib.auth import SESSION_KEY

from identity.models import ClaimMapping, ExternalIdentity
from organisations.models import Audience, AuditEvent, OrgUnit, User
from organisations.services import org_unit_create
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    admin = User.objects.create_superuser("root", "root@example.org", factories.PASSWORD)
    client.force_login(admin)
    return client


@pytest.fixture
def mapping():
    agency = org_unit_create(code="cbsa", name_en="CBSA", name_fr="ASFC", kind="agency")
    org_unit_create(code="yvr", name_en="YVR", name_fr="YVR", kind="unit", parent=agency)
    Audience.objects.create(code="bso", name_en="Border services officer", name_fr="ASF")
    return ClaimMapping.objects.create(
        provider_key="oidc:cbsa", unit_code_claim="unit", audiences_claim="groups"
    )


def test_mappings_are_listed_under_settings_with_a_preview_link(admin_client, mapping):
    response = admin_client.get("/admin/sign-in/claim-mappings/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "oidc:cbsa" in page
    assert f"/admin/sign-in/claim-mappings/{mapping.pk}/preview/" in page
    assert "/admin/sign-in/claim-mappings/" in admin_client.get("/admin/").content.decode()


def test_the_preview_shows_what_claims_give_and_saves_nothing(admin_client, mapping):
    sample = {"sub": "1", "given_name": "Jane", "email": "j@x.example", "unit": "yvr"}
    sample["groups"] = ["bso"]
    before = AuditEvent.objects.count()
    response = admin_client.post(
        f"/admin/sign-in/claim-mappings/{mapping.pk}/preview/", {"claims": json.dumps(sample)}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "CBSA › YVR" in page
    assert "Border services officer" in page
    assert "Jane" in page
    assert "would be refused" not in page
    assert not User.objects.exclude(username="root").exists()
    assert not ExternalIdentity.objects.exists()
    assert AuditEvent.objects.count() == before


def test_the_preview_names_the_problems(admin_client, mapping):
    response = admin_client.post(
        f"/admin/sign-in/claim-mappings/{mapping.pk}/preview/",
        {"claims": json.dumps({"sub": "1", "unit": "atlantis"})},
    )
    page = response.content.decode()
    assert "would be refused" in page
    assert "No unit has the code atlantis" in page


def test_the_preview_refuses_what_is_not_a_json_object(admin_client, mapping):
    url = f"/admin/sign-in/claim-mappings/{mapping.pk}/preview/"
    response = admin_client.post(url, {"claims": "{not json"})
    assert response.status_code == 200
    assert "This is not valid JSON" in response.content.decode()
    response = admin_client.post(url, {"claims": "[1, 2]"})
    assert "The claims must be a JSON object" in response.content.decode()


def test_the_preview_is_for_those_who_may_change_mappings(client, mapping):
    staff = factories.UserFactory(is_staff=True)
    client.force_login(staff)
    response = client.get(f"/admin/sign-in/claim-mappings/{mapping.pk}/preview/")
    assert response.status_code in (302, 403)


def test_editing_a_mapping_in_the_admin_is_audited(admin_client, mapping):
    form = {
        "provider_key": "oidc:cbsa",
        "given_name_claim": "given_name",
        "family_name_claim": "family_name",
        "email_claim": "email",
        "preferred_language_claim": "locale",
        "unit_code_claim": "department",
        "audiences_claim": "groups",
    }
    response = admin_client.post(f"/admin/sign-in/claim-mappings/edit/{mapping.pk}/", form)
    assert response.status_code == 302
    event = AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN_SETTINGS_CHANGED).first()
    assert event.detail["unit_code_claim"] == ["unit", "department"]
    assert event.actor.username == "root"


def test_the_local_password_switch_is_on_the_org_unit_form(admin_client, mapping):
    unit = OrgUnit.objects.get(code="cbsa")
    response = admin_client.get(f"/admin/organisation/units/edit/{unit.pk}/")
    assert 'name="local_password_sign_in"' in response.content.decode()


# Local password sign-in, per organisation.


@pytest.fixture
def officer():
    agency = org_unit_create(code="asfc", name_en="CBSA", name_fr="ASFC", kind="agency")
    unit = org_unit_create(
        code="pac", name_en="Pacific", name_fr="Pacifique", parent=agency, kind="region"
    )
    user = factories.learner(unit, username="officer")
    ExternalIdentity.objects.create(provider_key="oidc:cbsa", subject="s-1", user=user)
    agency.local_password_sign_in = False
    agency.save()
    return user


def sign_in(client, username):
    return client.post(
        "/en/accounts/login/", {"username": username, "password": factories.PASSWORD}
    )


def test_a_password_is_refused_where_the_organisation_turned_it_off(client, settings, officer):
    settings.OIDC_PROVIDERS = {
        "cbsa": {"issuer": "http://localhost:1/o", "client_id": "x", "name_en": "CBSA account"}
    }
    response = sign_in(client, "officer")
    assert response.status_code == 200
    page = response.content.decode()
    assert "does not allow signing in with a password here" in page
    assert "Sign in with CBSA account" in page
    assert SESSION_KEY not in client.session
    failed = AuditEvent.objects.get(action=AuditEvent.Action.SIGN_IN_FAILED)
    assert failed.detail["reason"] == "local password sign-in off"


def test_the_refusal_is_in_french_on_the_french_page(client, officer):
    response = client.post(
        "/fr/comptes/connexion/", {"username": "officer", "password": factories.PASSWORD}
    )
    assert "ne permet pas de se connecter avec un mot de passe" in response.content.decode()


def test_the_administration_refuses_the_password_too(client, officer):
    response = client.post("/admin/login/", {"username": "officer", "password": factories.PASSWORD})
    assert "does not allow signing in with a password here" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_others_and_superusers_keep_their_password(client, officer):
    other = factories.learner(
        org_unit_create(code="open", name_en="Open", name_fr="Ouvert", kind="agency"),
        username="elsewhere",
    )
    assert sign_in(client, "elsewhere").status_code == 302
    client.logout()
    officer.is_superuser = True
    officer.save()
    assert sign_in(client, "officer").status_code == 302
    assert other.pk


def test_a_mapping_needs_a_provider_kind_and_key(admin_client):
    response = admin_client.post("/admin/sign-in/claim-mappings/new/", {"provider_key": "cbsa"})
    assert response.status_code == 200
    assert "Write the kind and the key, for example oidc:cbsa" in response.content.decode()
    assert not ClaimMapping.objects.exists()
