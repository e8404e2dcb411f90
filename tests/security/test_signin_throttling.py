"""Guessing passwords and LRS secrets: the site's sign-in, the admin's and the LRS's
HTTP Basic credentials each stop answering a guesser long before a guess can land."""

import uuid

import pytest
from django.core.management import call_command
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db

SITE_SIGN_IN = "/en/accounts/login/"
ADMIN_SIGN_IN = "/admin/login/"


def _sign_in(client, path, username, password, address="192.0.2.10"):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=address)


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def user(db):
    return factories.UserFactory()


@pytest.fixture
def staff(db):
    return factories.UserFactory(is_superuser=True, is_staff=True)


def test_a_hundred_wrong_passwords_then_the_right_one_does_not_sign_in_on_the_site(user):
    client = Client()
    for _attempt in range(100):
        _sign_in(client, SITE_SIGN_IN, user.username, "wrong-password")
    response = _sign_in(client, SITE_SIGN_IN, user.username, factories.PASSWORD)
    assert response.status_code == 429
    assert not _signed_in(client)
    assert int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "Sign-in paused" in body
    assert "training administrator" in body


def test_a_hundred_wrong_passwords_then_the_right_one_does_not_sign_in_to_the_admin(staff):
    client = Client()
    for _attempt in range(100):
        _sign_in(client, ADMIN_SIGN_IN, staff.username, "wrong-password")
    response = _sign_in(client, ADMIN_SIGN_IN, staff.username, factories.PASSWORD)
    assert response.status_code == 429
    assert not _signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_the_lockout_starts_at_the_configured_number_of_failures(user, settings):
    settings.AXES_FAILURE_LIMIT = 3
    client = Client()
    statuses = [
        _sign_in(client, SITE_SIGN_IN, user.username, "wrong-password").status_code
        for _attempt in range(3)
    ]
    assert statuses == [200, 200, 429]


def test_the_lockout_page_speaks_french_on_the_french_sign_in(user, settings):
    settings.AXES_FAILURE_LIMIT = 1
    response = _sign_in(Client(), "/fr/comptes/connexion/", user.username, "wrong-password")
    assert response.status_code == 429
    body = response.content.decode()
    assert 'lang="fr"' in body
    assert "Connexion suspendue" in body


def test_a_username_padded_with_spaces_counts_as_the_same_username(user, settings):
    settings.AXES_FAILURE_LIMIT = 3
    client = Client()
    for padding in ("", " ", "  "):
        _sign_in(client, SITE_SIGN_IN, user.username + padding, "wrong-password")
    response = _sign_in(client, SITE_SIGN_IN, f" {user.username}", factories.PASSWORD)
    assert response.status_code == 429
    assert not _signed_in(client)


def test_a_lockout_from_one_address_leaves_the_account_usable_from_another(user):
    guesser = Client()
    for _attempt in range(20):
        _sign_in(guesser, SITE_SIGN_IN, user.username, "wrong-password", "192.0.2.66")
    locked = _sign_in(guesser, SITE_SIGN_IN, user.username, factories.PASSWORD, "192.0.2.66")
    assert locked.status_code == 429
    learner = Client()
    response = _sign_in(learner, SITE_SIGN_IN, user.username, factories.PASSWORD, "192.0.2.20")
    assert response.status_code == 302
    assert _signed_in(learner)


def test_an_administrator_unlocks_a_username_with_the_axes_reset_command(user):
    client = Client()
    for _attempt in range(10):
        _sign_in(client, SITE_SIGN_IN, user.username, "wrong-password")
    assert _sign_in(client, SITE_SIGN_IN, user.username, factories.PASSWORD).status_code == 429
    call_command("axes_reset_username", user.username, stdout=open("/dev/null", "w"))
    response = _sign_in(client, SITE_SIGN_IN, user.username, factories.PASSWORD)
    assert response.status_code == 302
    assert _signed_in(client)


def test_a_successful_sign_in_forgets_the_earlier_mistakes(user, settings):
    settings.AXES_FAILURE_LIMIT = 3
    client = Client()
    for _attempt in range(2):
        _sign_in(client, SITE_SIGN_IN, user.username, "wrong-password")
    assert _sign_in(client, SITE_SIGN_IN, user.username, factories.PASSWORD).status_code == 302
    other = Client()
    statuses = [
        _sign_in(other, SITE_SIGN_IN, user.username, "wrong-password").status_code
        for _attempt in range(3)
    ]
    assert statuses == [200, 200, 429]


# The LRS: every test uses an address of its own, since the throttle lives in the cache,
# which outlives a test (and, on Redis, a test run).


def _address() -> str:
    return f"2001:db8::{uuid.uuid4().hex[:4]}:{uuid.uuid4().hex[:4]}"


def _statements(client, address, secret="test-secret"):
    return client.get(
        "/xapi/statements",
        HTTP_AUTHORIZATION=factories.basic_auth(secret=secret),
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
        REMOTE_ADDR=address,
    )


@pytest.fixture
def lrs_limit(settings):
    settings.LRS_AUTH_FAILURE_LIMIT = 20
    settings.LRS_AUTH_FAILURE_WINDOW = 300
    return settings.LRS_AUTH_FAILURE_LIMIT


def test_a_hundred_wrong_lrs_secrets_from_one_address_are_answered_429(
    client, lrs_client, lrs_limit
):
    address = _address()
    statuses = [_statements(client, address, f"guess-{n}").status_code for n in range(100)]
    assert statuses[:lrs_limit] == [401] * lrs_limit
    assert set(statuses[lrs_limit:]) == {429}
    response = _statements(client, address)
    assert response.status_code == 429, "the right secret must not get through either"
    assert 0 < int(response["Retry-After"]) <= 300
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert "Retry-After" in response["Access-Control-Expose-Headers"]
    assert response.json()["error"].startswith("Authorization: ")


def test_a_held_off_address_cannot_use_a_request_without_a_version_as_an_oracle(
    client, lrs_client, lrs_limit
):
    address = _address()
    for n in range(lrs_limit):
        _statements(client, address, f"guess-{n}")
    response = client.get(
        "/xapi/statements", HTTP_AUTHORIZATION=factories.basic_auth(), REMOTE_ADDR=address
    )
    assert response.status_code == 429
    assert "Retry-After" in response


def test_a_good_client_elsewhere_is_not_held_off_by_a_guesser(client, lrs_client, lrs_limit):
    guesser = _address()
    for n in range(lrs_limit + 5):
        _statements(client, guesser, f"guess-{n}")
    assert _statements(client, guesser).status_code == 429
    assert _statements(client, _address()).status_code == 200


def test_requests_with_good_credentials_never_count_against_their_address(
    client, lrs_client, lrs_limit
):
    address = _address()
    good = {_statements(client, address).status_code for _request in range(lrs_limit + 5)}
    assert good == {200}
    wrong = [_statements(client, address, f"guess-{n}").status_code for n in range(lrs_limit + 1)]
    assert wrong == [401] * lrs_limit + [429]
