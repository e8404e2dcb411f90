"""A content package may not claim the platform's own activity ids: its launch token is
scoped to the ids it declares, so an id inside the platform's namespace (or a prefix of
it) would let the package's script write about any course, lesson or quiz."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lrs.models import LRSToken
from packages.models import Package, PackageVersion
from tests import factories
from tests.packages import fixtures as f
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def packages_root(settings, tmp_path):
    settings.PACKAGES_ROOT = tmp_path / "packages"


@pytest.fixture
def trainer_client():
    client = Client()
    client.force_login(factories.trainer())
    return client


def _upload(client, files: dict, name="package.zip"):
    return client.post(
        "/admin/packages/import/", {"file": SimpleUploadedFile(name, f.zip_bytes(files))}
    )


@pytest.mark.parametrize(
    "activity_id",
    [
        v.activity_iri("course", "9b7d0a52-3f0e-4c57-9e55-3c1f0c2b9a11"),
        "http://testserver/xapi/platform",
        "http://testserver/en/courses/anything",
        "http://testserver",
        "HTTP://TESTSERVER/xapi/platform/activities/quiz/1",
        "http:/",
    ],
)
def test_an_xapi_package_claiming_a_platform_activity_id_is_refused_at_import(
    trainer_client, activity_id
):
    response = _upload(trainer_client, f.tincan_package(activity_id=activity_id))

    assert response.status_code == 400
    html = response.content.decode()
    assert "xapi.platform_namespace" in html and "tincan.xml" in html
    assert not Package.objects.exists()


def test_a_cmi5_package_whose_au_id_is_a_platform_lesson_is_refused_at_import(trainer_client):
    lesson_iri = v.activity_iri("lesson", "0f5a8c1e-2b64-4c6e-8d1c-7a9e3b2d4f10")
    files = {
        "cmi5.xml": f.cmi5_xml(f.au(identifier=lesson_iri)),
        "au1/index.html": "<!DOCTYPE html><title>x</title>",
    }

    response = _upload(trainer_client, files)

    assert response.status_code == 400
    html = response.content.decode()
    assert "cmi5.platform_namespace" in html and "cmi5.xml" in html
    assert not Package.objects.exists()


def test_a_cmi5_package_whose_course_id_is_under_the_site_address_is_refused_at_import(
    trainer_client,
):
    files = {
        "cmi5.xml": f.cmi5_xml(course_id="http://testserver/en/courses/labour/"),
        "au1/index.html": "<!DOCTYPE html><title>x</title>",
    }

    response = _upload(trainer_client, files)

    assert response.status_code == 400
    assert "cmi5.platform_namespace" in response.content.decode()


def test_the_refusal_is_translated_in_french():
    from wagtail.users.models import UserProfile

    trainer = factories.trainer()
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "fr"
    profile.save()
    client = Client()
    client.force_login(trainer)

    response = _upload(client, f.tincan_package(activity_id="http://testserver"))

    assert response.status_code == 400
    assert "espace de noms propre à la plateforme" in response.content.decode()


def test_a_package_imported_before_the_rule_gets_no_token_over_the_platform(tmp_path):
    """A version already stored with such an id (imported before the check existed) is
    not launched: no token is issued for it."""
    package = Package.objects.create(title="Old import", kind="xapi")
    version = PackageVersion.objects.create(
        package=package,
        number=1,
        kind="xapi",
        title="Old import",
        items=[
            {
                "identifier": "http://testserver",
                "activity_id": "http://testserver",
                "title": "Old import",
                "href": "index.html",
            }
        ],
    )
    (tmp_path / "packages" / str(version.uuid)).mkdir(parents=True)
    learner = Client()
    learner.force_login(factories.UserFactory())

    response = learner.get(f"/en/packages/{package.key}/")

    assert response.status_code == 403
    assert not LRSToken.objects.exists()
