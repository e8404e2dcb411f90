"""Questions, banks and quizzes: the rules each kind of question obeys, the snapshots that
freeze a question for grading, French translations, the questions of an attempt, and what
a graded quiz lets the browser see."""

import json
import random
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from quizzes.models import Question, QuestionChoice, QuestionTag, Quiz, QuizDraw, QuizQuestion
from quizzes.snapshots import (
    public_question,
    question_snapshot,
    quiz_question_pool,
    response_from_public,
)
from tests.factories import locales
from tests.quizzes import factories

pytestmark = pytest.mark.django_db


def in_order(rows):
    """``rows`` placed in this order, as the editor's drag and drop places them."""
    for position, row in enumerate(rows):
        row.sort_order = position
    return rows


def errors_of(instance) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


# -- rules of each kind of question ---------------------------------------------------------


def test_a_single_choice_question_needs_two_choices_and_exactly_one_right():
    one_choice = factories.question_build(choices=[("Yes", True)])
    assert (
        "A single-choice question needs at least two choices." in errors_of(one_choice)["choices"]
    )
    none_right = factories.question_build(choices=[("Yes", False), ("No", False)])
    assert errors_of(none_right)["choices"] == ["Mark exactly one choice as correct."]
    two_right = factories.question_build(choices=[("Yes", True), ("No", True)])
    assert errors_of(two_right)["choices"] == ["Mark exactly one choice as correct."]
    factories.question_build(choices=[("Yes", True), ("No", False)]).full_clean()


def test_a_multiple_response_question_needs_two_choices_and_one_right():
    kind = Question.Kind.MULTIPLE_RESPONSE
    one_choice = factories.question_build(kind, choices=[("Passport", True)])
    assert errors_of(one_choice)["choices"] == [
        "A multiple-response question needs at least two choices."
    ]
    none_right = factories.question_build(kind, choices=[("Passport", False), ("Visa", False)])
    assert errors_of(none_right)["choices"] == ["Mark at least one choice as correct."]
    factories.question_build(kind, choices=[("Passport", True), ("Visa", True)]).full_clean()


def test_a_true_or_false_question_gets_its_two_choices_and_needs_one_right():
    question = factories.question_build(Question.Kind.TRUE_FALSE)
    assert errors_of(question)["choices"] == ["Say whether the statement is true or false."]
    assert [(c.key, c.text) for c in question.choices.all()] == [
        ("true", "True"),
        ("false", "False"),
    ]
    question.set_true_false_answer(False)
    question.full_clean()
    assert {c.key: c.correct for c in question.choices.all()} == {"true": False, "false": True}


def test_a_true_or_false_question_has_no_other_choices():
    question = factories.question_build(Question.Kind.TRUE_FALSE)
    question.set_true_false_answer(True)
    question.choices = [*question.choices.all(), QuestionChoice(text="Sometimes")]
    assert errors_of(question)["choices"] == [
        "A true-or-false question has exactly two choices: True and False."
    ]


def test_a_french_true_or_false_question_gets_french_choices():
    _, french = locales()
    bank = factories.bank("Droit des douanes", locale=french)
    question = factories.question_build(Question.Kind.TRUE_FALSE, bank=bank, locale=french)
    question.set_true_false_answer(True)
    assert [c.text for c in question.choices.all()] == ["Vrai", "Faux"]


def test_a_matching_question_needs_two_distinct_pairs():
    kind = Question.Kind.MATCHING
    assert errors_of(factories.question_build(kind, pairs=[("Dog", "Bark")]))["pairs"] == [
        "A matching question needs at least two pairs."
    ]
    same_right = factories.question_build(kind, pairs=[("Dog", "Bark"), ("Seal", "bark")])
    assert errors_of(same_right)["pairs"] == ["Each item on the right must be different."]
    same_left = factories.question_build(kind, pairs=[("Dog", "Bark"), ("dog", "Growl")])
    assert errors_of(same_left)["pairs"] == ["Each item on the left must be different."]
    factories.question_build(kind, pairs=[("Dog", "Bark"), ("Cat", "Meow")]).full_clean()


def test_an_ordering_question_needs_two_items():
    kind = Question.Kind.ORDERING
    assert errors_of(factories.question_build(kind, items=["Only"]))["items"] == [
        "An ordering question needs at least two items."
    ]
    factories.question_build(kind, items=["First", "Second"]).full_clean()


def test_a_short_text_question_needs_an_accepted_answer():
    kind = Question.Kind.SHORT_TEXT
    assert errors_of(factories.question_build(kind, accepted=[]))["accepted_answers"] == [
        "A short-text question needs at least one accepted answer."
    ]
    factories.question_build(kind, accepted=["Ottawa"]).full_clean()


def test_a_numeric_question_needs_its_number_and_a_tolerance_not_below_zero():
    kind = Question.Kind.NUMERIC
    assert errors_of(factories.question_build(kind))["numeric_value"] == [
        "Enter the expected number."
    ]
    negative = factories.question_build(kind, numeric_value=10, numeric_tolerance=-1)
    assert "numeric_tolerance" in errors_of(negative)
    exact = factories.question_build(kind, numeric_value=10)
    exact.full_clean()
    assert exact.numeric_tolerance == 0


def test_a_question_is_worth_more_than_zero_points():
    question = factories.question_build(choices=[("Yes", True), ("No", False)], points=0)
    assert "points" in errors_of(question)


def test_the_editor_checks_that_a_question_its_bank_and_scenario_share_a_language():
    _, french = locales()
    french_bank = factories.bank("Droit", locale=french)
    french_scenario = factories.scenario("Au poste", locale=french)
    question = factories.question_build(
        bank=french_bank, scenario=french_scenario, choices=[("Yes", True), ("No", False)]
    )
    assert question.language_errors() == {
        "bank": ["Choose a question bank in the language of the question."],
        "scenario": ["Choose a scenario in the language of the question."],
    }
    assert factories.question_build().language_errors() == {}


def test_the_editor_checks_that_a_quiz_and_its_questions_share_a_language():
    _, french = locales()
    french_bank = factories.bank("Droit", locale=french)
    french_question = factories.question(bank=french_bank, locale=french)
    english, _ = locales()
    quiz = Quiz(title="Exam", locale=english)
    quiz.quiz_questions = [QuizQuestion(question=french_question)]
    quiz.draws = [QuizDraw(bank=french_bank, count=1)]
    errors = quiz.language_errors()
    assert errors["quiz_questions"] == [
        f"The question “{french_question}” is not in the language of the quiz."
    ]
    assert errors["draws"] == ["Draw 1: the bank “Droit” is not in the language of the quiz."]


# -- keys of child rows ---------------------------------------------------------------------


def test_child_rows_get_short_keys_that_never_change():
    question = factories.question(choices=[("A", True), ("B", False), ("C", False)])
    assert [c.key for c in question.choices.all()] == ["c1", "c2", "c3"]
    first, second, third = question.choices.all()
    question.choices = in_order([third, first, QuestionChoice(text="D")])
    question = factories.publish(question)
    assert [(c.key, c.text) for c in question.choices.all()] == [
        ("c3", "C"),
        ("c1", "A"),
        ("c4", "D"),
    ]


def test_the_key_of_a_deleted_row_is_never_given_to_another():
    question = factories.question(choices=[("A", True), ("B", False)])
    first, _second = question.choices.all()
    question.choices = [first]
    question.kind = Question.Kind.MULTIPLE_RESPONSE
    question.choices = [first, QuestionChoice(text="C")]
    question = factories.publish(question)
    assert [(c.key, c.text) for c in question.choices.all()] == [("c1", "A"), ("c3", "C")]
    added = QuestionChoice.objects.create(question=question, text="D", sort_order=9)
    assert added.key == "c4"


def test_each_kind_of_row_has_its_own_key_prefix():
    matching = factories.question(Question.Kind.MATCHING)
    ordering = factories.question(Question.Kind.ORDERING)
    short = factories.question(Question.Kind.SHORT_TEXT, accepted=["Ottawa", "ottawa city"])
    assert [p.key for p in matching.pairs.all()] == ["p1", "p2"]
    assert [i.key for i in ordering.items.all()] == ["i1", "i2", "i3"]
    assert [a.key for a in short.accepted_answers.all()] == ["a1", "a2"]


def test_a_draft_revision_already_has_the_keys_of_new_rows():
    question = factories.question(choices=[("A", True), ("B", False)])
    question.choices = [*question.choices.all(), QuestionChoice(text="C")]
    draft = question.save_revision().as_object()
    assert [c.key for c in draft.choices.all()] == ["c1", "c2", "c3"]


# -- snapshots ------------------------------------------------------------------------------


def test_a_single_choice_snapshot_follows_the_contract():
    scenario = factories.scenario(situation="<p>A traveller declares nothing.</p>")
    question = factories.question(
        choices=[("Passport", True, "Right."), ("Library card", False, "No.")],
        stem="<p>Which document proves citizenship?</p>",
        points=Decimal("2"),
        feedback_correct="Well done.",
        feedback_incorrect="Read the guide.",
        explanation="<p>A passport proves citizenship.</p>",
        tags=["identity", "documents"],
        difficulty=Question.Difficulty.EASY,
        scenario=scenario,
    )
    assert question_snapshot(question) == {
        "question_key": str(question.translation_key),
        "revision": question.live_revision_id,
        "kind": "single_choice",
        "language": "en",
        "stem": "<p>Which document proves citizenship?</p>",
        "points": 2,
        "choices": [
            {"id": "c1", "text": "Passport", "correct": True, "feedback": "Right."},
            {"id": "c2", "text": "Library card", "correct": False, "feedback": "No."},
        ],
        "partial_credit": "none",
        "pairs": [],
        "items": [],
        "accepted": [],
        "case_sensitive": False,
        "numeric": None,
        "feedback_correct": "Well done.",
        "feedback_incorrect": "Read the guide.",
        "explanation": "<p>A passport proves citizenship.</p>",
        "tags": ["documents", "identity"],
        "difficulty": "easy",
        "scenario": {
            "key": str(scenario.translation_key),
            "situation": "<p>A traveller declares nothing.</p>",
        },
    }


def test_a_snapshot_records_the_revision_it_is_given():
    question = factories.question()
    assert question_snapshot(question, revision=7)["revision"] == 7


def test_a_snapshot_keeps_the_choices_in_the_authors_order():
    question = factories.question(
        Question.Kind.MULTIPLE_RESPONSE,
        choices=[("Visa", True), ("Passport", True), ("Library card", False)],
        partial_credit=Question.PartialCredit.PROPORTIONAL,
    )
    snapshot = question_snapshot(question)
    assert [(c["id"], c["text"], c["correct"]) for c in snapshot["choices"]] == [
        ("c1", "Visa", True),
        ("c2", "Passport", True),
        ("c3", "Library card", False),
    ]
    assert snapshot["partial_credit"] == "proportional"


def test_a_true_or_false_snapshot_has_the_choices_true_and_false():
    question = factories.question(Question.Kind.TRUE_FALSE)
    choices = question_snapshot(question)["choices"]
    assert [(c["id"], c["correct"]) for c in choices] == [("true", True), ("false", False)]


def test_a_matching_snapshot_has_the_right_pairs():
    question = factories.question(
        Question.Kind.MATCHING, pairs=[("Dog", "Bark"), ("Cat", "Meow"), ("Cow", "Moo")]
    )
    snapshot = question_snapshot(question)
    assert snapshot["pairs"] == [
        {"id": "p1", "left": "Dog", "right": "Bark"},
        {"id": "p2", "left": "Cat", "right": "Meow"},
        {"id": "p3", "left": "Cow", "right": "Moo"},
    ]
    assert snapshot["choices"] == [] and snapshot["items"] == []


def test_an_ordering_snapshot_lists_the_items_in_the_correct_order():
    question = factories.question(Question.Kind.ORDERING, items=["Stop", "Question", "Search"])
    first, second, third = question.items.all()
    question.items = in_order([third, first, second])
    question = factories.publish(question)
    assert question_snapshot(question)["items"] == [
        {"id": "i3", "text": "Search"},
        {"id": "i1", "text": "Stop"},
        {"id": "i2", "text": "Question"},
    ]


def test_a_short_text_snapshot_has_its_accepted_answers():
    question = factories.question(
        Question.Kind.SHORT_TEXT, accepted=["Ottawa", "City of Ottawa"], case_sensitive=True
    )
    snapshot = question_snapshot(question)
    assert snapshot["accepted"] == ["Ottawa", "City of Ottawa"]
    assert snapshot["case_sensitive"] is True


def test_a_numeric_snapshot_has_its_value_and_tolerance():
    question = factories.question(
        Question.Kind.NUMERIC, numeric_value=Decimal("3.5"), numeric_tolerance=Decimal("0.25")
    )
    snapshot = question_snapshot(question)
    assert snapshot["numeric"] == {"value": 3.5, "tolerance": 0.25}
    assert json.loads(json.dumps(snapshot)) == snapshot


def test_a_snapshot_ignores_rows_left_over_from_another_kind():
    question = factories.question(choices=[("Yes", True), ("No", False)])
    question.kind = Question.Kind.NUMERIC
    question.numeric_value = Decimal("12")
    question = factories.publish(question)
    snapshot = question_snapshot(question)
    assert snapshot["choices"] == []
    assert snapshot["numeric"] == {"value": 12, "tolerance": 0}


def test_a_snapshot_does_not_change_when_the_question_is_edited_later():
    question = factories.question(choices=[("Yes", True), ("No", False)])
    snapshot = question_snapshot(question)
    frozen = json.dumps(snapshot)
    first = question.choices.all()[0]
    first.text = "Changed"
    question.choices = [first, *question.choices.all()[1:]]
    factories.publish(question)
    assert json.dumps(snapshot) == frozen


# -- French translation ---------------------------------------------------------------------


def test_the_french_translation_keeps_keys_and_points_at_french_banks_and_scenarios():
    bank = factories.bank("Customs law")
    scenario = factories.scenario(title="At the booth", situation="<p>A traveller.</p>")
    question = factories.question(
        bank=bank,
        scenario=scenario,
        stem="<p>Which document proves citizenship?</p>",
        choices=[("Passport", True, "Right."), ("Library card", False)],
        tags=["documents"],
    )
    french_bank = factories.translate(bank, {"Customs law": "Droit des douanes"})
    french_scenario = factories.translate(scenario, {"A traveller.": "Une voyageuse."})
    french = factories.translate(
        question,
        {
            "Which document proves citizenship?": "Quel document prouve la citoyenneté?",
            "Passport": "Passeport",
            "Library card": "Carte de bibliothèque",
            "Right.": "Exact.",
        },
    )
    assert french.live
    assert french.bank == french_bank
    assert french.scenario == french_scenario
    assert [t.code for t in french.tags.all()] == ["documents"]
    english_snapshot = question_snapshot(question)
    snapshot = question_snapshot(french)
    assert snapshot["question_key"] == english_snapshot["question_key"]
    assert snapshot["language"] == "fr"
    assert snapshot["stem"] == "<p>Quel document prouve la citoyenneté?</p>"
    assert snapshot["choices"] == [
        {"id": "c1", "text": "Passeport", "correct": True, "feedback": "Exact."},
        {"id": "c2", "text": "Carte de bibliothèque", "correct": False, "feedback": ""},
    ]
    assert snapshot["scenario"] == {
        "key": str(scenario.translation_key),
        "situation": "<p>Une voyageuse.</p>",
    }


def test_an_updated_translation_keeps_the_keys_of_every_row():
    bank = factories.bank()
    question = factories.question(Question.Kind.ORDERING, bank=bank, items=["A", "B"])
    factories.translate(bank)
    factories.translate(question)
    first, second = question.items.all()
    question.items = in_order([second, first, *factories.question_build(items=["C"]).items.all()])
    question = factories.publish(question)
    french = factories.translate(question)
    assert [(i["id"], i["text"]) for i in question_snapshot(french)["items"]] == [
        ("i2", "[fr] B"),
        ("i1", "[fr] A"),
        ("i3", "[fr] C"),
    ]


def test_the_french_quiz_uses_the_french_questions_and_banks():
    bank = factories.bank()
    fixed = factories.question(bank=bank)
    factories.question(bank=bank)
    quiz = factories.quiz(questions=[fixed], draws=[(bank, 1)])
    french_bank = factories.translate(bank)
    french_questions = [factories.translate(q) for q in bank.questions.all()]
    french_quiz = factories.translate(quiz)
    assert french_quiz.quiz_questions.get().question == fixed.get_translation(french_bank.locale)
    assert french_quiz.draws.get().bank == french_bank
    pool = quiz_question_pool(french_quiz, rng=random.Random(1))
    assert set(pool) == set(french_questions)


# -- quizzes --------------------------------------------------------------------------------


def test_a_quiz_needs_a_question_or_a_draw():
    english, _ = locales()
    assert (
        "A quiz needs at least one question or one random draw."
        in errors_of(Quiz(title="Empty", locale=english))["__all__"]
    )


@pytest.mark.parametrize("pass_mark", ["1.5", "-0.1"])
def test_the_pass_mark_is_a_fraction_between_zero_and_one(pass_mark):
    question = factories.question()
    english, _ = locales()
    quiz = Quiz(title="Exam", locale=english, pass_mark=Decimal(pass_mark))
    quiz.quiz_questions = [QuizQuestion(question=question)]
    assert "pass_mark" in errors_of(quiz)


def test_a_draw_cannot_ask_for_more_questions_than_its_bank_holds():
    bank = factories.bank("Customs law")
    fixed = factories.question(bank=bank)
    factories.question(bank=bank)
    factories.question(bank=bank, live=False)  # drafts are not served
    english, _ = locales()
    quiz = Quiz(title="Exam", locale=english)
    quiz.quiz_questions = [QuizQuestion(question=fixed)]
    quiz.draws = [QuizDraw(bank=bank, count=2)]
    assert errors_of(quiz)["draws"] == [
        "Draw 1 asks for more questions than “Customs law” can give: 2 asked, 1 available. "
        "Only published questions count, and not those already in the quiz or that earlier "
        "draws may take."
    ]
    quiz.draws = [QuizDraw(bank=bank, count=1)]
    quiz.full_clean()


def test_a_draw_with_a_tag_counts_only_tagged_questions():
    bank = factories.bank("Customs law")
    factories.question(bank=bank, tags=["currency"])
    factories.question(bank=bank)
    english, _ = locales()
    quiz = Quiz(title="Exam", locale=english)
    quiz.draws = [QuizDraw(bank=bank, count=2, tag=QuestionTag.objects.get(code="currency"))]
    (message,) = errors_of(quiz)["draws"]
    assert message.startswith("Draw 1 asks for more questions tagged currency than")
    assert "2 asked, 1 available" in message


def test_two_draws_from_one_bank_cannot_ask_for_more_than_it_holds():
    bank = factories.bank()
    for _ in range(3):
        factories.question(bank=bank)
    english, _ = locales()
    quiz = Quiz(title="Exam", locale=english)
    quiz.draws = [QuizDraw(bank=bank, count=2), QuizDraw(bank=bank, count=2)]
    (message,) = errors_of(quiz)["draws"]
    assert message.startswith("Draw 2 asks for more questions")
    quiz.draws = [QuizDraw(bank=bank, count=2), QuizDraw(bank=bank, count=1)]
    quiz.full_clean()


def test_a_question_is_fixed_in_a_quiz_only_once():
    question = factories.question()
    english, _ = locales()
    quiz = Quiz(title="Exam", locale=english)
    quiz.quiz_questions = [QuizQuestion(question=question), QuizQuestion(question=question)]
    assert "quiz_questions" in errors_of(quiz)


def test_correct_answers_are_shown_as_the_quiz_says():
    quiz = Quiz(show_correct_answers=Quiz.ShowCorrectAnswers.AFTER_PASSING)
    assert not quiz.shows_correct_answers(submitted=True, passed=False, last_attempt=True)
    assert quiz.shows_correct_answers(submitted=True, passed=True, last_attempt=False)
    quiz.show_correct_answers = Quiz.ShowCorrectAnswers.AFTER_LAST_ATTEMPT
    assert not quiz.shows_correct_answers(submitted=True, passed=True, last_attempt=False)
    assert quiz.shows_correct_answers(submitted=True, passed=False, last_attempt=True)
    quiz.show_correct_answers = Quiz.ShowCorrectAnswers.NEVER
    assert not quiz.shows_correct_answers(submitted=True, passed=True, last_attempt=True)
    quiz.show_correct_answers = Quiz.ShowCorrectAnswers.AFTER_SUBMISSION
    assert not quiz.shows_correct_answers(submitted=False, passed=False, last_attempt=False)
    assert quiz.shows_correct_answers(submitted=True, passed=False, last_attempt=False)


# -- the questions of an attempt ------------------------------------------------------------


@pytest.fixture
def quiz_with_draws():
    bank = factories.bank()
    fixed = [factories.question(bank=bank) for _ in range(2)]
    tagged = [factories.question(bank=bank, tags=["currency"]) for _ in range(3)]
    untagged = [factories.question(bank=bank) for _ in range(4)]
    draft = factories.question(bank=bank, tags=["currency"], live=False)
    quiz = factories.quiz(questions=fixed, draws=[(bank, 2, "currency"), (bank, 5)])
    return quiz, fixed, tagged, untagged, draft


def test_an_attempt_has_the_fixed_questions_then_the_drawn_ones(quiz_with_draws):
    quiz, fixed, tagged, untagged, draft = quiz_with_draws
    pool = quiz_question_pool(quiz, rng=random.Random(3))
    assert pool[:2] == fixed
    assert len(pool) == 2 + 2 + 5
    assert len(set(pool)) == len(pool)
    assert set(pool[2:4]) <= set(tagged)
    assert draft not in pool


def test_draws_never_repeat_a_question_whatever_the_seed(quiz_with_draws):
    quiz, fixed, tagged, untagged, _ = quiz_with_draws
    for seed in range(20):
        pool = quiz_question_pool(quiz, rng=random.Random(seed))
        assert len(set(pool)) == len(pool) == 9
        assert set(pool) <= set(fixed + tagged + untagged)


def test_the_same_seed_gives_the_same_questions_in_the_same_order(quiz_with_draws):
    quiz, *_ = quiz_with_draws
    quiz.shuffle_questions = True
    first = quiz_question_pool(quiz, rng=random.Random(42))
    assert quiz_question_pool(quiz, rng=random.Random(42)) == first
    orders = {
        tuple(q.pk for q in quiz_question_pool(quiz, rng=random.Random(s))) for s in range(10)
    }
    assert len(orders) > 1


def test_shuffled_quizzes_mix_the_fixed_questions_in(quiz_with_draws):
    quiz, fixed, *_ = quiz_with_draws
    quiz.shuffle_questions = True
    positions = {tuple(quiz_question_pool(quiz, rng=random.Random(seed))[:2]) for seed in range(10)}
    assert positions != {tuple(fixed)}


# -- what the browser may see ---------------------------------------------------------------

ANSWER_TEXTS = ["Ottawa-the-answer", "Right-feedback", "Wrong-feedback", "Explanation-text"]


@pytest.mark.parametrize("kind", [k for k, _ in Question.Kind.choices])
def test_the_public_question_gives_nothing_away(kind):
    question = factories.question(
        kind,
        accepted=["Ottawa-the-answer"],
        numeric_value=Decimal("987654.5"),
        numeric_tolerance=Decimal("0.125"),
        choices=[("Passport", True, "Right-feedback"), ("Visa", False, "Wrong-feedback")]
        if kind in ("single_choice", "multiple_response")
        else None,
        feedback_correct="Right-feedback",
        feedback_incorrect="Wrong-feedback",
        explanation="<p>Explanation-text</p>",
    )
    snapshot = question_snapshot(question)
    public = public_question(snapshot, rng=random.Random(1))
    text = json.dumps(public)
    assert '"correct"' not in text
    for secret in ANSWER_TEXTS + ["987654", "0.125"]:
        assert secret not in text
    assert "pairs" not in public and "accepted" not in public and "numeric" not in public
    assert public["question_key"] == snapshot["question_key"]
    assert public["stem"] == snapshot["stem"]


def test_the_public_matching_question_hides_which_right_goes_with_which_left():
    question = factories.question(
        Question.Kind.MATCHING,
        pairs=[("Dog", "Bark"), ("Cat", "Meow"), ("Cow", "Moo"), ("Duck", "Quack")],
    )
    snapshot = question_snapshot(question)
    public = public_question(snapshot, rng=random.Random(5))
    assert public["left"] == [
        {"id": "p1", "text": "Dog"},
        {"id": "p2", "text": "Cat"},
        {"id": "p3", "text": "Cow"},
        {"id": "p4", "text": "Duck"},
    ]
    assert [r["id"] for r in public["right"]] == ["r1", "r2", "r3", "r4"]
    assert sorted(r["text"] for r in public["right"]) == ["Bark", "Meow", "Moo", "Quack"]
    orders = {
        tuple(r["text"] for r in public_question(snapshot, rng=random.Random(s))["right"])
        for s in range(10)
    }
    assert len(orders) > 1


def test_a_matching_answer_in_public_ids_becomes_one_in_pair_ids():
    question = factories.question(
        Question.Kind.MATCHING, pairs=[("Dog", "Bark"), ("Cat", "Meow"), ("Cow", "Moo")]
    )
    snapshot = question_snapshot(question)
    public = public_question(snapshot, rng=random.Random(8))
    right_id = {r["text"]: r["id"] for r in public["right"]}
    answer = {"p1": right_id["Bark"], "p2": right_id["Moo"], "p3": right_id["Meow"]}
    assert response_from_public(snapshot, answer, rng=random.Random(8)) == {
        "p1": "p1",
        "p2": "p3",
        "p3": "p2",
    }
    # Answering with the pairs' own ids (guessing the snapshot's) gets nowhere.
    guessed = response_from_public(snapshot, {"p1": "p1"}, rng=random.Random(8))
    assert guessed["p1"] not in {"p1", "p2", "p3"}


def test_the_public_ordering_question_shuffles_its_items_under_screen_ids():
    question = factories.question(Question.Kind.ORDERING, items=["A", "B", "C", "D", "E"])
    snapshot = question_snapshot(question)
    public = public_question(snapshot, rng=random.Random(9))
    assert public == public_question(snapshot, rng=random.Random(9))
    assert [i["id"] for i in public["items"]] == ["o1", "o2", "o3", "o4", "o5"]
    assert sorted(i["text"] for i in public["items"]) == ["A", "B", "C", "D", "E"]
    orders = {
        tuple(i["text"] for i in public_question(snapshot, rng=random.Random(s))["items"])
        for s in range(10)
    }
    assert len(orders) > 1
    by_text = {i["text"]: i["id"] for i in public["items"]}
    answer = [by_text[text] for text in ["A", "B", "C", "D", "E"]]
    assert response_from_public(snapshot, answer, rng=random.Random(9)) == [
        "i1",
        "i2",
        "i3",
        "i4",
        "i5",
    ]


def test_other_answers_pass_through_unchanged():
    snapshot = question_snapshot(factories.question())
    assert response_from_public(snapshot, "c2", rng=random.Random(1)) == "c2"


def test_the_public_question_can_shuffle_choices_under_screen_ids():
    question = factories.question(
        Question.Kind.MULTIPLE_RESPONSE,
        choices=[("A", True), ("B", False), ("C", True), ("D", False), ("E", False)],
    )
    snapshot = question_snapshot(question)
    assert [c["id"] for c in public_question(snapshot)["choices"]] == ["c1", "c2", "c3", "c4", "c5"]

    def shown(seed):
        return public_question(snapshot, rng=random.Random(seed), shuffle_choices=True)["choices"]

    assert [c["id"] for c in shown(4)] == ["s1", "s2", "s3", "s4", "s5"]
    assert len({tuple(c["text"] for c in shown(seed)) for seed in range(10)}) > 1
    by_text = {c["text"]: c["id"] for c in shown(4)}
    answer = [by_text["A"], by_text["C"]]
    assert response_from_public(snapshot, answer, rng=random.Random(4), shuffle_choices=True) == [
        "c1",
        "c3",
    ]


def test_true_stays_before_false_when_choices_are_shuffled():
    snapshot = question_snapshot(factories.question(Question.Kind.TRUE_FALSE))
    for seed in range(5):
        public = public_question(snapshot, rng=random.Random(seed), shuffle_choices=True)
        assert [c["id"] for c in public["choices"]] == ["true", "false"]
