"""What a certificate code gives away, and what a manager's zip of certificates holds:
anyone holding a code sees the learner's first name and last initial unless the holder
chose to show their full name (the holder, their managers and staff see it in full), and
a learner's name can never become a path in the zip."""

import io
import zipfile

import pytest
from django.core.cache import cache
from django.test import Client

from certificates.models import Certificate
from courses.services import lesson_complete
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def certificate_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_PATH = tmp_path / "signing-key.pem"
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 1000
    settings.CERTIFICATE_SHOW_INITIALS = False
    cache.clear()


def _certify(unit, course, **names) -> Certificate:
    user = factories.learner(unit, **names)
    for lesson in course[1]:
        lesson_complete(user=user, lesson=lesson, language="en")
    return Certificate.objects.get(user=user)


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_stranger_with_the_code_sees_only_the_first_name_and_last_initial(units, course):
    certificate = _certify(units["yvr"], course, first_name="Alex", last_name="Martin")
    url = f"/en/certificates/verify/{certificate.code}/"

    page = Client().get(url).content.decode()
    data = Client().get(url, {"format": "json"}).json()

    assert "Alex M." in page and "Martin" not in page
    assert data["learner"] == "Alex M."


def test_the_reduced_name_is_explained_in_french(units, course):
    certificate = _certify(units["yvr"], course, first_name="Alex", last_name="Martin")

    page = Client().get(f"/fr/certificats/verifier/{certificate.code}/").content.decode()

    assert "Alex M." in page and "Martin" not in page
    assert "seule une partie du nom est affichée" in page


def test_the_holder_their_manager_and_staff_see_the_full_name(units, course):
    certificate = _certify(units["yvr"], course, first_name="Alex", last_name="Martin")
    url = f"/en/certificates/verify/{certificate.code}/"
    viewers = [
        certificate.user,
        factories.manager(units["region"]),
        factories.UserFactory(is_staff=True),
    ]

    for viewer in viewers:
        assert "Alex Martin" in _signed_in(viewer).get(url).content.decode()
        assert _signed_in(viewer).get(url, {"format": "json"}).json()["learner"] == "Alex Martin"
    outsider = factories.manager(units["douglas"])
    assert "Alex Martin" not in _signed_in(outsider).get(url).content.decode()


def test_the_holder_may_choose_to_show_their_full_name_to_anyone(units, course):
    certificate = _certify(units["yvr"], course, first_name="Alex", last_name="Martin")
    holder = Client(enforce_csrf_checks=True)
    holder.force_login(certificate.user)
    mine = holder.get("/en/certificates/")
    csrf = mine.cookies["csrftoken"].value

    response = holder.post(
        f"/en/certificates/{certificate.code}/public-name/",
        {"show_full_name": "on", "csrfmiddlewaretoken": csrf},
    )

    assert response.status_code == 302
    data = Client().get(f"/en/certificates/verify/{certificate.code}/?format=json").json()
    assert data["learner"] == "Alex Martin"


def test_nobody_but_the_holder_may_choose_how_the_holder_is_named(units, course):
    certificate = _certify(units["yvr"], course, first_name="Alex", last_name="Martin")
    Certificate.objects.filter(pk=certificate.pk).update(show_full_name=False)
    manager = _signed_in(factories.manager(units["region"]))

    response = manager.post(
        f"/en/certificates/{certificate.code}/public-name/", {"show_full_name": "on"}
    )

    assert response.status_code == 404
    assert Certificate.objects.get(pk=certificate.pk).show_full_name is False


@pytest.mark.parametrize(
    "last_name",
    ["..\\..\\..\\Windows\\evil", "../../../etc/evil", "..\\..", "C:\\evil", "x/../../y"],
)
def test_a_learner_name_cannot_place_a_file_outside_the_managers_unzip_folder(
    units, course, last_name
):
    certificate = _certify(units["yvr"], course, first_name="Ana", last_name=last_name)
    manager = _signed_in(factories.manager(units["yvr"]))

    response = manager.get("/en/certificates/unit/certificates.zip", {"unit": units["yvr"].pk})

    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        names = archive.namelist()
    assert len(names) == 1
    (name,) = names
    assert "/" not in name and "\\" not in name and ".." not in name and ":" not in name
    assert name.startswith("Ana") and name.endswith(f"{certificate.code}.pdf")
