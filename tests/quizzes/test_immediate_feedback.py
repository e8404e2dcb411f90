"""Immediate feedback: with the feedback mode "immediately, after each question", the
learner checks an answer, the server grades it and says whether it is right, and the
answer is then fixed; quizzes giving feedback after submission refuse to check."""

import json

import pytest
from django.test import Client, override_settings

from quizzes.models import Quiz, QuizAttempt
from tests.factories import UserFactory
from tests.quizzes import factories
from tests.quizzes.attempt_helpers import position_of, right_response, wrong_response

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def attempt_urls():
    with override_settings(ROOT_URLCONF="tests.quizzes.attempt_urls"):
        yield


def _quiz(*, graded: bool, mode=Quiz.FeedbackMode.IMMEDIATE, show="after_submission"):
    questions = [
        factories.question(
            choices=[("Yes", True, "Indeed."), ("No", False, "Not so.")],
            explanation="<p>Because the law says so.</p>",
        ),
        factories.question("short_text", accepted=["Ottawa"]),
    ]
    return factories.quiz(
        questions=questions, graded=graded, feedback_mode=mode, show_correct_answers=show
    )


def _post(client, url, payload):
    return client.post(url, json.dumps(payload), content_type="application/json")


def _start(quiz):
    learner = UserFactory()
    client = Client()
    client.force_login(learner)
    document = _post(client, f"/en/quizzes/{quiz.translation_key}/attempts/", {}).json()
    return client, document


def _check(client, document, position, response, **extra):
    url = f"/en/quizzes/attempts/{document['attempt']['id']}/check/"
    return _post(client, url, {"position": position, "response": response, **extra})


def _question(document, kind):
    position = position_of(document, kind)
    return position, next(q for q in document["questions"] if q["position"] == position)


def test_a_right_answer_is_said_right_with_its_feedback_and_explanation():
    client, document = _start(_quiz(graded=False))
    position, question = _question(document, "single_choice")

    response = _check(client, document, position, right_response(question))

    assert response.status_code == 200, response.content
    feedback = response.json()["feedback"]
    assert feedback["correct"] is True
    assert feedback["score"] == feedback["max_score"] == 1
    assert "Because the law says so." in feedback["explanation"]
    assert feedback["correct_response"] == right_response(question)


def test_a_wrong_answer_gets_the_choice_feedback_and_is_then_fixed():
    client, document = _start(_quiz(graded=False))
    position, question = _question(document, "single_choice")

    feedback = _check(client, document, position, wrong_response(question)).json()["feedback"]
    assert feedback["correct"] is False
    assert list(feedback["choice_feedback"].values()) == ["Not so."]

    # Changing it afterwards is refused, by check, save and submit alike.
    attempt_id = document["attempt"]["id"]
    again = _check(client, document, position, right_response(question))
    assert again.status_code == 400
    assert again.json()["field"] == f"answers[{position}]"
    save = _post(
        client,
        f"/en/quizzes/attempts/{attempt_id}/answers/",
        {"answers": {str(position): right_response(question)}},
    )
    assert save.status_code == 400 and save.json()["field"] == f"answers[{position}]"
    submit = _post(
        client,
        f"/en/quizzes/attempts/{attempt_id}/submit/",
        {"answers": {str(position): right_response(question)}, "submission_key": "s1"},
    )
    assert submit.status_code == 400
    attempt = QuizAttempt.objects.get(pk=attempt_id)
    assert attempt.status == QuizAttempt.Status.IN_PROGRESS
    assert attempt.answers[str(position)] == wrong_response(question)
    assert attempt.checked == [str(position)]


def test_checking_the_same_answer_again_gives_the_same_feedback():
    client, document = _start(_quiz(graded=False))
    position, question = _question(document, "short_text")
    first = _check(client, document, position, " ottawa ").json()
    second = _check(client, document, position, " ottawa ").json()
    assert first == second and first["feedback"]["correct"] is True


def test_the_submission_counts_the_checked_answer():
    client, document = _start(_quiz(graded=False))
    position, question = _question(document, "single_choice")
    _check(client, document, position, wrong_response(question))
    other, other_question = _question(document, "short_text")

    submit = _post(
        client,
        f"/en/quizzes/attempts/{document['attempt']['id']}/submit/",
        {
            "answers": {str(position): wrong_response(question), str(other): "Ottawa"},
            "submission_key": "s1",
        },
    )
    assert submit.status_code == 200, submit.content
    assert submit.json()["score"] == 1


def test_a_graded_quiz_says_right_or_wrong_but_keeps_the_answer_key():
    client, document = _start(_quiz(graded=True))
    position, question = _question(document, "single_choice")
    feedback = _check(client, document, position, wrong_response(question)).json()["feedback"]
    assert feedback["correct"] is False
    assert "correct_response" not in feedback and "explanation" not in feedback


def test_the_resumed_document_lists_the_checked_positions():
    quiz = _quiz(graded=False)
    client, document = _start(quiz)
    position, question = _question(document, "single_choice")
    _check(client, document, position, right_response(question))
    resumed = _post(client, f"/en/quizzes/{quiz.translation_key}/attempts/", {}).json()
    assert resumed["attempt"]["checked"] == [position]


def test_a_quiz_with_feedback_after_submission_refuses_to_check():
    client, document = _start(_quiz(graded=True, mode=Quiz.FeedbackMode.AFTER_SUBMISSION))
    position, question = _question(document, "single_choice")
    response = _check(client, document, position, right_response(question))
    assert response.status_code == 400
    assert response.json()["field"] == "feedback"
    assert QuizAttempt.objects.get().answers == {}


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"response": "x"}, "position"),
        ({"position": 1}, "response"),
        ({"position": 99, "response": "x"}, "position"),
        ({"position": "first", "response": "x"}, "position"),
        ({"position": 1, "response": None}, "response"),
    ],
)
def test_malformed_checks_name_the_field_and_store_nothing(payload, field):
    client, document = _start(_quiz(graded=False))
    url = f"/en/quizzes/attempts/{document['attempt']['id']}/check/"
    response = _post(client, url, payload)
    assert response.status_code == 400
    assert response.json()["field"] == field
    attempt = QuizAttempt.objects.get()
    assert attempt.answers == {} and attempt.checked == []


def test_another_learner_cannot_check_an_attempt():
    client, document = _start(_quiz(graded=False))
    position, question = _question(document, "single_choice")
    intruder = Client()
    other = UserFactory()
    intruder.force_login(other)
    response = _check(intruder, document, position, right_response(question))
    assert response.status_code == 403
    assert QuizAttempt.objects.get().checked == []


def test_a_submitted_attempt_cannot_be_checked():
    client, document = _start(_quiz(graded=False))
    attempt_id = document["attempt"]["id"]
    _post(
        client, f"/en/quizzes/attempts/{attempt_id}/submit/", {"answers": {}, "submission_key": "k"}
    )
    position, question = _question(document, "single_choice")
    assert _check(client, document, position, right_response(question)).status_code == 409
