"""Package files and certificate PDFs are never served from the platform's origin outside
the views that guard them: not by the ``/media/`` route (on whenever ``DEBUG`` is, e.g.
``make run``), where a package page would run its script as the platform and a
certificate would download without signing in, by code."""

import importlib
import shutil

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import clear_url_caches

from certificates.models import Certificate
from courses.services import lesson_complete
from packages.services import package_import
from tests import factories
from tests.packages import fixtures as f

pytestmark = pytest.mark.django_db


def _load_urls():
    import elearning.urls

    importlib.reload(elearning.urls)
    clear_url_caches()


@pytest.fixture
def media_route(settings):
    """The URLs as ``make run`` serves them (DEBUG on: the ``/media/`` route exists)."""
    settings.DEBUG = True
    _load_urls()
    yield
    settings.DEBUG = False
    _load_urls()


@pytest.fixture
def storage_roots(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_PATH = tmp_path / "signing-key.pem"
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 1000
    cache.clear()
    return settings


@pytest.fixture
def certified(storage_roots, units, course, django_capture_on_commit_callbacks):
    """A learner of the YVR unit who finished the course; the PDF is rendered on issue."""
    user = factories.learner(units["yvr"], first_name="Alex", last_name="Martin")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in course[1]:
            lesson_complete(user=user, lesson=lesson, language="en")
    return user, Certificate.objects.get(user=user)


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_certificate_pdf_cannot_be_downloaded_from_media_by_its_code(
    certified, storage_roots, media_route
):
    _user, certificate = certified
    assert certificate.pdf.name

    response = Client().get(f"/media/certificates/pdf/{certificate.code}.pdf")

    assert response.status_code == 404
    assert not list((storage_roots.MEDIA_ROOT).rglob("*.pdf"))


def test_a_package_page_is_not_served_under_media_on_the_platform_origin(media_route, tmp_path):
    """With the default storage settings: the package's script would otherwise run on the
    platform's origin, read the CSRF token and act as whoever opens the link."""
    upload = tmp_path / "p.zip"
    upload.write_bytes(f.zip_bytes(f.tincan_package("https://example.org/x")))
    version = package_import(path=upload, filename="p.zip")
    try:
        response = Client().get(f"/media/packages/{version.uuid}/index.html")
        assert response.status_code == 404
    finally:
        shutil.rmtree(version.content_dir, ignore_errors=True)


@pytest.mark.parametrize(
    "name",
    [
        "packages/0b1c2d3e-0000-4000-8000-000000000001/index.html",
        "certificates/pdf/CERT-2222-3333-4444.pdf",
        "./packages/0b1c2d3e-0000-4000-8000-000000000001/index.html",
        "Packages/0b1c2d3e-0000-4000-8000-000000000001/index.html",
    ],
)
def test_package_and_certificate_files_left_in_media_by_an_earlier_version_are_not_served(
    storage_roots, media_route, name
):
    kept = storage_roots.MEDIA_ROOT / name.removeprefix("./")
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text("<script>fetch('/en/dashboard/')</script>")
    (storage_roots.MEDIA_ROOT / "original_images").mkdir(parents=True, exist_ok=True)
    (storage_roots.MEDIA_ROOT / "original_images" / "logo.png").write_bytes(b"\x89PNG")

    assert Client().get(f"/media/{name}").status_code == 404
    assert Client().get("/media/original_images/logo.png").status_code == 200


def test_a_manager_of_the_learners_unit_downloads_the_certificate_pdf_and_no_other(
    certified, units
):
    _user, certificate = certified
    url = f"/en/certificates/{certificate.code}/certificate.pdf"

    response = _signed_in(factories.manager(units["region"])).get(url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Cache-Control"] == "private, no-store"
    assert _signed_in(factories.manager(units["douglas"])).get(url).status_code == 404


def test_staff_download_any_certificate_pdf(certified):
    _user, certificate = certified
    staff = factories.UserFactory(is_staff=True)

    response = _signed_in(staff).get(f"/en/certificates/{certificate.code}/certificate.pdf")

    assert response.status_code == 200
