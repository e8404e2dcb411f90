"""A course whose rule asks for its assessment is completed, and certified, only when
every lesson is done and the learner has passed the assessment in the same registration."""

import pytest

from certificates.models import Certificate
from courses.models import CourseCompletion, CoursePage
from courses.services import registration_current
from quizzes.models import QuizPage
from quizzes.selectors import attempt_document
from quizzes.services import attempt_start, attempt_submit
from tests import factories
from tests.quizzes.attempt_helpers import answers_for, mixed_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(units):
    return factories.learner(units["yvr"])


def course_with_assessment(rule=CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT):
    course, lessons = factories.course(lessons=2, completion_rule=rule)
    quiz = mixed_quiz(pass_mark="0.80")
    page = course.add_child(instance=QuizPage(title="Final assessment", slug="final", quiz=quiz))
    page.save_revision().publish()
    return course, lessons, quiz


def take(learner, course, quiz, *, right: bool):
    attempt = attempt_start(
        user=learner,
        quiz=quiz,
        language="en",
        registration=registration_current(user=learner, course=course),
        course_key=course.translation_key,
    )
    document = attempt_document(attempt=attempt)
    answers = answers_for(document, right_positions=None if right else [])
    return attempt_submit(attempt=attempt, answers=answers, submission_key=f"k-{right}")


def finish_lessons(client, learner, lessons):
    client.force_login(learner)
    for lesson in lessons:
        client.post(lesson.url + "complete/")


def test_lessons_alone_do_not_complete_a_course_that_asks_for_its_assessment(client, learner):
    course, lessons, _ = course_with_assessment()
    finish_lessons(client, learner, lessons)
    assert not CourseCompletion.objects.filter(user=learner).exists()


def test_passing_the_assessment_after_the_lessons_completes_and_certifies(client, learner):
    course, lessons, quiz = course_with_assessment()
    finish_lessons(client, learner, lessons)
    attempt = take(learner, course, quiz, right=True)
    assert attempt.passed
    assert CourseCompletion.objects.filter(user=learner).count() == 1
    assert Certificate.objects.filter(user=learner).count() == 1


def test_passing_first_then_finishing_the_lessons_also_completes(client, learner):
    course, lessons, quiz = course_with_assessment()
    take(learner, course, quiz, right=True)
    assert not CourseCompletion.objects.filter(user=learner).exists()
    finish_lessons(client, learner, lessons)
    assert CourseCompletion.objects.filter(user=learner).count() == 1


def test_a_failed_assessment_does_not_complete_the_course(client, learner):
    course, lessons, quiz = course_with_assessment()
    finish_lessons(client, learner, lessons)
    attempt = take(learner, course, quiz, right=False)
    assert attempt.passed is False
    assert not CourseCompletion.objects.filter(user=learner).exists()


def test_a_course_completed_by_its_lessons_ignores_its_quiz(client, learner):
    course, lessons, _ = course_with_assessment(rule=CoursePage.COMPLETION_ALL_LESSONS)
    finish_lessons(client, learner, lessons)
    assert CourseCompletion.objects.filter(user=learner).count() == 1
