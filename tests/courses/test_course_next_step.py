"""After the last lesson, the course page leads to what is left: the final assessment when
the course asks for it (never "About 0 minutes left" with nothing to press), then the
certificate once everything is done. In a course taken in order, the assessment is shown
closed until the lessons before it are done."""

import re

import pytest
from django.test import Client

from courses.demo.loader import translate_instance
from courses.models import CoursePage
from courses.services import registration_current
from quizzes.selectors import attempt_document
from quizzes.services import attempt_start, attempt_submit
from tests import factories
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import answers_for, mixed_quiz, quiz_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(units):
    return factories.learner(units["yvr"])


@pytest.fixture
def signed_in(learner):
    client = Client()
    client.force_login(learner)
    return client


def assessed_course(**fields):
    fields.setdefault("completion_rule", CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT)
    course, lessons = factories.course(lessons=2, **fields)
    assessment = quiz_page(
        course, mixed_quiz(pass_mark="0.80"), title="Final check", estimated_minutes=15
    )
    return course, lessons, assessment


def finish(client, lessons):
    """Complete the lessons as the learner does; the page the last one leads to."""
    for lesson in lessons:
        response = client.post(lesson.url + "complete/", follow=True)
    return response


def pass_assessment(learner, course, assessment):
    attempt = attempt_start(
        user=learner,
        quiz=assessment.quiz,
        language="en",
        registration=registration_current(user=learner, course=course),
        course_key=course.translation_key,
    )
    answers = answers_for(attempt_document(attempt=attempt))
    return attempt_submit(attempt=attempt, answers=answers, submission_key="k")


def in_french(assessment):
    """The French version of an assessment page, with its French quiz."""
    french = factories.locales()[1]
    quiz = assessment.quiz
    for link in quiz.quiz_questions.all():
        quiz_factories.translate(link.question.bank)
        quiz_factories.translate(link.question)
    quiz_factories.translate(quiz)
    return translate_instance(
        assessment, {"title": "Vérification finale", "slug": "verification-finale"}, french
    )


def text_of(response) -> str:
    html = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def buttons(response) -> dict[str, str]:
    """The page's button links, text to address."""
    html = response.content.decode()
    return {
        " ".join(re.sub(r"<[^>]+>", " ", text).split()): href
        for href, text in re.findall(r'<a class="button" href="([^"]+)">(.*?)</a>', html, re.S)
    }


def test_after_the_last_lesson_the_course_page_leads_to_the_final_assessment(signed_in):
    course, lessons, assessment = assessed_course()

    response = finish(signed_in, lessons)

    assert response.request["PATH_INFO"] == course.url
    text = text_of(response)
    assert "About 0 minutes left" not in text
    assert "About 15 minutes left" in text  # the assessment's own estimate
    assert "You have finished every lesson." in text
    assert buttons(response)["Take the final assessment"] == assessment.url


def test_the_course_page_counts_the_assessment_in_the_time_left(signed_in, learner):
    course, lessons, _ = assessed_course()
    finish(signed_in, lessons[:1])
    text = text_of(signed_in.get(course.url))
    # One lesson (10 min) and the assessment (15 min).
    assert "About 25 minutes left" in text
    assert "Take the final assessment" not in text


def test_once_everything_is_done_the_course_page_says_so_and_links_the_certificate(
    signed_in, learner
):
    course, lessons, assessment = assessed_course()
    finish(signed_in, lessons)
    pass_assessment(learner, course, assessment)

    response = signed_in.get(course.url)
    text = text_of(response)
    assert "You have completed this course" in text
    assert "Take the final assessment" not in text
    assert "minutes left" not in text
    certificate = learner.certificates.get()
    assert buttons(response)["View certificate"] == certificate.get_absolute_url()


def test_a_course_completed_by_its_lessons_alone_never_asks_for_the_quiz(signed_in, learner):
    course, lessons, _ = assessed_course(completion_rule=CoursePage.COMPLETION_ALL_LESSONS)
    response = finish(signed_in, lessons)
    text = text_of(response)
    assert "You have completed this course" in text
    assert "Take the final assessment" not in text


def test_my_learning_offers_the_final_assessment_when_only_it_is_left(signed_in):
    course, lessons, assessment = assessed_course()
    finish(signed_in, lessons)
    response = signed_in.get("/en/my-learning/")
    assert buttons(response)[f"Take the final assessment : {course.title}"] == assessment.url


def test_the_french_course_page_offers_the_final_assessment_in_french(signed_in):
    course, lessons, assessment = assessed_course()
    french_assessment = in_french(assessment)
    finish(signed_in, lessons)
    french = factories.locales()[1]
    response = signed_in.get(course.get_translation(french).url)
    assert buttons(response)["Passer l’évaluation finale"] == french_assessment.url
    assert "Environ 15 minutes restantes" in text_of(response)


def test_in_a_course_taken_in_order_the_assessment_shows_closed_until_the_lessons_are_done(
    signed_in,
):
    course, lessons, assessment = assessed_course(navigation=CoursePage.NAVIGATION_SEQUENTIAL)

    html = signed_in.get(course.url).content.decode()
    line = re.search(r"<h2>Final assessment</h2>.*?</ul>", html, re.S).group(0)
    assert f'href="{assessment.url}"' not in line
    assert "Locked: finish the lessons before it" in line

    finish(signed_in, lessons)
    html = signed_in.get(course.url).content.decode()
    line = re.search(r"<h2>Final assessment</h2>.*?</ul>", html, re.S).group(0)
    assert f'href="{assessment.url}"' in line
    assert "Not passed yet" in line
