"""Issuing: once per learner, course and certification cycle; expiry from the course's
validity; recertification in the window before expiry (or after it) issues the next cycle
and keeps the history."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import formats, timezone
from django.utils.html import strip_tags

from certificates import expiry
from certificates.models import Certificate
from certificates.services import certificate_issue
from courses.models import CourseRegistration
from courses.selectors import activity_ref_for
from lrs.models import Statement
from tests import factories
from tests.certificates.conftest import complete_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def yearly_course(db, template):
    return factories.course(
        title="Use of force", certificate_validity_months=12, recertification_window_days=30
    )


def test_a_completion_issues_one_certificate_with_expiry_and_version(units, yearly_course):
    course, lessons = yearly_course
    user = factories.learner(units["yvr"])
    complete_course(user, lessons)
    certificate = Certificate.objects.get(user=user)
    assert certificate.cycle == 1
    assert certificate.course_version == course.version
    assert certificate.expires_at == expiry.add_months(certificate.issued_at, 12)
    assert certificate.renewal_opens_at == certificate.expires_at - timedelta(days=30)
    assert certificate.template is not None
    assert Statement.objects.filter(verb_iri="http://id.tincanapi.com/verb/earned").count() == 1


def test_issuing_again_for_the_same_completion_or_registration_returns_the_same(
    units, yearly_course
):
    course, lessons = yearly_course
    user = factories.learner(units["yvr"])
    complete_course(user, lessons)
    first = Certificate.objects.get(user=user)
    ref = activity_ref_for(course)
    again = certificate_issue(
        user=user,
        course=ref,
        completed_at=timezone.now(),
        completion_statement_id=str(first.completion_statement_id),
        registration=first.registration,
    )
    other_statement = certificate_issue(
        user=user,
        course=ref,
        completed_at=timezone.now(),
        completion_statement_id=str(uuid.uuid4()),
        registration=first.registration,
    )
    assert again.pk == first.pk == other_statement.pk
    assert Certificate.objects.filter(user=user).count() == 1


def test_a_course_without_validity_never_expires(certificate):
    assert certificate.expires_at is None and certificate.renewal_opens_at is None
    assert certificate.days_left is None and not certificate.renewal_is_open


def test_months_are_calendar_months():
    moment = datetime(2026, 1, 31, 12, tzinfo=UTC)
    assert expiry.add_months(moment, 1) == datetime(2026, 2, 28, 12, tzinfo=UTC)
    assert expiry.add_months(moment, 12) == datetime(2027, 1, 31, 12, tzinfo=UTC)
    assert expiry.add_months(moment, 25) == datetime(2028, 2, 29, 12, tzinfo=UTC)


def test_days_until_counts_whole_days_and_goes_negative_after_expiry():
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    assert expiry.days_until(expires_at=now + timedelta(days=10, hours=1), now=now) == 10
    assert expiry.days_until(expires_at=now + timedelta(hours=3), now=now) == 0
    assert expiry.days_until(expires_at=now - timedelta(hours=3), now=now) == -1


def _into_window(certificate, days_left=10):
    now = timezone.now()
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=now + timedelta(days=days_left, hours=1),
        renewal_opens_at=now - timedelta(days=30 - days_left),
    )


def test_renewal_is_refused_before_the_window(client, units, yearly_course):
    _course, lessons = yearly_course
    user = factories.learner(units["yvr"])
    complete_course(user, lessons)
    certificate = Certificate.objects.get(user=user)
    client.force_login(user)
    response = client.post(f"/en/certificates/{certificate.code}/renew/")
    assert response.status_code == 400
    assert CourseRegistration.objects.filter(user=user).count() == 1


def test_recertification_in_the_window_issues_the_next_cycle_and_keeps_history(
    client, units, yearly_course
):
    course, lessons = yearly_course
    user = factories.learner(units["yvr"])
    complete_course(user, lessons)
    first = Certificate.objects.get(user=user)
    _into_window(first)
    client.force_login(user)

    page = client.get("/en/my-learning/").content.decode()
    expires = timezone.localdate(Certificate.objects.get(pk=first.pk).expires_at)
    assert f"Valid until {formats.date_format(expires, 'DATE_FORMAT')}" in strip_tags(page)
    assert "Renew my certification" in page

    response = client.post(f"/en/certificates/{first.code}/renew/")
    assert response.status_code == 302 and response["Location"] == course.url
    assert CourseRegistration.objects.filter(user=user, is_current=True).count() == 1
    assert CourseRegistration.objects.filter(user=user).count() == 2
    # The course is to be taken again: it is in progress, not completed.
    page = client.get("/en/my-learning/").content.decode()
    assert "Renew my certification" not in page

    complete_course(user, lessons)
    certificates = list(Certificate.objects.filter(user=user).order_by("cycle"))
    assert [c.cycle for c in certificates] == [1, 2]
    second = certificates[1]
    assert second.code != first.code and second.registration != first.registration
    assert second.expires_at > first.expires_at
    listing = client.get("/en/certificates/").content.decode()
    assert first.code in listing and second.code in listing
    # The earlier cycle can no longer be renewed.
    assert client.post(f"/en/certificates/{first.code}/renew/").status_code == 400


def test_an_expired_certificate_can_be_renewed(client, units, yearly_course):
    course, lessons = yearly_course
    user = factories.learner(units["yvr"])
    complete_course(user, lessons)
    certificate = Certificate.objects.get(user=user)
    past = timezone.now() - timedelta(days=2)
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=past, renewal_opens_at=past - timedelta(days=30)
    )
    client.force_login(user)
    page = client.get("/en/my-learning/").content.decode()
    assert "Expired" in page
    assert client.post(f"/en/certificates/{certificate.code}/renew/").status_code == 302
    complete_course(user, lessons)
    assert Certificate.objects.filter(user=user).count() == 2


def test_another_learner_cannot_renew_someone_elses_certificate(client, units, yearly_course):
    _course, lessons = yearly_course
    user = factories.learner(units["yvr"])
    complete_course(user, lessons)
    certificate = Certificate.objects.get(user=user)
    _into_window(certificate)
    client.force_login(factories.learner(units["yvr"]))
    assert client.post(f"/en/certificates/{certificate.code}/renew/").status_code == 404
    assert CourseRegistration.objects.filter(user=user).count() == 1
