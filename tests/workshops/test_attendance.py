"""Attendance: a trainer of the session marks the learners holding a seat, online or from
the device's outbox; a learner marked present gets ``attended`` with the platform's and
the trainer's authority, and a blended course completes once its lessons are done too."""

import json
import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CourseCompletion
from courses.services import lesson_complete
from lrs.auth import Source, source_of
from lrs.models import Statement
from tests import factories
from tracking import vocabulary as v
from workshops.models import Booking, WorkshopPage, WorkshopSession
from workshops.services import booking_request

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def unit():
    return factories.org_unit("RCMP Depot")


@pytest.fixture
def blended():
    course, lessons = factories.course("Responding to victims", lessons=1)
    workshop = course.add_child(
        instance=WorkshopPage(title="Trauma-informed interviews", slug="workshop")
    )
    workshop.save_revision().publish()
    workshop.refresh_from_db()
    return course, lessons[0], workshop


@pytest.fixture
def trainer():
    return factories.trainer()


def _session(workshop, trainer, started=True) -> WorkshopSession:
    start = timezone.now() + (timedelta(hours=-1) if started else timedelta(days=3))
    session = WorkshopSession.objects.create(
        workshop_key=workshop.translation_key,
        starts_at=start,
        ends_at=start + timedelta(hours=3),
        time_zone="America/Regina",
        place="Depot Division, Regina",
        capacity=10,
    )
    session.trainers.add(trainer)
    return session


def _seated(session, workshop, unit, count=2):
    """Learners holding a seat (booked before the session began)."""
    learners = [factories.learner(unit) for _ in range(count)]
    starts_at = session.starts_at
    WorkshopSession.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() + timedelta(days=1), ends_at=timezone.now() + timedelta(days=2)
    )
    session.refresh_from_db()
    for learner in learners:
        booking_request(user=learner, session=session, workshop=workshop)
    WorkshopSession.objects.filter(pk=session.pk).update(
        starts_at=starts_at, ends_at=starts_at + timedelta(hours=3)
    )
    session.refresh_from_db()
    return learners


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _sheet(workshop, session, client, trainer, present, **changes):
    body = {
        "learner": str(trainer.uuid),
        "timestamp": (timezone.now() - timedelta(minutes=20)).isoformat(),
        "marks": {str(user.uuid): mark for user, mark in present},
        "statement_ids": {str(user.uuid): str(uuid.uuid4()) for user, _ in present},
        **changes,
    }
    response = client.post(
        workshop.url + f"sessions/{session.uuid}/attendance/",
        data=json.dumps(body),
        content_type="application/json",
    )
    return response, body


def _attended():
    return Statement.objects.filter(verb_iri=v.VERB_ATTENDED)


def test_present_learners_get_attended_with_the_trainers_authority(blended, trainer, unit):
    _course, _lesson, workshop = blended
    session = _session(workshop, trainer)
    present, absent = _seated(session, workshop, unit)
    client = _client(trainer)
    sheet = client.get(workshop.url + f"sessions/{session.uuid}/attendance/")
    assert sheet.status_code == 200
    assert present.get_full_name() in sheet.content.decode()

    response, body = _sheet(workshop, session, client, trainer, [(present, True), (absent, False)])
    assert response.status_code == 200, response.content
    assert response.json() == {"recorded": 2}

    (statement,) = _attended()
    data = statement.data
    assert source_of(data["authority"]) == Source.STAFF
    members = data["authority"]["member"]
    assert [m["account"]["name"] for m in members] == ["platform", str(trainer.uuid)]
    assert data["actor"]["account"]["name"] == str(present.uuid)
    assert data["id"] == body["statement_ids"][str(present.uuid)]
    assert data["object"]["definition"]["type"] == v.TYPE_MEETING
    assert Booking.objects.get(user=present).attendance == "attended"
    assert Booking.objects.get(user=absent).attendance == "absent"

    again, _ = _sheet(
        workshop,
        session,
        client,
        trainer,
        [(present, True)],
        **{"statement_ids": body["statement_ids"]},
    )
    assert again.status_code == 200
    assert again.json() == {"recorded": 0}
    assert _attended().count() == 1, "a sheet sent twice is recorded once"


def test_a_blended_course_completes_when_lessons_and_workshop_are_both_done(blended, trainer, unit):
    course, lesson, workshop = blended
    session = _session(workshop, trainer)
    (learner,) = _seated(session, workshop, unit, count=1)
    lesson_complete(user=learner, lesson=lesson, language="en")
    assert not CourseCompletion.objects.filter(user=learner).exists(), (
        "the e-learning alone does not finish a blended course"
    )
    response, _ = _sheet(workshop, session, _client(trainer), trainer, [(learner, True)])
    assert response.status_code == 200
    assert CourseCompletion.objects.filter(user=learner, course_key=course.translation_key).exists()
    assert Certificate.objects.filter(user=learner).exists()


def test_attendance_first_then_the_last_lesson_also_completes(blended, trainer, unit):
    course, lesson, workshop = blended
    session = _session(workshop, trainer)
    (learner,) = _seated(session, workshop, unit, count=1)
    _sheet(workshop, session, _client(trainer), trainer, [(learner, True)])
    assert not CourseCompletion.objects.filter(user=learner).exists()
    lesson_complete(user=learner, lesson=lesson, language="en")
    assert CourseCompletion.objects.filter(user=learner, course_key=course.translation_key).exists()


def test_only_a_trainer_of_the_session_takes_attendance(blended, trainer, unit):
    _course, _lesson, workshop = blended
    session = _session(workshop, trainer)
    (learner,) = _seated(session, workshop, unit, count=1)
    url = workshop.url + f"sessions/{session.uuid}/attendance/"
    other_trainer = factories.trainer()
    for person in (other_trainer, learner):
        assert _client(person).get(url).status_code == 403
        response, _ = _sheet(workshop, session, _client(person), person, [(learner, True)])
        assert response.status_code == 403
    assert Client().get(url).status_code == 302
    assert not _attended().exists()
    assert Booking.objects.get(user=learner).attendance == ""


def test_a_sheet_naming_someone_without_a_seat_records_nothing(blended, trainer, unit):
    _course, _lesson, workshop = blended
    session = _session(workshop, trainer)
    (learner,) = _seated(session, workshop, unit, count=1)
    stranger = factories.learner(unit)
    response, _ = _sheet(
        workshop, session, _client(trainer), trainer, [(learner, True), (stranger, True)]
    )
    assert response.status_code == 400
    assert response.json()["field"] == "marks"
    assert not _attended().exists()
    assert Booking.objects.get(user=learner).attendance == ""


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"learner": str(uuid.uuid4())}, "learner"),
        ({"marks": {}}, "marks"),
        ({"timestamp": "noon"}, "timestamp"),
        ({"timestamp": (timezone.now() + timedelta(hours=2)).isoformat()}, "timestamp"),
    ],
)
def test_a_wrong_sheet_is_refused_naming_the_field(blended, trainer, unit, changes, field):
    _course, _lesson, workshop = blended
    session = _session(workshop, trainer)
    (learner,) = _seated(session, workshop, unit, count=1)
    response, _ = _sheet(workshop, session, _client(trainer), trainer, [(learner, True)], **changes)
    assert response.status_code == 400
    assert response.json()["field"] == field
    assert not _attended().exists()


def test_attendance_is_not_taken_before_the_session_begins(blended, trainer, unit):
    _course, _lesson, workshop = blended
    session = _session(workshop, trainer, started=False)
    learner = factories.learner(unit)
    booking_request(user=learner, session=session, workshop=workshop)
    response, _ = _sheet(
        workshop, session, _client(trainer), trainer, [(learner, True)], timestamp=None
    )
    assert response.status_code == 400
    assert response.json()["field"] == "timestamp"
    assert not _attended().exists()


def test_an_lrs_client_cannot_make_a_learner_attend(blended, unit, lrs_client):
    from tracking.builders import actor_for

    course, lesson, workshop = blended
    learner = factories.learner(unit)
    lesson_complete(user=learner, lesson=lesson, language="en")
    response = Client().post(
        "/xapi/statements",
        data=json.dumps(
            {
                "actor": actor_for(learner),
                "verb": {"id": v.VERB_ATTENDED},
                "object": {"id": v.activity_iri("workshop", str(workshop.translation_key))},
            }
        ),
        content_type="application/json",
        HTTP_AUTHORIZATION=factories.basic_auth(),
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert response.status_code == 200
    assert not CourseCompletion.objects.filter(user=learner).exists()
