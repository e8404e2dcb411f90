"""Where package content is served from: on a loopback name the player frames SCORM
content from the other loopback name through the runner, which holds the SCORM API on the
content's origin; without that origin the content runs in an opaque sandbox with the
API bridge; the ``CONTENT_ORIGIN`` host serves package content and nothing else."""

import uuid

import pytest
from django.test import Client

from packages.services import package_import
from tests import factories
from tests.packages import fixtures as f

pytestmark = pytest.mark.django_db

PLATFORM = "127.0.0.1:8000"
CONTENT = "localhost:8000"
SAME_ORIGIN = "allow-same-origin"


def directive(policy: str, name: str) -> str:
    """The value of one directive of a content security policy."""
    for part in policy.split(";"):
        words = part.strip().split(None, 1)
        if words and words[0] == name:
            return words[1] if len(words) > 1 else ""
    raise AssertionError(f"no {name} in {policy!r}")


def import_zip(write_file, files, name="p.zip"):
    return package_import(path=write_file(name, f.zip_bytes(files)), filename=name)


@pytest.fixture
def scorm12(write_file):
    return import_zip(write_file, f.scorm_package("1.2"), "s12.zip")


@pytest.fixture
def scorm2004(write_file):
    return import_zip(write_file, f.scorm_package("2004"), "s2004.zip")


@pytest.fixture
def xapi(write_file):
    return import_zip(write_file, f.tincan_package(), "x.zip")


@pytest.fixture
def cmi5(write_file):
    files = {"cmi5.xml": f.cmi5_xml(), "au1/index.html": "<html></html>"}
    return import_zip(write_file, files, "c.zip")


def player(client, version, host):
    return client.get(f"/en/packages/{version.package.key}/", HTTP_HOST=host)


def file_url(version, path="sco1/index.html"):
    return f"/packages/content/{version.uuid}/{path}"


def runner_url(version):
    return f"/packages/content/runner/{version.uuid}/"


# The player's page.


@pytest.mark.parametrize(
    "platform, content", [(PLATFORM, CONTENT), (CONTENT, PLATFORM)], ids=["127", "localhost"]
)
def test_on_a_loopback_name_the_player_frames_scorm_from_the_other_one(
    signed_in, scorm12, platform, content
):
    response = player(signed_in, scorm12, platform)
    assert response.status_code == 200
    config = response.context["config"]
    origin = f"http://{content}"
    assert config["contentOrigin"] == origin
    assert config["runnerUrl"] == f"{origin}/packages/content/runner/{scorm12.uuid}/"
    assert config["items"][0]["url"] == origin + file_url(scorm12)
    assert config["sandbox"].endswith(SAME_ORIGIN)
    frames = directive(response["Content-Security-Policy"], "frame-src").split()
    assert origin in frames
    assert f"http://{platform}" not in frames


def test_a_2004_package_gets_the_runner_too(signed_in, scorm2004):
    config = player(signed_in, scorm2004, PLATFORM).context["config"]
    assert config["runnerUrl"] == f"http://{CONTENT}/packages/content/runner/{scorm2004.uuid}/"


def test_without_the_loopback_pair_the_player_keeps_the_opaque_sandbox(
    signed_in, scorm12, settings
):
    settings.PACKAGES_LOOPBACK_CONTENT_ORIGIN = False
    response = player(signed_in, scorm12, PLATFORM)
    config = response.context["config"]
    assert config["contentOrigin"] == ""
    assert config["runnerUrl"] == ""
    assert SAME_ORIGIN not in config["sandbox"]
    assert config["items"][0]["url"] == file_url(scorm12)
    assert f"http://{CONTENT}" not in response["Content-Security-Policy"]


def test_on_a_host_that_is_not_loopback_the_player_keeps_the_opaque_sandbox(signed_in, scorm12):
    config = player(signed_in, scorm12, "testserver").context["config"]
    assert config["contentOrigin"] == ""
    assert config["runnerUrl"] == ""
    assert SAME_ORIGIN not in config["sandbox"]
    assert config["items"][0]["url"] == file_url(scorm12)


def test_xapi_content_stays_on_the_platforms_host_on_a_loopback_name(signed_in, xapi):
    config = player(signed_in, xapi, PLATFORM).context["config"]
    assert config["runnerUrl"] == ""
    assert SAME_ORIGIN not in config["sandbox"]
    assert config["items"][0]["url"].startswith(f"/packages/content/{xapi.uuid}/index.html?")


# Package files.


def test_a_scorm_file_on_the_content_host_runs_with_its_own_origin_without_the_bridge(
    client, scorm12
):
    response = client.get(file_url(scorm12), HTTP_HOST=CONTENT)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"<h1>Part one</h1>" in body
    assert b"sco-bridge.js" not in body
    assert b"cross-frame-api" not in body
    policy = response["Content-Security-Policy"]
    assert SAME_ORIGIN in directive(policy, "sandbox").split()
    assert f"http://{PLATFORM}" in directive(policy, "frame-ancestors").split()
    assert "Set-Cookie" not in response


def test_a_scorm_file_on_the_platforms_host_without_the_pair_gets_the_bridge(
    client, scorm12, settings
):
    settings.PACKAGES_LOOPBACK_CONTENT_ORIGIN = False
    response = client.get(file_url(scorm12), HTTP_HOST=PLATFORM)
    assert response.status_code == 200
    assert b"sco-bridge.js" in response.content
    policy = response["Content-Security-Policy"]
    assert SAME_ORIGIN not in directive(policy, "sandbox").split()
    assert f"http://{CONTENT}" not in policy


# The runner.


@pytest.mark.parametrize(
    "kind, script, other",
    [
        ("scorm12", "scorm12.min.js", "scorm2004.min.js"),
        ("scorm2004", "scorm2004.min.js", "scorm12.min.js"),
    ],
)
def test_the_runner_holds_the_api_of_its_packages_standard(request, client, kind, script, other):
    version = request.getfixturevalue(kind)
    response = client.get(runner_url(version), HTTP_HOST=CONTENT)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert f"vendor/scorm-again/{script}" in html
    assert other not in html
    assert "packages/runner.js" in html


def test_the_runners_policy_lets_only_the_platform_frame_it(client, scorm12):
    policy = client.get(runner_url(scorm12), HTTP_HOST=CONTENT)["Content-Security-Policy"]
    ancestors = directive(policy, "frame-ancestors").split()
    assert set(ancestors) == {f"http://{PLATFORM}", "http://testserver"}
    assert directive(policy, "script-src") == "'self'"
    assert directive(policy, "default-src") == "'none'"
    sandbox = directive(policy, "sandbox").split()
    assert SAME_ORIGIN in sandbox and "allow-scripts" in sandbox


def test_the_runner_sets_no_cookie_even_for_a_signed_in_browser(signed_in, scorm12):
    response = signed_in.get(runner_url(scorm12), HTTP_HOST=CONTENT)
    assert response.status_code == 200
    assert "Set-Cookie" not in response
    assert not response.cookies
    assert "csrf" not in response.content.decode().lower()


def test_the_runner_opened_as_a_page_of_its_own_is_refused(client, scorm12):
    response = client.get(runner_url(scorm12), HTTP_HOST=CONTENT, HTTP_SEC_FETCH_DEST="document")
    assert response.status_code == 403
    assert b"scorm12.min.js" not in response.content


def test_the_runner_in_a_frame_is_served(client, scorm12):
    response = client.get(runner_url(scorm12), HTTP_HOST=CONTENT, HTTP_SEC_FETCH_DEST="iframe")
    assert response.status_code == 200


def test_the_runner_of_an_unknown_version_is_404(client):
    response = client.get(f"/packages/content/runner/{uuid.uuid4()}/", HTTP_HOST=CONTENT)
    assert response.status_code == 404


@pytest.mark.parametrize("kind", ["xapi", "cmi5"])
def test_there_is_no_runner_for_packages_without_the_scorm_run_time(request, client, kind):
    version = request.getfixturevalue(kind)
    assert client.get(runner_url(version), HTTP_HOST=CONTENT).status_code == 404


def test_there_is_no_runner_on_the_platforms_host_without_the_pair(client, scorm12, settings):
    settings.PACKAGES_LOOPBACK_CONTENT_ORIGIN = False
    assert client.get(runner_url(scorm12), HTTP_HOST=PLATFORM).status_code == 404
    assert client.get(runner_url(scorm12), HTTP_HOST=CONTENT).status_code == 404


def test_there_is_no_runner_on_a_host_that_is_not_loopback(client, scorm12):
    assert client.get(runner_url(scorm12)).status_code == 404


def test_the_runner_cannot_be_posted_to(client, scorm12):
    assert client.post(runner_url(scorm12), HTTP_HOST=CONTENT).status_code == 405


# CONTENT_ORIGIN's host.

CONTENT_HOST = "content.example.org"


@pytest.fixture
def content_origin(settings):
    settings.CONTENT_ORIGIN = f"https://{CONTENT_HOST}"


@pytest.mark.parametrize("path", ["/en/", "/admin/", "/xapi/about", "/en/accounts/login/"])
def test_the_content_host_serves_no_platform_page(client, content_origin, path):
    response = client.get(path, HTTP_HOST=CONTENT_HOST)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == "This address serves course content only."


def test_the_content_host_is_matched_whatever_the_case(client, content_origin):
    assert client.get("/xapi/about", HTTP_HOST=CONTENT_HOST.upper()).status_code == 404


def test_the_content_host_serves_package_files_and_the_runner(client, content_origin, scorm12):
    response = client.get(file_url(scorm12), HTTP_HOST=CONTENT_HOST)
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert b"<h1>Part one</h1>" in body
    assert b"sco-bridge.js" not in body
    assert SAME_ORIGIN in directive(response["Content-Security-Policy"], "sandbox").split()
    runner = client.get(runner_url(scorm12), HTTP_HOST=CONTENT_HOST)
    assert runner.status_code == 200
    assert directive(runner["Content-Security-Policy"], "frame-ancestors") == "http://testserver"


def test_the_platforms_host_still_serves_its_pages(client, content_origin, scorm12):
    about = client.get("/xapi/about")
    assert about.status_code == 200
    assert "version" in about.json()
    assert client.get("/admin/").status_code == 302
    signed_in = Client()
    signed_in.force_login(factories.UserFactory())
    config = player(signed_in, scorm12, "testserver").context["config"]
    assert config["runnerUrl"] == f"https://{CONTENT_HOST}{runner_url(scorm12)}"
    assert config["items"][0]["url"] == f"https://{CONTENT_HOST}{file_url(scorm12)}"
    # The platform's host serves no runner: the content host does.
    assert client.get(runner_url(scorm12)).status_code == 404
