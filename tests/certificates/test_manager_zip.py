"""A manager downloads a zip of their unit's certificates: only learners in their scope,
and a unit outside it (a forged parameter) is refused."""

import io
import zipfile

import pytest

from certificates.models import Certificate
from tests import factories
from tests.certificates.conftest import complete_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def learners(units, course, template):
    made = {}
    for name, unit in (("Ana Yvr", "yvr"), ("Bo Douglas", "douglas"), ("Cy Police", "police")):
        first, last = name.split()
        user = factories.learner(units[unit], first_name=first, last_name=last)
        complete_course(user, course[1])
        made[unit] = Certificate.objects.get(user=user)
    return made


def _zip_names(response) -> list[str]:
    content = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert archive.testzip() is None
        for name in archive.namelist():
            assert archive.read(name).startswith(b"%PDF")
        return sorted(archive.namelist())


def test_the_zip_holds_only_the_certificates_of_the_managers_unit(client, units, learners):
    manager = factories.manager(units["yvr"])
    client.force_login(manager)
    response = client.get("/en/certificates/unit/certificates.zip", {"unit": units["yvr"].pk})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert _zip_names(response) == [f"Ana Yvr - {learners['yvr'].code}.pdf"]


def test_a_region_manager_gets_every_unit_below_and_nothing_outside(client, units, learners):
    manager = factories.manager(units["region"])
    client.force_login(manager)
    names = _zip_names(client.get("/en/certificates/unit/certificates.zip"))
    assert names == sorted(
        [f"Ana Yvr - {learners['yvr'].code}.pdf", f"Bo Douglas - {learners['douglas'].code}.pdf"]
    )
    # Narrowed to one unit of the region.
    names = _zip_names(
        client.get("/en/certificates/unit/certificates.zip", {"unit": units["douglas"].pk})
    )
    assert names == [f"Bo Douglas - {learners['douglas'].code}.pdf"]


def test_a_forged_unit_outside_the_scope_is_refused(client, units, learners):
    manager = factories.manager(units["yvr"])
    client.force_login(manager)
    for unit in ("police", "agency", "douglas"):
        response = client.get("/en/certificates/unit/certificates.zip", {"unit": units[unit].pk})
        assert response.status_code == 403
        page = client.get("/en/certificates/unit/", {"unit": units[unit].pk})
        assert page.status_code == 403
    response = client.get("/en/certificates/unit/certificates.zip", {"unit": "1 OR 1=1"})
    assert response.status_code == 400
    assert "unit" in response.content.decode()


def test_learners_are_not_managers(client, units, learners):
    client.force_login(learners["yvr"].user)
    assert client.get("/en/certificates/unit/certificates.zip").status_code == 403
    assert client.get("/en/certificates/unit/").status_code == 403


def test_the_managers_page_lists_expiry_and_status(client, units, learners):
    from datetime import timedelta

    from django.utils import formats, timezone
    from django.utils.html import strip_tags

    Certificate.objects.filter(pk=learners["yvr"].pk).update(
        expires_at=timezone.now() + timedelta(days=5, hours=1)
    )
    client.force_login(factories.manager(units["region"]))
    body = client.get("/en/certificates/unit/", {"unit": units["region"].pk}).content.decode()
    assert "Ana Yvr" in body and "Bo Douglas" in body and "Cy Police" not in body
    expires = timezone.localdate(Certificate.objects.get(pk=learners["yvr"].pk).expires_at)
    assert f"Valid until {formats.date_format(expires, 'DATE_FORMAT')}" in strip_tags(body)


def test_revoked_certificates_are_left_out_of_the_zip(client, units, learners):
    from django.utils import timezone

    Certificate.objects.filter(pk=learners["yvr"].pk).update(revoked_at=timezone.now())
    client.force_login(factories.manager(units["yvr"]))
    assert _zip_names(client.get("/en/certificates/unit/certificates.zip")) == []


def test_each_file_in_the_zip_is_dated_the_moment_of_the_download(client, units, learners):
    import datetime

    from django.urls import reverse
    from django.utils import timezone

    client.force_login(factories.manager(units["region"]))
    before = timezone.localtime().replace(tzinfo=None, microsecond=0)
    response = client.get(reverse("certificates:unit_zip"))
    content = b"".join(response.streaming_content)
    after = timezone.localtime().replace(tzinfo=None)

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        dates = [datetime.datetime(*info.date_time) for info in archive.infolist()]
    assert len(dates) == 2
    # Zip times count in steps of two seconds.
    assert all(before - datetime.timedelta(seconds=2) <= moment <= after for moment in dates)
