"""Signing in with OpenID Connect against a real provider (django-oauth-toolkit, in a
process of its own): the platform's own endpoints over HTTP, the person at the provider
driven as their browser would be. Every refusal signs nobody in and creates nobody."""

import html

import pytest
from authlib.integrations.requests_client import OAuth2Session
from django.contrib.auth import SESSION_KEY

from identity import oidc
from identity.mapping import SESSION_PROVIDER_KEY
from identity.models import ClaimMapping, ExternalIdentity
from organisations.models import (
    Audience,
    AuditEvent,
    LearnerProfile,
    ManagerScope,
    UnitMembership,
    User,
)
from organisations.services import org_unit_create
from tests import factories
from tests.identity.oidc_provider.person import PersonAtProvider, query_of, with_query
from tests.identity.oidc_provider.runner import Application, TestProvider

CALLBACK = "http://testserver/sso/oidc/cbsa/callback/"
SIGNED_OUT = "http://testserver/sso/oidc/signed-out/"
PLATFORM = Application("platform-client", "platform-secret", [CALLBACK], [SIGNED_OUT])
OTHER = Application("other-client", "other-secret", [CALLBACK], [SIGNED_OUT], name="Other")

JANE = {
    "username": "jane",
    "first_name": "Jane",
    "last_name": "Doe",
    "email": "jane.doe@cbsa.example",
}
JANE_CLAIMS = {
    "employee_number": "E-1001",
    "unit": "yvr",
    "groups": ["bso", "unknown-audience"],
    "manages": ["yvr"],
    "role": ["trainer"],
    "locale": "fr-CA",
    "start_date": "2026-03-02",
}


@pytest.fixture(scope="module")
def provider():
    running = TestProvider(
        applications=[PLATFORM, OTHER],
        users=[JANE, {"username": "sam", "email": "sam@cbsa.example"}],
        claims={"jane": JANE_CLAIMS, "sam": {"unit": "nowhere"}},
    ).start()
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def configured(provider, settings, db):
    settings.OIDC_PROVIDERS = provider.platform_settings("cbsa", PLATFORM)
    agency = org_unit_create(code="cbsa", name_en="CBSA", name_fr="ASFC", kind="agency")
    unit = org_unit_create(code="yvr", name_en="YVR", name_fr="YVR", kind="unit", parent=agency)
    Audience.objects.create(code="bso", name_en="Border services officer", name_fr="ASF")
    ClaimMapping.objects.create(
        provider_key="oidc:cbsa",
        employee_number_claim="employee_number",
        start_date_claim="start_date",
        unit_code_claim="unit",
        audiences_claim="groups",
        manager_units_claim="manages",
        trainer_claim="role",
        trainer_value="trainer",
    )
    return unit


def start(client, *, next_url: str = "") -> str:
    """Press "Sign in with …": the address the platform sends the browser to."""
    response = client.get("/en/accounts/sign-in-with/cbsa/", {"next": next_url} if next_url else {})
    assert response.status_code == 302
    return response["Location"]


def signed_in(client) -> bool:
    return SESSION_KEY in client.session


def refused(response, status: int, text: str) -> None:
    assert response.status_code == status
    assert text in response.content.decode()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN_FAILED).exists()


def test_the_request_to_the_provider_uses_pkce_state_and_nonce(client, provider):
    query = query_of(start(client))
    assert query["client_id"] == PLATFORM.client_id
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) >= 43
    assert query["state"] and query["nonce"]
    assert query["redirect_uri"] == CALLBACK
    assert set(query["scope"].split()) == {"openid", "profile", "email"}


def test_a_new_person_is_provisioned_in_the_mapped_unit_audiences_and_roles(
    client, provider, configured
):
    back = PersonAtProvider("jane").answer(start(client, next_url="/en/my-learning/"))
    response = client.get(back)

    assert response.status_code == 302
    assert response["Location"] == "/en/my-learning/"
    user = User.objects.get(email="jane.doe@cbsa.example")
    assert signed_in(client) and int(client.session[SESSION_KEY]) == user.pk
    assert client.session[SESSION_PROVIDER_KEY] == "oidc:cbsa"
    assert (user.first_name, user.last_name) == ("Jane", "Doe")
    assert not user.has_usable_password()
    profile = user.learner_profile
    assert profile.org_unit == configured
    assert profile.employee_number == "E-1001"
    assert profile.preferred_language == "fr"
    assert str(profile.start_date) == "2026-03-02"
    assert [a.code for a in profile.audiences.all()] == ["bso"]
    assert UnitMembership.objects.filter(profile=profile, org_unit=configured).exists()
    assert ManagerScope.objects.filter(manager=user, org_unit=configured).exists()
    assert user.groups.filter(name="Editors").exists()
    assert ExternalIdentity.objects.get(user=user).provider_key == "oidc:cbsa"
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {AuditEvent.Action.SIGNED_IN, AuditEvent.Action.PERSON_PROVISIONED} <= actions


def test_signing_in_again_finds_the_same_person(client, provider):
    person = PersonAtProvider("jane")
    client.get(person.answer(start(client)))
    client.logout()
    client.get(person.answer(start(client)))
    assert signed_in(client)
    assert User.objects.filter(email="jane.doe@cbsa.example").count() == 1
    assert ExternalIdentity.objects.count() == 1


def test_an_existing_account_with_the_same_email_is_linked_not_duplicated(
    client, provider, configured
):
    existing = factories.learner(configured, email="Jane.Doe@cbsa.example", username="jdoe")
    client.get(PersonAtProvider("jane").answer(start(client)))
    assert int(client.session[SESSION_KEY]) == existing.pk
    assert User.objects.filter(email__iexact="jane.doe@cbsa.example").count() == 1
    assert ExternalIdentity.objects.get().user == existing
    existing.refresh_from_db()
    assert existing.has_usable_password()  # their password stays theirs


def test_an_existing_account_with_the_same_employee_number_is_linked(client, provider, configured):
    existing = factories.learner(configured, email="old-address@example.org")
    LearnerProfile.objects.filter(user=existing).update(employee_number="E-1001")
    client.get(PersonAtProvider("jane").answer(start(client)))
    assert int(client.session[SESSION_KEY]) == existing.pk
    assert User.objects.count() == 1


def test_an_answer_with_another_state_is_refused(client, provider):
    back = PersonAtProvider("jane").answer(start(client))
    response = client.get(with_query(back, state="forged-state"))
    refused(response, 400, "does not match a sign-in started here")
    assert not signed_in(client)
    assert not User.objects.exists()


def test_an_answer_used_twice_is_refused(client, provider):
    back = PersonAtProvider("jane").answer(start(client))
    client.get(back)
    client.logout()
    response = client.get(back)
    refused(response, 400, "does not match a sign-in started here")
    assert not signed_in(client)


def test_a_code_issued_to_another_client_is_refused(client, provider):
    authorize = with_query(start(client), client_id=OTHER.client_id)
    response = client.get(PersonAtProvider("jane").answer(authorize))
    refused(response, 403, "refused to confirm this sign-in")
    assert not signed_in(client)
    assert not User.objects.exists()


def test_an_id_token_with_another_nonce_is_refused(client, provider):
    authorize = with_query(start(client), nonce="a-nonce-the-platform-never-sent")
    response = client.get(PersonAtProvider("jane").answer(authorize))
    refused(response, 403, "could not be verified")
    assert not signed_in(client)
    assert not User.objects.exists()


def test_refusing_consent_at_the_provider_signs_nobody_in(client, provider):
    back = PersonAtProvider("jane").answer(start(client), allow=False)
    response = client.get(back)
    refused(response, 403, "did not sign you in")
    assert not signed_in(client)


def test_an_unknown_provider_is_a_clear_error(client):
    response = client.get("/en/accounts/sign-in-with/nowhere/")
    refused(response, 400, "This sign-in provider is not known.")
    response = client.get("/sso/oidc/nowhere/callback/?state=x&code=y")
    refused(response, 400, "This sign-in provider is not known.")
    response = client.get("/fr/comptes/connexion-avec/nowhere/")
    assert response.status_code == 400
    assert "Ce fournisseur de connexion est inconnu." in response.content.decode()


def test_a_provider_that_does_not_answer_is_a_clear_error(client, settings, provider):
    settings.OIDC_PROVIDERS = {
        "down": {**provider.platform_settings("x", PLATFORM)["x"], "issuer": "http://127.0.0.1:9"}
    }
    response = client.get("/en/accounts/sign-in-with/down/")
    refused(response, 502, "does not answer")


def test_claims_that_name_no_unit_refuse_a_newcomer(client, provider):
    response = client.get(PersonAtProvider("sam").answer(start(client)))
    refused(response, 403, "No unit has the code nowhere")
    assert not signed_in(client)
    assert not User.objects.exists()


def test_a_deactivated_person_is_refused(client, provider, configured):
    existing = factories.learner(configured, email="jane.doe@cbsa.example", is_active=False)
    response = client.get(PersonAtProvider("jane").answer(start(client)))
    refused(response, 403, "Your account is deactivated.")
    assert not signed_in(client)
    assert not ExternalIdentity.objects.filter(user=existing).exists()


def test_signing_out_ends_the_session_at_the_provider_too(client, provider):
    person = PersonAtProvider("jane")
    authorize = start(client)
    client.get(person.answer(authorize))
    assert not person.asks_for_password(authorize)

    response = client.post("/en/accounts/logout/")
    assert not signed_in(client)
    assert response.status_code == 200
    end_session = response.context["end_session_url"]
    assert f'href="{html.escape(end_session)}"' in response.content.decode()
    assert end_session.startswith(f"{provider.issuer}/logout/")
    assert query_of(end_session)["post_logout_redirect_uri"] == SIGNED_OUT
    back = person.browser.get(end_session, allow_redirects=False)
    assert back.status_code == 302
    assert back.headers["Location"].startswith(SIGNED_OUT)
    assert client.get(back.headers["Location"]).status_code == 302
    assert person.asks_for_password(authorize)


# The ID token checks, on real tokens from the provider.


def _tokens(provider, application: Application, *, nonce: str) -> dict:
    """A code flow run for ``application`` outside the platform: real signed tokens."""
    session = OAuth2Session(
        client_id=application.client_id,
        client_secret=application.client_secret,
        scope="openid profile email",
        redirect_uri=CALLBACK,
        code_challenge_method="S256",
    )
    verifier = "v" * 64
    url, state = session.create_authorization_url(
        f"{provider.issuer}/authorize/", code_verifier=verifier, nonce=nonce
    )
    back = PersonAtProvider("jane").answer(url)
    return session.fetch_token(
        f"{provider.issuer}/token/", authorization_response=back, code_verifier=verifier
    )


@pytest.fixture(scope="module")
def platform_token(provider):
    return _tokens(provider, PLATFORM, nonce="n-1")["id_token"]


def _check(provider, token: str, **kwargs) -> dict:
    configured = oidc.provider_get("cbsa")
    return oidc.id_token_claims(configured, oidc.discovery(configured), token, **kwargs)


def test_a_genuine_id_token_passes_the_checks(provider, platform_token):
    assert _check(provider, platform_token, nonce="n-1")["email"] == "jane.doe@cbsa.example"


def test_an_id_token_for_another_client_is_refused(provider):
    token = _tokens(provider, OTHER, nonce="n-2")["id_token"]
    with pytest.raises(oidc.SignInError) as refusal:
        _check(provider, token, nonce="n-2")
    assert refusal.value.status == 403 and "aud" in refusal.value.reason


def test_a_tampered_id_token_is_refused(provider, platform_token):
    header, payload, signature = platform_token.split(".")
    forged = ".".join(
        [header, payload, signature[:-6] + ("AAAAAA" if signature[-6:] != "AAAAAA" else "BBBBBB")]
    )
    with pytest.raises(oidc.SignInError):
        _check(provider, forged, nonce="n-1")


def test_an_expired_id_token_is_refused(provider, platform_token):
    import time

    with pytest.raises(oidc.SignInError) as refusal:
        _check(provider, platform_token, nonce="n-1", now=int(time.time()) + 2 * 86400)
    assert "exp" in refusal.value.reason.lower() or "expired" in refusal.value.reason.lower()


def test_an_unsigned_id_token_is_refused(provider, platform_token):
    import base64

    header = base64.urlsafe_b64encode(b'{"alg":"none"}').rstrip(b"=").decode()
    _header, payload, _signature = platform_token.split(".")
    with pytest.raises(oidc.SignInError):
        _check(provider, f"{header}.{payload}.", nonce="n-1")


def test_signing_out_a_person_who_used_a_password_stays_on_the_platform(client, configured):
    client.force_login(factories.learner(configured))
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert not signed_in(client)
