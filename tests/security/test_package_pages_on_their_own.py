"""A page of a content package opened on its own (a link, a typed address, a popup),
outside the player's sandboxed frame, could send the reader anywhere from the content
origin: it is refused, while the player's frame and the package's other files load."""

import pytest
from django.test import Client

from packages.services import package_import
from tests.packages import fixtures as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(settings, tmp_path):
    settings.PACKAGES_ROOT = tmp_path / "packages"
    files = f.scorm_package("1.2")
    files["sco1/style.css"] = "body { color: black; }"
    upload = tmp_path / "p.zip"
    upload.write_bytes(f.zip_bytes(files))
    return package_import(path=upload, filename="p.zip")


def fetch(version, path: str, destination: str):
    return Client().get(f"/packages/content/{version.uuid}/{path}", HTTP_SEC_FETCH_DEST=destination)


def test_a_package_page_opened_as_a_top_level_page_is_refused(version):
    response = fetch(version, "sco1/index.html", "document")
    assert response.status_code == 403
    assert b"<script" not in response.content
    assert "sandbox" in response["Content-Security-Policy"]


def test_the_same_page_in_the_players_frame_is_served(version):
    response = fetch(version, "sco1/index.html", "iframe")
    assert response.status_code == 200
    assert b"cross-frame-api" in response.content


def test_a_packages_inactive_files_still_open_on_their_own(version):
    assert fetch(version, "sco1/style.css", "document").status_code == 200
