"""LRS clients managed from the command line and the Wagtail admin, and the forwarding
screen: only administrators, and a secret is shown once, when it is set."""

import os
import re
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from lrs.models import ForwardedStatement, LRSClient
from lrs.services import statements_store
from tests import factories

pytestmark = pytest.mark.django_db

SECRET_ON_PAGE = re.compile(r'<code id="lrs-client-secret">([^<]+)</code>')
XAPI = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("lrs_client", *args, stdout=out)
    return out.getvalue()


def xapi_get(client, key, secret):
    return client.get(
        "/xapi/statements", HTTP_AUTHORIZATION=factories.basic_auth(key, secret), **XAPI
    )


# Command line --------------------------------------------------------------------------


def test_create_registers_a_client_whose_secret_is_kept_only_as_a_hash():
    output = run(
        "create",
        "--name",
        "Agency LRS",
        "--key",
        "agency",
        "--secret",
        "a-long-agency-secret",
        "--scopes",
        "statements/read, statements/write",
    )
    client = LRSClient.objects.get(key="agency")
    assert client.name == "Agency LRS"
    assert client.scopes == ["statements/write", "statements/read"]
    assert client.is_active
    assert client.check_secret("a-long-agency-secret")
    assert "a-long-agency-secret" not in client.secret_hash
    assert "a-long-agency-secret" not in output
    assert "agency" in output


def test_create_without_a_secret_prints_a_generated_one_once(client):
    output = run("create", "--name", "Reports", "--key", "reports", "--scopes", "all/read state")
    [secret] = re.findall(r"secret \(shown only now\): (\S+)", output)
    created = LRSClient.objects.get(key="reports")
    assert created.scopes == ["state", "all/read"]
    assert created.check_secret(secret)
    assert len(secret) >= 40
    assert xapi_get(client, "reports", secret).status_code == 200


def test_create_with_an_unknown_scope_exits_non_zero_naming_it(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "lrs_client", "create", "--name", "X", "--key", "x"]
        + ["--scopes", "statements/write,statments/read"],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "unknown scope 'statments/read'" in result.stderr
    assert "created" not in result.stdout


def test_an_unknown_scope_creates_nothing():
    with pytest.raises(CommandError, match="unknown scope 'everything'") as error:
        run("create", "--name", "X", "--key", "x", "--scopes", "all everything")
    assert error.value.returncode == 1
    assert not LRSClient.objects.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--secret", "too-short", "--scopes", "all"], "at least 16 characters"),
        (["--secret", "a-long-enough-secret", "--scopes", " , "], "at least one scope"),
    ],
)
def test_create_refuses_short_secrets_and_empty_scopes(args, message):
    with pytest.raises(CommandError, match=message):
        run("create", "--name", "X", "--key", "x", *args)
    assert not LRSClient.objects.exists()


def test_create_refuses_a_key_already_taken():
    factories.lrs_client(key="taken")
    with pytest.raises(CommandError, match="key"):
        run("create", "--name", "Again", "--key", "taken", "--scopes", "all")
    assert LRSClient.objects.count() == 1


def test_list_shows_each_client_key_name_scopes_and_whether_active():
    factories.lrs_client(key="agency", scopes=("statements/write", "statements/read"))
    factories.lrs_client(key="old-tool", scopes=("all",))
    run("revoke", "--key", "old-tool")
    lines = run("list").splitlines()
    assert lines[0].split() == ["KEY", "NAME", "SCOPES", "ACTIVE"]
    assert lines[1].split() == [
        "agency",
        "Client",
        "agency",
        "statements/write,statements/read",
        "yes",
    ]
    assert lines[2].split()[0] == "old-tool"
    assert lines[2].endswith("no")


def test_revoke_deactivates_the_client_and_its_requests_get_401(client):
    factories.lrs_client(key="leaving", secret="leaving-secret-0001")
    assert xapi_get(client, "leaving", "leaving-secret-0001").status_code == 200

    output = run("revoke", "--key", "leaving")

    assert "revoked" in output
    assert not LRSClient.objects.get(key="leaving").is_active
    assert xapi_get(client, "leaving", "leaving-secret-0001").status_code == 401


def test_revoke_of_an_unknown_key_is_an_error():
    with pytest.raises(CommandError, match="no LRS client has the key 'ghost'"):
        run("revoke", "--key", "ghost")


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
