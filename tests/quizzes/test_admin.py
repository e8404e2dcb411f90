"""Authoring quizzes in the Wagtail admin: the listings and editors of every quiz snippet,
questions written and published through the editor, and the rules it enforces."""

import random

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from quizzes.models import Question, QuestionBank, QuestionTag, Quiz, Scenario
from quizzes.snapshots import quiz_question_pool
from tests import factories
from tests.quizzes import factories as quiz_factories

pytestmark = pytest.mark.django_db

SNIPPETS = [Question, QuestionBank, QuestionTag, Quiz, Scenario]


@pytest.fixture
def admin_client(client):
    factories.locales()
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    return client


def url(model, name, *args):
    return reverse(f"wagtailsnippets_quizzes_{model._meta.model_name}:{name}", args=args)


def question_form(bank, *, kind="single_choice", choices=(), pairs=(), items=(), accepted=(), **f):
    """The question editor's form as the admin posts it."""
    fields = {
        "bank": bank.pk,
        "kind": kind,
        "stem": rich_text("<p>Which document proves citizenship?</p>"),
        "points": "1",
        "partial_credit": "none",
        "difficulty": "medium",
        "feedback_correct": "",
        "feedback_incorrect": "",
        "explanation": rich_text(""),
        "true_false_answer": "",
        "choices": inline_formset(list(choices)),
        "pairs": inline_formset(list(pairs)),
        "items": inline_formset(list(items)),
        "accepted_answers": inline_formset(list(accepted)),
    }
    fields.update(f)
    return nested_form_data(fields)


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda m: m.__name__)
def test_each_quiz_snippet_has_a_listing_and_an_editor(admin_client, model):
    assert admin_client.get(url(model, "list")).status_code == 200
    assert admin_client.get(url(model, "add")).status_code == 200


def test_each_quiz_snippet_opens_in_its_editor(admin_client):
    bank = quiz_factories.bank()
    question = quiz_factories.question(
        bank=bank, scenario=quiz_factories.scenario(), tags=["documents"]
    )
    quiz = quiz_factories.quiz(questions=[question])
    for instance in [question, bank, question.scenario, QuestionTag.objects.get(), quiz]:
        response = admin_client.get(url(type(instance), "edit", instance.pk))
        assert response.status_code == 200, type(instance).__name__


def test_the_quizzes_menu_groups_the_quiz_snippets(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    content = response.content.decode()
    for model in SNIPPETS:
        assert url(model, "list") in content


def test_the_question_listing_filters_by_bank_kind_difficulty_and_tag(admin_client):
    law = quiz_factories.bank("Customs law")
    other = quiz_factories.bank("Indicators")
    wanted = quiz_factories.question(
        bank=law, stem="<p>Wanted question</p>", difficulty="hard", tags=["border"]
    )
    quiz_factories.question(bank=other, stem="<p>Other bank</p>", difficulty="hard")
    quiz_factories.question("short_text", bank=law, stem="<p>Other kind</p>", difficulty="hard")
    quiz_factories.question(bank=law, stem="<p>Other difficulty</p>", difficulty="easy")

    def listed(**params):
        response = admin_client.get(url(Question, "list"), params)
        assert response.status_code == 200
        return response.content.decode()

    content = listed(bank=law.pk, kind="single_choice", difficulty="hard")
    assert "Wanted question" in content
    assert "Other bank" not in content and "Other kind" not in content
    assert "Other difficulty" not in content
    tagged = listed(tags=QuestionTag.objects.get(code="border").pk)
    assert "Wanted question" in tagged and "Other bank" not in tagged
    assert str(wanted) in listed(q="Wanted")
    assert "Other bank" not in listed(q="Wanted")


def test_a_trainer_writes_and_publishes_a_question_through_the_editor(admin_client):
    bank = quiz_factories.bank()
    data = question_form(
        bank,
        choices=[
            {"text": "Passport", "correct": "on", "feedback": "Yes: it proves citizenship."},
            {"text": "Library card", "feedback": "No."},
        ],
        **{"action-publish": "action-publish"},
    )
    response = admin_client.post(url(Question, "add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get()
    assert question.live
    assert question.bank == bank
    assert [(c.key, c.text, c.correct) for c in question.choices.all()] == [
        ("c1", "Passport", True),
        ("c2", "Library card", False),
    ]
    assert question.live_revision is not None


def test_editing_a_question_keeps_the_keys_of_its_choices(admin_client):
    question = quiz_factories.question(choices=[("Yes", True), ("No", False)])
    first, second = question.choices.all()
    data = question_form(
        question.bank,
        choices=[
            {"id": second.pk, "text": "No, never", "correct": ""},
            {"id": first.pk, "text": "Yes", "correct": "on"},
            {"text": "Maybe", "correct": ""},
        ],
        **{"action-publish": "action-publish"},
    )
    data["choices-INITIAL_FORMS"] = "2"
    response = admin_client.post(url(Question, "edit", question.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get(pk=question.pk)
    assert [(c.key, c.text) for c in question.choices.all()] == [
        ("c2", "No, never"),
        ("c1", "Yes"),
        ("c3", "Maybe"),
    ]


def test_the_editor_refuses_a_single_choice_question_without_a_right_answer(admin_client):
    bank = quiz_factories.bank()
    data = question_form(bank, choices=[{"text": "Passport"}, {"text": "Library card"}])
    response = admin_client.post(url(Question, "add"), data)
    assert response.status_code == 200
    assert "Mark exactly one choice as correct." in response.content.decode()
    assert not Question.objects.exists()


def test_the_editor_makes_the_two_choices_of_a_true_or_false_question(admin_client):
    bank = quiz_factories.bank()
    data = question_form(
        bank, kind="true_false", true_false_answer="false", **{"action-publish": "action-publish"}
    )
    response = admin_client.post(url(Question, "add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get()
    assert [(c.key, c.text, c.correct) for c in question.choices.all()] == [
        ("true", "True", False),
        ("false", "False", True),
    ]
    edit = admin_client.get(url(Question, "edit", question.pk)).content.decode()
    assert 'value="false" selected' in edit or 'value="false" checked' in edit


def test_the_editor_asks_whether_a_true_or_false_statement_is_true(admin_client):
    data = question_form(quiz_factories.bank(), kind="true_false")
    response = admin_client.post(url(Question, "add"), data)
    assert response.status_code == 200
    assert "Say whether the statement is true or false." in response.content.decode()
    assert not Question.objects.exists()


def test_the_quiz_editor_names_a_draw_that_asks_for_too_many_questions(admin_client):
    bank = quiz_factories.bank("Customs law")
    quiz_factories.question(bank=bank)
    data = nested_form_data(
        {
            "title": "Final exam",
            "instructions": rich_text(""),
            "quiz_questions": inline_formset([]),
            "draws": inline_formset([{"bank": bank.pk, "tag": "", "count": "3"}]),
            "pass_mark": "0.8",
            "graded": "on",
            "attempts_allowed": "0",
            "wait_between_attempts": "0",
            "time_limit": "",
            "feedback_mode": "none",
            "show_correct_answers": "never",
        }
    )
    response = admin_client.post(url(Quiz, "add"), data)
    assert response.status_code == 200
    assert "Draw 1 asks for more questions than" in response.content.decode()
    assert not Quiz.objects.exists()

    data["draws-0-count"] = "1"
    response = admin_client.post(url(Quiz, "add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Quiz.objects.get().draws.get().count == 1


def test_the_editor_refuses_a_bank_in_another_language(admin_client):
    _, french = factories.locales()
    french_bank = quiz_factories.bank("Droit des douanes", locale=french)
    data = question_form(
        french_bank, choices=[{"text": "Passport", "correct": "on"}, {"text": "Library card"}]
    )
    response = admin_client.post(url(Question, "add"), data)
    assert response.status_code == 200
    assert "Choose a question bank in the language of the question." in response.content.decode()
    assert not Question.objects.exists()


def translate_through_the_admin(admin_client, instance, django_capture_on_commit_callbacks):
    _, french = factories.locales()
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["quizzes", instance._meta.model_name, instance.pk],
    )
    assert admin_client.get(submit).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(submit, {"locales": [french.pk]})
    assert response.status_code == 302
    return instance.get_translation(french)


def test_translate_makes_a_french_question_with_the_same_keys_and_a_french_bank(
    admin_client, django_capture_on_commit_callbacks
):
    question = quiz_factories.question(choices=[("Passport", True), ("Library card", False)])
    french = translate_through_the_admin(admin_client, question, django_capture_on_commit_callbacks)
    assert [c.key for c in french.choices.all()] == ["c1", "c2"]
    assert french.bank.locale == french.locale
    assert french.bank.translation_key == question.bank.translation_key


def test_translate_makes_a_french_quiz_of_french_questions(
    admin_client, django_capture_on_commit_callbacks
):
    bank = quiz_factories.bank()
    fixed = quiz_factories.question(bank=bank)
    other = quiz_factories.question(bank=bank)
    quiz = quiz_factories.quiz(questions=[fixed], draws=[(bank, 1)])
    french = translate_through_the_admin(admin_client, quiz, django_capture_on_commit_callbacks)
    french_question = french.quiz_questions.get().question
    assert french_question.translation_key == fixed.translation_key
    assert french_question.locale == french.locale
    assert french.draws.get().bank.locale == french.locale
    # The quiz brings its own questions and banks along; the rest of a bank is translated
    # question by question, and only then can the French draw pick it.
    assert quiz_question_pool(french, rng=random.Random(1)) == [french_question]
    translate_through_the_admin(admin_client, other, django_capture_on_commit_callbacks)
    pool = quiz_question_pool(french, rng=random.Random(1))
    assert len(pool) == 2
    assert {q.translation_key for q in pool} == {q.translation_key for q in bank.questions.all()}
    assert {q.locale for q in pool} == {french.locale}


def test_the_question_preview_shows_the_stem_the_answer_and_the_feedback(admin_client):
    question = quiz_factories.question(
        choices=[("Passport", True, "Right: it proves citizenship."), ("Library card", False)],
        stem="<p>Which document proves citizenship?</p>",
        feedback_incorrect="Read the guide again.",
    )
    preview_url = url(Question, "preview_on_edit", question.pk)
    data = question_form(
        question.bank,
        choices=[
            {
                "id": c.pk,
                "text": c.text,
                "correct": "on" if c.correct else "",
                "feedback": c.feedback,
            }
            for c in question.choices.all()
        ],
        feedback_incorrect="Read the guide again.",
    )
    data["choices-INITIAL_FORMS"] = "2"
    assert admin_client.post(preview_url, data).json()["is_valid"] is True
    response = admin_client.get(preview_url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Which document proves citizenship?" in content
    assert "Passport" in content and "(correct)" in content
    assert "Right: it proves citizenship." in content
    assert "Read the guide again." in content
    assert '<html lang="en">' in content
