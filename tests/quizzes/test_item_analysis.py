"""Item analysis: the figures on a known data set (worked out by hand below), the same
figures through real attempts in the admin page and its CSV, who may see them, and the
point-biserial formula against an independent Pearson correlation."""

import csv
import io
import statistics

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from quizzes.analysis import (
    CONSTANT_VARIANCE,
    AttemptRecord,
    ItemResponse,
    QuestionInfo,
    item_analysis,
    item_flags,
    point_biserial,
)
from quizzes.selectors import attempt_document, quiz_item_analysis
from quizzes.services import attempt_start, attempt_submit
from tests import factories
from tests.quizzes import factories as quiz_factories

# The known data set: three one-point questions, five attempts.
#
#   attempt  Q1 (a right; b, c wrong)   Q2      Q3      total
#   A1       a   right                  right   right   3
#   A2       a   right                  right   wrong   2
#   A3       b   wrong                  right   wrong   1
#   A4       b   wrong                  wrong   right   1
#   A5       (no answer)                wrong   wrong   0
#
# Q1: facility 2/5 = 0.4. Rest scores (Q2 + Q3, out of 2): 1, .5, .5, .5, 0; mean .5,
#     population variance .1. Right: mean .75; wrong: mean 1/3. p = .4.
#     r = (.75 - 1/3) / sqrt(.1) * sqrt(.4 * .6) = 0.645497
# Q2: facility 3/5 = 0.6. Rest (Q1 + Q3): 1, .5, 0, .5, 0; mean .4, variance .14.
#     Right: mean .5; wrong: mean .25. r = .25 / sqrt(.14) * sqrt(.24) = 0.327327
# Q3: facility 2/5 = 0.4. Rest (Q1 + Q2): 1, 1, .5, 0, 0. Right (A1, A4): mean .5;
#     wrong: mean .5. r = 0.
Q1_R, Q2_R, Q3_R = 0.645497, 0.327327, 0.0
TABLE = [
    ("A1", "a", True, True),
    ("A2", "a", True, False),
    ("A3", "b", True, False),
    ("A4", "b", False, True),
    ("A5", None, False, False),
]


def _known_records():
    records = []
    for attempt_id, q1, q2, q3 in TABLE:
        items = (
            ItemResponse(
                "q1", float(q1 == "a"), 1, q1 == "a", omitted=q1 is None, chosen=(q1,) if q1 else ()
            ),
            ItemResponse("q2", float(q2), 1, q2, chosen=("yes" if q2 else "no",)),
            ItemResponse("q3", float(q3), 1, q3, chosen=("yes" if q3 else "no",)),
        )
        records.append(AttemptRecord(attempt_id, items))
    return records


QUESTIONS = {
    "q1": QuestionInfo(
        "q1", "single_choice", "Q1", (("a", "A", True), ("b", "B", False), ("c", "C", False))
    ),
    "q2": QuestionInfo("q2", "single_choice", "Q2", (("yes", "Yes", True), ("no", "No", False))),
    "q3": QuestionInfo("q3", "single_choice", "Q3", (("yes", "Yes", True), ("no", "No", False))),
}


def test_known_data_set_gives_the_hand_worked_figures():
    q1, q2, q3 = item_analysis(_known_records(), QUESTIONS)

    assert (q1.responses, q1.correct, q1.omitted) == (5, 2, 1)
    assert q1.facility == pytest.approx(0.4)
    assert q1.discrimination == pytest.approx(Q1_R, abs=1e-6)
    assert [(c.choice_id, c.count, c.share) for c in q1.choices] == [
        ("a", 2, 0.4),
        ("b", 2, 0.4),
        ("c", 0, 0.0),
    ]
    assert q2.facility == pytest.approx(0.6)
    assert q2.discrimination == pytest.approx(Q2_R, abs=1e-6)
    assert q3.facility == pytest.approx(0.4)
    assert q3.discrimination == pytest.approx(Q3_R, abs=1e-9)


def test_a_question_everyone_gets_right_has_no_discrimination():
    records = [
        AttemptRecord(
            str(n), (ItemResponse("q", 1, 1, True), ItemResponse("r", n % 2, 1, bool(n % 2)))
        )
        for n in range(4)
    ]
    stats = item_analysis(
        records, {"q": QuestionInfo("q", "numeric", "Q"), "r": QuestionInfo("r", "numeric", "R")}
    )
    assert stats[0].facility == 1.0
    assert stats[0].discrimination is None


def test_a_question_served_by_no_attempt_is_listed_without_figures():
    (stats,) = item_analysis([], {"q": QUESTIONS["q1"]})
    assert (stats.responses, stats.facility, stats.discrimination) == (0, None, None)
    assert [choice.share for choice in stats.choices] == [None, None, None]


def test_partial_credit_shows_in_average_credit_not_in_facility():
    records = [
        AttemptRecord("1", (ItemResponse("q", 0.5, 1, False),)),
        AttemptRecord("2", (ItemResponse("q", 1, 1, True),)),
    ]
    (stats,) = item_analysis(records, {"q": QuestionInfo("q", "multiple_response", "Q")})
    assert stats.facility == 0.5
    assert stats.average_credit == 0.75


def _flagged(facility_right: int, n: int = 20, *, unused=False, rest_follows=True):
    """n attempts of two questions; ``facility_right`` of them answer q right."""
    records = []
    for index in range(n):
        right = index < facility_right
        other = right if rest_follows else not right
        records.append(
            AttemptRecord(
                str(index),
                (
                    ItemResponse("q", float(right), 1, right, chosen=("a",) if right else ("b",)),
                    ItemResponse("r", float(other), 1, other),
                ),
            )
        )
    choices = (("a", "A", True), ("b", "B", False)) + ((("c", "C", False),) if unused else ())
    info = {
        "q": QuestionInfo("q", "single_choice", "Q", choices),
        "r": QuestionInfo("r", "numeric", "R"),
    }
    return item_analysis(records, info)[0]


def test_flags_point_at_hard_easy_negative_and_unused_distractors():
    assert "hard" in _flagged(4).flags
    assert "easy" in _flagged(19).flags
    assert "negative" in _flagged(10, rest_follows=False).flags
    assert "unused_distractor" in _flagged(10, unused=True).flags
    assert _flagged(10).flags == []


def test_no_flag_with_too_few_responses():
    stats = _flagged(1, n=5, rest_follows=False, unused=True)
    assert stats.facility == 0.2 and stats.discrimination < 0
    assert item_flags(stats) == []


@given(
    st.lists(
        st.tuples(st.booleans(), st.floats(min_value=0, max_value=1, allow_nan=False)),
        min_size=2,
        max_size=40,
    )
)
# Scores a rounding error apart count as all the same; a millionth apart, as different.
@example(rows=[(False, 1.192092896e-07), (True, 0.0)])
@example(rows=[(False, 1e-5), (True, 0.0)])
def test_point_biserial_is_the_pearson_correlation_with_a_zero_one_variable(rows):
    flags = [flag for flag, _ in rows]
    values = [value for _, value in rows]
    r = point_biserial(flags, values)
    defined = len(set(flags)) == 2 and statistics.pvariance(values) > CONSTANT_VARIANCE
    if not defined:
        assert r is None
        return
    expected = statistics.correlation([float(f) for f in flags], values)
    assert r == pytest.approx(expected, abs=1e-6)
    assert -1.0 <= r <= 1.0


# --- through real attempts, in the admin ---------------------------------------------


def known_quiz_build():
    """The known data set as five learners' submitted attempts at a real quiz."""
    q1 = quiz_factories.question(choices=[("A", True), ("B", False), ("C", False)])
    q2 = quiz_factories.question(choices=[("Yes", True), ("No", False)])
    q3 = quiz_factories.question(choices=[("Yes", True), ("No", False)])
    quiz = quiz_factories.quiz("Known quiz", questions=[q1, q2, q3])
    unit = factories.org_unit("Unit")
    for _label, first, second, third in TABLE:
        attempt = attempt_start(user=factories.learner(unit), quiz=quiz, language="en")
        document = attempt_document(attempt=attempt)
        texts = [first and first.upper(), "Yes" if second else "No", "Yes" if third else "No"]
        answers = {}
        for question, text in zip(document["questions"], texts, strict=True):
            if text is not None:
                answers[str(question["position"])] = next(
                    c["id"] for c in question["choices"] if c["text"] == text
                )
        attempt_submit(attempt=attempt, answers=answers, submission_key="k")
    return quiz, (q1, q2, q3)


@pytest.fixture
def known_quiz(db):
    return known_quiz_build()


def test_selector_reads_the_known_figures_from_submitted_attempts(known_quiz):
    quiz, _questions = known_quiz
    analysis = quiz_item_analysis(quiz_key=quiz.translation_key, language="en")

    assert (analysis.attempts, analysis.learners) == (5, 5)
    assert analysis.mean_scaled == pytest.approx(7 / 15)
    figures = [(round(i.facility, 3), round(i.discrimination, 3)) for i in analysis.items]
    assert figures == [(0.4, round(Q1_R, 3)), (0.6, round(Q2_R, 3)), (0.4, 0.0)]
    q1 = analysis.items[0]
    assert [(c.text, c.count) for c in q1.choices] == [("A", 2), ("B", 2), ("C", 0)]
    assert q1.omitted == 1


def test_first_attempts_only_leaves_out_second_attempts(known_quiz):
    quiz, _questions = known_quiz
    learner = factories.learner(factories.org_unit("Other"))
    for _ in range(2):
        attempt = attempt_start(user=learner, quiz=quiz, language="en")
        attempt_submit(attempt=attempt, answers={}, submission_key=str(attempt.pk))

    assert quiz_item_analysis(quiz_key=quiz.translation_key, language="en").attempts == 7
    first = quiz_item_analysis(
        quiz_key=quiz.translation_key, language="en", first_attempts_only=True
    )
    assert first.attempts == 6


def _analysis_url(quiz, **query):
    url = reverse("quizzes_item_analysis:quiz", args=[quiz.translation_key])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def _trainer(client):
    user = factories.trainer()
    client.force_login(user)
    return user


def test_trainer_reads_the_item_analysis_in_the_admin(client, known_quiz):
    quiz, _questions = known_quiz
    _trainer(client)

    index = client.get(reverse("quizzes_item_analysis:index"))
    assert index.status_code == 200
    assert "Known quiz" in index.content.decode()

    page = client.get(_analysis_url(quiz))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Item analysis" in html and "Known quiz" in html
    assert f"{Q1_R:.2f}" in html and f"{Q2_R:.2f}" in html
    assert "Distractor" in html


def test_quiz_listing_links_each_quiz_to_its_item_analysis(client, known_quiz):
    quiz, _questions = known_quiz
    _trainer(client)
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    assert _analysis_url(quiz) in listing.content.decode()


def test_csv_export_has_one_row_per_choice_with_the_figures(client, known_quiz):
    quiz, (q1, _q2, _q3) = known_quiz
    _trainer(client)

    response = client.get(_analysis_url(quiz, format="csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    q1_rows = [row for row in rows if row["Question key"] == str(q1.translation_key)]
    assert [(r["Choice"], r["Times chosen"], r["Share chosen"]) for r in q1_rows] == [
        ("A", "2", "0.400"),
        ("B", "2", "0.400"),
        ("C", "0", "0.000"),
    ]
    assert {r["Facility"] for r in q1_rows} == {"0.400"}
    assert {r["Discrimination (point-biserial)"] for r in q1_rows} == {f"{Q1_R:.3f}"}
    assert len(rows) == 3 + 2 + 2


def test_sorting_by_facility_puts_the_hardest_question_first(client, known_quiz):
    quiz, (q1, q2, q3) = known_quiz
    _trainer(client)
    text = b"".join(
        client.get(_analysis_url(quiz, sort="facility", format="csv")).streaming_content
    )
    rows = list(csv.DictReader(io.StringIO(text.decode().lstrip("\ufeff"))))
    assert rows[-1]["Question key"] == str(q2.translation_key)


def test_learner_without_the_permission_is_refused(client, known_quiz):
    quiz, _questions = known_quiz
    client.force_login(factories.learner(factories.org_unit("U"), is_staff=True))
    assert client.get(_analysis_url(quiz)).status_code in (302, 403)
    assert client.get(_analysis_url(quiz, format="csv")).status_code in (302, 403)


def test_unknown_or_malformed_quiz_key_is_404(client, known_quiz):
    _trainer(client)
    assert client.get(reverse("quizzes_item_analysis:quiz", args=["not-a-key"])).status_code == 404
    missing = "00000000-0000-0000-0000-000000000000"
    assert client.get(reverse("quizzes_item_analysis:quiz", args=[missing])).status_code == 404


def test_editors_and_moderators_hold_the_quiz_permissions(db):
    """Trainers (Wagtail's Editors) author quizzes and read their item analysis."""
    for name in ("Editors", "Moderators"):
        codenames = set(
            Permission.objects.filter(
                group__name=name, content_type__app_label="quizzes"
            ).values_list("codename", flat=True)
        )
        assert {"add_question", "change_quiz", "view_item_analysis"} <= codenames, name
    assert Group.objects.filter(name="Editors").exists()
