"""Attempts count per run of the course: a minor change of the course keeps the learner's
count; a major revision, which a trainer asks for in the course editor, gives a fresh set
of attempts for the new version, and the quiz page says so with the date of the update.
The earlier attempts stay in the learner's record, marked as no longer counted."""

import json
import re
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from common.dates import date_format
from courses.demo.loader import translate_instance
from courses.models import CoursePage
from courses.services import lesson_complete
from quizzes.models import QuizAttempt
from tests import factories
from tests.courses.test_learner_experience import _admin_publish
from tests.quizzes.attempt_helpers import mixed_quiz, quiz_page
from tests.quizzes.test_passed_quiz_page import start_buttons, take, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(units):
    """A course with one lesson and a final check of 2 attempts, which the learner
    failed twice; a trainer who may publish the course."""
    course, lessons = factories.course(
        title="Border basics",
        lessons=1,
        french=False,
        intro="<p>Intro</p>",
        completion_rule="all_lessons_and_assessment",
    )
    # Translated through wagtail-localize, as the editor wants before it publishes.
    translate_instance(
        course, {"title": "Notions frontalières", "slug": "notions"}, factories.locales()[1]
    )
    page = quiz_page(
        course,
        mixed_quiz(pass_mark=Decimal("0.75"), attempts_allowed=2),
        title="Final check",
    )
    learner = factories.learner(units["yvr"])
    lesson_complete(user=learner, lesson=lessons[0], language="en")
    take(learner, course, page.quiz, right_positions=set(), key="one")
    take(learner, course, page.quiz, right_positions=set(), key="two")
    client = Client()
    client.force_login(learner)
    trainer = Client()
    trainer.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    return {
        "course": course,
        "lesson": lessons[0],
        "page": page,
        "learner": learner,
        "client": client,
        "trainer": trainer,
    }


def start(client, page, course):
    with translation.override("en"):
        url = reverse("quizzes:attempt_start", kwargs={"quiz_key": page.quiz.translation_key})
    return client.post(
        url, json.dumps({"course": str(course.translation_key)}), content_type="application/json"
    )


def publish(setting, **extra):
    course = CoursePage.objects.get(pk=setting["course"].pk)
    response = _admin_publish(setting["trainer"], course, **extra)
    assert response.status_code == 302, response.content.decode()[:2000]
    return CoursePage.objects.get(pk=course.pk)


def test_a_minor_change_keeps_the_count(setting):
    client, page = setting["client"], setting["page"]
    course = publish(setting)
    assert course.major_version == 1

    text = text_of(client.get(page.url))
    assert "You cannot start this quiz now." in text
    assert "You have used every attempt allowed for this quiz (2)." in text
    assert "This assessment was updated" not in text
    refused = start(client, page, course)
    assert refused.status_code == 403
    assert refused.json()["reason"] == "attempts"


def test_a_major_revision_gives_a_fresh_set_of_attempts_and_says_so(setting):
    client, page, learner = setting["client"], setting["page"], setting["learner"]
    course = publish(setting, major_revision="on")
    assert course.major_version == 2

    response = client.get(page.url)
    text = text_of(response)
    with translation.override("en"):
        today = date_format(timezone.localtime(), "DATE_FORMAT")
    assert (
        f"This assessment was updated on {today}. Your attempts at the earlier version are "
        "kept in your record but no longer count: you have 2 attempts left for the new "
        "version." in text
    )
    html = response.content.decode()
    assert "<dd data-attempts-used>0</dd>" in html
    assert "<dd data-attempts-left>2</dd>" in html
    assert start_buttons(response) == [("button", "Start the quiz")]
    assert "You cannot start this quiz now" not in text
    # The earlier attempts are still listed, marked as no longer counted.
    assert len(re.findall(r"\(earlier version, not counted\)", text)) == 2

    with translation.override("en"):
        definition = reverse("quizzes:definition", kwargs={"quiz_key": page.quiz.translation_key})
    read = client.get(definition, {"course": str(course.translation_key)}).json()
    assert read["attempts_left"] == 2

    # The new version's lessons first (the course is taken again), then a new attempt.
    lesson_complete(user=learner, lesson=setting["lesson"], language="en")
    started = start(client, page, course)
    assert started.status_code == 201, started.content
    attempt = QuizAttempt.objects.get(pk=started.json()["attempt"]["id"])
    assert attempt.registration != QuizAttempt.objects.get(user=learner, number=1).registration
    take(learner, course, page.quiz, right_positions=set(), key="three")

    text = text_of(client.get(page.url))
    assert "you have 1 attempt left for the new version." in text


def test_after_passing_the_new_version_the_notice_goes(setting):
    client, page, learner = setting["client"], setting["page"], setting["learner"]
    course = publish(setting, major_revision="on")
    lesson_complete(user=learner, lesson=setting["lesson"], language="en")
    take(learner, course, page.quiz, key="pass")

    text = text_of(client.get(page.url))
    assert "You passed on" in text
    assert "This assessment was updated" not in text
