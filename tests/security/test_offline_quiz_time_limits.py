"""A timed quiz answered on a device keeps its time limit: the server bounds what the
device says about its own times by what the server knows (when it prepared the attempt,
when the submission arrived), and records a submission it cannot show to be on time as
late, graded but never passed."""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from lrs.models import Statement
from quizzes.models import QuizAttempt
from tests import factories
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import quiz_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(db):
    return factories.learner(factories.org_unit("Pacific"))


@pytest.fixture
def timed_course():
    """A course whose final quiz (one question, answer "Yes") has a 30-minute limit."""
    course, _lessons = factories.course(lessons=1)
    question = quiz_factories.question(choices=[("Yes", True), ("No", False)])
    quiz = quiz_factories.quiz(questions=[question], time_limit=30)
    page = quiz_page(course, quiz)
    return course, quiz, page


def _signed_in(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def _prepare_offline(client, quiz, course, *, hours_ago: float) -> dict:
    """Prepare the attempt as the download does, then date its preparation back, as
    when the learner downloaded the course earlier and answered it with no network."""
    csrf = client.get("/offline/session/").json()["csrf_token"]
    response = client.post(
        f"/en/quizzes/{quiz.translation_key}/attempts/",
        json.dumps({"course": str(course.translation_key), "offline": True}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=csrf,
    )
    assert response.status_code == 201, response.content
    QuizAttempt.objects.filter(pk=response.json()["attempt"]["id"]).update(
        started_at=timezone.now() - timedelta(hours=hours_ago)
    )
    return response.json()


def _submit_from_device(document, *, started, finished):
    """Replay the device's outbox: the token, the right answer and the device's times."""
    yes = next(c["id"] for c in document["questions"][0]["choices"] if c["text"] == "Yes")
    body = {
        "token": document["attempt"]["token"],
        "submission_key": "device-1",
        "answers": {"1": yes},
        "client_timestamps": {
            "started_at": started.isoformat(),
            "submitted_at": finished.isoformat(),
        },
    }
    return Client().post(
        f"/en/quizzes/attempts/{document['attempt']['id']}/submit/",
        json.dumps(body),
        content_type="application/json",
    )


def _outcome_verbs(quiz) -> set[str]:
    return {
        iri.rsplit("/", 1)[-1]
        for iri in Statement.objects.filter(
            object_iri__contains=str(quiz.translation_key)
        ).values_list("verb_iri", flat=True)
    }


def test_five_hours_on_a_thirty_minute_quiz_offline_is_recorded_late_and_not_passed(
    learner, timed_course
):
    course, quiz, page = timed_course
    document = _prepare_offline(_signed_in(learner), quiz, course, hours_ago=6)
    now = timezone.now()

    response = _submit_from_device(document, started=now - timedelta(hours=5), finished=now)

    assert response.status_code == 200, response.content
    result = response.json()
    assert result["passed"] is False and result["scaled"] == 1
    assert result["attempt"]["status"] == "late"
    assert result["attempt"]["late_reason"] == "duration"
    assert result["attempt"]["deadline"] is not None  # the deadline the device kept
    assert "failed" in _outcome_verbs(quiz) and "passed" not in _outcome_verbs(quiz)
    assert not QuizAttempt.objects.filter(passed=True).exists()
    quiz_page_html = _signed_in(learner).get(page.url).content.decode()
    assert "submitted late" in quiz_page_html


def test_a_device_claiming_a_start_before_the_server_prepared_the_attempt_is_late(
    learner, timed_course
):
    course, quiz, _page = timed_course
    document = _prepare_offline(_signed_in(learner), quiz, course, hours_ago=2)
    prepared = QuizAttempt.objects.get().started_at
    started = prepared - timedelta(hours=3)  # a clock set back to fit the claimed time

    response = _submit_from_device(
        document, started=started, finished=started + timedelta(minutes=20)
    )

    result = response.json()
    assert (result["attempt"]["status"], result["passed"]) == ("late", False)
    assert result["attempt"]["late_reason"] == "clock"


def test_a_device_claiming_to_finish_after_the_submission_arrived_is_late(learner, timed_course):
    course, quiz, _page = timed_course
    document = _prepare_offline(_signed_in(learner), quiz, course, hours_ago=3)
    finished = timezone.now() + timedelta(hours=2)  # a clock moved forward

    response = _submit_from_device(
        document, started=finished - timedelta(minutes=20), finished=finished
    )

    result = response.json()
    assert (result["attempt"]["status"], result["passed"]) == ("late", False)
    assert result["attempt"]["late_reason"] == "clock"


def test_a_device_sending_no_times_long_after_preparation_is_late(learner, timed_course):
    course, quiz, _page = timed_course
    document = _prepare_offline(_signed_in(learner), quiz, course, hours_ago=4)
    yes = next(c["id"] for c in document["questions"][0]["choices"] if c["text"] == "Yes")

    response = Client().post(
        f"/en/quizzes/attempts/{document['attempt']['id']}/submit/",
        json.dumps(
            {"token": document["attempt"]["token"], "submission_key": "k", "answers": {"1": yes}}
        ),
        content_type="application/json",
    )

    result = response.json()
    assert (result["attempt"]["status"], result["passed"]) == ("late", False)


def test_an_offline_submission_arriving_after_the_submission_window_is_late(
    learner, timed_course, settings
):
    settings.QUIZ_OFFLINE_SUBMISSION_DAYS = 14
    course, quiz, _page = timed_course
    document = _prepare_offline(_signed_in(learner), quiz, course, hours_ago=24 * 20)
    now = timezone.now()

    response = _submit_from_device(
        document, started=now - timedelta(days=19), finished=now - timedelta(days=19, minutes=-20)
    )

    result = response.json()
    assert (result["attempt"]["status"], result["passed"]) == ("late", False)
    assert result["attempt"]["late_reason"] == "window"


def test_a_late_offline_attempt_is_counted_apart_in_the_item_analysis(
    learner, timed_course, admin_client
):
    course, quiz, _page = timed_course
    document = _prepare_offline(_signed_in(learner), quiz, course, hours_ago=6)
    now = timezone.now()
    _submit_from_device(document, started=now - timedelta(hours=5), finished=now)

    html = admin_client.get(f"/admin/quizzes/item-analysis/{quiz.translation_key}/").content
    summary = html.decode().split('data-figure="late">', 1)[1]
    assert summary.startswith("1<")
