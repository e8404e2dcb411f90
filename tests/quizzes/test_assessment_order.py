"""The assessment of a course taken in order stays closed until the lessons before it are
done: its page says why and leads to the lesson to do next, and starting it through the
attempts API is refused too. Trainers and reviewers still read its page. A course kept
offline carries the whole page and a prepared attempt; the device keeps it closed, and the
platform refuses its submission while the lessons before it are not done."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.demo.loader import translate_instance
from courses.models import CoursePage, LessonPage, ModulePage
from quizzes.models import QuizAttempt
from quizzes.selectors import attempt_document
from tests import factories
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import answers_for, mixed_quiz, quiz_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(units):
    return factories.learner(units["yvr"])


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def sequential_course(**fields):
    fields.setdefault("navigation", CoursePage.NAVIGATION_SEQUENTIAL)
    fields.setdefault("completion_rule", CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT)
    course, lessons = factories.course(lessons=2, **fields)
    assessment = quiz_page(course, mixed_quiz(), title="Final check")
    return course, lessons, assessment


def start_url(quiz, language="en") -> str:
    with translation.override(language):
        return reverse("quizzes:attempt_start", kwargs={"quiz_key": quiz.translation_key})


def start(client, quiz, language="en", **body):
    return client.post(start_url(quiz, language), json.dumps(body), content_type="application/json")


def submit(client, document, **extra):
    url = reverse("quizzes:attempt_submit", kwargs={"attempt_id": document["attempt"]["id"]})
    body = {
        "token": document["attempt"]["token"],
        "submission_key": "device-key",
        "answers": answers_for(document),
        **extra,
    }
    return client.post(url, json.dumps(body), content_type="application/json")


def finish(client, lessons):
    for lesson in lessons:
        client.post(lesson.url + "complete/")


def text_of(response) -> str:
    html = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_page_of_a_closed_assessment_says_why_and_leads_to_the_next_lesson(learner):
    course, (first, _), assessment = sequential_course()
    response = signed_in(learner).get(assessment.url)

    assert response.status_code == 200
    text = text_of(response)
    assert "This assessment is not open yet." in text
    assert "the assessment opens when you have finished the lessons before it" in text
    html = response.content.decode()
    assert f'<a class="button" href="{first.url}">Go to: Lesson 1</a>' in html
    assert f'href="{course.url}"' in html
    assert "data-start-url" not in html
    assert "Start the quiz" not in text


def test_the_page_names_the_first_lesson_not_done(learner):
    course, (first, second), assessment = sequential_course()
    client = signed_in(learner)
    finish(client, [first])
    html = client.get(assessment.url).content.decode()
    assert f'<a class="button" href="{second.url}">Go to: Lesson 2</a>' in html


def test_starting_a_closed_assessment_through_the_api_is_refused(learner):
    course, (first, _), assessment = sequential_course()
    client = signed_in(learner)

    within = start(client, assessment.quiz, course=str(course.translation_key))
    assert within.status_code == 403
    refusal = within.json()
    assert refusal["reason"] == "sequence"
    assert refusal["lesson"] == {"title": "Lesson 1", "url": first.url}
    assert "Lesson 1" in refusal["error"]

    # Without naming the course, the quiz is still closed wherever it is taken.
    outside = start(client, assessment.quiz)
    assert outside.status_code == 403
    assert outside.json()["reason"] == "sequence"
    assert not QuizAttempt.objects.exists()


def test_the_assessment_opens_once_the_lessons_before_it_are_done(learner):
    course, lessons, assessment = sequential_course()
    client = signed_in(learner)
    finish(client, lessons)

    text = text_of(client.get(assessment.url))
    assert "not open yet" not in text
    assert "Start the quiz" in text
    response = start(client, assessment.quiz, course=str(course.translation_key))
    assert response.status_code == 201


def test_an_assessment_between_lessons_waits_only_for_the_lessons_before_it(learner):
    course, lessons = factories.course(lessons=0, navigation=CoursePage.NAVIGATION_SEQUENTIAL)
    module = course.add_child(instance=ModulePage(title="Module 1", slug="module-1"))
    module.save_revision().publish()
    first = module.add_child(
        instance=LessonPage(
            title="Lesson 1", slug="lesson-1", body=factories.paragraph("<p>One.</p>")
        )
    )
    first.save_revision().publish()
    check = quiz_page(module, mixed_quiz(), title="Module check")
    later = course.add_child(
        instance=LessonPage(
            title="Lesson 2", slug="lesson-2", body=factories.paragraph("<p>Two.</p>")
        )
    )
    later.save_revision().publish()
    client = signed_in(learner)

    assert "not open yet" in text_of(client.get(check.url))
    finish(client, [first])
    assert "Start the quiz" in text_of(client.get(check.url))
    assert start(client, check.quiz, course=str(course.translation_key)).status_code == 201


def test_an_assessment_in_a_free_order_course_is_open_from_the_start(learner):
    course, _, assessment = sequential_course(navigation=CoursePage.NAVIGATION_FREE)
    client = signed_in(learner)
    assert "Start the quiz" in text_of(client.get(assessment.url))
    assert start(client, assessment.quiz, course=str(course.translation_key)).status_code == 201


def test_a_trainer_reads_a_closed_assessment_without_taking_it():
    course, _, assessment = sequential_course()
    assessment.intro = "<p>What this check covers.</p>"
    assessment.save_revision().publish()
    client = signed_in(factories.trainer())

    response = client.get(assessment.url)
    text = text_of(response)
    assert "What this check covers." in text
    assert "How this quiz works" in text
    assert "You are reading this assessment as a trainer or reviewer." in text
    assert not re.search(r"data-quiz-start(?![-\w])", response.content.decode())  # no button
    assert start(client, assessment.quiz, course=str(course.translation_key)).status_code == 403


def test_the_closed_page_and_the_refusal_speak_french(learner):
    course, (first, _), assessment = sequential_course()
    french = factories.locales()[1]
    quiz = assessment.quiz
    for link in quiz.quiz_questions.all():
        quiz_factories.translate(link.question.bank)
        quiz_factories.translate(link.question)
    french_quiz = quiz_factories.translate(quiz)
    french_page = translate_instance(
        assessment, {"title": "Vérification finale", "slug": "verification-finale"}, french
    )
    client = signed_in(learner)

    response = client.get(french_page.url)
    text = text_of(response)
    assert "Cette évaluation n’est pas encore ouverte." in text
    assert "Aller à : Leçon 1" in text
    assert f'href="{first.get_translation(french).url}"' in response.content.decode()

    refusal = start(client, french_quiz, language="fr", course=str(course.translation_key))
    assert refusal.status_code == 403
    assert "Leçon suivante\u00a0: Leçon 1." in refusal.json()["error"]
    assert refusal.json()["lesson"]["url"] == first.get_translation(french).url


def test_the_offline_copy_of_a_closed_assessment_is_whole_and_names_the_lessons_to_do(learner):
    course, (first, second), assessment = sequential_course()
    client = signed_in(learner)
    finish(client, [first])

    copy = client.get(assessment.url, HTTP_X_OFFLINE_COPY="1").content.decode()
    assert "data-start-url" in copy
    assert "not open yet" not in copy
    requires = json.loads(
        copy.split('id="quiz-offline-requires" type="application/json">')[1].split("</script>")[0]
    )
    second_line = {"key": str(second.translation_key), "title": "Lesson 2", "url": second.url}
    assert requires == [second_line]


def test_an_attempt_prepared_offline_is_graded_only_once_the_lessons_before_it_are_done(learner):
    course, lessons, assessment = sequential_course()
    client = signed_in(learner)

    # Downloading the course prepares the attempt, lessons or not.
    prepared = start(client, assessment.quiz, course=str(course.translation_key), offline=True)
    assert prepared.status_code == 201
    document = prepared.json()

    early = submit(client, document)
    assert early.status_code == 409
    assert early.json()["reason"] == "sequence"
    attempt = QuizAttempt.objects.get()
    assert attempt.status == QuizAttempt.Status.IN_PROGRESS
    # Resuming it online is refused too while the lessons are not done.
    assert start(client, assessment.quiz, course=str(course.translation_key)).status_code == 403

    finish(client, lessons)
    graded = submit(client, attempt_document(attempt=attempt))
    assert graded.status_code == 200
    assert graded.json()["passed"] is True
