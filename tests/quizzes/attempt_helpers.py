"""What attempt tests share: a quiz with one question of each kind, a quiz page in a
course, and a learner's right and wrong answers to its questions as the browser shows them
(found by their text, as a learner finds them, never from the answer key)."""

import itertools
from decimal import Decimal

from quizzes.models import Question, QuizPage
from tests.quizzes import factories

_slugs = itertools.count(1)

MATCHES = {"Dog": "Bark", "Cat": "Meow"}
ORDER = ["First", "Second", "Third"]


def mixed_questions() -> list[Question]:
    """One published question of each kind, each worth one point (two for numeric)."""
    return [
        factories.question(choices=[("Yes", True, "Indeed."), ("No", False, "Not so.")]),
        factories.question(Question.Kind.MULTIPLE_RESPONSE),
        factories.question(Question.Kind.TRUE_FALSE),
        factories.question(Question.Kind.MATCHING),
        factories.question(Question.Kind.ORDERING),
        factories.question(Question.Kind.SHORT_TEXT, accepted=["Ottawa"]),
        factories.question(Question.Kind.NUMERIC, points=Decimal("2")),
    ]


def mixed_quiz(**fields):
    return factories.quiz(questions=mixed_questions(), **fields)


def quiz_page(parent, quiz, *, title: str = "Final check", **fields) -> QuizPage:
    """A published quiz page for ``quiz`` under ``parent`` (a course or a module)."""
    fields.setdefault("slug", f"final-check-{next(_slugs)}")
    page = parent.add_child(instance=QuizPage(title=title, quiz=quiz, **fields))
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _choice(question: dict, text: str) -> str:
    return next(c["id"] for c in question["choices"] if c["text"] == text)


def right_response(question: dict):
    kind = question["kind"]
    if kind == "single_choice":
        return _choice(question, "Yes")
    if kind == "multiple_response":
        return [c["id"] for c in question["choices"] if c["text"] in ("Passport", "Visa")]
    if kind == "true_false":
        return "true"
    if kind == "matching":
        right = {item["text"]: item["id"] for item in question["right"]}
        return {left["id"]: right[MATCHES[left["text"]]] for left in question["left"]}
    if kind == "ordering":
        items = {item["text"]: item["id"] for item in question["items"]}
        return [items[text] for text in ORDER]
    if kind == "short_text":
        return "  ottawa "
    return "42,0"


def wrong_response(question: dict):
    kind = question["kind"]
    if kind == "single_choice":
        return _choice(question, "No")
    if kind == "multiple_response":
        return [_choice(question, "Library card")]
    if kind == "true_false":
        return "false"
    if kind == "matching":
        right = {item["text"]: item["id"] for item in question["right"]}
        return {left["id"]: right[MATCHES[left["text"]]] for left in question["left"]} | {
            question["left"][0]["id"]: right[MATCHES[question["left"][1]["text"]]]
        }
    if kind == "ordering":
        items = {item["text"]: item["id"] for item in question["items"]}
        return [items[text] for text in reversed(ORDER)]
    if kind == "short_text":
        return "Toronto"
    return 41


def answers_for(document: dict, *, right_positions=None) -> dict[str, object]:
    """Answers to every question of an attempt document: right at ``right_positions``
    (all when ``None``), wrong elsewhere."""
    answers = {}
    for question in document["questions"]:
        position = question["position"]
        right = right_positions is None or position in right_positions
        answers[str(position)] = (right_response if right else wrong_response)(question)
    return answers


def position_of(document: dict, kind: str) -> int:
    return next(q["position"] for q in document["questions"] if q["kind"] == kind)
