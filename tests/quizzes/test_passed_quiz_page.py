"""Once a learner has passed a quiz, its page says so first: when and with what score. The
next step is the course; retaking, when attempts are left, is a secondary action that says
the best result counts (a pass, once recorded, completes the course whatever comes after).
The result of an attempt gives the attempt counts as they are after it."""

import re
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone, translation

from common.dates import date_format
from courses.demo.loader import translate_instance
from courses.models import CourseCompletion
from courses.services import registration_current
from quizzes import services
from quizzes.selectors import attempt_document, attempt_result
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


def assessed(**quiz_fields):
    quiz_fields.setdefault("pass_mark", Decimal("0.75"))
    quiz_fields.setdefault("attempts_allowed", 3)
    course, lessons = factories.course(
        title="Border basics", lessons=1, completion_rule="all_lessons_and_assessment"
    )
    return course, lessons, quiz_page(course, mixed_quiz(**quiz_fields), title="Final check")


def take(learner, course, quiz, *, right_positions=None, key="k"):
    """A submitted attempt within the course (all right unless ``right_positions``)."""
    attempt = services.attempt_start(
        user=learner,
        quiz=quiz,
        language="en",
        registration=registration_current(user=learner, course=course),
        course_key=course.translation_key,
    )
    answers = answers_for(attempt_document(attempt=attempt), right_positions=right_positions)
    return services.attempt_submit(attempt=attempt, answers=answers, submission_key=key)


def text_of(response) -> str:
    html = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def start_buttons(response) -> list[tuple[str, str]]:
    """The page's start buttons (the runner shows them), as (classes, text)."""
    return [
        (classes, text.strip())
        for classes, text in re.findall(
            r'<button type="button" class="([^"]+)" data-quiz-start hidden>(.*?)</button>',
            response.content.decode(),
        )
    ]


def test_a_passed_quiz_says_when_and_with_what_score_and_retaking_is_secondary(signed_in, learner):
    course, _, page = assessed()
    take(learner, course, page.quiz, right_positions={1, 2, 3, 4, 5, 6}, key="a")  # 6 of 8
    passing = take(learner, course, page.quiz, right_positions={1, 2, 3, 4, 5, 7}, key="b")

    response = signed_in.get(page.url)
    text = text_of(response)
    date = date_format(timezone.localtime(passing.submitted_at), "DATE_FORMAT")
    assert f"You passed on {date} with 87.5%." in text
    html = response.content.decode()
    passed = re.search(r'<section class="quiz-passed".*?</section>', html, re.S).group(0)
    assert f'<a class="button" href="{course.url}">Back to the course</a>' in passed
    # Above the rules: the first thing read after the title.
    assert html.index("quiz-passed") < html.index("How this quiz works")
    assert start_buttons(response) == [("button button-secondary", "Retake the quiz")]
    assert "Retaking is optional: your best result counts" in text
    assert "Start the quiz" not in text


def test_the_pass_stays_whatever_a_retake_scores(signed_in, learner):
    course, lessons, page = assessed()
    signed_in.post(lessons[0].url + "complete/")
    passing = take(learner, course, page.quiz, key="pass")
    assert CourseCompletion.objects.filter(user=learner).count() == 1
    take(learner, course, page.quiz, right_positions=set(), key="retake")

    text = text_of(signed_in.get(page.url))
    date = date_format(timezone.localtime(passing.submitted_at), "DATE_FORMAT")
    assert f"You passed on {date} with 100%." in text
    assert CourseCompletion.objects.filter(user=learner).count() == 1


def test_a_passed_quiz_without_attempts_left_shows_the_pass_and_no_refusal(signed_in, learner):
    course, _, page = assessed(attempts_allowed=1)
    take(learner, course, page.quiz)
    text = text_of(signed_in.get(page.url))
    assert "You passed on" in text
    assert "You cannot start this quiz now" not in text
    assert "Retake the quiz" not in text


def test_a_quiz_not_passed_yet_keeps_its_start_button_and_says_nothing_of_a_pass(
    signed_in, learner
):
    course, _, page = assessed()
    take(learner, course, page.quiz, right_positions={1}, key="fail")
    response = signed_in.get(page.url)
    assert "You passed" not in text_of(response)
    assert start_buttons(response) == [("button", "Start the quiz")]


def test_a_pass_before_a_major_revision_does_not_count_for_the_new_run(signed_in, learner):
    course, _, page = assessed()
    take(learner, course, page.quiz)
    type(course).objects.filter(pk=course.pk).update(major_version=course.major_version + 1)
    registration_current(user=learner, course=type(course).objects.get(pk=course.pk))

    response = signed_in.get(page.url)
    assert "You passed on" not in text_of(response)
    assert start_buttons(response) == [("button", "Start the quiz")]


def test_the_pass_reads_in_french_with_french_date_and_percent(signed_in, learner):
    course, _, page = assessed()
    french = factories.locales()[1]
    quiz = page.quiz
    for link in quiz.quiz_questions.all():
        quiz_factories.translate(link.question.bank)
        quiz_factories.translate(link.question)
    quiz_factories.translate(quiz)
    french_page = translate_instance(
        page, {"title": "Vérification finale", "slug": "verification-finale"}, french
    )
    passing = take(learner, course, quiz, right_positions={1, 2, 3, 4, 5, 7})

    response = signed_in.get(french_page.url)
    text = text_of(response)
    with translation.override("fr"):
        date = date_format(timezone.localtime(passing.submitted_at), "DATE_FORMAT")
    assert f"Vous l’avez réussi le {date}, avec un résultat de 87,5 %." in text
    assert "87,5\u00a0%" in response.content.decode()  # kept together on one line
    assert start_buttons(response) == [("button button-secondary", "Repasser le questionnaire")]


def test_the_result_gives_the_attempt_counts_after_this_attempt(learner):
    course, _, page = assessed(attempts_allowed=3)
    take(learner, course, page.quiz, right_positions=set(), key="one")
    second = take(learner, course, page.quiz, right_positions=set(), key="two")
    result = attempt_result(attempt=second)
    assert (result["attempts_used"], result["attempts_left"]) == (2, 1)
    third = take(learner, course, page.quiz, right_positions=set(), key="three")
    result = attempt_result(attempt=third)
    assert (result["attempts_used"], result["attempts_left"]) == (3, 0)


def test_the_quiz_page_marks_the_counts_the_runner_brings_up_to_date(signed_in, learner):
    course, _, page = assessed(attempts_allowed=3)
    take(learner, course, page.quiz, right_positions=set())
    html = signed_in.get(page.url).content.decode()
    assert "<dd data-attempts-used>1</dd>" in html
    assert "<dd data-attempts-left>2</dd>" in html
    assert html.count("data-quiz-summary") == 1
