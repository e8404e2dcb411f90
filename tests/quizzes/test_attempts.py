"""Quiz attempts through their services: starting and resuming, the attempts-allowed and
waiting-time rules, questions frozen when served, grading on the server, idempotent
submission, deadlines, and the xAPI statements an attempt leaves in the LRS."""

import json
import random
import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from lrs.models import Statement
from lrs.xapi.validation import validate_statement
from quizzes import services
from quizzes.models import Question, QuizAttempt
from quizzes.selectors import attempt_document, attempt_result
from quizzes.services import (
    AttemptClosed,
    AttemptInvalid,
    AttemptRefused,
    attempt_expire_overdue,
    attempt_save,
    attempt_start,
    attempt_submit,
)
from tests.factories import UserFactory
from tests.factories import course as course_page
from tests.quizzes import factories
from tests.quizzes.attempt_helpers import (
    answers_for,
    mixed_quiz,
    position_of,
    wrong_response,
)
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db

T0 = timezone.now() - timedelta(days=1)


@pytest.fixture
def learner():
    return UserFactory()


def start(learner, quiz, **kwargs):
    kwargs.setdefault("now", T0)
    kwargs.setdefault("rng", random.Random(7))
    return attempt_start(user=learner, quiz=quiz, language="en", **kwargs)


def statements(attempt=None, verb=None):
    rows = Statement.objects.all()
    if verb:
        rows = rows.filter(verb_iri=verb)
    rows = [row.data for row in rows]
    if attempt is not None:
        extension = v.extension_iri(v.EXTENSION_QUIZ_ATTEMPT)
        rows = [s for s in rows if s["context"]["extensions"].get(extension) == str(attempt.id)]
    return rows


# -- start and resume -----------------------------------------------------------------------


def test_starting_again_resumes_the_attempt_in_progress(learner):
    quiz = mixed_quiz()
    first = start(learner, quiz)
    attempt_save(attempt=first, answers={"1": "c1"}, now=T0 + timedelta(minutes=1))
    again = start(learner, quiz, now=T0 + timedelta(minutes=2), rng=random.Random(99))
    assert again.pk == first.pk
    assert again.number == 1
    assert again.answers == {"1": "c1"}
    assert (
        attempt_document(attempt=again)["questions"] == attempt_document(attempt=first)["questions"]
    )
    assert QuizAttempt.objects.count() == 1
    assert len(statements(verb=v.VERB_ATTEMPTED)) == 1


def test_a_new_attempt_follows_a_submitted_one_with_the_next_number(learner):
    quiz = mixed_quiz()
    first = start(learner, quiz)
    attempt_submit(attempt=first, answers={}, submission_key="k1", now=T0 + timedelta(minutes=5))
    second = start(learner, quiz, now=T0 + timedelta(minutes=6))
    assert second.pk != first.pk
    assert (second.number, second.status) == (2, "in_progress")
    assert second.token != first.token


def test_an_attempt_serves_every_question_of_the_quiz_once_with_a_deadline(learner):
    quiz = mixed_quiz(time_limit=20)
    attempt = start(learner, quiz)
    assert [entry["position"] for entry in attempt.questions] == [1, 2, 3, 4, 5, 6, 7]
    kinds = [entry["snapshot"]["kind"] for entry in attempt.questions]
    assert sorted(kinds) == sorted(Question.Kind.values)
    assert attempt.deadline == T0 + timedelta(minutes=20)
    assert attempt.quiz_key == quiz.translation_key
    assert len(attempt.token) >= 40


def test_no_more_attempts_than_allowed(learner):
    quiz = mixed_quiz(attempts_allowed=2)
    for number in (1, 2):
        attempt = start(learner, quiz, now=T0 + timedelta(hours=number))
        attempt_submit(
            attempt=attempt,
            answers={},
            submission_key=f"k{number}",
            now=T0 + timedelta(hours=number, minutes=1),
        )
    with pytest.raises(AttemptRefused) as refused:
        start(learner, quiz, now=T0 + timedelta(hours=5))
    assert refused.value.reason == "attempts"
    assert QuizAttempt.objects.count() == 2


def test_another_learner_is_not_limited_by_my_attempts(learner):
    quiz = mixed_quiz(attempts_allowed=1)
    attempt_submit(attempt=start(learner, quiz), answers={}, submission_key="k", now=T0)
    other = start(UserFactory(), quiz)
    assert other.number == 1


def test_the_next_attempt_waits_for_the_waiting_time(learner):
    quiz = mixed_quiz(wait_between_attempts=60)
    submitted_at = T0 + timedelta(minutes=10)
    attempt_submit(attempt=start(learner, quiz), answers={}, submission_key="k", now=submitted_at)
    with pytest.raises(AttemptRefused) as refused:
        start(learner, quiz, now=submitted_at + timedelta(minutes=59))
    assert refused.value.reason == "wait"
    assert refused.value.available_at == submitted_at + timedelta(minutes=60)
    assert "1 min" in refused.value.message
    second = start(learner, quiz, now=submitted_at + timedelta(minutes=60))
    assert second.number == 2


def test_a_quiz_without_published_questions_starts_no_attempt(learner):
    quiz = factories.quiz(questions=[factories.question()])
    Question.objects.update(live=False)
    with pytest.raises(AttemptRefused) as refused:
        start(learner, quiz)
    assert refused.value.reason == "questions"
    assert not QuizAttempt.objects.exists()


# -- frozen questions -----------------------------------------------------------------------


def test_an_attempt_grades_against_the_question_as_served_not_as_edited(learner):
    question = factories.question(choices=[("Yes", True), ("No", False)])
    quiz = factories.quiz(questions=[question])
    attempt = start(learner, quiz)
    served_revision = attempt.questions[0]["snapshot"]["revision"]

    yes, no = question.choices.all()
    yes.correct, no.correct = False, True
    yes.text = "Yes (changed)"
    question.choices = [yes, no]
    factories.publish(question)

    document = attempt_document(attempt=attempt)
    assert [c["text"] for c in document["questions"][0]["choices"]] == ["Yes", "No"]
    graded = attempt_submit(
        attempt=attempt, answers={"1": "c1"}, submission_key="k", now=T0 + timedelta(minutes=1)
    )
    assert graded.results["1"]["correct"] is True
    assert graded.passed is True

    later = start(learner, quiz, now=T0 + timedelta(minutes=2))
    assert later.questions[0]["snapshot"]["revision"] != served_revision
    regraded = attempt_submit(
        attempt=later, answers={"1": "c1"}, submission_key="k2", now=T0 + timedelta(minutes=3)
    )
    assert regraded.results["1"]["correct"] is False


# -- grading --------------------------------------------------------------------------------


def test_a_full_attempt_of_every_kind_is_graded_on_the_server(learner):
    quiz = mixed_quiz(pass_mark=Decimal("0.5"))
    attempt = start(learner, quiz)
    document = attempt_document(attempt=attempt)
    numeric = position_of(document, "numeric")
    matching = position_of(document, "matching")
    answers = answers_for(document, right_positions={numeric, matching, 1, 2})
    graded = attempt_submit(
        attempt=attempt, answers=answers, submission_key="k", now=T0 + timedelta(minutes=4)
    )
    right = {numeric, matching, 1, 2}
    assert {int(p) for p, r in graded.results.items() if r["correct"]} == right
    expected = Decimal(len(right) + 1)  # the numeric question is worth 2 points
    assert graded.score == expected
    assert graded.max_score == Decimal("8")
    assert graded.scaled == pytest.approx(float(expected / 8))
    assert graded.passed is True
    assert graded.status == "submitted"
    assert graded.submitted_at == T0 + timedelta(minutes=4)
    assert graded.results[str(numeric)] == {
        "score": 2.0,
        "max_score": 2.0,
        "correct": True,
        "response_pattern": "42",
    }


def test_every_answer_wrong_scores_nothing(learner):
    quiz = mixed_quiz()
    attempt = start(learner, quiz)
    document = attempt_document(attempt=attempt)
    graded = attempt_submit(
        attempt=attempt,
        answers=answers_for(document, right_positions=set()),
        submission_key="k",
        now=T0 + timedelta(minutes=1),
    )
    assert graded.score == 0
    assert graded.passed is False
    assert not any(result["correct"] for result in graded.results.values())


@pytest.mark.parametrize(("right", "passes"), [(4, True), (3, False)])
def test_the_pass_mark_is_reached_exactly_at_its_boundary(learner, right, passes):
    questions = [factories.question() for _ in range(5)]
    quiz = factories.quiz(questions=questions, pass_mark=Decimal("0.8"))
    attempt = start(learner, quiz)
    answers = {str(p): ("c1" if p <= right else "c2") for p in range(1, 6)}
    graded = attempt_submit(
        attempt=attempt, answers=answers, submission_key="k", now=T0 + timedelta(minutes=1)
    )
    assert graded.scaled == right / 5
    assert graded.passed is passes


def test_submitted_answers_complete_the_saved_ones(learner):
    quiz = factories.quiz(questions=[factories.question(), factories.question()])
    attempt = start(learner, quiz)
    attempt_save(attempt=attempt, answers={"1": "c1", "2": "c2"}, now=T0)
    graded = attempt_submit(
        attempt=attempt, answers={2: "c1"}, submission_key="k", now=T0 + timedelta(minutes=1)
    )
    assert graded.answers == {"1": "c1", "2": "c1"}
    assert graded.score == 2


# -- idempotency and closed attempts --------------------------------------------------------


def test_submitting_twice_with_the_same_key_returns_the_same_result_and_records_once(learner):
    quiz = mixed_quiz()
    attempt = start(learner, quiz)
    answers = answers_for(attempt_document(attempt=attempt))
    first = attempt_submit(
        attempt=attempt, answers=answers, submission_key="key-1", now=T0 + timedelta(minutes=1)
    )
    recorded = Statement.objects.count()
    again = attempt_submit(
        attempt=attempt,
        answers={"1": wrong_response(attempt_document(attempt=attempt)["questions"][0])},
        submission_key="key-1",
        now=T0 + timedelta(minutes=9),
    )
    assert again.pk == first.pk
    assert (again.score, again.passed, again.results) == (first.score, first.passed, first.results)
    assert again.submitted_at == first.submitted_at
    assert Statement.objects.count() == recorded
    assert attempt_result(attempt=again) == attempt_result(attempt=first)


def test_a_closed_attempt_refuses_another_submission_key_and_stays_as_it_was(learner):
    quiz = mixed_quiz()
    attempt = start(learner, quiz)
    first = attempt_submit(
        attempt=attempt, answers={}, submission_key="key-1", now=T0 + timedelta(minutes=1)
    )
    recorded = Statement.objects.count()
    with pytest.raises(AttemptClosed):
        attempt_submit(
            attempt=attempt,
            answers=answers_for(attempt_document(attempt=attempt)),
            submission_key="key-2",
            now=T0 + timedelta(minutes=2),
        )
    attempt.refresh_from_db()
    assert (attempt.submission_key, attempt.score, attempt.answers) == ("key-1", first.score, {})
    assert Statement.objects.count() == recorded


def test_answers_to_positions_the_attempt_has_not_are_refused_and_nothing_is_stored(learner):
    quiz = factories.quiz(questions=[factories.question(), factories.question()])
    attempt = start(learner, quiz)
    with pytest.raises(AttemptInvalid) as invalid:
        attempt_submit(
            attempt=attempt,
            answers={"1": "c1", "9": "c1"},
            submission_key="k",
            now=T0 + timedelta(minutes=1),
        )
    assert invalid.value.field == "answers[9]"
    attempt.refresh_from_db()
    assert (attempt.status, attempt.answers, attempt.submission_key) == ("in_progress", {}, "")
    assert not statements(verb=v.VERB_COMPLETED)


def test_a_malformed_response_is_refused_naming_its_position(learner):
    quiz = factories.quiz(questions=[factories.question(), factories.question()])
    attempt = start(learner, quiz)
    with pytest.raises(AttemptInvalid) as invalid:
        attempt_save(attempt=attempt, answers={"1": "c1", "2": ["c1"]}, now=T0)
    assert invalid.value.field == "answers[2].response"
    attempt.refresh_from_db()
    assert attempt.answers == {}


def test_errors_about_shuffled_ids_never_name_the_ids_behind_them(learner):
    question = factories.question(
        Question.Kind.MULTIPLE_RESPONSE,
        choices=[("A", True), ("B", True), ("C", False), ("D", False)],
    )
    quiz = factories.quiz(questions=[question], shuffle_choices=True)
    attempt = start(learner, quiz)
    shown = [c["id"] for c in attempt_document(attempt=attempt)["questions"][0]["choices"]]
    assert set(shown) == {"s1", "s2", "s3", "s4"}
    with pytest.raises(AttemptInvalid) as twice:
        attempt_save(attempt=attempt, answers={"1": ["s2", "s2"]}, now=T0)
    assert "s2" in twice.value.message
    assert "c" not in twice.value.message.split()[0]
    with pytest.raises(AttemptInvalid) as unknown:
        attempt_save(attempt=attempt, answers={"1": ["c1"]}, now=T0)
    assert unknown.value.message.startswith("c1 ")
    assert "unknown" not in unknown.value.message


def test_a_submission_key_is_required(learner):
    attempt = start(learner, mixed_quiz())
    for key in (None, "", "   ", "x" * 101, 12):
        with pytest.raises(AttemptInvalid) as invalid:
            attempt_submit(attempt=attempt, answers={}, submission_key=key, now=T0)
        assert invalid.value.field == "submission_key"


def test_saving_is_refused_once_submitted(learner):
    attempt = start(learner, mixed_quiz())
    attempt_submit(attempt=attempt, answers={}, submission_key="k", now=T0)
    with pytest.raises(AttemptClosed) as closed:
        attempt_save(attempt=attempt, answers={"1": "c1"}, now=T0)
    assert closed.value.reason == "submitted"


# -- deadlines ------------------------------------------------------------------------------


def test_an_attempt_submitted_after_its_deadline_is_graded_on_what_was_saved_in_time(learner):
    quiz = factories.quiz(questions=[factories.question(), factories.question()], time_limit=10)
    attempt = start(learner, quiz)
    attempt_save(attempt=attempt, answers={"1": "c1"}, now=T0 + timedelta(minutes=9))
    with pytest.raises(AttemptClosed) as closed:
        attempt_save(attempt=attempt, answers={"2": "c1"}, now=T0 + timedelta(minutes=11))
    assert closed.value.reason == "deadline"
    graded = attempt_submit(
        attempt=attempt,
        answers={"1": "c1", "2": "c1"},
        submission_key="late",
        now=T0 + timedelta(minutes=12),
    )
    assert graded.status == "expired"
    assert graded.answers == {"1": "c1"}
    assert graded.score == 1
    assert graded.submitted_at == T0 + timedelta(minutes=10)
    completed = statements(graded, v.VERB_COMPLETED)[0]
    assert completed["result"]["duration"] == "PT10M"


def test_a_submission_within_the_grace_period_still_counts(learner):
    quiz = factories.quiz(questions=[factories.question()], time_limit=10)
    attempt = start(learner, quiz)
    graded = attempt_submit(
        attempt=attempt,
        answers={"1": "c1"},
        submission_key="k",
        now=T0 + timedelta(minutes=10, seconds=20),
    )
    assert (graded.status, graded.score) == ("submitted", 1)


def test_overdue_attempts_are_closed_once_however_often_the_sweep_runs(learner):
    quiz = factories.quiz(questions=[factories.question()], time_limit=5)
    overdue = start(learner, quiz)
    attempt_save(attempt=overdue, answers={"1": "c1"}, now=T0 + timedelta(minutes=1))
    running = start(UserFactory(), quiz, now=T0 + timedelta(minutes=4))
    untimed = start(learner, factories.quiz(questions=[factories.question()]))

    assert attempt_expire_overdue(now=T0 + timedelta(minutes=6)) == 1
    recorded = Statement.objects.count()
    assert attempt_expire_overdue(now=T0 + timedelta(minutes=6, seconds=10)) == 0
    assert Statement.objects.count() == recorded

    overdue.refresh_from_db()
    assert (overdue.status, overdue.score, overdue.passed) == ("expired", 1, True)
    assert len(statements(overdue, v.VERB_COMPLETED)) == 1
    running.refresh_from_db()
    untimed.refresh_from_db()
    assert running.status == untimed.status == "in_progress"
    # The first submission of an attempt closed at its deadline gets its result.
    claimed = attempt_submit(attempt=overdue, answers={}, submission_key="k", now=T0)
    assert (claimed.status, claimed.submission_key, claimed.score) == ("expired", "k", 1)


def test_starting_past_the_deadline_closes_the_old_attempt_and_starts_a_new_one(learner):
    quiz = factories.quiz(questions=[factories.question()], time_limit=5)
    old = start(learner, quiz)
    new = start(learner, quiz, now=T0 + timedelta(minutes=30))
    old.refresh_from_db()
    assert old.status == "expired"
    assert (new.number, new.status) == (2, "in_progress")


def test_an_overdue_attempt_is_closed_even_when_no_new_attempt_may_start(learner):
    quiz = factories.quiz(questions=[factories.question()], time_limit=5, attempts_allowed=1)
    old = start(learner, quiz)
    attempt_save(attempt=old, answers={"1": "c1"}, now=T0 + timedelta(minutes=1))
    with pytest.raises(AttemptRefused) as refused:
        start(learner, quiz, now=T0 + timedelta(minutes=30))
    assert refused.value.reason == "attempts"
    old.refresh_from_db()
    assert (old.status, old.score, old.passed) == ("expired", 1, True)


# -- statements -----------------------------------------------------------------------------


def test_an_attempt_records_attempted_answered_scored_passed_and_completed(learner):
    course, _ = course_page()
    registration = uuid.uuid4()
    quiz = mixed_quiz(pass_mark=Decimal("0.75"))
    attempt = start(learner, quiz, registration=registration, course_key=course.translation_key)
    document = attempt_document(attempt=attempt)
    answers = answers_for(document)
    short_text = position_of(document, "short_text")
    answers[str(short_text)] = wrong_response(document["questions"][short_text - 1])
    attempt_submit(
        attempt=attempt,
        answers=answers,
        submission_key="k",
        client_timestamps={
            "started_at": (T0 + timedelta(seconds=5)).isoformat(),
            "submitted_at": (T0 + timedelta(minutes=6, seconds=5)).isoformat(),
        },
        now=T0 + timedelta(minutes=8),
    )
    recorded = statements(attempt)
    verbs = [s["verb"]["id"] for s in recorded]
    assert sorted(verbs) == sorted(
        [v.VERB_ATTEMPTED, v.VERB_SCORED, v.VERB_PASSED, v.VERB_COMPLETED] + [v.VERB_ANSWERED] * 7
    )
    quiz_iri = v.activity_iri("quiz", str(quiz.translation_key))
    for statement in recorded:
        validate_statement(json.loads(json.dumps(statement)))
        assert statement["context"]["registration"] == str(registration)
        assert statement["actor"]["account"]["name"] == str(learner.uuid)
        extensions = statement["context"]["extensions"]
        assert extensions[v.extension_iri(v.EXTENSION_QUIZ_ATTEMPT_NUMBER)] == 1

    completed = next(s for s in recorded if s["verb"]["id"] == v.VERB_COMPLETED)
    assert completed["object"]["id"] == quiz_iri
    assert completed["object"]["definition"]["type"] == v.TYPE_ASSESSMENT
    assert completed["object"]["definition"]["name"] == {"en-CA": "Customs quiz"}
    assert completed["result"] == {
        "score": {"scaled": 0.875, "raw": 7.0, "min": 0, "max": 8.0},
        "success": True,
        "completion": True,
        "duration": "PT6M",
    }
    assert completed["timestamp"].startswith(
        (T0 + timedelta(minutes=6, seconds=5)).isoformat()[:19]
    )
    course_iri = v.activity_iri("course", str(course.translation_key))
    assert [a["id"] for a in completed["context"]["contextActivities"]["grouping"]] == [course_iri]

    scored = next(s for s in recorded if s["verb"]["id"] == v.VERB_SCORED)
    assert scored["result"]["score"] == completed["result"]["score"]

    answered = [s for s in recorded if s["verb"]["id"] == v.VERB_ANSWERED]
    by_kind = {}
    for statement in answered:
        definition = statement["object"]["definition"]
        assert statement["object"]["id"].startswith(quiz_iri + "/question/")
        assert definition["type"] == v.TYPE_INTERACTION
        assert definition["correctResponsesPattern"]
        assert statement["context"]["contextActivities"]["parent"][0]["id"] == quiz_iri
        by_kind[definition["interactionType"]] = statement
    assert set(by_kind) == {"choice", "true-false", "matching", "sequencing", "fill-in", "numeric"}
    assert by_kind["fill-in"]["result"]["success"] is False
    assert by_kind["fill-in"]["result"]["response"] == "Toronto"
    assert by_kind["numeric"]["result"] == {
        "response": "42",
        "success": True,
        "score": {"scaled": 1.0, "raw": 2.0, "min": 0, "max": 2.0},
    }
    sequencing = by_kind["sequencing"]
    assert sequencing["result"]["response"] == "i1[,]i2[,]i3"
    assert sequencing["object"]["definition"]["correctResponsesPattern"] == ["i1[,]i2[,]i3"]


def test_a_failed_attempt_records_failed_and_implausible_client_times_are_ignored(learner):
    quiz = factories.quiz(questions=[factories.question()])
    attempt = start(learner, quiz)
    attempt_submit(
        attempt=attempt,
        answers={"1": "c2"},
        submission_key="k",
        client_timestamps={
            "started_at": (T0 - timedelta(days=3)).isoformat(),
            "submitted_at": (T0 + timedelta(minutes=2)).isoformat(),
        },
        now=T0 + timedelta(minutes=2),
    )
    outcome = statements(attempt, v.VERB_FAILED)
    assert len(outcome) == 1
    assert outcome[0]["result"]["success"] is False
    assert outcome[0]["result"]["duration"] == "PT2M"
    assert not statements(attempt, v.VERB_PASSED)
    assert "registration" not in outcome[0]["context"]


def test_malformed_client_timestamps_are_refused_naming_the_field(learner):
    attempt = start(learner, mixed_quiz())
    with pytest.raises(AttemptInvalid) as invalid:
        attempt_submit(
            attempt=attempt,
            answers={},
            submission_key="k",
            client_timestamps={"started_at": "yesterday"},
            now=T0,
        )
    assert invalid.value.field == "client_timestamps.started_at"
    attempt.refresh_from_db()
    assert attempt.status == "in_progress"


def test_grading_and_statements_are_one_transaction(learner, monkeypatch):
    attempt = start(learner, mixed_quiz())
    before = Statement.objects.count()

    def broken(**kwargs):
        raise RuntimeError("the LRS refused")

    monkeypatch.setattr(services.builders, "quiz_completed", broken)
    with pytest.raises(RuntimeError):
        attempt_submit(attempt=attempt, answers={}, submission_key="k", now=T0)
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score) == ("in_progress", None)
    assert Statement.objects.count() == before
