"""Questions, banks and quizzes for tests: each test builds only what it needs."""

import itertools

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

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
    QuizQuestion,
    Scenario,
)
from tests.factories import locales

_numbers = itertools.count(1)


def tag(code: str) -> QuestionTag:
    return QuestionTag.objects.get_or_create(code=code)[0]


def bank(title: str = "Customs law", **fields) -> QuestionBank:
    english, _ = locales()
    fields.setdefault("locale", english)
    return QuestionBank.objects.create(title=title, **fields)


_new_bank = bank


def scenario(title="At the booth", situation="<p>A traveller declares nothing.</p>", **fields):
    english, _ = locales()
    fields.setdefault("locale", english)
    item = Scenario.objects.create(title=title, situation=situation, **fields)
    item.save_revision()
    return item


def question_build(
    kind: str = Question.Kind.SINGLE_CHOICE,
    *,
    bank: QuestionBank | None = None,
    choices=None,
    pairs=None,
    items=None,
    accepted=None,
    tags=(),
    **fields,
) -> Question:
    """An unsaved question with its children in memory.

    ``choices`` are (text, correct) or (text, correct, feedback) tuples, ``pairs``
    (left, right) tuples, ``items`` texts in the correct order, ``accepted`` texts."""
    english, _ = locales()
    fields.setdefault("stem", f"<p>Question {next(_numbers)}?</p>")
    question = Question(
        kind=kind, bank=bank or _new_bank(), locale=fields.pop("locale", english), **fields
    )
    if choices is not None:
        question.choices = [
            QuestionChoice(text=c[0], correct=c[1], feedback=c[2] if len(c) > 2 else "")
            for c in choices
        ]
    if pairs is not None:
        question.pairs = [MatchingPair(left=left, right=right) for left, right in pairs]
    if items is not None:
        question.items = [OrderingItem(text=text) for text in items]
    if accepted is not None:
        question.accepted_answers = [AcceptedAnswer(text=text) for text in accepted]
    if tags:
        question.tags = [tag(code) for code in tags]
    return question


def publish(instance):
    """Save a revision of ``instance`` and publish it; the object as now stored."""
    instance.save_revision().publish()
    return type(instance).objects.get(pk=instance.pk)


def question(kind: str = Question.Kind.SINGLE_CHOICE, *, live: bool = True, **kwargs) -> Question:
    """A saved question (published unless ``live`` is false). Without children given, a
    valid set for its kind."""
    defaults = {
        Question.Kind.SINGLE_CHOICE: {"choices": [("Yes", True), ("No", False)]},
        Question.Kind.MULTIPLE_RESPONSE: {
            "choices": [("Passport", True), ("Visa", True), ("Library card", False)]
        },
        Question.Kind.MATCHING: {"pairs": [("Dog", "Bark"), ("Cat", "Meow")]},
        Question.Kind.ORDERING: {"items": ["First", "Second", "Third"]},
        Question.Kind.SHORT_TEXT: {"accepted": ["Ottawa"]},
        Question.Kind.NUMERIC: {"numeric_value": 42, "numeric_tolerance": 0},
    }
    for name, value in defaults.get(kind, {}).items():
        kwargs.setdefault(name, value)
    item = question_build(kind, **kwargs)
    if kind == Question.Kind.TRUE_FALSE and not kwargs.get("choices"):
        item.set_true_false_answer(True)
    item.full_clean()
    if not live:
        item.live = False
        item.save()
        item.save_revision()
        return Question.objects.get(pk=item.pk)
    item.save()
    return publish(item)


def quiz(title: str = "Customs quiz", *, questions=(), draws=(), **fields) -> Quiz:
    """A saved quiz with fixed ``questions`` and ``draws`` given as (bank, count) or
    (bank, count, tag code) tuples."""
    english, _ = locales()
    item = Quiz(title=title, locale=fields.pop("locale", english), **fields)
    item.quiz_questions = [QuizQuestion(question=q) for q in questions]
    item.draws = [
        QuizDraw(bank=d[0], count=d[1], tag=tag(d[2]) if len(d) > 2 else None) for d in draws
    ]
    item.full_clean()
    item.save()
    item.save_revision()
    return Quiz.objects.get(pk=item.pk)


def translate(instance, strings: dict[str, str] | None = None):
    """The French translation of ``instance`` made through wagtail-localize, published.

    Each string is translated by ``strings`` when it has it, else as "[fr] <string>".
    Related translatable objects (a question's bank, scenario...) must be translated
    first."""
    strings = strings or {}
    _, french = locales()
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=french, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = strings.get(entry.msgid, f"[fr] {entry.msgid}")
    translation.import_po(po)
    model = type(instance)
    if issubclass(model, Question):
        # Published here rather than when the transaction commits (which tests never see).
        translation.save_target(publish=False)
        target = instance.get_translation(french)
        target.get_latest_revision().publish()
    else:
        translation.save_target()
        target = instance.get_translation(french)
    return model.objects.get(pk=target.pk)


def french() -> Locale:
    return locales()[1]
