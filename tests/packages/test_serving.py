"""Package files are served from their own path with strict headers, never with the
session, and the player frames them in a sandbox that is never the platform's origin."""

import re

import pytest
from django.test import Client

from packages.services import package_import
from tests import factories
from tests.packages import fixtures as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(write_file):
    files = f.scorm_package("1.2")
    files["sco1/style.css"] = "body { color: black; }"
    return package_import(path=write_file("p.zip", f.zip_bytes(files)), filename="p.zip")


def content_url(version, path):
    return f"/packages/content/{version.uuid}/{path}"


def test_a_file_is_served_with_strict_headers_and_no_cookie(client, version):
    client.force_login(factories.UserFactory())
    response = client.get(content_url(version, "sco1/style.css"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Content-Security-Policy"]
    assert "sandbox allow-scripts" in policy
    assert "allow-same-origin" not in policy
    assert "frame-ancestors 'self'" in policy
    assert "object-src 'none'" in policy
    assert "X-Frame-Options" not in response
    assert not response.cookies
    assert "Set-Cookie" not in response


def test_html_of_a_scorm_12_package_gets_the_api_bridge_first_in_its_head(client, version):
    html = client.get(content_url(version, "sco1/index.html")).content.decode()
    head = html.index("<head>")
    bridge = html.index('data-scorm="1.2"')
    assert head < html.index("cross-frame-api.min.js") < bridge < html.index("<meta charset")


def test_html_of_a_scorm_2004_package_asks_for_the_2004_api(client, write_file):
    version = package_import(
        path=write_file("q.zip", f.zip_bytes(f.scorm_package("2004"))), filename="q.zip"
    )
    html = client.get(content_url(version, "sco1/index.html")).content.decode()
    assert 'data-scorm="2004"' in html


@pytest.mark.parametrize(
    "path", ["sco1/missing.html", "../../settings.py", "sco1/%2e%2e/%2e%2e/imsmanifest.xml"]
)
def test_files_outside_the_package_or_missing_are_404(client, version, path):
    assert client.get(content_url(version, path)).status_code == 404


def test_an_unknown_version_is_404(client):
    response = client.get("/packages/content/00000000-0000-0000-0000-000000000000/index.html")
    assert response.status_code == 404


def test_content_files_cannot_be_posted_to(client, version):
    assert client.post(content_url(version, "sco1/index.html")).status_code == 405


def test_the_player_frames_the_package_in_a_sandbox_without_same_origin(client, version):
    client.force_login(factories.UserFactory())
    response = client.get(f"/en/packages/{version.package.key}/")
    config = response.context["config"]
    assert (
        config["sandbox"] == "allow-scripts allow-forms allow-popups allow-modals allow-downloads"
    )
    assert config["items"][0]["url"] == content_url(version, "sco1/index.html")


def test_with_a_content_origin_files_come_from_it_and_keep_their_own_origin(
    client, version, settings
):
    settings.CONTENT_ORIGIN = "https://content.example.org"
    client.force_login(factories.UserFactory())
    config = client.get(f"/en/packages/{version.package.key}/").context["config"]
    assert config["items"][0]["url"].startswith("https://content.example.org/packages/content/")
    assert config["sandbox"].endswith("allow-same-origin")
    policy = client.get(content_url(version, "sco1/index.html"), HTTP_HOST="content.example.org")[
        "Content-Security-Policy"
    ]
    assert re.search(r"sandbox [^;]*allow-same-origin", policy)
    # The same file asked of the platform's own host stays in an opaque sandbox.
    policy = client.get(content_url(version, "sco1/index.html"))["Content-Security-Policy"]
    assert not re.search(r"sandbox [^;]*allow-same-origin", policy)


def test_the_player_needs_a_signed_in_learner(version):
    response = Client().get(f"/en/packages/{version.package.key}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
