"""Grading of question snapshots: scores, partial credit, validation and xAPI patterns."""

from decimal import Decimal
from fractions import Fraction

import pytest
from django.utils import translation

from lrs.xapi.validation import StatementInvalid, validate_activity_definition
from quizzes.grading import (
    Grade,
    ResponseInvalid,
    attempt_score,
    correct_responses_pattern,
    grade,
    interaction_definition,
    interaction_type,
    normalise_text,
    passed,
    response_pattern,
    validate_response,
)

CMI_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def snapshot(kind, **fields):
    """A question snapshot with every key of the contract; ``fields`` override the defaults."""
    data = {
        "question_key": "5b0c6f4e-2f0e-4c55-9d7e-3f1f1b2c7a10",
        "revision": 3,
        "kind": kind,
        "language": "en",
        "stem": "<p>Question</p>",
        "points": 1,
        "choices": [],
        "partial_credit": "none",
        "pairs": [],
        "items": [],
        "accepted": [],
        "case_sensitive": False,
        "numeric": None,
        "feedback_correct": "",
        "feedback_incorrect": "",
        "explanation": "",
        "tags": [],
        "difficulty": "medium",
        "scenario": None,
    }
    data.update(fields)
    return data


def choices(*correct_flags):
    return [
        {"id": f"c{n}", "text": f"Choice {n}", "correct": flag, "feedback": ""}
        for n, flag in enumerate(correct_flags, start=1)
    ]


SINGLE = snapshot(
    "single_choice",
    stem="<p>Which document proves <strong>status</strong>?</p>",
    choices=choices(False, True, False),
)
TRUE_FALSE = snapshot(
    "true_false",
    choices=[
        {"id": "true", "text": "True", "correct": False, "feedback": ""},
        {"id": "false", "text": "False", "correct": True, "feedback": ""},
    ],
)
MULTIPLE = snapshot("multiple_response", choices=choices(True, True, False, False))
MULTIPLE_PROPORTIONAL = {**MULTIPLE, "partial_credit": "proportional"}
MATCHING = snapshot(
    "matching",
    pairs=[
        {"id": "p1", "left": "CBSA", "right": "Borders"},
        {"id": "p2", "left": "RCMP", "right": "Federal policing"},
        {"id": "p3", "left": "ESDC", "right": "Labour standards"},
        {"id": "p4", "left": "IRCC", "right": "Immigration"},
    ],
)
MATCHING_PROPORTIONAL = {**MATCHING, "partial_credit": "proportional"}
ORDERING = snapshot(
    "ordering",
    items=[
        {"id": "i1", "text": "Ensure safety"},
        {"id": "i2", "text": "Identify indicators"},
        {"id": "i3", "text": "Refer"},
        {"id": "i4", "text": "Document"},
    ],
)
ORDERING_PROPORTIONAL = {**ORDERING, "partial_credit": "proportional"}
SHORT_TEXT = snapshot("short_text", accepted=["Ottawa", "Ottawa, Ontario"])
NUMERIC = snapshot("numeric", numeric={"value": 10, "tolerance": 0.5})


def invalid_message(question, response):
    with pytest.raises(ResponseInvalid) as caught:
        validate_response(question, response)
    with pytest.raises(ResponseInvalid):
        grade(question, response)
    return caught.value.message


# --- single choice and true/false ---------------------------------------------------------


def test_single_choice_right_answer_earns_the_points():
    assert grade(SINGLE, "c2") == Grade(1.0, 1.0, True, "c2")


def test_single_choice_wrong_answer_earns_nothing():
    assert grade(SINGLE, "c1") == Grade(0.0, 1.0, False, "c1")


def test_single_choice_scores_the_question_points():
    result = grade({**SINGLE, "points": 2.5}, "c2")
    assert (result.score, result.max_score, result.correct) == (2.5, 2.5, True)


def test_single_choice_with_two_correct_choices_accepts_either():
    question = {**SINGLE, "choices": choices(True, False, True)}
    assert grade(question, "c1").correct
    assert grade(question, "c3").correct
    assert not grade(question, "c2").correct
    assert correct_responses_pattern(question) == ["c1", "c3"]


def test_true_false_accepts_the_id_or_a_json_boolean():
    assert grade(TRUE_FALSE, "false") == Grade(1.0, 1.0, True, "false")
    assert grade(TRUE_FALSE, False) == Grade(1.0, 1.0, True, "false")
    assert grade(TRUE_FALSE, True) == Grade(0.0, 1.0, False, "true")


@pytest.mark.parametrize(
    ("question", "response", "message"),
    [
        (SINGLE, "c9", "response: c9 is not a choice of this question"),
        (SINGLE, ["c2"], "response: expected one choice id"),
        (SINGLE, 2, "response: expected one choice id"),
        (TRUE_FALSE, "yes", "response: yes is not a choice of this question"),
        (TRUE_FALSE, 1, "response: expected true or false"),
    ],
)
def test_choice_responses_that_do_not_fit_are_rejected(question, response, message):
    assert invalid_message(question, response) == message


# --- multiple response ----------------------------------------------------------------


def test_multiple_response_all_or_nothing_needs_exactly_the_correct_set():
    assert grade(MULTIPLE, ["c2", "c1"]) == Grade(1.0, 1.0, True, "c1[,]c2")
    assert grade(MULTIPLE, ["c1"]).score == 0
    assert grade(MULTIPLE, ["c1", "c2", "c3"]).score == 0
    assert grade(MULTIPLE, []).score == 0


@pytest.mark.parametrize(
    ("response", "score"),
    [
        (["c1", "c2"], 1.0),
        (["c1"], 0.5),
        (["c1", "c2", "c3"], 0.5),  # (2 right - 1 wrong) / 2 correct
        (["c1", "c3"], 0.0),
        (["c3", "c4"], 0.0),  # never below zero
        ([], 0.0),
    ],
)
def test_multiple_response_proportional_credit(response, score):
    result = grade(MULTIPLE_PROPORTIONAL, response)
    assert result.score == score
    assert result.correct is (score == 1.0)


def test_multiple_response_three_of_four_is_exactly_three_quarters():
    question = snapshot(
        "multiple_response",
        partial_credit="proportional",
        choices=choices(True, True, True, True, False),
    )
    result = grade(question, ["c1", "c2", "c3"])
    assert result.score == 0.75
    assert result.exact_score == Fraction(3, 4)
    assert not result.correct


def test_thirds_are_rounded_to_four_places_and_kept_exact_alongside():
    question = snapshot(
        "multiple_response", partial_credit="proportional", choices=choices(True, True, True)
    )
    result = grade(question, ["c1", "c2"])
    assert result.score == 0.6667
    assert result.exact_score == Fraction(2, 3)


def test_multiple_response_without_correct_choice_expects_an_empty_answer():
    question = {**MULTIPLE_PROPORTIONAL, "choices": choices(False, False)}
    assert grade(question, []) == Grade(1.0, 1.0, True, "")
    assert grade(question, ["c1"]).score == 0
    assert correct_responses_pattern(question) == [""]


def test_multiple_response_pattern_follows_the_question_order():
    assert response_pattern(MULTIPLE, ["c4", "c1", "c3"]) == "c1[,]c3[,]c4"


@pytest.mark.parametrize(
    ("response", "message"),
    [
        ("c1", "response: expected a list of choice ids"),
        ({"c1": True}, "response: expected a list of choice ids"),
        (["c1", "c9"], "response: c9 is not a choice of this question"),
        (["c1", "c1"], "response: c1 is chosen more than once"),
        ([1], "response: 1 is not a choice of this question"),
        ([["c1"]], 'response: ["c1"] is not a choice of this question'),
    ],
)
def test_multiple_response_answers_that_do_not_fit_are_rejected(response, message):
    assert invalid_message(MULTIPLE, response) == message


# --- matching ---------------------------------------------------------------------------

ALL_MATCHED = {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p4"}


def test_matching_all_pairs_right():
    assert grade(MATCHING, ALL_MATCHED) == Grade(
        1.0, 1.0, True, "p1[.]p1[,]p2[.]p2[,]p3[.]p3[,]p4[.]p4"
    )


def test_matching_proportional_counts_the_right_pairs():
    three_of_four = {"p1": "p1", "p2": "p2", "p3": "p3", "p4": None}
    result = grade(MATCHING_PROPORTIONAL, three_of_four)
    assert result.exact_score == Fraction(3, 4)
    assert result.score == 0.75
    assert grade(MATCHING_PROPORTIONAL, {"p1": "p2", "p2": "p1", "p3": "p3"}).score == 0.25


def test_matching_all_or_nothing_gives_nothing_for_three_of_four():
    assert grade(MATCHING, {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p3"}).score == 0


def test_matching_may_use_one_right_hand_item_twice():
    result = grade(MATCHING_PROPORTIONAL, {"p1": "p1", "p2": "p1"})
    assert result.score == 0.25


def test_matching_pattern_lists_pairs_in_question_order_and_skips_unmatched():
    response = {"p3": "p4", "p1": "p2", "p2": None}
    assert response_pattern(MATCHING, response) == "p1[.]p2[,]p3[.]p4"


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (["p1", "p1"], "response: expected an object matching left-hand ids to right-hand ids"),
        ({"p9": "p1"}, "response: p9 is not a left-hand item of this question"),
        ({"p1": "p9"}, "response: p9 is not a right-hand item of this question"),
        ({"p1": "Borders"}, "response: Borders is not a right-hand item of this question"),
        ({"p1": 2}, "response: 2 is not a right-hand item of this question"),
    ],
)
def test_matching_answers_that_do_not_fit_are_rejected(response, message):
    assert invalid_message(MATCHING, response) == message


# --- ordering ---------------------------------------------------------------------------


def test_ordering_right_order():
    assert grade(ORDERING, ["i1", "i2", "i3", "i4"]) == Grade(1.0, 1.0, True, "i1[,]i2[,]i3[,]i4")


def test_ordering_proportional_counts_items_in_their_place():
    assert grade(ORDERING_PROPORTIONAL, ["i2", "i1", "i3", "i4"]).score == 0.5
    assert grade(ORDERING_PROPORTIONAL, ["i4", "i3", "i2", "i1"]).score == 0
    assert grade(ORDERING_PROPORTIONAL, ["i1", "i2", "i4", "i3"]).exact_score == Fraction(1, 2)


def test_ordering_all_or_nothing():
    assert grade(ORDERING, ["i2", "i1", "i3", "i4"]) == Grade(0.0, 1.0, False, "i2[,]i1[,]i3[,]i4")


@pytest.mark.parametrize(
    ("response", "message"),
    [
        ("i1,i2,i3,i4", "response: expected a list of item ids"),
        (["i1", "i2", "i3"], "response: i4 is missing from the order"),
        (["i1", "i2", "i3", "i3"], "response: i3 appears more than once in the order"),
        (["i1", "i2", "i3", "i4", "i5"], "response: i5 is not an item of this question"),
    ],
)
def test_ordering_answers_that_are_not_a_permutation_are_rejected(response, message):
    assert invalid_message(ORDERING, response) == message


# --- short text -------------------------------------------------------------------------


@pytest.mark.parametrize("response", ["Ottawa", " ottawa ", "OTTAWA.", "ottawa,  ontario"])
def test_short_text_accepts_any_accepted_answer_ignoring_case_spacing_and_final_period(response):
    assert grade(SHORT_TEXT, response).correct


def test_short_text_wrong_answer():
    assert grade(SHORT_TEXT, "Toronto") == Grade(0.0, 1.0, False, "Toronto")


def test_short_text_case_sensitive_question_needs_the_case():
    question = {**SHORT_TEXT, "case_sensitive": True}
    assert grade(question, "Ottawa ").correct
    assert not grade(question, "ottawa").correct


def test_short_text_french_answers_with_typographic_apostrophes_and_accents():
    question = snapshot("short_text", language="fr", accepted=["l’Assemblée nationale"])
    assert grade(question, "l'assemblée nationale").correct
    assert grade(question, "L’ASSEMBLÉE NATIONALE.").correct
    assert not grade(question, "l'assemblee nationale").correct


def test_accents_are_significant():
    question = snapshot("short_text", language="fr", accepted=["côte"])
    assert grade(question, "Côte").correct
    assert grade(question, "co\u0302te").correct  # o + combining circumflex
    assert not grade(question, "cote").correct
    assert normalise_text("côte", False) != normalise_text("cote", False)


def test_empty_answer_is_never_right():
    question = snapshot("short_text", accepted=["Ottawa", "  "])
    assert grade(question, "   ") == Grade(0.0, 1.0, False, "")


@pytest.mark.parametrize(
    ("learner", "author"),
    [
        ("Pourquoi ?", "Pourquoi?"),
        ("Pourquoi\u00a0?", "pourquoi?"),  # no-break space
        ("Note\u202f: oui", "note: oui"),  # narrow no-break space
        ("Attention !", "attention!"),
        ("l’eau", "l'eau"),
        ("« Oui »", '"oui"'),
        ("“Yes”", '"yes"'),
        ("The  end\t of\nit", "the end of it"),
        ("Fin.", "fin"),
        ("Fin...", "fin"),
        ("Straße", "STRASSE"),
    ],
)
def test_normalise_text_in_english_and_french(learner, author):
    assert normalise_text(learner, False) == normalise_text(author, False)


def test_normalise_text_keeps_case_when_case_sensitive():
    assert normalise_text(" Ottawa . . ", True) == "Ottawa"
    assert normalise_text("Co\u0302te", True) == "Côte"
    assert normalise_text("Ottawa", True) != normalise_text("ottawa", True)


def test_short_text_pattern_is_the_trimmed_text_and_correct_pattern_lists_each_answer():
    assert response_pattern(SHORT_TEXT, "  Ottawa ") == "Ottawa"
    assert correct_responses_pattern(SHORT_TEXT) == [
        "{case_matters=false}Ottawa",
        "{case_matters=false}Ottawa, Ontario",
    ]
    assert correct_responses_pattern({**SHORT_TEXT, "case_sensitive": True}) == [
        "{case_matters=true}Ottawa",
        "{case_matters=true}Ottawa, Ontario",
    ]


def test_short_text_length_limit():
    assert grade(SHORT_TEXT, "x" * 500).score == 0
    assert invalid_message(SHORT_TEXT, "x" * 501) == (
        "response: the answer is longer than 500 characters"
    )
    assert invalid_message(SHORT_TEXT, ["Ottawa"]) == "response: expected text"


# --- numeric ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "response", [10, 10.0, "10", 10.5, 9.5, "10,5", " 10.5 ", "9.5", Decimal("10.25")]
)
def test_numeric_within_tolerance_is_right(response):
    assert grade(NUMERIC, response).correct


@pytest.mark.parametrize("response", [10.51, "9,49", "-10", 0])
def test_numeric_outside_tolerance_is_wrong(response):
    assert grade(NUMERIC, response).score == 0


def test_numeric_exactly_at_the_tolerance_is_right_despite_binary_floats():
    # In binary floating point 0.4 - 0.3 > 0.1; the decimal values are compared.
    question = snapshot("numeric", numeric={"value": 0.3, "tolerance": 0.1})
    assert grade(question, 0.4).correct
    assert grade(question, "0,2").correct
    assert not grade(question, 0.4000001).correct
    assert correct_responses_pattern(question) == ["0.2[:]0.4"]


def test_numeric_without_tolerance_needs_the_exact_value():
    question = snapshot("numeric", numeric={"value": 3.5, "tolerance": 0})
    assert grade(question, "3,5").correct
    assert not grade(question, "3.5000001").correct
    assert correct_responses_pattern(question) == ["3.5[:]3.5"]


@pytest.mark.parametrize(
    ("response", "pattern"),
    [
        ("3,5", "3.5"),
        (10.0, "10"),
        (" -0.50 ", "-0.5"),
        ("\u22122", "-2"),  # Unicode minus sign
        ("1 500,25", "1500.25"),
        ("1\u202f500", "1500"),
        ("3.", "3"),
        (",5", "0.5"),
        (1e-7, "0.0000001"),
    ],
)
def test_numeric_pattern_is_the_number_in_plain_decimal_form(response, pattern):
    assert response_pattern(NUMERIC, response) == pattern


def test_numeric_correct_pattern_is_a_range():
    assert correct_responses_pattern(NUMERIC) == ["9.5[:]10.5"]


@pytest.mark.parametrize(
    ("response", "message"),
    [
        ("abc", "response: abc is not a number"),
        ("", "response:  is not a number"),
        ("1,2,3", "response: 1,2,3 is not a number"),
        ("1e3", "response: 1e3 is not a number"),
        ("nan", "response: nan is not a number"),
        ("inf", "response: inf is not a number"),
        (float("nan"), "response: the number must be finite"),
        (float("inf"), "response: the number must be finite"),
        (Decimal("NaN"), "response: the number must be finite"),
        (True, "response: expected a number"),
        ([10], "response: expected a number"),
        ("1" * 501, "response: the answer is longer than 500 characters"),
    ],
)
def test_numeric_answers_that_are_not_finite_numbers_are_rejected(response, message):
    assert invalid_message(NUMERIC, response) == message


# --- unanswered -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question", [SINGLE, TRUE_FALSE, MULTIPLE, MATCHING, ORDERING, SHORT_TEXT, NUMERIC]
)
def test_unanswered_scores_zero(question):
    assert grade(question, None) == Grade(0.0, 1.0, False, "")
    validate_response(question, None)


def test_unknown_kind_is_a_programming_error_not_a_bad_response():
    with pytest.raises(ValueError) as caught:
        grade(snapshot("essay"), "text")
    assert not isinstance(caught.value, ResponseInvalid)


# --- xAPI definitions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "kind", "patterns"),
    [
        (SINGLE, "choice", ["c2"]),
        (MULTIPLE, "choice", ["c1[,]c2"]),
        (TRUE_FALSE, "true-false", ["false"]),
        (MATCHING, "matching", ["p1[.]p1[,]p2[.]p2[,]p3[.]p3[,]p4[.]p4"]),
        (ORDERING, "sequencing", ["i1[,]i2[,]i3[,]i4"]),
        (
            SHORT_TEXT,
            "fill-in",
            ["{case_matters=false}Ottawa", "{case_matters=false}Ottawa, Ontario"],
        ),
        (NUMERIC, "numeric", ["9.5[:]10.5"]),
    ],
)
def test_interaction_definition_per_kind_is_accepted_by_the_lrs(question, kind, patterns):
    definition = interaction_definition(question)
    assert interaction_type(question) == kind
    assert definition["type"] == CMI_INTERACTION
    assert definition["interactionType"] == kind
    assert definition["correctResponsesPattern"] == patterns
    validate_activity_definition(definition, "object.definition")


def test_choice_definition_lists_the_choices_and_plain_text_stem():
    definition = interaction_definition(SINGLE)
    assert definition["name"] == {"en-CA": "Which document proves status?"}
    assert definition["description"] == {"en-CA": "Which document proves status?"}
    assert definition["choices"][1] == {"id": "c2", "description": {"en-CA": "Choice 2"}}


def test_choice_texts_are_plain_text_not_html():
    question = {**SINGLE, "choices": [{"id": "c1", "text": "x<5 & y>2", "correct": True}]}
    assert interaction_definition(question)["choices"] == [
        {"id": "c1", "description": {"en-CA": "x<5 & y>2"}}
    ]


def test_matching_definition_has_source_and_target_and_sequencing_has_choices():
    matching = interaction_definition(MATCHING)
    assert matching["source"][0] == {"id": "p1", "description": {"en-CA": "CBSA"}}
    assert matching["target"][0] == {"id": "p1", "description": {"en-CA": "Borders"}}
    assert "choices" not in matching
    ordering = interaction_definition(ORDERING)
    assert [c["id"] for c in ordering["choices"]] == ["i1", "i2", "i3", "i4"]


def test_true_false_definition_has_no_choices_since_xapi_allows_none():
    definition = interaction_definition(TRUE_FALSE)
    assert "choices" not in definition
    with pytest.raises(StatementInvalid):
        validate_activity_definition(
            {**definition, "choices": [{"id": "true"}]}, "object.definition"
        )


def test_definition_is_in_the_snapshot_language_and_shortens_long_names():
    stem = "<p>Quelle est la " + "très " * 40 + "bonne réponse&nbsp;?</p>"
    definition = interaction_definition({**SINGLE, "language": "fr", "stem": stem})
    assert set(definition["name"]) == {"fr-CA"}
    assert definition["description"]["fr-CA"].endswith("bonne réponse ?")
    name = definition["name"]["fr-CA"]
    assert len(name) <= 120
    assert name.endswith("très…")
    assert set(definition["choices"][0]["description"]) == {"fr-CA"}


# --- attempts ---------------------------------------------------------------------------


def test_attempt_score_adds_exact_grades():
    question = snapshot(
        "multiple_response", partial_credit="proportional", choices=choices(True, True, True)
    )
    two_thirds = grade(question, ["c1", "c2"])
    assert two_thirds.score == 0.6667
    score, max_score, scaled = attempt_score([two_thirds] * 3)
    assert (score, max_score) == (2.0, 3.0)
    assert scaled == 2 / 3


def test_attempt_score_of_grades_read_back_from_floats_uses_their_decimal_values():
    grades = [Grade(0.1, 1.0, False, "")] * 3
    assert attempt_score(grades) == (0.3, 3.0, 0.1)


def test_attempt_without_questions_scores_zero():
    assert attempt_score([]) == (0.0, 0.0, 0.0)


def test_four_of_five_reaches_a_pass_mark_of_point_eight():
    grades = [grade(SINGLE, "c2")] * 4 + [grade(SINGLE, "c1")]
    score, max_score, scaled = attempt_score(grades)
    assert (score, max_score, scaled) == (4.0, 5.0, 0.8)
    assert passed(scaled, 0.8)


@pytest.mark.parametrize(
    ("scaled", "pass_mark", "expected"),
    [
        (0.8, 0.8, True),
        (0.7999, 0.8, False),
        (0.79999999, Decimal("0.80"), False),
        (1.0, 1, True),
        (0.0, 0, True),
        (2 / 3, 2 / 3, True),
        (0.6666, Fraction(2, 3), False),
        (0.7, 0.1 * 7, False),  # 0.1 * 7 is 0.7000000000000001
        (Decimal("0.79999999999999999"), 0.8, False),  # the same float as 0.8
        (Decimal("0.8"), 0.8, True),
    ],
)
def test_passed_compares_exactly(scaled, pass_mark, expected):
    assert passed(scaled, pass_mark) is expected


def test_pass_mark_outside_zero_to_one_is_refused():
    with pytest.raises(ValueError):
        passed(0.9, 80)
