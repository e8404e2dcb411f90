"""The demo question banks, read from each demo course's ``questions.yaml`` and checked
against the question, scenario, bank and quiz models before anything is saved.

The files sit with their courses (``courses/demo/data/<course>/``) and follow the same
rules as the course files (see ``courses.demo.content``): texts as ``{en: ..., fr: ...}``,
everything else written once. A question has the fields of its kind only, and is checked
by the question model's own rules in each language (enough choices, one right answer...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.utils import translation

from courses.demo.bilingual import Pair, both
from courses.demo.content import (
    DATA_DIR,
    LANGUAGES,
    SITE_FIELDS,
    SITE_FILE,
    DataFile,
    course_slug,
    demo_site,
)
from quizzes.models import (
    AcceptedAnswer,
    MatchingPair,
    OrderingItem,
    Question,
    QuestionBank,
    QuestionChoice,
    QuestionTag,
    Quiz,
    QuizDraw,
    QuizPage,
    Scenario,
)

QUESTIONS_FILE = "questions.yaml"

# What every question may have, then what each kind has besides (its answer).
QUESTION_FIELDS = (
    "difficulty",
    "tags",
    "scenario",
    "points",
    "partial_credit",
    "case_sensitive",
    "stem",
    "feedback_correct",
    "feedback_incorrect",
    "explanation",
)
ANSWER_FIELDS = {
    "single_choice": "choices",
    "multiple_response": "choices",
    "true_false": "answer",
    "matching": "pairs",
    "ordering": "items",
    "short_text": "accepted",
    "numeric": "numeric",
}
# The file's names for what the question model's rules name otherwise.
RULE_FIELDS = {"accepted_answers": "accepted", "numeric_value": "numeric"}

QUIZ_FIELDS = (
    "attempts_allowed",
    "wait_between_attempts",
    "time_limit",
    "feedback_mode",
    "show_correct_answers",
)


def demo_banks() -> list[dict]:
    """Every demo course's question bank, in catalogue order (see :func:`bank_read`)."""
    return [bank_read(folder) for folder in demo_site()["courses"]]


def bank_read(folder: str | Path) -> dict:
    """The question bank of a demo course folder (a name under ``courses/demo/data/`` or
    a path), checked, as ``quizzes.demo.loader.bank_load`` takes it: texts as
    :class:`~courses.demo.bilingual.Pair`, and the slug of the folder's course as
    ``course_slug``."""
    data = DataFile(Path(DATA_DIR, folder, QUESTIONS_FILE))
    bank = data.mapping(
        data.content,
        "",
        required=("title", "description", "questions", "quiz"),
        optional=("topic", "scenarios"),
    )
    read = {
        "course_slug": course_slug(folder),
        "title": data.model_text(QuestionBank, "title", bank["title"], ""),
        "description": data.model_text(QuestionBank, "description", bank["description"], ""),
    }
    if "topic" in bank:
        topics = {code for code, _, _ in demo_site()["topics"]}
        read["topic"] = data.code(bank["topic"], "", "topic", known=topics)
    read["scenarios"] = _scenarios(data, bank.get("scenarios", []))
    keys = {scenario["key"] for scenario in read["scenarios"]}
    read["questions"] = [
        _question(data, question, f"questions[{index}]", scenarios=keys)
        for index, question in enumerate(data.sequence(bank["questions"], "", "questions"))
    ]
    read["quiz"] = _quiz(data, bank["quiz"], questions=len(read["questions"]))
    return read


def assessment_page() -> dict:
    """The final assessment page every demo course ends with (``site.yaml``): its
    ``slug`` and ``intro``, ``{"en": ..., "fr": ...}`` each."""
    data = DataFile(SITE_FILE)
    site = data.mapping(data.content, "", required=("assessment_page",), optional=SITE_FIELDS)
    page = data.mapping(site["assessment_page"], "", "assessment_page", required=("slug", "intro"))
    return {
        name: both(data.model_text(QuizPage, name, page[name], "assessment_page")) for name in page
    }


def _scenarios(data: DataFile, value: Any) -> list[dict]:
    scenarios = []
    for index, scenario in enumerate(data.sequence(value, "", "scenarios")):
        path = f"scenarios[{index}]"
        data.mapping(scenario, path, required=("key", "title", "situation"))
        key = data.code(scenario["key"], path, "key")
        if key in {known["key"] for known in scenarios}:
            raise data.error(f"another scenario has the key '{key}'", path, "key")
        scenarios.append(
            {
                "key": key,
                "title": data.model_text(Scenario, "title", scenario["title"], path),
                "situation": data.model_text(Scenario, "situation", scenario["situation"], path),
            }
        )
    return scenarios


def _question(data: DataFile, value: Any, path: str, *, scenarios: set[str]) -> dict:
    data.mapping(
        value, path, required=("kind",), optional=(*QUESTION_FIELDS, *ANSWER_FIELDS.values())
    )
    kind = data.model_value(Question, "kind", value["kind"], path)
    answer = ANSWER_FIELDS[kind]
    data.mapping(value, path, required=("kind", "stem", answer), optional=QUESTION_FIELDS)
    read: dict[str, Any] = {}
    for name, item in value.items():
        if name == "kind":
            read[name] = kind
        elif name in ("stem", "feedback_correct", "feedback_incorrect", "explanation"):
            read[name] = data.model_text(Question, name, item, path)
        elif name in ("difficulty", "partial_credit", "case_sensitive", "points"):
            read[name] = data.model_value(Question, name, item, path)
        elif name == "tags":
            read[name] = data.codes(item, path, name)
            for index, code in enumerate(read[name]):
                data.model_value(QuestionTag, "code", code, f"{path}.tags[{index}]", field=None)
        elif name == "scenario":
            read[name] = data.code(item, path, name, known=scenarios)
        elif name == "answer":
            read[name] = data.scalar(item, (bool,), path, name)
        elif name == "choices":
            read[name] = [
                _row(data, QuestionChoice, choice, f"{path}.choices[{index}]")
                for index, choice in enumerate(data.sequence(item, path, name))
            ]
        elif name == "pairs":
            read[name] = [
                _row(data, MatchingPair, pair, f"{path}.pairs[{index}]")
                for index, pair in enumerate(data.sequence(item, path, name))
            ]
        elif name in ("items", "accepted"):
            model = OrderingItem if name == "items" else AcceptedAnswer
            read[name] = [
                data.model_text(model, "text", text, path, field=f"{name}[{index}]")
                for index, text in enumerate(data.sequence(item, path, name))
            ]
        elif name == "numeric":
            numeric = data.mapping(item, path, name, required=("value",), optional=("tolerance",))
            where = f"{path}.numeric"
            data.model_value(Question, "numeric_value", numeric["value"], where, field="value")
            if "tolerance" in numeric:
                data.model_value(
                    Question, "numeric_tolerance", numeric["tolerance"], where, field="tolerance"
                )
            read[name] = dict(numeric)
    _check_rules(data, read, path)
    return read


def _row(data: DataFile, model, value: Any, path: str) -> dict:
    """A choice (text, correct, feedback) or a matching pair (left, right)."""
    if model is QuestionChoice:
        row = data.mapping(value, path, required=("text", "correct"), optional=("feedback",))
    else:
        row = data.mapping(value, path, required=("left", "right"))
    return {
        name: data.model_value(model, name, item, path)
        if name == "correct"
        else data.model_text(model, name, item, path)
        for name, item in row.items()
    }


def _check_rules(data: DataFile, question: dict, path: str) -> None:
    """The question model's rules for its kind, in each language (an unsaved question:
    nothing is written). A true-or-false question's answer is its ``answer`` flag."""
    if question["kind"] == "true_false":
        return
    for language, name in LANGUAGES.items():
        candidate = Question(kind=question["kind"])
        if "numeric" in question:
            candidate.numeric_value = question["numeric"]["value"]
        if "choices" in question:
            candidate.choices = [
                QuestionChoice(
                    text=getattr(choice["text"], language),
                    correct=choice["correct"],
                    feedback=getattr(choice.get("feedback", Pair("", "")), language),
                )
                for choice in question["choices"]
            ]
        if "pairs" in question:
            candidate.pairs = [
                MatchingPair(
                    left=getattr(pair["left"], language), right=getattr(pair["right"], language)
                )
                for pair in question["pairs"]
            ]
        if "items" in question:
            candidate.items = [
                OrderingItem(text=getattr(item, language)) for item in question["items"]
            ]
        if "accepted" in question:
            candidate.accepted_answers = [
                AcceptedAnswer(text=getattr(answer, language)) for answer in question["accepted"]
            ]
        with translation.override("en"):
            errors = {
                field: " ".join(str(problem) for problem in problems)
                for field, problems in candidate.rule_errors().items()
            }
        if errors:
            field, problem = next(iter(errors.items()))
            raise data.error(f"{problem} (in {name})", path, RULE_FIELDS.get(field, field))


def _quiz(data: DataFile, value: Any, *, questions: int) -> dict:
    quiz = data.mapping(
        value,
        "",
        "quiz",
        required=("title", "instructions", "draw", "pass_mark"),
        optional=QUIZ_FIELDS,
    )
    read = {
        "title": data.model_text(Quiz, "title", quiz["title"], "quiz"),
        "instructions": data.model_text(Quiz, "instructions", quiz["instructions"], "quiz"),
        "draw": data.model_value(QuizDraw, "count", quiz["draw"], "quiz", field="draw"),
        "pass_mark": data.model_value(Quiz, "pass_mark", quiz["pass_mark"], "quiz"),
    }
    if read["draw"] > questions:
        raise data.error(
            f"draws {read['draw']} questions from a bank of {questions}", "quiz", "draw"
        )
    for name in QUIZ_FIELDS:
        if name in quiz:
            read[name] = data.model_value(Quiz, name, quiz[name], "quiz")
    return {name: read[name] for name in quiz}
