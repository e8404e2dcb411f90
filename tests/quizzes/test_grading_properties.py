"""Properties of grading that hold for every valid question snapshot and response."""

import copy
import re
import string
from decimal import Decimal
from fractions import Fraction

import pytest
from django.utils import translation
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from lrs.xapi.validation import validate_activity_definition
from quizzes.grading import (
    ResponseInvalid,
    attempt_score,
    correct_responses_pattern,
    grade,
    interaction_definition,
    normalise_text,
    passed,
    response_pattern,
    validate_response,
)

# No example database: nothing is written into the working tree; a failure prints its example.
MODERATE = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

KINDS = (
    "single_choice",
    "multiple_response",
    "true_false",
    "matching",
    "ordering",
    "short_text",
    "numeric",
)
ALL_OR_NOTHING_KINDS = ("single_choice", "true_false", "short_text", "numeric")
PARTIAL_CREDIT_KINDS = ("multiple_response", "matching", "ordering")


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


# --- strategies -------------------------------------------------------------------------

ids = st.text(string.ascii_lowercase + string.digits + "-_", min_size=1, max_size=8)
labels = st.text(max_size=30)
points = st.integers(min_value=1, max_value=10_000).map(lambda hundredths: hundredths / 100)
# Numbers as an author enters them: up to 3 decimal places, as ints or floats.
decimals = st.decimals(min_value=-10_000, max_value=10_000, places=3, allow_nan=False)
numbers = st.one_of(st.integers(-10_000, 10_000), decimals.map(float))
CREDIT_MODES = st.sampled_from(["none", "proportional"])
tolerances = st.decimals(min_value=0, max_value=100, places=3).map(float)


def accepted_answer(text):
    # xAPI has no escape for "[,]" or a leading "{...}" parameter in a fill-in pattern.
    return bool(normalise_text(text, False)) and "[," not in text and not text.startswith("{")


def base(kind, **fields):
    snapshot = {
        "question_key": "5b0c6f4e-2f0e-4c55-9d7e-3f1f1b2c7a10",
        "revision": 1,
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
        "difficulty": "easy",
        "scenario": None,
    }
    snapshot.update(fields)
    return snapshot


@st.composite
def snapshots(draw, kinds=KINDS, partial_credit=CREDIT_MODES):
    """A valid question snapshot of one of ``kinds``, per the quizzes contract."""
    kind = draw(st.sampled_from(kinds))
    snapshot = base(
        kind,
        points=draw(points),
        language=draw(st.sampled_from(["en", "fr"])),
        stem=draw(labels),
    )
    if kind in ("single_choice", "multiple_response"):
        choice_ids = draw(st.lists(ids, min_size=2, max_size=6, unique=True))
        if kind == "single_choice":
            right = draw(st.sampled_from(choice_ids))
            flags = [choice_id == right for choice_id in choice_ids]
        else:
            flags = draw(
                st.lists(st.booleans(), min_size=len(choice_ids), max_size=len(choice_ids))
            )
        snapshot["choices"] = [
            {"id": choice_id, "text": draw(labels), "correct": flag, "feedback": ""}
            for choice_id, flag in zip(choice_ids, flags, strict=True)
        ]
    elif kind == "true_false":
        answer = draw(st.booleans())
        snapshot["choices"] = [
            {"id": "true", "text": "True", "correct": answer, "feedback": ""},
            {"id": "false", "text": "False", "correct": not answer, "feedback": ""},
        ]
    elif kind == "matching":
        snapshot["pairs"] = [
            {"id": pair_id, "left": draw(labels), "right": draw(labels)}
            for pair_id in draw(st.lists(ids, min_size=2, max_size=6, unique=True))
        ]
    elif kind == "ordering":
        snapshot["items"] = [
            {"id": item_id, "text": draw(labels)}
            for item_id in draw(st.lists(ids, min_size=2, max_size=6, unique=True))
        ]
    elif kind == "short_text":
        snapshot["accepted"] = draw(
            st.lists(labels.filter(accepted_answer), min_size=1, max_size=3)
        )
        snapshot["case_sensitive"] = draw(st.booleans())
    else:
        snapshot["numeric"] = {"value": draw(numbers), "tolerance": draw(tolerances)}
    if kind in PARTIAL_CREDIT_KINDS:
        snapshot["partial_credit"] = draw(partial_credit)
    return snapshot


def choice_ids(snapshot):
    return [choice["id"] for choice in snapshot["choices"]]


def responses(snapshot):
    """Any valid response to ``snapshot``, unanswered included."""
    kind = snapshot["kind"]
    if kind in ("single_choice", "true_false"):
        answer = st.sampled_from(choice_ids(snapshot))
    elif kind == "multiple_response":
        answer = st.lists(st.sampled_from(choice_ids(snapshot)), unique=True)
    elif kind == "matching":
        pair_ids = [pair["id"] for pair in snapshot["pairs"]]
        answer = st.dictionaries(
            st.sampled_from(pair_ids), st.one_of(st.none(), st.sampled_from(pair_ids))
        )
    elif kind == "ordering":
        answer = st.permutations([item["id"] for item in snapshot["items"]])
    elif kind == "short_text":
        answer = st.one_of(labels, st.sampled_from(snapshot["accepted"]))
    else:
        value = Decimal(repr(float(snapshot["numeric"]["value"])))
        near = st.decimals(min_value=value - 200, max_value=value + 200, places=3)
        answer = st.one_of(
            numbers,
            near.map(float),
            near.map(str),
            near.map(lambda number: str(number).replace(".", ",")),
        )
    return st.one_of(st.none(), answer)


def correct_response(snapshot):
    """A response that is fully right, built from the snapshot's own fields."""
    kind = snapshot["kind"]
    if kind in ("single_choice", "true_false"):
        return next(c["id"] for c in snapshot["choices"] if c["correct"])
    if kind == "multiple_response":
        return [c["id"] for c in snapshot["choices"] if c["correct"]]
    if kind == "matching":
        return {pair["id"]: pair["id"] for pair in snapshot["pairs"]}
    if kind == "ordering":
        return [item["id"] for item in snapshot["items"]]
    if kind == "short_text":
        return snapshot["accepted"][0]
    return snapshot["numeric"]["value"]


def responses_from_pattern(snapshot, pattern):
    """What a learner would send for one xAPI correct-response pattern."""
    kind = snapshot["kind"]
    if kind in ("single_choice", "true_false"):
        return [pattern]
    if kind == "multiple_response":
        return [pattern.split("[,]") if pattern else []]
    if kind == "matching":
        return [dict(pair.split("[.]") for pair in pattern.split("[,]"))]
    if kind == "ordering":
        return [pattern.split("[,]")]
    if kind == "short_text":
        return [re.fullmatch(r"\{case_matters=(?:true|false)\}(.*)", pattern, re.S).group(1)]
    low, high = pattern.split("[:]")
    return [low, high, str((Decimal(low) + Decimal(high)) / 2)]


@st.composite
def questions_and_responses(draw, kinds=KINDS):
    snapshot = draw(snapshots(kinds))
    return snapshot, draw(responses(snapshot))


# --- properties -------------------------------------------------------------------------


@MODERATE
@given(questions_and_responses())
def test_score_lies_between_zero_and_the_points(case):
    snapshot, response = case
    result = grade(snapshot, response)
    assert result.max_score == snapshot["points"]
    assert 0 <= result.score <= result.max_score
    assert 0 <= result.exact_score <= Fraction(repr(snapshot["points"]))
    assert result.correct is (result.exact_score == result.exact_max_score and response is not None)


@MODERATE
@given(snapshots())
def test_the_correct_response_earns_full_points(snapshot):
    result = grade(snapshot, correct_response(snapshot))
    assert result.correct
    assert result.score == result.max_score == snapshot["points"]


@MODERATE
@given(questions_and_responses(ALL_OR_NOTHING_KINDS))
def test_all_or_nothing_kinds_give_zero_or_the_points(case):
    snapshot, response = case
    assert grade(snapshot, response).score in (0, snapshot["points"])


@MODERATE
@given(st.data())
def test_partial_credit_none_gives_zero_or_the_points(data):
    snapshot = data.draw(snapshots(PARTIAL_CREDIT_KINDS, partial_credit=st.just("none")))
    result = grade(snapshot, data.draw(responses(snapshot)))
    assert result.score in (0, snapshot["points"])


@MODERATE
@given(st.data())
def test_proportional_multiple_response_is_monotone(data):
    snapshot = data.draw(snapshots(["multiple_response"], partial_credit=st.just("proportional")))
    selected = data.draw(st.lists(st.sampled_from(choice_ids(snapshot)), unique=True))
    before = grade(snapshot, selected).exact_score
    unselected = [c for c in snapshot["choices"] if c["id"] not in selected]
    right = [c["id"] for c in unselected if c["correct"]]
    wrong = [c["id"] for c in unselected if not c["correct"]]
    assume(right or wrong)
    if right:
        added = data.draw(st.sampled_from(right))
        assert grade(snapshot, [*selected, added]).exact_score >= before
    if wrong:
        added = data.draw(st.sampled_from(wrong))
        assert grade(snapshot, [*selected, added]).exact_score <= before


@MODERATE
@given(questions_and_responses())
def test_grading_is_deterministic_and_leaves_its_inputs_alone(case):
    snapshot, response = case
    snapshot_before, response_before = copy.deepcopy(snapshot), copy.deepcopy(response)
    first = grade(snapshot, response)
    second = grade(snapshot, response)
    assert first == second
    assert first.exact_score == second.exact_score
    assert (snapshot, response) == (snapshot_before, response_before)


@MODERATE
@given(snapshots())
def test_responses_built_from_the_correct_pattern_round_trip(snapshot):
    patterns = correct_responses_pattern(snapshot)
    assert patterns
    for pattern in patterns:
        for response in responses_from_pattern(snapshot, pattern):
            result = grade(snapshot, response)
            assert result.correct, (pattern, response)
            if snapshot["kind"] == "short_text":
                assert pattern.endswith("}" + result.response_pattern)
            elif snapshot["kind"] != "numeric":
                assert result.response_pattern == pattern


@MODERATE
@given(snapshots(["numeric"]))
def test_numeric_range_ends_are_right_and_just_beyond_is_wrong(snapshot):
    value = Fraction(repr(float(snapshot["numeric"]["value"])))
    tolerance = Fraction(repr(snapshot["numeric"]["tolerance"]))
    step = Fraction(1, 10_000)
    for edge in (value - tolerance, value + tolerance):
        assert grade(snapshot, str(float(edge))).correct
    assert not grade(snapshot, str(float(value + tolerance + step))).correct
    assert not grade(snapshot, str(float(value - tolerance - step))).correct


@MODERATE
@given(questions_and_responses())
def test_response_pattern_is_what_grade_reports(case):
    snapshot, response = case
    validate_response(snapshot, response)
    assert response_pattern(snapshot, response) == grade(snapshot, response).response_pattern


@MODERATE
@given(snapshots())
def test_interaction_definition_is_accepted_by_the_lrs(snapshot):
    definition = interaction_definition(snapshot)
    validate_activity_definition(definition, "object.definition")
    assert definition["correctResponsesPattern"] == correct_responses_pattern(snapshot)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.text(max_size=600),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=8,
)


@MODERATE
@given(snapshots(), json_values)
def test_any_json_response_is_graded_or_rejected_as_invalid(snapshot, response):
    # The API turns ResponseInvalid into 400; anything else would be a server error.
    try:
        result = grade(snapshot, response)
    except ResponseInvalid as error:
        assert error.message.startswith("response: ")
    else:
        assert 0 <= result.exact_score <= result.exact_max_score


@MODERATE
@given(st.text(), st.booleans())
@example("Fin. .", False)
@example("Quoi ? .", True)
@example("« Oui » !", False)
@example("\u0130stanbul \u01f0", False)
def test_normalise_text_is_idempotent(text, case_sensitive):
    once = normalise_text(text, case_sensitive)
    assert normalise_text(once, case_sensitive) == once
    assert once == once.strip()
    assert "  " not in once


@MODERATE
@given(st.lists(questions_and_responses(), max_size=8))
def test_attempt_score_is_the_sum_over_the_maximum(cases):
    grades = [grade(snapshot, response) for snapshot, response in cases]
    score, max_score, scaled = attempt_score(grades)
    exact_score = sum((g.exact_score for g in grades), Fraction(0))
    exact_max = sum((g.exact_max_score for g in grades), Fraction(0))
    assert 0 <= scaled <= 1
    assert max_score == pytest.approx(float(exact_max), abs=5e-5)
    assert score == pytest.approx(float(exact_score), abs=5e-5)
    if grades:
        assert scaled == float(exact_score / exact_max)
        assert passed(scaled, float(exact_score / exact_max))
    else:
        assert (score, max_score, scaled) == (0, 0, 0)
