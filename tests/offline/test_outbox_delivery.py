"""What the device's outbox relies on from the server: a lesson completion kept on the
device is a JSON record the lesson accepts whenever it arrives, the same once however
often it is sent; every answer of the platform's carries its mark, so a device can tell
it from a captive portal's; and a page says whether it is one the device keeps (whose
learner is the remembered one, not the page's)."""

import json
import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses.models import LessonProgress
from lrs.models import Statement
from offline.middleware import PLATFORM_HEADER
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(db):
    return factories.learner(factories.org_unit("Pacific"), first_name="Alex", last_name="Martin")


def signed_in(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def send(client, lesson, body):
    """As offline/sync.js sends an outbox record: JSON, with the session's CSRF token."""
    csrf = client.get("/offline/session/").json()["csrf_token"]
    return client.post(
        f"{lesson.url}complete/",
        json.dumps(body),
        content_type="application/json",
        HTTP_ACCEPT="application/json",
        HTTP_X_CSRFTOKEN=csrf,
    )


def record(user, **changes):
    return {
        "learner": str(user.uuid),
        "statement_id": str(uuid.uuid4()),
        "timestamp": (timezone.now() - timedelta(hours=2)).isoformat(),
        "course_version": "1.1",
        "duration_seconds": 240,
        **changes,
    }


def test_a_kept_completion_counts_from_when_it_was_made_once_however_often_sent(learner):
    course, (first, second) = factories.course(lessons=2)
    client = signed_in(learner)
    body = record(learner)

    answers = [send(client, first, body) for _ in range(3)]

    assert [a.status_code for a in answers] == [200, 200, 200]
    assert answers[0].json() == {"next": second.url, "completed": True}
    progress = LessonProgress.objects.get(user=learner)
    assert progress.lesson_key == first.translation_key
    statement = Statement.objects.get(id=body["statement_id"])
    assert statement.timestamp.isoformat() == body["timestamp"]
    assert statement.data["result"]["duration"] == "PT4M"
    assert (
        Statement.objects.filter(verb_iri__endswith="/completed", object_iri__contains="/lesson/")
        .filter(object_iri__contains=str(first.translation_key))
        .count()
        == 1
    )


def test_a_device_clock_ahead_never_dates_a_completion_in_the_future(learner):
    course, (lesson,) = factories.course(lessons=1)
    ahead = (timezone.now() + timedelta(minutes=3)).isoformat()
    body = record(learner, timestamp=ahead)
    assert send(signed_in(learner), lesson, body).status_code == 200
    assert Statement.objects.get(id=body["statement_id"]).timestamp <= timezone.now()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"learner": str(uuid.uuid4())}, "learner"),
        ({"statement_id": "not-a-uuid"}, "statement_id"),
        ({"timestamp": "yesterday"}, "timestamp"),
        ({"timestamp": (timezone.now() + timedelta(days=1)).isoformat()}, "timestamp"),
        ({"duration_seconds": -5}, "duration_seconds"),
        ({"duration_seconds": "long"}, "duration_seconds"),
    ],
)
def test_a_bad_record_is_refused_naming_its_field_and_stores_nothing(learner, change, field):
    course, (lesson,) = factories.course(lessons=1)
    answer = send(signed_in(learner), lesson, record(learner, **change))
    assert answer.status_code == 400
    assert answer.json()["field"] == field
    assert not LessonProgress.objects.exists()
    assert not Statement.objects.filter(verb_iri__endswith="/completed").exists()


def test_a_body_that_is_not_json_is_refused(learner):
    course, (lesson,) = factories.course(lessons=1)
    client = signed_in(learner)
    csrf = client.get("/offline/session/").json()["csrf_token"]
    answer = client.post(
        f"{lesson.url}complete/",
        "{not json",
        content_type="application/json",
        HTTP_X_CSRFTOKEN=csrf,
    )
    assert answer.status_code == 400
    assert not LessonProgress.objects.exists()


def test_a_lesson_still_closed_by_sequential_order_refuses_with_409(learner):
    course, (first, second) = factories.course(lessons=2, navigation="sequential")
    answer = send(signed_in(learner), second, record(learner))
    assert answer.status_code == 409
    assert answer.json()["field"] == "lesson"
    assert not LessonProgress.objects.exists()


def test_nobody_signed_in_cannot_complete_a_lesson(learner):
    course, (lesson,) = factories.course(lessons=1)
    answer = Client().post(
        f"{lesson.url}complete/", json.dumps(record(learner)), content_type="application/json"
    )
    assert answer.status_code == 302
    assert not LessonProgress.objects.exists()


def test_the_form_without_javascript_still_completes_and_goes_on(learner):
    course, (first, second) = factories.course(lessons=2)
    client = Client()
    client.force_login(learner)
    answer = client.post(f"{first.url}complete/", {"duration_seconds": "30"})
    assert answer.status_code == 302 and answer["Location"] == second.url
    assert LessonProgress.objects.filter(user=learner).count() == 1


def test_every_answer_of_the_platform_carries_its_mark(client, learner):
    course, (lesson,) = factories.course(lessons=1)
    for path in ("/en/", "/offline/session/", "/xapi/about", "/en/no-such-page/", lesson.url):
        assert client.get(path)[PLATFORM_HEADER] == "1", path


def _config(html: str) -> dict:
    return json.loads(html.split('id="offline-config" type="application/json">')[1].split("<")[0])


def test_a_page_the_device_keeps_does_not_speak_for_the_signed_in_learner(learner):
    course, (lesson,) = factories.course(lessons=1)
    client = signed_in(learner)

    live = _config(client.get(lesson.url).content.decode())
    assert (live["copy"], live["learner"], live["learnerName"]) == (
        False,
        str(learner.uuid),
        "Alex Martin",
    )
    kept = _config(client.get(lesson.url, HTTP_X_OFFLINE_COPY="1").content.decode())
    assert kept["copy"] is True
    offline_page = _config(Client().get("/en/offline/").content.decode())
    assert (offline_page["copy"], offline_page["learner"]) == (True, None)
    signed_out = _config(Client().get("/en/").content.decode())
    assert (signed_out["copy"], signed_out["learner"]) == (False, None)
