"""Writes about quiz attempts: start (or resume), save answers, submit, expire.

Each service checks the rules, then acts, then records what happened as xAPI statements
(built in ``tracking.builders``, stored through ``lrs.services.statement_record``), all
in one transaction. Grading happens here on the server, against the question snapshots
frozen when the attempt started (``quizzes.grading`` reads only those). The rules that
need no database (deadlines, checking a request's answers, what the learner is told)
are in ``quizzes.attempts``.
"""

from __future__ import annotations

import math
import random
import secrets
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lrs.services import statement_record
from tracking import builders

from . import selectors
from .attempts import (
    GRACE,
    AttemptClosed,
    AttemptError,
    AttemptInvalid,
    AttemptRefused,
    Timing,
    answers_parse,
    client_timestamps_parse,
    deadline_for,
    device_verdict,
    entries_build,
    is_overdue,
    position_key,
    question_feedback,
    snapshot_response,
    submission_key_check,
    submission_timing,
)
from .grading.interactions import interaction_definition
from .grading.responses import ResponseInvalid
from .grading.scoring import Grade, attempt_score, grade, passed
from .models import Quiz, QuizAttempt
from .snapshots import question_snapshot, quiz_question_pool

__all__ = [
    "AttemptClosed",
    "AttemptError",
    "AttemptInvalid",
    "AttemptRefused",
    "attempt_expire_overdue",
    "attempt_save",
    "attempt_start",
    "attempt_submit",
]

_FOUR_PLACES = Decimal("0.0001")


def _decimal(value: float) -> Decimal:
    return Decimal(str(value)).quantize(_FOUR_PLACES)


def _locked(attempt: QuizAttempt) -> QuizAttempt:
    return QuizAttempt.objects.select_for_update().select_related("user").get(pk=attempt.pk)


def _attempt_ref(attempt: QuizAttempt) -> builders.QuizAttemptRef:
    course = (
        selectors.course_activity_ref(course_key=attempt.course_key) if attempt.course_key else None
    )
    return builders.QuizAttemptRef(
        user=attempt.user,
        quiz=selectors.quiz_activity_ref(quiz_key=attempt.quiz_key),
        attempt_id=attempt.id,
        number=attempt.number,
        registration=attempt.registration,
        language=attempt.language,
        course=course,
    )


# -- start ----------------------------------------------------------------------------------


def _check_may_start(
    *, user, quiz: Quiz, now: datetime, course_key=None, registration=None
) -> None:
    counted = selectors.attempts_counted(
        user=user, quiz_key=quiz.translation_key, course_key=course_key, registration=registration
    )
    if not quiz.unlimited_attempts and counted.count() >= quiz.attempts_allowed:
        raise AttemptRefused(
            "attempts",
            _("You have used every attempt allowed for this quiz (%(count)s).")
            % {"count": quiz.attempts_allowed},
        )
    closed = selectors.attempts_closed(user=user, quiz_key=quiz.translation_key)
    last = closed.exclude(submitted_at=None).order_by("-submitted_at").first()
    if quiz.wait_between_attempts and last is not None:
        available_at = last.submitted_at + timedelta(minutes=quiz.wait_between_attempts)
        if now < available_at:
            minutes = math.ceil((available_at - now).total_seconds() / 60)
            raise AttemptRefused(
                "wait",
                _("You can take this quiz again in %(minutes)s min.") % {"minutes": minutes},
                available_at=available_at,
            )


def _check_sequence(*, user, quiz_key, course_key=None, registration=None) -> None:
    """Refuse an assessment that a course taken in order keeps closed: the lessons before
    it are not done (``AttemptRefused`` ``"sequence"``, naming the lesson to do next)."""
    blocked_by = selectors.assessment_gate(
        user=user, quiz_key=quiz_key, course_key=course_key, registration=registration
    )
    if blocked_by is None:
        return
    lesson = blocked_by.localized
    raise AttemptRefused(
        "sequence",
        _("This assessment opens when you have finished the lessons before it. Next: %(title)s.")
        % {"title": lesson.title},
        lesson={"title": lesson.title, "url": lesson.url},
    )


def attempt_start_refusal(
    *, user, quiz: Quiz, now: datetime | None = None, course_key=None, registration=None
):
    """Why ``user`` may not start a new attempt at ``quiz`` now (an
    :class:`AttemptRefused` naming the rule), or ``None`` when they may; within a
    course, attempts count in the learner's run ``registration`` of it (see
    :func:`quizzes.selectors.attempts_counted`)."""
    try:
        _check_may_start(
            user=user,
            quiz=quiz,
            now=now or timezone.now(),
            course_key=course_key,
            registration=registration,
        )
    except AttemptRefused as refusal:
        return refusal
    return None


def attempt_start(
    *,
    user,
    quiz: Quiz,
    language: str,
    registration=None,
    course_key=None,
    rng: random.Random | None = None,
    now: datetime | None = None,
    offline: bool = False,
) -> QuizAttempt:
    """The learner's attempt at ``quiz``: the one in progress (resumed as it was, in the
    language it started in), or a new one.

    ``offline``: the attempt is prepared for a device that will answer it with no
    connection (``offline/download.js``). Its time limit, if any, is then kept by the
    device's clock from the moment the learner starts it there (the submission's
    ``client_timestamps`` give the time taken), not from now; resumed online instead,
    its deadline starts then.

    A new attempt must be allowed: not more than the quiz's attempts, counted in the
    learner's run of the course (:func:`quizzes.selectors.attempts_counted`;
    :class:`AttemptRefused` ``"attempts"``), not before the waiting time since the last
    closed attempt is over (``"wait"``), and the quiz must have questions
    (``"questions"``). An attempt in progress past its deadline is closed first (graded on
    its saved answers). The new attempt freezes its questions (snapshots and shuffling
    seeds), gets its deadline from the quiz's time limit and a secret token, and is
    recorded as an xAPI ``attempted`` statement. ``registration`` (and ``course_key``) say
    which course run it belongs to when it is taken within a course; ``rng`` drives the
    random draws and shuffles (tests pass a seeded one).

    An assessment of a course taken in order is refused (``"sequence"``), new or resumed,
    until the lessons before it are done, except when prepared for a device: the device
    keeps it closed until then, and its submission is checked on arrival."""
    now = now or timezone.now()
    quiz_key = quiz.translation_key
    if not offline:
        _check_sequence(user=user, quiz_key=quiz_key, course_key=course_key)
    # Closing an overdue attempt is kept even when no new attempt may start.
    with transaction.atomic():
        current = (
            QuizAttempt.objects.select_for_update()
            .select_related("user")
            .filter(user=user, quiz_key=quiz_key, status=QuizAttempt.Status.IN_PROGRESS)
            .first()
        )
        if current is not None:
            if not is_overdue(current.deadline, now):
                if current.prepared_offline and current.deadline is None and not offline:
                    current.deadline = deadline_for(now, quiz.time_limit)
                    current.save(update_fields=["deadline"])
                return current
            _close(current, answers=current.answers, expired=True, now=now)
    with transaction.atomic():
        _check_may_start(
            user=user, quiz=quiz, now=now, course_key=course_key, registration=registration
        )
        rng = rng or random.Random(secrets.randbits(64))
        pool = quiz_question_pool(quiz, rng=rng)
        if not pool:
            raise AttemptRefused("questions", _("This quiz has no questions yet."))
        attempt = QuizAttempt(
            user=user,
            quiz_key=quiz_key,
            quiz=quiz,
            language=language,
            registration=registration,
            course_key=course_key,
            number=selectors.attempt_next_number(user=user, quiz_key=quiz_key),
            token=secrets.token_urlsafe(32),
            started_at=now,
            deadline=None if offline else deadline_for(now, quiz.time_limit),
            prepared_offline=offline,
            pass_mark=quiz.pass_mark,
            questions=entries_build(
                [question_snapshot(question) for question in pool],
                rng=rng,
                shuffle_choices=quiz.shuffle_choices,
            ),
        )
        try:
            with transaction.atomic():
                attempt.save(force_insert=True)
        except IntegrityError:
            # Started at the same moment by another request (two tabs): resume that one.
            existing = selectors.attempt_in_progress(user=user, quiz_key=quiz_key)
            if existing is None:
                raise
            return existing
        statement_record(statement=builders.quiz_attempted(attempt=_attempt_ref(attempt), at=now))
    return attempt


# -- save -----------------------------------------------------------------------------------


def _check_open(attempt: QuizAttempt, now: datetime) -> None:
    if attempt.is_closed:
        raise AttemptClosed(_("This attempt has already been submitted."))
    if is_overdue(attempt.deadline, now):
        raise AttemptClosed(_("The time for this attempt is over."), reason="deadline")


def attempt_save(*, attempt: QuizAttempt, answers, now: datetime | None = None) -> QuizAttempt:
    """Keep the learner's answers so far (``{position: response}``, in the ids the browser
    was shown), so the attempt can be resumed; answers to other positions are kept as
    they were. Every response is checked first and nothing is stored when one does not
    fit (:class:`AttemptInvalid` naming ``answers[<position>].response``). Refused
    (:class:`AttemptClosed`) once the attempt is closed or its deadline (and the grace
    period) is past. Returns the attempt as saved."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = _locked(attempt)
        _check_open(locked, now)
        parsed = answers_parse(locked.questions, answers)
        _check_unchanged(locked, parsed)
        locked.answers = {**locked.answers, **parsed}
        locked.save(update_fields=["answers"])
    return locked


def _check_unchanged(attempt: QuizAttempt, parsed: dict) -> None:
    """Refuse a new answer to a question whose answer was checked (immediate feedback):
    the learner saw whether it was right, so it stays as it was checked."""
    for position, response in parsed.items():
        if position in attempt.checked and attempt.answers.get(position) != response:
            raise AttemptInvalid(
                f"answers[{position}]",
                _("this answer was checked and can no longer be changed"),
            )


def attempt_check(*, attempt: QuizAttempt, position, response, now: datetime | None = None) -> dict:
    """Immediate feedback on one question, for a quiz whose feedback mode is "immediately,
    after each question": keep the answer, grade it on the server (the same grading as
    at submission) and say whether it is right, with its feedback. The answer is then
    fixed: saves and the submission may not change it. The right answer and the
    explanation come too for a practice (ungraded) quiz that shows correct answers; a
    graded quiz shows them by its usual rule, after submission.

    Raises :class:`AttemptInvalid` (``feedback``: the quiz gives no immediate feedback;
    ``position``; ``response``; ``answers[<position>]``: already checked with another
    answer) or :class:`AttemptClosed`. Checking the same answer again gives the same
    feedback."""
    now = now or timezone.now()
    if response is None:
        raise AttemptInvalid("response", _("give an answer to check"))
    with transaction.atomic():
        locked = _locked(attempt)
        _check_open(locked, now)
        quiz = selectors.quiz_of_attempt(attempt=locked)
        if quiz is None or quiz.feedback_mode != Quiz.FeedbackMode.IMMEDIATE:
            raise AttemptInvalid(
                "feedback", _("this quiz gives its feedback after submission, not per question")
            )
        key = position_key(position)
        if key is None:
            raise AttemptInvalid("position", _("expected the position of a question"))
        try:
            parsed = answers_parse(locked.questions, {key: response})
        except AttemptInvalid as error:
            if error.field.startswith("answers["):
                raise AttemptInvalid("position", error.message) from error
            raise
        (key,) = parsed
        _check_unchanged(locked, parsed)
        if key not in locked.checked:
            locked.answers = {**locked.answers, **parsed}
            locked.checked = [*locked.checked, key]
            locked.save(update_fields=["answers", "checked"])
    entry = next(e for e in locked.questions if str(e["position"]) == key)
    result = _grade_entry(entry, locked.answers[key])
    show = not quiz.graded and quiz.show_correct_answers != Quiz.ShowCorrectAnswers.NEVER
    return question_feedback(
        entry,
        response=locked.answers[key],
        result={"score": result.score, "max_score": result.max_score, "correct": result.correct},
        show_answers=show,
    )


# -- submit and close -----------------------------------------------------------------------


def _grade_entry(entry: dict, response) -> Grade:
    snapshot = entry["snapshot"]
    try:
        return grade(snapshot, snapshot_response(entry, response))
    except ResponseInvalid:
        # Saved answers were checked when saved; one that no longer fits scores nothing.
        return grade(snapshot, None)


def _close(
    attempt: QuizAttempt,
    *,
    answers: dict,
    now: datetime,
    expired: bool,
    submission_key: str = "",
    client_timestamps: dict | None = None,
    late_reason: str = "",
) -> None:
    """Grade ``attempt`` (locked) on ``answers``, close it and record its statements:
    one ``answered`` per question, ``scored``, ``passed`` or ``failed``, ``completed``.
    A ``late_reason`` closes it as late: graded, but failed whatever the score."""
    if expired:
        ended = attempt.deadline or now
        timing = Timing(at=ended, seconds=int((ended - attempt.started_at).total_seconds()))
    else:
        timing = submission_timing(
            started_at=attempt.started_at, now=now, client_timestamps=client_timestamps or {}
        )
    grades: list[Grade] = []
    results: dict[str, dict] = {}
    for entry in attempt.questions:
        position = str(entry["position"])
        result = _grade_entry(entry, answers.get(position))
        grades.append(result)
        results[position] = {
            "score": result.score,
            "max_score": result.max_score,
            "correct": result.correct,
            "response_pattern": result.response_pattern,
        }
    score, max_score, scaled = attempt_score(grades)
    did_pass = passed(scaled, attempt.pass_mark) and not late_reason

    attempt.answers = answers
    attempt.results = results
    attempt.score = _decimal(score)
    attempt.max_score = _decimal(max_score)
    attempt.scaled = scaled
    attempt.passed = did_pass
    attempt.submission_key = submission_key
    attempt.client_timestamps = client_timestamps or {}
    attempt.late_reason = late_reason
    if expired:
        attempt.status = QuizAttempt.Status.EXPIRED
    elif late_reason:
        attempt.status = QuizAttempt.Status.LATE
    else:
        attempt.status = QuizAttempt.Status.SUBMITTED
    attempt.submitted_at = timing.at if expired else now
    attempt.save()

    ref = _attempt_ref(attempt)
    for entry, result in zip(attempt.questions, grades, strict=True):
        snapshot = entry["snapshot"]
        statement_record(
            statement=builders.quiz_question_answered(
                attempt=ref,
                position=entry["position"],
                question_key=snapshot["question_key"],
                definition=interaction_definition(snapshot),
                response=result.response_pattern,
                success=result.correct,
                score=result.score,
                max_score=result.max_score,
                at=timing.at,
            )
        )
    totals = {
        "score": score,
        "max_score": max_score,
        "scaled": scaled,
        "seconds": timing.seconds,
        "at": timing.at,
    }
    statement_record(statement=builders.quiz_scored(attempt=ref, **totals))
    statement_record(
        statement=builders.quiz_passed_or_failed(attempt=ref, passed=did_pass, **totals)
    )
    statement_record(statement=builders.quiz_completed(attempt=ref, passed=did_pass, **totals))


def attempt_submit(
    *,
    attempt: QuizAttempt,
    answers,
    submission_key: str,
    client_timestamps=None,
    now: datetime | None = None,
) -> QuizAttempt:
    """Submit an attempt and grade it on the server. Returns the closed attempt.

    - ``answers`` (``{position: response}``, in the ids the browser was shown) complete
      the saved answers; a position absent from them keeps its saved answer, ``None``
      clears it. A position the attempt does not have or a response that does not fit
      raises :class:`AttemptInvalid` naming the field, and nothing is stored.
    - Idempotent: the same ``submission_key`` again returns the attempt as graded the
      first time and records nothing more. Another key on a closed attempt raises
      :class:`AttemptClosed`. (An attempt closed at its deadline by
      :func:`attempt_expire_overdue` takes the first key it is submitted with.)
    - Past the deadline and the grace period (``quizzes.attempts.GRACE``), the attempt
      is graded on the answers saved before, and closed as ``expired``: the submission's
      answers and timestamps are not used.
    - ``client_timestamps`` (``{"started_at", "submitted_at"}``, ISO 8601) give the
      duration and time of the statements when plausible (offline submissions).
    - A timed attempt answered on a device (prepared offline, never resumed online, so
      without a server deadline) gets its deadline from the device's start when the
      server believes it, and is closed as ``late`` when it cannot be shown to be on
      time (``quizzes.attempts.device_verdict``): graded on the answers it sent, failed
      whatever the score, so it never completes a course or earns a certificate.
    - An attempt prepared for a device at an assessment of a course taken in order is
      refused (:class:`AttemptRefused` ``"sequence"``, nothing stored) while the lessons
      before it are not done in its course registration.
    - Records one ``answered`` statement per question, then ``scored``, ``passed`` or
      ``failed``, and ``completed``, with name-based ids (a replay never duplicates
      them), all in one transaction with the grading."""
    now = now or timezone.now()
    key = submission_key_check(submission_key)
    with transaction.atomic():
        locked = _locked(attempt)
        if locked.is_closed:
            if locked.submission_key == key:
                return locked
            if locked.submission_key:
                raise AttemptClosed(_("This attempt has already been submitted."))
            locked.submission_key = key
            locked.save(update_fields=["submission_key"])
            return locked
        if is_overdue(locked.deadline, now):
            _close(locked, answers=locked.answers, now=now, expired=True, submission_key=key)
            return locked
        if locked.prepared_offline:
            # Prepared before the lessons were done; answered on the device once they were
            # done there, so their completions, sent first, are here by now.
            _check_sequence(
                user=locked.user,
                quiz_key=locked.quiz_key,
                course_key=locked.course_key,
                registration=locked.registration,
            )
        parsed = answers_parse(locked.questions, {} if answers is None else answers)
        _check_unchanged(locked, parsed)
        timestamps = client_timestamps_parse(client_timestamps)
        late_reason = _device_late_reason(locked, timestamps, now)
        _close(
            locked,
            answers={**locked.answers, **parsed},
            now=now,
            expired=False,
            submission_key=key,
            client_timestamps=timestamps,
            late_reason=late_reason,
        )
    return locked


def offline_submission_window() -> timedelta:
    """How long after an attempt is prepared for a device its submission may arrive and
    still count (``QUIZ_OFFLINE_SUBMISSION_DAYS``)."""
    return timedelta(days=settings.QUIZ_OFFLINE_SUBMISSION_DAYS)


def _device_late_reason(attempt: QuizAttempt, timestamps: dict, now: datetime) -> str:
    """Why a submission answered on a device is late ("" when on time, or when the
    attempt has a server deadline, which the caller has already checked). Sets the
    attempt's deadline to the one the device kept."""
    if not attempt.prepared_offline or attempt.deadline is not None:
        return ""
    quiz = selectors.quiz_of_attempt(attempt=attempt)
    limit = quiz.time_limit if quiz is not None else None
    verdict = device_verdict(
        prepared_at=attempt.started_at,
        arrived_at=now,
        time_limit_minutes=limit,
        client_timestamps=timestamps,
        window=offline_submission_window(),
    )
    attempt.deadline = deadline_for(verdict.started_at, limit)
    return verdict.late_reason


def attempt_expire_overdue(*, now: datetime | None = None) -> int:
    """Close every attempt in progress whose deadline (and grace period) is past, graded
    on its saved answers, with its statements. Safe to run repeatedly and alongside
    submissions: each attempt is locked and checked again before it is closed. Returns
    how many attempts it closed."""
    now = now or timezone.now()
    overdue = QuizAttempt.objects.filter(
        status=QuizAttempt.Status.IN_PROGRESS, deadline__lt=now - GRACE
    ).values_list("pk", flat=True)
    closed = 0
    for pk in list(overdue):
        with transaction.atomic():
            attempt = (
                QuizAttempt.objects.select_for_update()
                .select_related("user")
                .filter(pk=pk, status=QuizAttempt.Status.IN_PROGRESS)
                .first()
            )
            if attempt is None or not is_overdue(attempt.deadline, now):
                continue
            _close(attempt, answers=attempt.answers, now=now, expired=True)
            closed += 1
    return closed
