"""What every response tells the browser: a content security policy that runs only the
site's own scripts, no access to cameras or microphones, no caching of personal pages,
sessions that end with the working day, and, in production, HTTPS only."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from courses.services import lesson_complete
from packages.services import package_import
from packages.views import content_security_policy
from tests import factories
from tests.packages import fixtures as package_files

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def policy_of(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.fixture
def learner(units, course):
    user = factories.learner(units["yvr"])
    lesson_complete(user=user, lesson=course[1][0], language="en")
    return user


@pytest.fixture
def manager(units):
    return factories.manager(units["region"])


def test_site_pages_carry_a_policy_that_runs_only_the_sites_own_scripts(client, home):
    response = client.get("/en/")
    policy = policy_of(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    nonce = BeautifulSoup(response.content, "html.parser").find("meta", {"name": "csp-nonce"})
    assert f"'nonce-{nonce['content']}'" in policy["style-src"]


def test_the_nonce_is_new_for_every_response(client, home):
    first = policy_of(client.get("/en/"))["style-src"]
    second = policy_of(client.get("/en/"))["style-src"]
    assert first != second


def test_pages_have_no_inline_script_or_style_the_policy_would_refuse(client, course, learner):
    course_page, lessons = course
    client.force_login(learner)
    for path in (
        "/en/",
        course_page.get_url(),
        lessons[0].get_url(),
        "/en/my-learning/",
        "/en/certificates/",
        "/fr/mon-apprentissage/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        soup = BeautifulSoup(response.content, "html.parser")
        for script in soup.find_all("script"):
            assert script.get("src") or script.get("type") == "application/json", (path, script)
        assert not soup.find_all(style=True), path
        assert not soup.find_all("style"), path
        handlers = [t for t in soup.find_all(True) if any(a.startswith("on") for a in t.attrs)]
        assert not handlers, path


def test_the_admin_has_its_own_policy_for_wagtails_inline_scripts(client):
    response = client.get("/admin/login/")
    policy = policy_of(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert not any(value.startswith("'nonce-") for value in policy["script-src"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_the_player_frames_package_files_which_keep_their_own_sandboxing_policy(
    client, settings, tmp_path
):
    settings.PACKAGES_ROOT = tmp_path / "packages"
    archive = tmp_path / "p.zip"
    archive.write_bytes(package_files.zip_bytes(package_files.scorm_package("1.2")))
    version = package_import(path=archive, filename="p.zip")
    client.force_login(factories.UserFactory())
    player = client.get(f"/en/packages/{version.package.key}/")
    assert player.status_code == 200
    assert "'self'" in policy_of(player)["frame-src"]
    assert policy_of(player)["script-src"] == ["'self'"]
    response = client.get(f"/packages/content/{version.uuid}/sco1/index.html")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == content_security_policy()
    assert "sandbox allow-scripts" in response["Content-Security-Policy"]


def test_the_player_may_frame_a_cmi5_unit_hosted_on_its_publishers_site(client, settings, tmp_path):
    settings.PACKAGES_ROOT = tmp_path / "packages"
    archive = tmp_path / "c.zip"
    unit = package_files.au("https://example.org/au/1", "https://units.example.org/au1/index.html")
    archive.write_bytes(package_files.zip_bytes({"cmi5.xml": package_files.cmi5_xml(unit)}))
    version = package_import(path=archive, filename="c.zip")
    client.force_login(factories.UserFactory())
    response = client.get(f"/en/packages/{version.package.key}/")
    assert response.status_code == 200
    frames = policy_of(response)["frame-src"]
    assert "'self'" in frames
    assert "https://units.example.org" in frames
    assert "https://units.example.org" not in policy_of(client.get("/en/my-learning/"))["frame-src"]


def test_every_page_refuses_camera_microphone_and_location(client, home):
    for path in ("/en/", "/en/accounts/login/", "/admin/login/", "/healthz"):
        response = client.get(path)
        features = dict(
            item.strip().split("=", 1) for item in response["Permissions-Policy"].split(",")
        )
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert features[feature] == "()", (path, feature)
        assert response["Referrer-Policy"] == "same-origin"


def test_personal_pages_are_never_stored_by_any_cache(client, units, course, learner, manager):
    client.force_login(learner)
    for path in ("/en/my-learning/", "/en/my-learning/required/", "/en/certificates/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "no-store" in response["Cache-Control"], path
        assert "private" in response["Cache-Control"], path
    client.force_login(manager)
    for path in (
        "/en/dashboard/",
        "/en/dashboard/compliance/",
        f"/en/dashboard/units/{units['yvr'].pk}/learners/",
        f"/en/dashboard/learners/{learner.uuid}/",
        "/en/dashboard/export/learners.csv",
        "/en/dashboard/export/units.xlsx",
        "/en/certificates/unit/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "no-store" in response["Cache-Control"], path
    client.logout()
    assert "no-store" not in client.get("/en/").get("Cache-Control", ""), "public pages may"


def test_a_sign_in_lasts_one_working_day_by_default(home):
    client = Client()
    user = factories.UserFactory()
    response = client.post(
        "/en/accounts/login/", {"username": user.username, "password": factories.PASSWORD}
    )
    assert response.status_code == 302
    assert client.cookies["sessionid"]["max-age"] == 8 * 3600


def _run_with_production_settings(tmp_path, *args, **extra_env) -> subprocess.CompletedProcess:
    # Browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployment would not.
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
        **extra_env,
    }
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_deploy_check_passes_without_a_single_warning_in_production(tmp_path):
    result = _run_with_production_settings(
        tmp_path,
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        CONTENT_ORIGIN="https://content.training.example.ca",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_the_deploy_check_asks_for_an_origin_for_package_content(tmp_path):
    result = _run_with_production_settings(
        tmp_path, "manage.py", "check", "--deploy", "--fail-level", "WARNING"
    )
    assert result.returncode != 0
    assert "packages.W001" in result.stdout + result.stderr


PRODUCTION_PROBE = """
import json
import django
django.setup()
from django.conf import settings
from django.test import Client

client = Client(HTTP_HOST="localhost")
health = client.get("/healthz")
page = client.get("/en/")
secure = client.get("/healthz", HTTP_X_FORWARDED_PROTO="https")
print(json.dumps({
    "health": health.status_code,
    "page": page.status_code,
    "page_location": page.get("Location", ""),
    "hsts": secure.get("Strict-Transport-Security", ""),
    "session_age": settings.SESSION_COOKIE_AGE,
}))
"""


def test_production_redirects_to_https_sends_hsts_and_lets_the_health_check_through(tmp_path):
    result = _run_with_production_settings(
        tmp_path, "-c", PRODUCTION_PROBE, SESSION_COOKIE_AGE_SECONDS="3600"
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["health"] == 200
    assert probe["page"] == 301
    assert probe["page_location"] == "https://localhost/en/"
    assert re.fullmatch(r"max-age=31536000; includeSubDomains; preload", probe["hsts"])
    assert probe["session_age"] == 3600
