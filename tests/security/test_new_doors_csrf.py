"""The doors added for briefings and workshops refuse a cross-site post: a signed-in
person's browser never confirms, books or takes attendance for a page on another site."""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses.models import CourseCompletion
from tests import factories
from workshops.models import Booking, WorkshopPage, WorkshopSession

pytestmark = pytest.mark.django_db


def _signed_in(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def test_a_briefing_is_not_confirmed_without_the_csrf_token():
    briefing = factories.briefing()
    learner = factories.learner(factories.org_unit("Port of Halifax"))
    client = _signed_in(learner)
    assert client.post(briefing.url + "acknowledge/").status_code == 403
    response = client.post(
        briefing.url + "acknowledge/",
        data=json.dumps({"learner": str(learner.uuid)}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert not CourseCompletion.objects.exists()


def test_a_seat_is_not_booked_and_attendance_not_taken_without_the_csrf_token():
    course, _lessons = factories.course("Responding to victims", lessons=1)
    workshop = course.add_child(instance=WorkshopPage(title="Interviews", slug="workshop"))
    workshop.save_revision().publish()
    trainer = factories.trainer()
    start = timezone.now() + timedelta(days=2)
    session = WorkshopSession.objects.create(
        workshop_key=workshop.translation_key,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        place="Halifax",
    )
    session.trainers.add(trainer)
    learner = factories.learner(factories.org_unit("Port of Halifax"))
    url = workshop.url + f"sessions/{session.uuid}/"
    assert _signed_in(learner).post(url + "book/").status_code == 403
    assert not Booking.objects.exists()
    response = _signed_in(trainer).post(
        url + "attendance/",
        data=json.dumps({"learner": str(trainer.uuid), "marks": {str(learner.uuid): True}}),
        content_type="application/json",
    )
    assert response.status_code == 403
