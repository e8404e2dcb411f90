"""Loads the demo question banks and final assessments (each demo course's
``questions.yaml``, read by ``quizzes.demo.content``), and the assessment pages that end
the courses.

English first, then French through wagtail-localize, as for the demo courses: each
question, scenario, bank, quiz and quiz page in French is a translation of the English one.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from wagtail.models import Locale

from courses.demo.bilingual import localize
from courses.demo.loader import translate_instance
from courses.models import CoursePage
from quizzes.demo.content import assessment_page
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

FRENCH_TRUE_FALSE = {"true": "Vrai", "false": "Faux"}


def _en(value):
    return localize(value, "en")


def _fr(value):
    return localize(value, "fr")


def _children(question_content: dict, language: str) -> dict[str, list]:
    """The question's child rows in one language (unsaved)."""
    text = _en if language == "en" else _fr
    kind = question_content["kind"]
    rows: dict[str, list] = {}
    if kind in ("single_choice", "multiple_response"):
        rows["choices"] = [
            QuestionChoice(
                text=text(choice["text"]),
                correct=choice["correct"],
                feedback=text(choice.get("feedback", "")),
            )
            for choice in question_content["choices"]
        ]
    elif kind == "matching":
        rows["pairs"] = [
            MatchingPair(left=text(pair["left"]), right=text(pair["right"]))
            for pair in question_content["pairs"]
        ]
    elif kind == "ordering":
        rows["items"] = [OrderingItem(text=text(item)) for item in question_content["items"]]
    elif kind == "short_text":
        rows["accepted_answers"] = [
            AcceptedAnswer(text=text(answer)) for answer in question_content["accepted"]
        ]
    return rows


def _french_children(question_content: dict):
    """A function of the stored English question giving its child rows with French text
    (same rows, same keys), for the translation."""

    def french(english: Question) -> dict:
        rows = {}
        for relation in ("choices", "pairs", "items", "accepted_answers"):
            stored = list(getattr(english, relation).all())
            if not stored:
                continue
            if english.kind == "true_false":
                for row in stored:
                    row.text = FRENCH_TRUE_FALSE.get(row.key, row.text)
            else:
                for row, source in zip(
                    stored, _children(question_content, "fr")[relation], strict=True
                ):
                    for field in ("text", "feedback", "left", "right"):
                        if hasattr(source, field):
                            setattr(row, field, getattr(source, field))
            rows[relation] = stored
        return rows

    return french


def _question(content: dict, *, bank, scenarios, tags, french_locale) -> Question:
    numeric = content.get("numeric") or {}
    question = Question(
        bank=bank,
        kind=content["kind"],
        stem=_en(content["stem"]),
        points=Decimal(str(content.get("points", 1))),
        partial_credit=content.get("partial_credit", "none"),
        case_sensitive=content.get("case_sensitive", False),
        numeric_value=Decimal(str(numeric["value"])) if numeric else None,
        numeric_tolerance=Decimal(str(numeric.get("tolerance", 0))) if numeric else None,
        feedback_correct=_en(content.get("feedback_correct", "")),
        feedback_incorrect=_en(content.get("feedback_incorrect", "")),
        explanation=_en(content.get("explanation", "")),
        difficulty=content.get("difficulty", "medium"),
        scenario=scenarios.get(content.get("scenario")),
        locale=bank.locale,
    )
    for relation, rows in _children(content, "en").items():
        setattr(question, relation, rows)
    if content["kind"] == "true_false":
        question.set_true_false_answer(content["answer"])
    question.save()
    question.tags.set([tags[code] for code in content.get("tags", [])])
    question.save_revision().publish()
    children = _french_children(content)
    translate_instance(
        question,
        {
            "stem": _fr(content["stem"]),
            "feedback_correct": _fr(content.get("feedback_correct", "")),
            "feedback_incorrect": _fr(content.get("feedback_incorrect", "")),
            "explanation": _fr(content.get("explanation", "")),
            **{
                relation: (lambda english, relation=relation: children(english)[relation])
                for relation in _relations(content)
            },
        },
        french_locale,
    )
    return question


def _relations(content: dict) -> list[str]:
    return {
        "single_choice": ["choices"],
        "multiple_response": ["choices"],
        "true_false": ["choices"],
        "matching": ["pairs"],
        "ordering": ["items"],
        "short_text": ["accepted_answers"],
    }.get(content["kind"], [])


@transaction.atomic
def bank_load(content: dict, *, topics: dict) -> Quiz:
    """One demo bank, its questions and its final assessment, in English and French
    (idempotent: a bank already loaded is left as it is)."""
    english = Locale.objects.get(language_code="en")
    french = Locale.objects.get(language_code="fr")
    title = _en(content["title"])
    quiz_title = _en(content["quiz"]["title"])
    existing = Quiz.objects.filter(locale=english, title=quiz_title).first()
    if existing is not None:
        return existing
    bank = QuestionBank.objects.create(
        title=title,
        description=_en(content["description"]),
        topic=topics.get(content.get("topic")),
        locale=english,
    )
    translate_instance(
        bank, {"title": _fr(content["title"]), "description": _fr(content["description"])}, french
    )
    scenarios = {}
    for scenario_content in content.get("scenarios", []):
        scenario = Scenario.objects.create(
            title=_en(scenario_content["title"]),
            situation=_en(scenario_content["situation"]),
            locale=english,
        )
        scenario.save_revision()
        translate_instance(
            scenario,
            {
                "title": _fr(scenario_content["title"]),
                "situation": _fr(scenario_content["situation"]),
            },
            french,
        )
        scenarios[scenario_content["key"]] = scenario
    codes = {code for question in content["questions"] for code in question.get("tags", [])}
    tags = {code: QuestionTag.objects.get_or_create(code=code)[0] for code in codes}
    for question_content in content["questions"]:
        _question(question_content, bank=bank, scenarios=scenarios, tags=tags, french_locale=french)
    rules = content["quiz"]
    quiz = Quiz(
        title=quiz_title,
        instructions=_en(rules["instructions"]),
        pass_mark=Decimal(str(rules["pass_mark"])),
        attempts_allowed=rules.get("attempts_allowed", 0),
        wait_between_attempts=rules.get("wait_between_attempts", 0),
        time_limit=rules.get("time_limit"),
        feedback_mode=rules.get("feedback_mode", "after_submission"),
        show_correct_answers=rules.get("show_correct_answers", "after_passing"),
        shuffle_questions=True,
        shuffle_choices=True,
        graded=True,
        locale=english,
    )
    quiz.draws = [QuizDraw(bank=bank, count=rules["draw"])]
    quiz.save()
    quiz.save_revision()
    translate_instance(
        quiz,
        {"title": _fr(rules["title"]), "instructions": _fr(rules["instructions"])},
        french,
    )
    return quiz


@transaction.atomic
def assessment_page_load(course: CoursePage, *, quiz: Quiz) -> QuizPage:
    """The course's final assessment page, after its lessons, in both languages
    (idempotent)."""
    page_content = assessment_page()
    french = Locale.objects.get(language_code="fr")
    course.refresh_from_db()
    page = QuizPage.objects.child_of(course).first()
    if page is None:
        page = course.add_child(
            instance=QuizPage(
                title=quiz.title,
                slug=page_content["slug"]["en"],
                intro=page_content["intro"]["en"],
                quiz=quiz,
                estimated_minutes=quiz.time_limit or 20,
            )
        )
        page.save_revision().publish()
        page.refresh_from_db()
    if page.get_translation_or_none(french) is None:
        translate_instance(
            page,
            {
                "title": quiz.get_translation(french).title,
                "slug": page_content["slug"]["fr"],
                "intro": page_content["intro"]["fr"],
            },
            french,
        )
    return page
