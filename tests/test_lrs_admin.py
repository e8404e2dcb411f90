"""The LRS's Wagtail admin screens: clients and their secrets, and the forwarding
screen, for administrators only; a secret is shown once, when it is set."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import override_settings
from django.utils import timezone

from lrs.models import ForwardedStatement, LRSClient
from lrs.services import statements_store
from tests import factories

pytestmark = pytest.mark.django_db

SECRET_ON_PAGE = re.compile(r'<code id="lrs-client-secret">([^<]+)</code>')
XAPI = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}


def xapi_get(client, key, secret):
    return client.get(
        "/xapi/statements", HTTP_AUTHORIZATION=factories.basic_auth(key, secret), **XAPI
    )


# Wagtail admin -------------------------------------------------------------------------


@pytest.fixture
def administrator(client):
    user = factories.UserFactory(is_superuser=True)
    client.force_login(user)
    return user


def test_admin_creates_a_client_and_shows_the_generated_secret_only_once(client, administrator):
    response = client.post(
        "/admin/lrs/clients/new/",
        {
            "name": "Agency LRS",
            "key": "agency",
            "secret": "",
            "scopes": ["statements/read", "statements/write"],
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    [secret] = SECRET_ON_PAGE.findall(response.content.decode())
    created = LRSClient.objects.get(key="agency")
    assert created.scopes == ["statements/write", "statements/read"]
    assert created.check_secret(secret)

    for url in [
        "/admin/lrs/clients/",
        f"/admin/lrs/clients/edit/{created.pk}/",
        f"/admin/lrs/clients/history/{created.pk}/",
    ]:
        page = client.get(url).content.decode()
        assert secret not in page
        assert created.secret_hash not in page
        assert created.secret_salt not in page


def test_admin_create_with_a_typed_secret_never_echoes_it(client, administrator):
    response = client.post(
        "/admin/lrs/clients/new/",
        {
            "name": "Reports",
            "key": "reports",
            "secret": "typed-secret-for-reports",
            "scopes": "all",
        },
    )
    assert response.status_code == 302
    assert LRSClient.objects.get(key="reports").check_secret("typed-secret-for-reports")
    follow = client.get(response["Location"]).content.decode()
    assert "typed-secret-for-reports" not in follow
    assert not LRSClient.objects.get(key="reports").is_active, "the box was left unticked"


def test_admin_refuses_a_short_typed_secret_and_unknown_scopes(client, administrator):
    response = client.post(
        "/admin/lrs/clients/new/",
        {"name": "X", "key": "x", "secret": "short", "scopes": ["everything-please"]},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "secret" in errors
    assert "scopes" in errors
    assert not LRSClient.objects.exists()


def test_admin_lists_clients_with_their_scopes(client, administrator):
    factories.lrs_client(key="agency", scopes=("statements/write", "state"))
    page = client.get("/admin/lrs/clients/").content.decode()
    assert "agency" in page
    assert "statements/write, state" in page


def test_admin_edit_form_has_scope_checkboxes_and_no_secret(client, administrator):
    lrs_client = factories.lrs_client(key="agency", scopes=("state",))
    page = client.get(f"/admin/lrs/clients/edit/{lrs_client.pk}/").content.decode()
    assert 'type="checkbox" name="scopes" value="statements/write"' in page
    assert 'name="secret"' not in page
    assert f"/admin/lrs/clients/rotate/{lrs_client.pk}/" in page


def test_admin_rotates_a_secret_and_the_old_one_stops_working(client, administrator):
    lrs_client = factories.lrs_client(key="agency", secret="the-old-secret-000")
    form = client.get(f"/admin/lrs/clients/rotate/{lrs_client.pk}/")
    assert form.status_code == 200
    assert 'name="secret"' in form.content.decode()
    response = client.post(f"/admin/lrs/clients/rotate/{lrs_client.pk}/", {"secret": ""})
    assert response.status_code == 200
    [secret] = SECRET_ON_PAGE.findall(response.content.decode())
    lrs_client.refresh_from_db()
    assert lrs_client.check_secret(secret)
    assert not lrs_client.check_secret("the-old-secret-000")
    assert xapi_get(client, "agency", "the-old-secret-000").status_code == 401
    assert xapi_get(client, "agency", secret).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/admin/lrs/clients/",
        "/admin/lrs/clients/new/",
        "/admin/lrs/clients/edit/{pk}/",
        "/admin/lrs/clients/rotate/{pk}/",
        "/admin/lrs/clients/delete/{pk}/",
        "/admin/lrs/forwarding/",
    ],
)
def test_admin_screens_are_forbidden_to_other_admin_users(client, url):
    lrs_client = factories.lrs_client()
    trainer = factories.trainer()
    client.force_login(trainer)
    assert client.get(url.format(pk=lrs_client.pk)).status_code == 403
    assert client.post(url.format(pk=lrs_client.pk), {"secret": ""}).status_code == 403
    assert lrs_client.check_secret("test-secret")


def test_the_change_lrsclient_permission_is_enough(client):
    user = factories.UserFactory()
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_lrsclient"),
    )
    client.force_login(user)
    assert client.get("/admin/lrs/clients/").status_code == 200
    assert client.get("/admin/lrs/clients/new/").status_code == 200


def test_admin_menu_shows_lrs_clients_to_administrators_only(client, administrator):
    assert "/admin/lrs/clients/" in client.get("/admin/").content.decode()
    client.force_login(factories.trainer())
    assert "/admin/lrs/clients/" not in client.get("/admin/").content.decode()


# Forwarding screen ---------------------------------------------------------------------


def _statement(n: int) -> dict:
    return {
        "actor": {"objectType": "Agent", "account": {"homePage": "http://x.example", "name": "a"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": f"http://x.example/activities/{n}"},
    }


def test_forwarding_screen_shows_the_backlog_and_the_latest_errors(client, administrator):
    with override_settings(LRS_FORWARD_URL="https://user:pw@lrs.agency.example/xapi/"):
        ids = list(statements_store(statements=[_statement(n) for n in range(4)]))
        ForwardedStatement.objects.filter(statement_id__in=ids[:2]).update(
            status=ForwardedStatement.Status.SENT, sent_at=timezone.now() - timedelta(hours=1)
        )
        ForwardedStatement.objects.filter(statement_id=ids[2]).update(
            attempts=3, last_error="HTTP 503 Service Unavailable: try later"
        )
        response = client.get("/admin/lrs/forwarding/")
        menu = client.get("/admin/").content.decode()

    assert response.status_code == 200
    backlog = response.context["backlog"]
    assert (backlog.pending, backlog.failing, backlog.sent_last_day) == (2, 1, 2)
    page = response.content.decode()
    assert "https://lrs.agency.example/xapi/" in page
    assert "pw@" not in page
    assert "HTTP 503 Service Unavailable: try later" in page
    assert ids[2] in page
    assert re.search(r'id="forwarding-pending">\s*2\s*<', page)
    assert "/admin/lrs/forwarding/" in menu


def test_forwarding_screen_says_when_forwarding_is_off_and_is_not_in_the_menu(
    client, administrator
):
    response = client.get("/admin/lrs/forwarding/")
    assert response.status_code == 200
    assert "Forwarding is off" in response.content.decode()
    assert "/admin/lrs/forwarding/" not in client.get("/admin/").content.decode()
