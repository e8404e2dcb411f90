"""The PDF gives the learner's own dates: it is rendered in the background, so it uses the
time zone their device last reported (kept on their profile), not the server's."""

import io
from datetime import UTC, datetime

import pytest
from django.test import TestCase

from certificates.models import Certificate
from courses.services import lesson_complete
from organisations.models import LearnerProfile
from tests import factories

pytestmark = pytest.mark.django_db

# 23:30 in London is already the next day in Tokyo, and still the same day in Toronto.
LATE_EVENING_UTC = datetime(2026, 3, 14, 23, 30, tzinfo=UTC)


def _weasyprint_or_skip():
    try:
        import weasyprint  # noqa: F401
    except OSError as error:
        pytest.skip(f"WeasyPrint cannot load the pango libraries here: {error}")


def _pdf_text(client, certificate) -> str:
    from pypdf import PdfReader

    response = client.get(f"/en/certificates/{certificate.code}/certificate.pdf")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    return " ".join(PdfReader(io.BytesIO(content)).pages[0].extract_text().split())


def _certified_at(user, lessons, at) -> Certificate:
    with TestCase.captureOnCommitCallbacks(execute=True):
        for lesson in lessons:
            lesson_complete(user=user, lesson=lesson, language="en", at=at)
    return Certificate.objects.get(user=user)


def test_a_learner_in_tokyo_finishing_at_2330_utc_gets_the_next_day_on_the_pdf(
    client, units, course, template
):
    _weasyprint_or_skip()
    user = factories.learner(units["yvr"], first_name="Kenji", last_name="Sato")
    client.force_login(user)
    client.cookies["tz"] = "Asia/Tokyo"
    assert client.get("/en/my-learning/").status_code == 200
    assert LearnerProfile.objects.get(user=user).time_zone == "Asia/Tokyo"

    certificate = _certified_at(user, course[1], LATE_EVENING_UTC)
    # Downloaded later from a device set to another zone: the PDF rendered in the
    # background keeps the learner's date.
    client.cookies["tz"] = "America/Vancouver"
    text = _pdf_text(client, certificate)
    assert "March 15, 2026" in text
    assert "15 mars 2026" in text
    assert "March 14, 2026" not in text


def test_without_a_known_time_zone_the_pdf_uses_the_site_time_zone(client, units, course, template):
    _weasyprint_or_skip()
    user = factories.learner(units["yvr"], first_name="Alex", last_name="Martin")
    certificate = _certified_at(user, course[1], LATE_EVENING_UTC)
    client.force_login(user)
    text = _pdf_text(client, certificate)
    assert "March 14, 2026" in text  # America/Toronto, the site's zone
    assert "14 mars 2026" in text


def test_the_profile_is_written_only_when_the_device_zone_changes(client, units):
    user = factories.learner(units["yvr"])
    client.force_login(user)
    client.cookies["tz"] = "Asia/Tokyo"
    client.get("/en/my-learning/")
    LearnerProfile.objects.filter(user=user).update(time_zone="Europe/Paris")
    client.get("/en/my-learning/")
    # Noted in the session: the next requests of the same session do not write again.
    assert LearnerProfile.objects.get(user=user).time_zone == "Europe/Paris"

    client.cookies["tz"] = "America/Halifax"
    client.get("/en/my-learning/")
    assert LearnerProfile.objects.get(user=user).time_zone == "America/Halifax"

    client.cookies["tz"] = "Not/AZone"
    client.get("/en/my-learning/")
    assert LearnerProfile.objects.get(user=user).time_zone == "America/Halifax"
