"""The quiz page of a course: what a learner reads before starting (rules, past attempts,
best result, whether they may start now), in English and in French, the French page
pointing at the French quiz, starting from the page, and a page that never holds a
question or an answer."""

import json
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from django.utils.formats import date_format

from courses.demo.loader import translate_instance
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from quizzes import services
from quizzes.models import Question, QuizAttempt, QuizPage, quiz_runner_messages
from quizzes.selectors import attempt_document
from tests import factories
from tests.factories import UserFactory
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import answers_for, mixed_quiz, quiz_page

pytestmark = pytest.mark.django_db

RUNNER = Path(settings.BASE_DIR) / "quizzes" / "static" / "quizzes" / "quiz_runner.js"


@pytest.fixture
def learner():
    return UserFactory()


@pytest.fixture
def signed_in(learner):
    client = Client()
    client.force_login(learner)
    return client


@pytest.fixture
def course():
    return factories.course(title="Border basics")[0]


def take(learner, quiz, *, right_positions=None, key="k"):
    """A submitted attempt of ``learner``: right at ``right_positions`` (all by default)."""
    attempt = services.attempt_start(user=learner, quiz=quiz, language="en")
    answers = answers_for(attempt_document(attempt=attempt), right_positions=right_positions)
    return services.attempt_submit(attempt=attempt, answers=answers, submission_key=key)


def text_of(response) -> str:
    """The page's visible text, whitespace collapsed (tags and scripts left out)."""
    html = response.content.decode()
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# -- the page type ----------------------------------------------------------------------------


def test_a_quiz_page_lives_in_a_course_or_a_module_and_has_no_subpages(course):
    module = course.add_child(instance=ModulePage(title="Module", slug="module"))
    assert QuizPage.can_create_at(course)
    assert QuizPage.can_create_at(module)
    assert not QuizPage.can_create_at(CourseIndexPage.objects.get(locale=course.locale))
    page = quiz_page(course, mixed_quiz())
    assert not LessonPage.can_create_at(page)
    assert page.course.specific == course
    assert quiz_page(module, mixed_quiz()).course.specific == course


def test_the_editor_chooses_the_quiz_with_a_snippet_chooser(client, course):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(f"/admin/pages/add/quizzes/quizpage/{course.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="quiz"' in html
    assert "/admin/snippets/choose/quizzes/quiz/" in html


# -- what the learner reads -----------------------------------------------------------------


def test_the_page_shows_the_rules_the_past_attempts_and_the_best_result(signed_in, learner, course):
    quiz = mixed_quiz(
        time_limit=20, attempts_allowed=3, pass_mark=Decimal("0.75"), wait_between_attempts=0
    )
    page = quiz_page(course, quiz, intro="<p>Check what you learned.</p>", estimated_minutes=12)
    take(learner, quiz, right_positions={1, 2, 3}, key="first")  # 3 of 8 points
    take(learner, quiz, key="second")  # all right

    response = signed_in.get(page.url)
    assert response.status_code == 200
    text = text_of(response)
    assert "Check what you learned." in text
    assert "About 12 minutes" in text
    assert "Assessment in Border basics" in text
    assert "Time limit 20 min" in text
    assert "Pass mark 75%" in text
    assert "Attempts allowed 3" in text
    assert "Attempts used 2" in text
    assert "Attempts left 1" in text
    assert "Questions 7" in text
    assert "Your best result: 100% Passed" in text
    html = response.content.decode()
    assert "<caption>Your past attempts at this quiz</caption>" in html
    rows = re.findall(r"<tr>\s*<th scope=\"row\"[^>]*>(\d)</th>(.*?)</tr>", html, flags=re.S)
    assert [number for number, _ in rows] == ["1", "2"]
    assert "37.5%" in rows[0][1] and "Not passed" in rows[0][1]
    assert "100%" in rows[1][1] and "Passed" in rows[1][1]
    assert html.count('scope="col"') == 4
    assert "Start the quiz" in text


def test_a_score_just_below_the_pass_mark_never_reads_as_the_pass_mark(signed_in, learner, course):
    quiz = mixed_quiz(pass_mark=Decimal("0.80"))
    page = quiz_page(course, quiz)
    attempt = take(learner, quiz, right_positions={1})
    QuizAttempt.objects.filter(pk=attempt.pk).update(scaled=0.79999, passed=False)
    text = text_of(signed_in.get(page.url))
    assert "79.9%" in text
    assert "80%" not in text.replace("Pass mark 80%", "")


def test_a_learner_with_an_attempt_in_progress_is_offered_to_resume_it(signed_in, learner, course):
    quiz = mixed_quiz(time_limit=30)
    page = quiz_page(course, quiz)
    services.attempt_start(user=learner, quiz=quiz, language="en")
    text = text_of(signed_in.get(page.url))
    assert "Resume the quiz" in text
    assert "Start the quiz" not in text
    assert "Your attempt 1, started on" in text
    assert "Its time runs out at" in text


def test_a_learner_without_attempts_left_is_told_why_and_gets_no_start_button(
    signed_in, learner, course
):
    quiz = mixed_quiz(attempts_allowed=1)
    page = quiz_page(course, quiz)
    take(learner, quiz)
    response = signed_in.get(page.url)
    text = text_of(response)
    assert "You cannot start this quiz now." in text
    assert "You have used every attempt allowed for this quiz (1)." in text
    assert "Attempts left 0" in text
    assert "data-quiz-start" not in response.content.decode().replace("data-quiz-start-", "")
    assert "This quiz needs JavaScript." not in text


def test_a_learner_who_must_wait_is_told_when_they_can_try_again(signed_in, learner, course):
    quiz = mixed_quiz(wait_between_attempts=90)
    page = quiz_page(course, quiz)
    attempt = take(learner, quiz, right_positions=set())
    text = text_of(signed_in.get(page.url))
    available = timezone.localtime(attempt.submitted_at + timedelta(minutes=90))
    assert "You can take this quiz again in 90 min." in text
    assert f"You can try again from {date_format(available, 'DATETIME_FORMAT')}." in text


def test_a_visitor_sees_the_rules_and_is_asked_to_sign_in(course):
    page = quiz_page(course, mixed_quiz(time_limit=15))
    response = Client().get(page.url)
    assert response.status_code == 200
    text = text_of(response)
    assert "Time limit 15 min" in text
    assert "Sign in to take this quiz" in text
    assert "quiz_runner.js" not in response.content.decode()


def test_without_javascript_the_page_says_the_quiz_needs_it(signed_in, course):
    page = quiz_page(course, mixed_quiz())
    html = signed_in.get(page.url).content.decode()
    notice = re.search(
        r"<div class=\"quiz-notice quiz-needs-js\" data-quiz-needs-js>(.*?)</div>", html, re.S
    )
    assert notice is not None and "This quiz needs JavaScript." in notice.group(1)
    # The start button only appears once the script runs.
    assert re.search(r"<button[^>]*data-quiz-start hidden>", html)


def test_the_page_holds_no_question_and_no_answer(signed_in, learner, course):
    questions = [
        quiz_factories.question(
            stem="<p>Which document proves citizenship?</p>",
            choices=[("Passport", True, "Right, a passport."), ("Library card", False, "No.")],
            feedback_correct="Well done.",
            explanation="<p>The passport proves it.</p>",
        ),
        quiz_factories.question(Question.Kind.SHORT_TEXT, accepted=["Saskatoon"]),
        quiz_factories.question(Question.Kind.MATCHING, pairs=[("Dog", "Bark"), ("Cat", "Meow")]),
        quiz_factories.question(Question.Kind.ORDERING, items=["Stop", "Ask", "Refer"]),
    ]
    quiz = quiz_factories.quiz(questions=questions)
    page = quiz_page(course, quiz)
    secrets = [
        "Which document",
        "Passport",
        "Library card",
        "Right, a passport.",
        "Well done.",
        "proves it",
        "Saskatoon",
        "Bark",
        "Meow",
        "Refer",
    ]
    before = signed_in.get(page.url).content.decode()
    services.attempt_start(user=learner, quiz=quiz, language="en")
    during = signed_in.get(page.url).content.decode()
    for html in (before, during):
        for secret in secrets:
            assert secret not in html


def test_the_page_gives_the_runner_every_text_it_uses(signed_in, course):
    page = quiz_page(course, mixed_quiz())
    html = signed_in.get(page.url).content.decode()
    found = re.search(
        r'<script id="quiz-runner-messages" type="application/json">(.*?)</script>', html, re.S
    )
    assert found is not None
    messages = json.loads(found.group(1))
    script = RUNNER.read_text()
    used = set(re.findall(r'(?:say|hint)\(\s*"(\w+)"', script))
    choices = re.findall(r'say\(\s*[\w.=!\s]+\?\s*"(\w+)"\s*:\s*"(\w+)"', script)
    used |= {key for pair in choices for key in pair}  # say(flag ? "a" : "b")
    assert used, "the runner says nothing?"
    assert used <= set(messages), sorted(used - set(messages))
    assert all(messages[key] for key in used)
    assert set(messages) == set(quiz_runner_messages())


# -- French -----------------------------------------------------------------------------------


def french_quiz_and_page(course):
    """An English quiz of one question and its page, both translated into French through
    wagtail-localize, as a translator would."""
    french = factories.locales()[1]
    bank = quiz_factories.bank()
    question = quiz_factories.question(bank=bank, stem="<p>Yes or no?</p>")
    quiz = quiz_factories.quiz(questions=[question], time_limit=25)
    quiz_factories.translate(bank, {"Customs law": "Droit douanier"})
    quiz_factories.translate(question, {"Yes or no?": "Oui ou non?", "Yes": "Oui", "No": "Non"})
    french_quiz = quiz_factories.translate(quiz, {"Customs quiz": "Questionnaire des douanes"})
    page = quiz_page(course, quiz, title="Final check", intro="<p>Check what you learned.</p>")
    french_page = translate_instance(
        page,
        {
            "title": "Vérification finale",
            "slug": "verification-finale",
            "intro": "<p>Vérifiez ce que vous avez appris.</p>",
        },
        french,
    )
    return quiz, french_quiz, page, QuizPage.objects.get(pk=french_page.pk)


def test_translating_the_page_points_the_french_page_at_the_french_quiz(course):
    quiz, french_quiz, page, french_page = french_quiz_and_page(course)
    assert french_page.locale.language_code == "fr"
    assert french_page.live
    assert french_page.quiz == french_quiz
    assert french_page.quiz.title == "Questionnaire des douanes"
    assert french_page.quiz.translation_key == quiz.translation_key
    assert QuizPage.objects.get(pk=page.pk).quiz == quiz
    assert french_page.course.specific == course.get_translation(french_page.locale)


def test_the_french_page_renders_in_french_and_starts_the_quiz_in_french(
    signed_in, learner, course
):
    quiz, french_quiz, _, french_page = french_quiz_and_page(course)
    take(learner, quiz, key="english-attempt")  # attempts count across languages
    response = signed_in.get(french_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "<h1>Vérification finale</h1>" in html
    assert "Vérifiez ce que vous avez appris." in html
    assert "Retour au cours" in html
    assert f'data-start-url="/fr/questionnaires/{quiz.translation_key}/tentatives/"' in html
    course_fr = course.get_translation(french_page.locale)
    assert f'data-course-key="{course_fr.translation_key}"' in html
    rows = re.findall(r"<th scope=\"row\"[^>]*>(\d)</th>", html)
    assert rows == ["1"]

    started = signed_in.post(
        f"/fr/questionnaires/{quiz.translation_key}/tentatives/",
        json.dumps({"course": str(course_fr.translation_key)}),
        content_type="application/json",
    )
    assert started.status_code == 201
    document = started.json()
    assert document["quiz"]["title"] == "Questionnaire des douanes"
    assert document["questions"][0]["stem"] == "<p>Oui ou non?</p>"
    attempt = QuizAttempt.objects.get(number=2)
    assert attempt.quiz == french_quiz
    assert attempt.language == "fr"
    assert attempt.course_key == course.translation_key


# -- starting from the page -------------------------------------------------------------------


def test_the_start_button_starts_the_attempt_in_the_course_registration(signed_in, learner, course):
    quiz = mixed_quiz()
    page = quiz_page(course, quiz)
    html = signed_in.get(page.url).content.decode()
    start_url = re.search(r'data-start-url="([^"]+)"', html).group(1)
    course_key = re.search(r'data-course-key="([^"]+)"', html).group(1)
    assert not QuizAttempt.objects.exists()  # opening the page starts nothing

    response = signed_in.post(
        start_url, json.dumps({"course": course_key}), content_type="application/json"
    )
    assert response.status_code == 201
    attempt = QuizAttempt.objects.get()
    assert attempt.course_key == course.translation_key
    assert attempt.registration == learner.course_registrations.get(is_current=True).registration
    assert response.json()["attempt"]["id"] == str(attempt.id)
    # The answers and submit addresses the runner builds reach this attempt.
    answers_url = re.search(r'data-answers-url="([^"]+)"', html).group(1)
    saved = signed_in.post(
        answers_url.replace("ATTEMPT_ID", str(attempt.id)),
        json.dumps({"answers": {}}),
        content_type="application/json",
    )
    assert saved.status_code == 200


def test_a_quiz_in_a_module_starts_in_its_course(signed_in, learner, course):
    module = course.add_child(instance=ModulePage(title="Module", slug="module"))
    module.save_revision().publish()
    quiz = mixed_quiz()
    page = quiz_page(module, quiz)
    html = signed_in.get(page.url).content.decode()
    assert f'data-course-key="{course.translation_key}"' in html
    response = signed_in.post(
        f"/en/quizzes/{quiz.translation_key}/attempts/",
        json.dumps({"course": str(course.translation_key)}),
        content_type="application/json",
    )
    assert response.status_code == 201
    assert isinstance(page.course.specific, CoursePage)
