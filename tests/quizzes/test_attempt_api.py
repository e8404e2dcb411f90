"""The quiz attempts JSON API: starting an attempt (POST) and the quiz definition (GET,
which never starts one), the quiz document the browser gets (never an answer for a graded
quiz), saving, submitting, idempotent replays, the token path for offline submissions, and
the errors a client can act on."""

import json
import uuid
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.test import Client, override_settings

from lrs.models import Statement
from quizzes.models import Question, Quiz, QuizAttempt
from tests.factories import UserFactory
from tests.factories import course as course_page
from tests.quizzes import factories
from tests.quizzes.attempt_helpers import answers_for, mixed_quiz, position_of, quiz_page
from tracking import vocabulary as v

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("attempt_urls"),
]


@pytest.fixture
def attempt_urls():
    with override_settings(ROOT_URLCONF="tests.quizzes.attempt_urls"):
        yield


@pytest.fixture
def learner():
    return UserFactory()


@pytest.fixture
def client_for(learner):
    def signed_in(user=learner, **kwargs):
        client = Client(**kwargs)
        client.force_login(user)
        return client

    return signed_in


def definition_url(quiz, language="en") -> str:
    return f"/{language}/quizzes/{quiz.translation_key}/definition/"


def start_url(quiz, language="en") -> str:
    return f"/{language}/quizzes/{quiz.translation_key}/attempts/"


def attempt_url(attempt_id, action="") -> str:
    return f"/en/quizzes/attempts/{attempt_id}/" + (f"{action}/" if action else "")


def post(client, url, payload):
    return client.post(url, json.dumps(payload), content_type="application/json")


def open_quiz(client, quiz, **body) -> dict:
    """Start (or resume) the learner's attempt, as the quiz page's Start button does."""
    response = post(client, start_url(quiz), body)
    assert response.status_code in (200, 201), response.content
    return response.json()


def keys_in(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for item in value.values() for k in keys_in(item)}
    if isinstance(value, list):
        return {k for item in value for k in keys_in(item)}
    return set()


# -- starting and the quiz document --------------------------------------------------------


def test_starting_and_the_definition_need_a_signed_in_learner():
    quiz = mixed_quiz()
    for response in (Client().get(definition_url(quiz)), post(Client(), start_url(quiz), {})):
        assert response.status_code == 403
        assert "error" in response.json()
    assert not QuizAttempt.objects.exists()


def test_starting_creates_an_attempt_and_starting_again_resumes_it(client_for, learner):
    quiz = mixed_quiz(time_limit=15, attempts_allowed=3, instructions="<p>Read well.</p>")
    client = client_for()
    started = post(client, start_url(quiz), {})
    assert started.status_code == 201
    document = started.json()
    attempt = QuizAttempt.objects.get()
    assert attempt.user == learner
    assert document["quiz"]["title"] == "Customs quiz"
    assert document["quiz"]["instructions"] == "<p>Read well.</p>"
    assert document["rules"] == {
        "graded": True,
        "time_limit_minutes": 15,
        "attempts_allowed": 3,
        "wait_between_attempts_minutes": 0,
        "pass_mark": 0.8,
        "feedback_mode": "after_submission",
        "show_correct_answers": "after_submission",
    }
    assert document["attempt"]["id"] == str(attempt.id)
    assert document["attempt"]["token"] == attempt.token
    assert document["attempt"]["deadline"] == attempt.deadline.isoformat()
    assert document["attempt"]["answers"] == {}
    assert [q["position"] for q in document["questions"]] == list(range(1, 8))

    first = document["questions"][0]
    saved = post(
        client, attempt_url(attempt.id, "answers"), {"answers": {"1": first["choices"][0]["id"]}}
    )
    assert saved.status_code == 200
    again = post(client, start_url(quiz), {})
    assert again.status_code == 200
    resumed = again.json()
    assert resumed["attempt"]["id"] == str(attempt.id)
    assert resumed["attempt"]["answers"] == {"1": first["choices"][0]["id"]}
    assert resumed["questions"] == document["questions"]
    assert QuizAttempt.objects.count() == 1


def test_a_graded_quiz_document_gives_no_answer_away(client_for):
    questions = [
        factories.question(
            choices=[("Passport", True, "Right, a passport."), ("Library card", False, "No.")],
            feedback_correct="Well done.",
            feedback_incorrect="Read the guide.",
            explanation="<p>The passport proves citizenship.</p>",
        ),
        factories.question(
            Question.Kind.MULTIPLE_RESPONSE,
            choices=[("Visa", True), ("Permit", True), ("Coupon", False)],
        ),
        factories.question(Question.Kind.MATCHING, pairs=[("Dog", "Bark"), ("Cat", "Meow")]),
        factories.question(Question.Kind.ORDERING, items=["First", "Second", "Third"]),
        factories.question(Question.Kind.SHORT_TEXT, accepted=["Saskatoon"]),
        factories.question(
            Question.Kind.NUMERIC,
            numeric_value=Decimal("7919.25"),
            numeric_tolerance=Decimal("0.5"),
        ),
    ]
    quiz = factories.quiz(questions=questions, shuffle_choices=True)
    document = open_quiz(client_for(), quiz)
    text = json.dumps(document)

    assert not keys_in(document) & {
        "correct",
        "accepted",
        "numeric",
        "feedback",
        "feedback_correct",
        "feedback_incorrect",
        "explanation",
        "pairs",
        "answer_key",
        "correct_response",
        "value",
        "tolerance",
    }
    for secret in (
        "Saskatoon",
        "7919.25",
        "Right, a passport.",
        "Well done.",
        "Read the guide.",
        "proves citizenship",
    ):
        assert secret not in text
    for snapshot_id in ('"c1"', '"c2"', '"c3"', '"i1"', '"i2"', '"i3"'):
        assert snapshot_id not in text
    matching = document["questions"][2]
    assert {item["id"] for item in matching["right"]} == {"r1", "r2"}


def test_a_practice_quiz_with_immediate_feedback_carries_its_answer_key(client_for):
    quiz = factories.quiz(
        questions=[factories.question(choices=[("Yes", True, "Indeed."), ("No", False, "")])],
        graded=False,
        feedback_mode=Quiz.FeedbackMode.IMMEDIATE,
    )
    question = open_quiz(client_for(), quiz)["questions"][0]
    assert question["answer_key"]["correct_response"] == "c1"
    assert question["answer_key"]["choice_feedback"] == {"c1": "Indeed."}


def test_starting_refuses_when_no_attempt_is_left(client_for, learner):
    quiz = mixed_quiz(attempts_allowed=1)
    client = client_for()
    attempt_id = open_quiz(client, quiz)["attempt"]["id"]
    post(client, attempt_url(attempt_id, "submit"), {"submission_key": "k", "answers": {}})
    response = post(client, start_url(quiz), {})
    assert response.status_code == 403
    assert response.json()["reason"] == "attempts"
    assert response.json()["rules"]["attempts_allowed"] == 1
    assert QuizAttempt.objects.count() == 1


def test_starting_refuses_until_the_waiting_time_is_over(client_for):
    quiz = mixed_quiz(wait_between_attempts=30)
    client = client_for()
    attempt_id = open_quiz(client, quiz)["attempt"]["id"]
    post(client, attempt_url(attempt_id, "submit"), {"submission_key": "k", "answers": {}})
    response = post(client, start_url(quiz), {})
    assert response.status_code == 403
    assert response.json()["reason"] == "wait"
    submitted_at = QuizAttempt.objects.get().submitted_at
    available_at = datetime.fromisoformat(response.json()["available_at"])
    assert available_at == submitted_at + timedelta(minutes=30)


def test_an_unknown_quiz_is_404(client_for):
    client = client_for()
    assert client.get(f"/en/quizzes/{uuid.uuid4()}/definition/").status_code == 404
    assert client.get("/en/quizzes/not-a-key/definition/").status_code == 404
    assert post(client, f"/en/quizzes/{uuid.uuid4()}/attempts/", {}).status_code == 404


def test_the_definition_never_starts_an_attempt(client_for, learner):
    quiz = mixed_quiz(time_limit=10, attempts_allowed=2)
    client = client_for()
    response = client.get(definition_url(quiz))
    assert response.status_code == 200
    document = response.json()
    assert document["attempt"] is None
    assert document["questions"] == []
    assert document["quiz"]["title"] == "Customs quiz"
    assert document["rules"]["time_limit_minutes"] == 10
    assert document["attempts_left"] == 2
    assert client.get(definition_url(quiz), {"course": str(uuid.uuid4())}).status_code == 200
    assert not QuizAttempt.objects.exists()
    assert not Statement.objects.exists()


def test_the_definition_resumes_the_attempt_in_progress_and_forgets_it_once_submitted(
    client_for,
):
    quiz = mixed_quiz()
    client = client_for()
    started = open_quiz(client, quiz)
    resumed = client.get(definition_url(quiz)).json()
    assert resumed["attempt"]["id"] == started["attempt"]["id"]
    assert resumed["attempt"]["token"] == started["attempt"]["token"]
    assert resumed["questions"] == started["questions"]
    url = attempt_url(started["attempt"]["id"], "submit")
    post(client, url, {"submission_key": "k", "answers": {}})
    after = client.get(definition_url(quiz)).json()
    assert after["attempt"] is None
    assert after["attempts_left"] is None  # no limit
    assert QuizAttempt.objects.count() == 1


def test_starting_with_a_session_needs_the_csrf_token(client_for):
    quiz = mixed_quiz()
    client = client_for(enforce_csrf_checks=True)
    refused = post(client, start_url(quiz), {})
    assert refused.status_code == 403
    assert "error" in refused.json()
    assert not QuizAttempt.objects.exists()
    token = "quizpagecsrfsecret0123456789abcd"  # as the page's cookie would hold it
    client.cookies["csrftoken"] = token
    response = client.post(start_url(quiz), "{}", "application/json", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 201


def test_a_quiz_taken_in_a_course_carries_the_course_registration(client_for, learner):
    course, _ = course_page()
    quiz = mixed_quiz()
    quiz_page(course, quiz)
    response = post(client_for(), start_url(quiz), {"course": str(course.translation_key)})
    assert response.status_code == 201
    attempt = QuizAttempt.objects.get()
    assert attempt.registration == learner.course_registrations.get().registration
    assert attempt.course_key == course.translation_key
    statement = Statement.objects.get(verb_iri=v.VERB_ATTEMPTED)
    assert statement.registration == attempt.registration


@pytest.mark.parametrize(
    "course_value", ["not-a-key", "5d0c8a52-9f4e-4f63-8a43-2f1d3c6f7e10", "elsewhere"]
)
def test_starting_in_a_course_that_does_not_have_the_quiz_is_a_400(client_for, course_value):
    course, _ = course_page()
    quiz = mixed_quiz()
    if course_value == "elsewhere":  # a real course, but the quiz is not one of its pages
        course_value = str(course.translation_key)
    response = post(client_for(), start_url(quiz), {"course": course_value})
    assert response.status_code == 400
    assert response.json()["field"] == "course"
    assert not QuizAttempt.objects.exists()


# -- saving and submitting ------------------------------------------------------------------


def test_submitting_returns_the_graded_result_with_the_feedback_allowed(client_for):
    quiz = mixed_quiz(show_correct_answers=Quiz.ShowCorrectAnswers.NEVER)
    client = client_for()
    document = open_quiz(client, quiz)
    short_text = position_of(document, "short_text")
    answers = answers_for(document, right_positions={1, short_text})
    response = post(
        client,
        attempt_url(document["attempt"]["id"], "submit"),
        {"submission_key": "k1", "answers": answers, "token": document["attempt"]["token"]},
    )
    assert response.status_code == 200
    result = response.json()
    assert (result["score"], result["max_score"], result["passed"]) == (2.0, 8.0, False)
    assert result["scaled"] == 0.25
    assert result["attempt"]["status"] == "submitted"
    assert result["correct_answers_shown"] is False
    correct = {q["position"]: q["correct"] for q in result["questions"]}
    assert {p for p, ok in correct.items() if ok} == {1, short_text}
    assert result["questions"][0]["feedback"] == ""
    assert result["questions"][0]["choice_feedback"] == {"c1": "Indeed."}
    assert not keys_in(result) & {"correct_response", "explanation", "accepted_answers"}
    assert "Ottawa" not in json.dumps(result)


def test_the_correct_answers_are_shown_when_the_quiz_allows(client_for):
    quiz = mixed_quiz(show_correct_answers=Quiz.ShowCorrectAnswers.AFTER_SUBMISSION)
    client = client_for()
    document = open_quiz(client, quiz)
    result = post(
        client,
        attempt_url(document["attempt"]["id"], "submit"),
        {"submission_key": "k1", "answers": {}},
    ).json()
    assert result["correct_answers_shown"] is True
    shown = {q["position"]: q for q in result["questions"]}
    ordering = position_of(document, "ordering")
    items = {item["id"]: item["text"] for item in document["questions"][ordering - 1]["items"]}
    assert [items[i] for i in shown[ordering]["correct_response"]] == ["First", "Second", "Third"]
    assert shown[position_of(document, "short_text")]["accepted_answers"] == ["Ottawa"]


def test_an_exam_without_feedback_tells_only_the_score(client_for):
    quiz = mixed_quiz(feedback_mode=Quiz.FeedbackMode.NONE)
    client = client_for()
    document = open_quiz(client, quiz)
    result = post(
        client,
        attempt_url(document["attempt"]["id"], "submit"),
        {"submission_key": "k1", "answers": answers_for(document)},
    ).json()
    assert result["passed"] is True
    assert "questions" not in result
    assert result["correct_answers_shown"] is False


def test_the_same_submission_twice_gives_the_same_result_and_one_set_of_statements(
    client_for,
):
    quiz = mixed_quiz()
    client = client_for()
    document = open_quiz(client, quiz)
    url = attempt_url(document["attempt"]["id"], "submit")
    payload = {"submission_key": "offline-1", "answers": answers_for(document)}
    first = post(client, url, payload)
    recorded = Statement.objects.count()
    again = post(client, url, payload)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert Statement.objects.count() == recorded
    assert Statement.objects.filter(verb_iri=v.VERB_ANSWERED).count() == 7


def test_another_submission_key_on_a_closed_attempt_is_a_conflict(client_for):
    quiz = mixed_quiz()
    client = client_for()
    document = open_quiz(client, quiz)
    url = attempt_url(document["attempt"]["id"], "submit")
    first = post(client, url, {"submission_key": "k1", "answers": {}}).json()
    recorded = Statement.objects.count()
    response = post(client, url, {"submission_key": "k2", "answers": answers_for(document)})
    assert response.status_code == 409
    assert post(client, url, {"submission_key": "k1"}).json() == first
    assert Statement.objects.count() == recorded


def test_answers_to_unknown_positions_are_a_400_and_nothing_is_stored(client_for):
    quiz = mixed_quiz()
    client = client_for()
    document = open_quiz(client, quiz)
    attempt_id = document["attempt"]["id"]
    answers = answers_for(document)
    response = post(
        client,
        attempt_url(attempt_id, "submit"),
        {"submission_key": "k", "answers": {**answers, "12": "c1"}},
    )
    assert response.status_code == 400
    assert response.json()["field"] == "answers[12]"
    saved = post(client, attempt_url(attempt_id, "answers"), {"answers": {**answers, "0": "x"}})
    assert saved.status_code == 400
    attempt = QuizAttempt.objects.get()
    assert (attempt.status, attempt.answers) == ("in_progress", {})


def test_a_malformed_answer_names_its_position_and_field(client_for):
    quiz = mixed_quiz()
    client = client_for()
    document = open_quiz(client, quiz)
    numeric = position_of(document, "numeric")
    response = post(
        client,
        attempt_url(document["attempt"]["id"], "submit"),
        {"submission_key": "k", "answers": {str(numeric): "forty-two"}},
    )
    assert response.status_code == 400
    assert response.json()["field"] == f"answers[{numeric}].response"
    assert response.json()["error"].startswith(f"answers[{numeric}].response: ")


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"answers": {}}, "submission_key"),
        ({"submission_key": "k", "answers": ["c1"]}, "answers"),
        ({"submission_key": "k", "token": 5}, "token"),
        ({"submission_key": "k", "client_timestamps": "now"}, "client_timestamps"),
    ],
)
def test_a_bad_submission_names_its_field(client_for, payload, field):
    client = client_for()
    document = open_quiz(client, mixed_quiz())
    response = post(client, attempt_url(document["attempt"]["id"], "submit"), payload)
    assert response.status_code == 400
    assert response.json()["field"] == field


def test_a_body_that_is_not_json_is_a_400(client_for):
    client = client_for()
    document = open_quiz(client, mixed_quiz())
    response = client.post(
        attempt_url(document["attempt"]["id"], "submit"), "{", content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["field"] == "body"


def test_another_learner_cannot_save_submit_or_read_my_attempt(client_for):
    quiz = mixed_quiz()
    document = open_quiz(client_for(), quiz)
    attempt_id = document["attempt"]["id"]
    intruder = client_for(UserFactory())
    for action, payload in (("answers", {"answers": {}}), ("submit", {"submission_key": "k"})):
        assert post(intruder, attempt_url(attempt_id, action), payload).status_code == 403
    assert intruder.get(attempt_url(attempt_id)).status_code == 403
    wrong_token = post(
        intruder, attempt_url(attempt_id, "submit"), {"submission_key": "k", "token": "guess"}
    )
    assert wrong_token.status_code == 403
    assert wrong_token.json()["field"] == "token"
    assert QuizAttempt.objects.get().status == "in_progress"


def test_unknown_attempts_and_wrong_methods(client_for):
    client = client_for()
    document = open_quiz(client, mixed_quiz())
    assert post(client, attempt_url(uuid.uuid4(), "submit"), {}).status_code == 404
    assert post(client, attempt_url("nonsense", "answers"), {}).status_code == 404
    wrong = client.get(attempt_url(document["attempt"]["id"], "submit"))
    assert wrong.status_code == 405
    assert wrong["Allow"] == "POST"
    assert post(client, f"/en/quizzes/{document['quiz']['key']}/definition/", {}).status_code == 405
    assert client.get(f"/en/quizzes/{document['quiz']['key']}/attempts/").status_code == 405


def test_an_offline_submission_with_the_token_needs_no_session(client_for, learner):
    quiz = mixed_quiz(pass_mark=Decimal("0.5"))
    document = open_quiz(client_for(), quiz)
    attempt_id = document["attempt"]["id"]
    offline = Client(enforce_csrf_checks=True)  # the session has expired meanwhile
    started = datetime.fromisoformat(document["attempt"]["started_at"])
    payload = {
        "token": document["attempt"]["token"],
        "submission_key": "outbox-7",
        "answers": answers_for(document),
        "client_timestamps": {
            "started_at": document["attempt"]["started_at"],
            "submitted_at": (started + timedelta(minutes=4)).isoformat(),
        },
    }
    response = post(offline, attempt_url(attempt_id, "submit"), payload)
    assert response.status_code == 200, response.content
    assert response.json()["passed"] is True
    completed = Statement.objects.get(verb_iri=v.VERB_COMPLETED).data
    assert completed["actor"]["account"]["name"] == str(learner.uuid)
    assert completed["result"]["duration"] == "PT4M"  # as the browser measured it
    assert post(offline, attempt_url(attempt_id, "submit"), payload).json() == response.json()
    without_token = post(offline, attempt_url(attempt_id, "submit"), {"submission_key": "x"})
    assert without_token.status_code == 403


def test_a_session_post_without_its_csrf_token_is_refused(client_for):
    document = open_quiz(client_for(), mixed_quiz())
    client = client_for(enforce_csrf_checks=True)
    response = post(
        client, attempt_url(document["attempt"]["id"], "submit"), {"submission_key": "k"}
    )
    assert response.status_code == 403
    assert QuizAttempt.objects.get().status == "in_progress"


def test_the_attempt_resource_gives_the_result_once_submitted(client_for):
    client = client_for()
    document = open_quiz(client, mixed_quiz())
    url = attempt_url(document["attempt"]["id"])
    assert client.get(url).json() == {
        "attempt": {
            "id": document["attempt"]["id"],
            "number": 1,
            "status": "in_progress",
            "started_at": document["attempt"]["started_at"],
            "deadline": None,
            "submitted_at": None,
        }
    }
    submitted = post(client, url + "submit/", {"submission_key": "k"}).json()
    assert client.get(url).json() == submitted


def test_the_french_quiz_is_served_in_french(client_for):
    french_quiz_key = _french_quiz().translation_key
    response = post(client_for(), f"/fr/questionnaires/{french_quiz_key}/tentatives/", {})
    assert response.status_code == 201
    document = response.json()
    assert document["quiz"]["language"] == "fr"
    assert document["quiz"]["title"] == "Questionnaire des douanes"
    assert document["questions"][0]["stem"] == "<p>Oui ou non?</p>"
    assert [c["text"] for c in document["questions"][0]["choices"]] == ["Oui", "Non"]
    attempted = Statement.objects.get(verb_iri=v.VERB_ATTEMPTED).data
    assert attempted["context"]["language"] == "fr-CA"
    assert attempted["object"]["definition"]["name"] == {
        "en-CA": "Customs quiz",
        "fr-CA": "Questionnaire des douanes",
    }


def _french_quiz() -> Quiz:
    bank = factories.bank()
    question = factories.question(bank=bank, stem="<p>Yes or no?</p>")
    quiz = factories.quiz(questions=[question])
    factories.translate(bank, {"Customs law": "Droit douanier"})
    factories.translate(question, {"Yes or no?": "Oui ou non?", "Yes": "Oui", "No": "Non"})
    return factories.translate(quiz, {"Customs quiz": "Questionnaire des douanes"})
