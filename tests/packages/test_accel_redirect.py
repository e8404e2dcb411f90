"""Behind nginx (PACKAGES_ACCEL_REDIRECT), package files are checked and given their
headers by the platform, then sent from disk by nginx: the answer names the file under
nginx's internal location and carries no bytes. SCORM pages that get the API bridge
are still written by the platform."""

import pytest
from django.test import Client

from packages.services import package_import
from tests.packages import fixtures as f

pytestmark = pytest.mark.django_db

LOCATION = "/_package-files/"


@pytest.fixture(autouse=True)
def accel(settings):
    settings.PACKAGES_ACCEL_REDIRECT = LOCATION


@pytest.fixture
def scorm(write_file):
    files = f.scorm_package("1.2")
    files["sco1/style.css"] = "body { color: black; }"
    files["sco1/media/clip one.mp4"] = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 8
    files["sco1/data.json.gz"] = b"\x1f\x8b\x08\x00compressed"
    files["sco1/odd?name#1%.txt"] = "odd"
    return package_import(path=write_file("p.zip", f.zip_bytes(files)), filename="p.zip")


@pytest.fixture
def tincan(write_file):
    return package_import(
        path=write_file("t.zip", f.zip_bytes(f.tincan_package())), filename="t.zip"
    )


def get(version, path, **headers):
    return Client().get(f"/packages/content/{version.uuid}/{path}", headers=headers)


def test_a_file_is_handed_to_nginx_with_its_type_and_strict_headers(scorm):
    response = get(scorm, "sco1/style.css")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"{LOCATION}{scorm.uuid}/sco1/style.css"
    assert response.content == b""
    assert response["Content-Type"] == "text/css"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox allow-scripts" in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert response["Cache-Control"] == "private, max-age=3600"
    assert "Set-Cookie" not in response


def test_a_head_request_is_handed_to_nginx_too(scorm):
    response = Client().head(f"/packages/content/{scorm.uuid}/sco1/style.css")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"].endswith("/sco1/style.css")


def test_the_address_is_percent_encoded_so_it_names_that_file_alone(scorm):
    assert get(scorm, "sco1/media/clip%20one.mp4")["X-Accel-Redirect"] == (
        f"{LOCATION}{scorm.uuid}/sco1/media/clip%20one.mp4"
    )
    response = get(scorm, "sco1/odd%3Fname%231%25.txt")
    assert response["X-Accel-Redirect"] == f"{LOCATION}{scorm.uuid}/sco1/odd%3Fname%231%25.txt"


def test_the_address_names_no_folder_of_the_server(scorm, settings):
    accel = get(scorm, "sco1/style.css")["X-Accel-Redirect"]
    assert str(settings.PACKAGES_ROOT) not in accel
    assert ".." not in accel


def test_scorm_pages_still_get_the_bridge_from_the_platform(scorm):
    response = get(scorm, "sco1/index.html")
    assert "X-Accel-Redirect" not in response
    assert b'data-scorm="1.2"' in response.content


def test_pages_of_other_packages_go_to_nginx_with_their_policy(tincan):
    response = get(tincan, "index.html")
    assert response["X-Accel-Redirect"] == f"{LOCATION}{tincan.uuid}/index.html"
    assert response["Content-Type"] == "text/html"
    assert "sandbox allow-scripts" in response["Content-Security-Policy"]


def test_a_compressed_file_is_sent_by_the_platform_with_its_encoding(scorm):
    response = get(scorm, "sco1/data.json.gz")
    assert "X-Accel-Redirect" not in response
    assert response["Content-Encoding"] == "gzip"
    assert response["Content-Type"] == "application/json"


def test_a_page_opened_on_its_own_is_refused_before_nginx_sees_it(tincan):
    response = get(tincan, "index.html", **{"Sec-Fetch-Dest": "document"})
    assert response.status_code == 403
    assert "X-Accel-Redirect" not in response


@pytest.mark.parametrize(
    "path",
    [
        "sco1/missing.css",
        "../../settings.py",
        "sco1/%2e%2e/%2e%2e/imsmanifest.xml",
        "..%2f..%2fsettings.py",
        "sco1/..%2f..%2f..%2fetc/passwd",
    ],
)
def test_paths_outside_the_package_are_refused_without_nginx(scorm, path):
    response = get(scorm, path)
    assert response.status_code == 404
    assert "X-Accel-Redirect" not in response


def test_another_version_s_files_are_not_reached_through_this_one(scorm, tincan):
    response = get(scorm, f"../{tincan.uuid}/index.html")
    assert response.status_code == 404
    assert "X-Accel-Redirect" not in response


def test_a_post_is_refused_without_nginx(scorm):
    response = Client().post(f"/packages/content/{scorm.uuid}/sco1/style.css")
    assert response.status_code == 405
    assert "X-Accel-Redirect" not in response


def test_without_the_setting_the_platform_sends_the_bytes(scorm, settings):
    settings.PACKAGES_ACCEL_REDIRECT = ""
    response = get(scorm, "sco1/style.css")
    assert "X-Accel-Redirect" not in response
    assert b"".join(response.streaming_content) == b"body { color: black; }"


def test_a_file_outside_packages_root_is_sent_by_the_platform(scorm, settings, tmp_path):
    # A version whose folder is not under PACKAGES_ROOT (the setting changed since it
    # was extracted) cannot be reached by nginx's location: the platform sends it.
    original = scorm.content_dir
    settings.PACKAGES_ROOT = tmp_path / "elsewhere"
    settings.PACKAGES_ROOT.mkdir()
    (settings.PACKAGES_ROOT / str(scorm.uuid)).symlink_to(original)
    response = get(scorm, "sco1/style.css")
    assert "X-Accel-Redirect" not in response
    assert b"".join(response.streaming_content) == b"body { color: black; }"
