"""LRS clients managed from the command line (``manage.py lrs_client``): a secret is shown
once, when it is set, and kept only as a hash."""

import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from lrs.models import LRSClient
from tests.lrs import support

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
        "/xapi/statements", HTTP_AUTHORIZATION=support.basic_auth(key, secret), **XAPI
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
    support.lrs_client(key="taken")
    with pytest.raises(CommandError, match="key"):
        run("create", "--name", "Again", "--key", "taken", "--scopes", "all")
    assert LRSClient.objects.count() == 1


def test_list_shows_each_client_key_name_scopes_and_whether_active():
    support.lrs_client(key="agency", scopes=("statements/write", "statements/read"))
    support.lrs_client(key="old-tool", scopes=("all",))
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
    support.lrs_client(key="leaving", secret="leaving-secret-0001")
    assert xapi_get(client, "leaving", "leaving-secret-0001").status_code == 200

    output = run("revoke", "--key", "leaving")

    assert "revoked" in output
    assert not LRSClient.objects.get(key="leaving").is_active
    assert xapi_get(client, "leaving", "leaving-secret-0001").status_code == 401


def test_revoke_of_an_unknown_key_is_an_error():
    with pytest.raises(CommandError, match="no LRS client has the key 'ghost'"):
        run("revoke", "--key", "ghost")
