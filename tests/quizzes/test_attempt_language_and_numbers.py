"""An attempt is read in the language of the page it is answered on, and numbered as
the learner counts their attempts: within their run of the course.

- An attempt started in French and resumed on the English page shows the English title,
  instructions and questions, with the same questions, in the same order, under the
  same ids, and the answers saved in French.
- After a major revision of the course, the first attempt at the new version is
  "attempt 1" on the quiz page, in the runner's document and in the past attempts; the
  stored number, which the xAPI statements carry, still counts every attempt."""

import json
import re

import pytest
from django.test import Client

from lrs.models import Statement
from quizzes.models import Question, QuizAttempt
from tests.factories import UserFactory
from tests.quizzes import factories
from tests.quizzes.attempt_helpers import answers_for
from tests.quizzes.test_attempts_per_version import publish, setting, start  # noqa: F401
from tests.quizzes.test_passed_quiz_page import text_of
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db


def post(client, url, payload):
    return client.post(url, json.dumps(payload), content_type="application/json")


@pytest.fixture
def bilingual_quiz():
    """A quiz of two questions with shuffled choices, translated into French."""
    bank = factories.bank()
    first = factories.question(
        bank=bank,
        stem="<p>Should the officer ask more questions?</p>",
        choices=[("Yes", True), ("No", False), ("Not yet", False)],
    )
    second = factories.question(
        Question.Kind.MULTIPLE_RESPONSE,
        bank=bank,
        stem="<p>Which documents prove identity?</p>",
        choices=[("Passport", True), ("Visa", True), ("Library card", False)],
    )
    quiz = factories.quiz(
        title="Final check",
        instructions="<p>Read each question carefully.</p>",
        questions=[first, second],
        shuffle_choices=True,
    )
    factories.translate(bank, {"Customs law": "Droit douanier"})
    factories.translate(
        first,
        {
            "Should the officer ask more questions?": "L’agent doit-il poser d’autres questions?",
            "Yes": "Oui",
            "No": "Non",
            "Not yet": "Pas encore",
        },
    )
    factories.translate(
        second,
        {
            "Which documents prove identity?": "Quels documents prouvent l’identité?",
            "Passport": "Passeport",
            "Visa": "Visa",
            "Library card": "Carte de bibliothèque",
        },
    )
    factories.translate(
        quiz,
        {
            "Final check": "Vérification finale",
            "Read each question carefully.": "Lisez chaque question attentivement.",
        },
    )
    return quiz


def test_an_attempt_started_in_french_reads_in_english_on_the_english_page(bilingual_quiz):
    client = Client()
    client.force_login(UserFactory())
    key = bilingual_quiz.translation_key
    french = post(client, f"/fr/questionnaires/{key}/tentatives/", {})
    assert french.status_code == 201, french.content
    french = french.json()
    assert french["quiz"]["instructions"] == "<p>Lisez chaque question attentivement.</p>"
    first = french["questions"][0]
    answers = {"1": next(c["id"] for c in first["choices"] if c["text"] == "Oui")}
    saved = post(
        client,
        f"/fr/questionnaires/tentatives/{french['attempt']['id']}/reponses/",
        {"answers": answers},
    )
    assert saved.status_code == 200, saved.content

    for resumed in (
        post(client, f"/en/quizzes/{key}/attempts/", {}),
        client.get(f"/en/quizzes/{key}/definition/"),
    ):
        assert resumed.status_code == 200, resumed.content
        english = resumed.json()
        assert english["attempt"]["id"] == french["attempt"]["id"]
        assert english["quiz"]["language"] == "en"
        assert english["quiz"]["title"] == "Final check"
        assert english["quiz"]["instructions"] == "<p>Read each question carefully.</p>"
        stems = [question["stem"] for question in english["questions"]]
        assert stems == [
            "<p>Should the officer ask more questions?</p>",
            "<p>Which documents prove identity?</p>",
        ]
        # The same questions in the same order, their choices in the same places under
        # the same ids: only the words change.
        translated = {
            "Oui": "Yes",
            "Non": "No",
            "Pas encore": "Not yet",
            "Passeport": "Passport",
            "Visa": "Visa",
            "Carte de bibliothèque": "Library card",
        }
        for shown, served in zip(english["questions"], french["questions"], strict=True):
            assert (shown["position"], shown["question_key"]) == (
                served["position"],
                served["question_key"],
            )
            assert shown["choices"] == [
                {"id": choice["id"], "text": translated[choice["text"]]}
                for choice in served["choices"]
            ]
        assert english["attempt"]["answers"] == answers

    attempt = QuizAttempt.objects.get()
    assert attempt.language == "fr"
    assert attempt.questions[0]["snapshot"]["language"] == "fr"
    submitted = post(
        client, f"/en/quizzes/attempts/{attempt.id}/submit/", {"submission_key": "k"}
    ).json()
    # Graded on what was served: the first question right, the second not answered.
    assert submitted["questions"][0]["correct"] is True
    assert submitted["score"] == 1


def attempt_rows(response) -> list[str]:
    """The past attempts table's row headings, as the learner reads them."""
    html = response.content.decode()
    table = re.search(r'<table class="[^"]*quiz-attempts-table.*?</table>', html, re.S).group(0)
    return [
        " ".join(re.sub(r"<[^>]+>", " ", heading).split())
        for heading in re.findall(r'<th scope="row"[^>]*>(.*?)</th>', table, re.S)
    ]


def test_the_first_attempt_at_a_new_version_is_attempt_1(setting):  # noqa: F811
    from courses.services import lesson_complete

    client, page, learner = setting["client"], setting["page"], setting["learner"]
    course = publish(setting, major_revision="on")
    lesson_complete(user=learner, lesson=setting["lesson"], language="en")

    started = start(client, page, course)
    assert started.status_code == 201, started.content
    assert started.json()["attempt"]["number"] == 1
    text = text_of(client.get(page.url))
    assert "Your attempt 1, started on" in text

    attempt = QuizAttempt.objects.get(pk=started.json()["attempt"]["id"])
    answers = answers_for(started.json(), right_positions=set())
    submitted = post(
        client,
        f"/en/quizzes/attempts/{attempt.id}/submit/",
        {"answers": answers, "submission_key": "three"},
    ).json()
    assert submitted["attempt"]["number"] == 1
    assert client.get(f"/en/quizzes/attempts/{attempt.id}/").json()["attempt"]["number"] == 1

    # The earlier version's two attempts, then the new version's first.
    assert attempt_rows(client.get(page.url)) == [
        "1 (earlier version, not counted)",
        "2 (earlier version, not counted)",
        "1",
    ]
    # The record keeps counting every attempt: statements and exports tell them apart.
    attempt.refresh_from_db()
    assert attempt.number == 3
    statement = Statement.objects.filter(verb_iri=v.VERB_ATTEMPTED).order_by("stored").last()
    extension = v.extension_iri(v.EXTENSION_QUIZ_ATTEMPT_NUMBER)
    assert statement.data["context"]["extensions"][extension] == 3
