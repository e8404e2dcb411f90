"""The demo bank loader makes questions, banks and quizzes in English and French
(wagtail-localize translations), and the demo banks meet the assessment rules."""

import pytest
from wagtail.models import Locale

from courses.demo.bilingual import Pair
from courses.demo.loader import topics_get_or_create
from quizzes.demo.content import demo_banks
from quizzes.demo.loader import bank_load
from quizzes.grading import grade
from quizzes.models import Question, QuestionBank, Quiz
from quizzes.snapshots import question_snapshot

TINY_BANK = {
    "course_slug": "tiny",
    "title": Pair("Tiny bank", "Petite banque"),
    "description": Pair("A bank for tests.", "Une banque pour les tests."),
    "topic": "law",
    "scenarios": [],
    "questions": [
        {
            "kind": "single_choice",
            "stem": Pair(
                "<p>Is consent a defence?</p>", "<p>Le consentement est-il une défense?</p>"
            ),
            "difficulty": "easy",
            "tags": ["law"],
            "choices": [
                {"text": Pair("Yes", "Oui"), "correct": False, "feedback": Pair("No.", "Non.")},
                {"text": Pair("No", "Non"), "correct": True, "feedback": Pair("Right.", "Exact.")},
            ],
            "feedback_correct": Pair("Well done.", "Bravo."),
            "feedback_incorrect": Pair("Not quite.", "Pas tout à fait."),
            "explanation": Pair("<p>Coerced consent is void.</p>", "<p>Il est nul.</p>"),
        },
        {
            "kind": "true_false",
            "stem": Pair(
                "<p>Trafficking needs a border.</p>", "<p>La traite exige une frontière.</p>"
            ),
            "difficulty": "easy",
            "tags": ["law"],
            "answer": False,
            "feedback_correct": Pair("Yes.", "Oui."),
            "feedback_incorrect": Pair("No.", "Non."),
            "explanation": Pair("<p>It can be domestic.</p>", "<p>Elle peut être interne.</p>"),
        },
        {
            "kind": "short_text",
            "stem": Pair("<p>Which Act has section 118?</p>", "<p>Quelle loi a l'article 118?</p>"),
            "difficulty": "medium",
            "tags": ["law"],
            "accepted": [Pair("IRPA", "LIPR")],
            "case_sensitive": False,
            "feedback_correct": Pair("Yes.", "Oui."),
            "feedback_incorrect": Pair("No.", "Non."),
            "explanation": Pair("<p>IRPA.</p>", "<p>LIPR.</p>"),
        },
    ],
    "quiz": {
        "title": Pair("Final assessment: tiny", "Évaluation finale : petite"),
        "instructions": Pair("<p>Answer.</p>", "<p>Répondez.</p>"),
        "draw": 2,
        "pass_mark": "0.80",
        "attempts_allowed": 3,
        "time_limit": 20,
    },
}


@pytest.fixture
def tiny(db):
    from tests import factories

    factories.site_home()  # the locales
    return bank_load(TINY_BANK, topics=topics_get_or_create())


def test_french_questions_are_translations_with_french_text_and_the_same_keys(tiny):
    french = Locale.objects.get(language_code="fr")
    english_choice = Question.objects.get(locale__language_code="en", kind="single_choice")
    french_choice = english_choice.get_translation(french)
    assert "Le consentement" in french_choice.stem
    assert [c.text for c in french_choice.choices.all()] == ["Oui", "Non"]
    assert [c.key for c in french_choice.choices.all()] == [
        c.key for c in english_choice.choices.all()
    ]
    true_false = Question.objects.get(locale=french, kind="true_false")
    assert sorted(c.text for c in true_false.choices.all()) == ["Faux", "Vrai"]
    short = Question.objects.get(locale=french, kind="short_text")
    snapshot = question_snapshot(short)
    assert grade(snapshot, "lipr").correct
    assert QuestionBank.objects.get(locale=french).title == "Petite banque"


def test_french_quiz_draws_from_the_french_bank(tiny):
    french_quiz = tiny.get_translation(Locale.objects.get(language_code="fr"))
    assert french_quiz.title == "Évaluation finale : petite"
    draw = french_quiz.draws.get()
    assert draw.bank.locale.language_code == "fr"
    assert draw.count == 2


def test_loading_twice_adds_nothing(tiny):
    bank_load(TINY_BANK, topics=topics_get_or_create())
    assert Quiz.objects.count() == 2
    assert Question.objects.count() == 6


@pytest.mark.parametrize("bank", demo_banks(), ids=lambda bank: bank["course_slug"])
def test_demo_bank_has_enough_varied_questions_for_its_draw(bank):
    kinds = [question["kind"] for question in bank["questions"]]
    assert len(kinds) >= 20
    assert bank["quiz"]["draw"] >= 10
    assert bank["quiz"]["draw"] <= len(kinds)
    assert kinds.count("single_choice") + kinds.count("multiple_response") >= 12
    assert {"true_false", "matching", "ordering", "short_text"} <= set(kinds)
