"""Reads about quizzes and attempts: which quiz to serve, a learner's attempts, and the
JSON documents the browser gets (the quiz to answer, the result of an attempt)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import expand_db_html

from common.keys import titles_by_key, valid_uuids
from tracking import vocabulary as v
from tracking.builders import ActivityRef

from .analysis import (
    CHOICE_KINDS,
    AttemptRecord,
    ItemResponse,
    ItemStats,
    QuestionInfo,
    chosen_ids,
    item_analysis,
)
from .attempts import GRACE, answer_key, question_feedback, served_question
from .grading.text import plain_text
from .models import Quiz, QuizAttempt


def quiz_for_language(*, quiz_key, language: str) -> Quiz | None:
    """The quiz with this translation key in ``language``, else in the default language,
    else in any language; ``None`` when there is no such quiz."""
    quizzes = list(Quiz.objects.filter(translation_key=quiz_key).select_related("locale"))
    if not quizzes:
        return None
    default = Locale.get_default().language_code
    quizzes.sort(
        key=lambda quiz: (
            quiz.locale.language_code != language,
            quiz.locale.language_code != default,
        )
    )
    return quizzes[0]


def quiz_activity_ref(*, quiz_key) -> ActivityRef:
    """The xAPI identity of a quiz: one IRI for all its translations, named in each."""
    names = {
        quiz.locale.language_code: quiz.title
        for quiz in Quiz.objects.filter(translation_key=quiz_key).select_related("locale")
    }
    return ActivityRef(kind="quiz", key=str(quiz_key), activity_type=v.TYPE_ASSESSMENT, names=names)


def quiz_names(*, quiz_keys) -> dict[str, dict[str, str]]:
    """The title of each of these quizzes in every language it exists in, by key:
    ``{quiz key: {"en": ..., "fr": ...}}``."""
    return titles_by_key(Quiz.objects.all(), quiz_keys)


def question_names(*, question_keys) -> dict[str, dict[str, str]]:
    """The name of each of these questions (its stem as plain text, shortened, as its
    statements name it) in every language it exists in, by key."""
    from .grading.interactions import question_activity_name
    from .models import Question

    names: dict[str, dict[str, str]] = {}
    rows = Question.objects.filter(translation_key__in=valid_uuids(question_keys)).values_list(
        "translation_key", "locale__language_code", "stem"
    )
    for key, language, stem in rows:
        name = question_activity_name(stem)
        if name:
            names.setdefault(str(key), {})[language] = name
    return names


def course_activity_ref(*, course_key) -> ActivityRef | None:
    """The xAPI identity of the course a quiz is taken in, if it still exists."""
    from courses.selectors import activity_ref_for, course_by_key

    course = course_by_key(course_key=str(course_key))
    return activity_ref_for(course) if course is not None else None


def attempt_by_id(*, attempt_id) -> QuizAttempt | None:
    try:
        attempt_id = uuid.UUID(str(attempt_id))
    except ValueError:
        return None
    return QuizAttempt.objects.select_related("quiz", "user").filter(pk=attempt_id).first()


def attempt_in_progress(*, user, quiz_key) -> QuizAttempt | None:
    return QuizAttempt.objects.filter(
        user=user, quiz_key=quiz_key, status=QuizAttempt.Status.IN_PROGRESS
    ).first()


def attempts_closed(*, user, quiz_key) -> QuerySet[QuizAttempt]:
    """The learner's submitted and expired attempts at a quiz, latest first."""
    return (
        QuizAttempt.objects.filter(user=user, quiz_key=quiz_key)
        .exclude(status=QuizAttempt.Status.IN_PROGRESS)
        .order_by("-number")
    )


def attempts_counted(*, user, quiz_key, course_key=None, registration=None):
    """The learner's closed attempts that count against the quiz's attempt limit, latest
    first.

    Attempts count per run of the course the quiz is taken in (``course_key``, and the
    learner's ``registration`` for it: ``None`` when the current run has not started
    yet). A new run starts when a trainer publishes a major revision of the course, or
    when the learner renews their certificate, so both give a fresh set of attempts; a
    minor change keeps the run, and the count. Attempts taken outside any course count in
    every run. Without ``course_key``, every closed attempt counts."""
    attempts = attempts_closed(user=user, quiz_key=quiz_key)
    if course_key is None:
        return attempts
    in_run = Q(registration__isnull=True)
    if registration is not None:
        in_run |= Q(registration=registration)
    return attempts.filter(in_run)


def _counted_together(attempt: QuizAttempt, earlier: QuizAttempt) -> bool:
    """Whether ``earlier`` counts in the same set of attempts as ``attempt`` (see
    :func:`attempts_counted`): one taken outside any course counts in every run."""
    return attempt.registration is None or earlier.registration in (None, attempt.registration)


def attempt_shown_numbers(*, attempts) -> dict:
    """The number the learner knows each of these attempts by, by attempt id: its place
    among the attempts counted with it, so the first attempt of a new run of the course
    (after a major revision or a renewal) is attempt 1 again. ``attempts``: all of one
    learner's attempts at one quiz, or the earliest ones.

    The stored ``number`` never changes: it orders every attempt of the learner at the
    quiz and identifies the attempt in the xAPI statements and exports."""
    ordered = sorted(attempts, key=lambda attempt: attempt.number)
    return {
        attempt.pk: 1 + sum(1 for earlier in ordered[:index] if _counted_together(attempt, earlier))
        for index, attempt in enumerate(ordered)
    }


def attempt_shown_number(*, attempt: QuizAttempt) -> int:
    """The number the learner knows ``attempt`` by (see :func:`attempt_shown_numbers`)."""
    earlier = QuizAttempt.objects.filter(
        user_id=attempt.user_id, quiz_key=attempt.quiz_key, number__lt=attempt.number
    )
    if attempt.registration is not None:
        earlier = earlier.filter(
            Q(registration__isnull=True) | Q(registration=attempt.registration)
        )
    return earlier.count() + 1


def attempt_next_number(*, user, quiz_key) -> int:
    last = QuizAttempt.objects.filter(user=user, quiz_key=quiz_key).aggregate(Max("number"))
    return (last["number__max"] or 0) + 1


def attempts_left(*, user, quiz: Quiz, course_key=None, registration=None) -> int | None:
    """How many more attempts the learner may start (``None``: no limit), in their run
    of the course when the quiz is taken in one (see :func:`attempts_counted`)."""
    if quiz.unlimited_attempts:
        return None
    used = attempts_counted(
        user=user, quiz_key=quiz.translation_key, course_key=course_key, registration=registration
    ).count()
    return max(0, quiz.attempts_allowed - used)


def assessment_gate(*, user, quiz_key, course_key=None, registration=None):
    """The lesson that keeps the quiz closed to ``user`` in a course taken in order (the
    first unfinished lesson before its page), or ``None`` when they may take it.

    With ``course_key``, the quiz's pages in that course decide; without, every live page
    of the quiz does, and the quiz is open when one of them is. ``registration``: the
    course run whose lessons count (by default the learner's current one)."""
    from courses.selectors import assessment_gate_for, course_by_key

    from .models import QuizPage

    pages = QuizPage.objects.live().filter(quiz__translation_key=quiz_key)
    if course_key is not None:
        course = course_by_key(course_key=str(course_key))
        if course is None:
            return None
        pages = pages.descendant_of(course)
    extra = {} if registration is None else {"registration": registration}
    gate = None
    for page in pages.order_by("path"):
        blocked_by = assessment_gate_for(user=user, page=page, **extra)
        if blocked_by is None:
            return None
        gate = gate or blocked_by
    return gate


def quiz_of_attempt(*, attempt: QuizAttempt) -> Quiz | None:
    """The quiz version an attempt served, or another language's if it was deleted."""
    if attempt.quiz_id is not None:
        return attempt.quiz
    return quiz_for_language(quiz_key=attempt.quiz_key, language=attempt.language)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _number(value) -> float | None:
    return None if value is None else float(value)


def _gives_answer_key(quiz: Quiz) -> bool:
    """A practice quiz with immediate feedback is marked in the browser as the learner
    goes, so its answer key travels with its questions. A graded quiz's never does."""
    return not quiz.graded and quiz.feedback_mode == Quiz.FeedbackMode.IMMEDIATE


def quiz_rules(*, quiz: Quiz, attempt: QuizAttempt | None = None) -> dict:
    return {
        "graded": quiz.graded,
        "time_limit_minutes": quiz.time_limit,
        "attempts_allowed": None if quiz.unlimited_attempts else quiz.attempts_allowed,
        "wait_between_attempts_minutes": quiz.wait_between_attempts,
        "pass_mark": float(attempt.pass_mark if attempt else quiz.pass_mark),
        "feedback_mode": quiz.feedback_mode,
        "show_correct_answers": quiz.show_correct_answers,
    }


def attempt_summary(*, attempt: QuizAttempt) -> dict:
    """The attempt's state; a late one also says why (``late_reason``). ``number`` is the
    number the learner knows it by, counted in its run (:func:`attempt_shown_number`)."""
    summary = {
        "id": str(attempt.id),
        "number": attempt_shown_number(attempt=attempt),
        "status": attempt.status,
        "started_at": _iso(attempt.started_at),
        "deadline": _iso(attempt.deadline),
        "submitted_at": _iso(attempt.submitted_at),
    }
    if attempt.late_reason:
        summary["late_reason"] = attempt.late_reason
    return summary


def _entries_read_in(entries: list, language: str) -> list:
    """The entries of an attempt with their questions' texts in ``language`` where the
    question has a published translation that asks the same thing (see
    ``snapshots.snapshot_read_in``); the others as served."""
    from .models import Question
    from .snapshots import question_snapshot, snapshot_read_in

    keys = {
        entry["snapshot"]["question_key"]
        for entry in entries
        if entry["snapshot"].get("language") != language
    }
    if not keys:
        return entries
    translations = {
        str(question.translation_key): question
        for question in Question.objects.filter(
            translation_key__in=valid_uuids(keys), locale__language_code=language, live=True
        )
    }
    read = []
    for entry in entries:
        question = translations.get(entry["snapshot"]["question_key"])
        if question is not None:
            snapshot = snapshot_read_in(entry["snapshot"], question_snapshot(question))
            entry = {**entry, "snapshot": snapshot}
        read.append(entry)
    return read


def attempt_document(
    *, attempt: QuizAttempt, now: datetime | None = None, language: str | None = None
) -> dict:
    """The quiz as the learner's browser gets it to answer an attempt: its title,
    instructions and rules, the attempt (with its token and the answers saved so far),
    and the questions as served, without any answer (except for a practice quiz with
    immediate feedback, see :func:`_gives_answer_key`).

    ``language``: the language of the page the attempt is answered on. An attempt
    started in another language and resumed there reads in that language wherever the
    quiz and its questions are translated; its questions, their order and ids, its
    rules and its grading stay those it was served with."""
    served = quiz = quiz_of_attempt(attempt=attempt)
    entries = attempt.questions
    if language and language != attempt.language:
        translated = quiz_for_language(quiz_key=attempt.quiz_key, language=language)
        if translated is not None and translated.locale.language_code == language:
            quiz = translated
        entries = _entries_read_in(entries, language)
    with_key = served is not None and _gives_answer_key(served)
    questions = []
    for entry, shown in zip(attempt.questions, entries, strict=True):
        question = served_question(shown)
        if with_key:
            question["answer_key"] = answer_key(entry)
        questions.append(question)
    return {
        "quiz": {
            "key": str(attempt.quiz_key),
            "language": attempt.language if quiz is served else language,
            "title": quiz.title if quiz else "",
            "instructions": expand_db_html(quiz.instructions) if quiz else "",
        },
        "rules": quiz_rules(quiz=served, attempt=attempt) if served else {},
        "attempt": {
            **attempt_summary(attempt=attempt),
            "token": attempt.token,
            "server_time": _iso(now or timezone.now()),
            "grace_seconds": int(GRACE.total_seconds()),
            "answers": attempt.answers,
            "checked": [int(position) for position in attempt.checked],
            "prepared_offline": attempt.prepared_offline,
        },
        "questions": questions,
    }


def attempt_shows_correct_answers(*, attempt: QuizAttempt, quiz: Quiz) -> bool:
    """Whether the learner may now see the right answers of this closed attempt."""
    if quiz.feedback_mode == Quiz.FeedbackMode.NONE:
        return False
    ever_passed = attempts_closed(user=attempt.user, quiz_key=attempt.quiz_key).filter(passed=True)
    counted = _attempts_counted_with(attempt)
    last = (
        not quiz.unlimited_attempts
        and counted.filter(number__lte=attempt.number).count() >= quiz.attempts_allowed
    )
    return quiz.shows_correct_answers(
        submitted=attempt.is_closed, passed=ever_passed.exists(), last_attempt=last
    )


def _attempts_counted_with(attempt: QuizAttempt):
    """The attempts counted together with ``attempt``: those of its run of its course."""
    return attempts_counted(
        user=attempt.user,
        quiz_key=attempt.quiz_key,
        course_key=attempt.course_key,
        registration=attempt.registration,
    )


def attempt_result(*, attempt: QuizAttempt) -> dict:
    """What the learner is told about an attempt: its score and whether it passed, how many
    attempts they have used and have left now (this one counted), and, as far as the
    quiz's feedback and show-answers settings allow, each question's score, correctness,
    feedback and right answer."""
    quiz = quiz_of_attempt(attempt=attempt)
    document: dict = {"attempt": attempt_summary(attempt=attempt)}
    if not attempt.is_closed:
        return document
    document.update(
        {
            "score": _number(attempt.score),
            "max_score": _number(attempt.max_score),
            "scaled": attempt.scaled,
            "passed": attempt.passed,
            "pass_mark": float(attempt.pass_mark),
            "attempts_used": _attempts_counted_with(attempt).count(),
            "attempts_left": attempts_left(
                user=attempt.user,
                quiz=quiz,
                course_key=attempt.course_key,
                registration=attempt.registration,
            )
            if quiz
            else 0,
        }
    )
    if quiz is None or quiz.feedback_mode == Quiz.FeedbackMode.NONE:
        document["correct_answers_shown"] = False
        return document
    show = attempt_shows_correct_answers(attempt=attempt, quiz=quiz)
    document["correct_answers_shown"] = show
    document["questions"] = [
        question_feedback(
            entry,
            response=attempt.answers.get(str(entry["position"])),
            result=attempt.results.get(str(entry["position"]), {}),
            show_answers=show,
        )
        for entry in attempt.questions
    ]
    return document


def assessment_passed(*, user, quiz_key, registration, by: datetime | None = None) -> bool:
    """Whether the learner passed the quiz in that course registration; with ``by``,
    whether the pass was already on record at that moment: the ``passed`` statement the
    platform recorded for it was stored at or before ``by``.

    ``rebuild_progress`` replays the statements in the order the LRS stored them and asks
    as of each one's stored time, so that it sees the passes a live projection saw then,
    not today's. The stored time is the clock to compare with: an attempt's submission
    time can be the device's or backdated demo data, and offline work reaches the
    platform out of its timestamps' order."""
    passed = QuizAttempt.objects.filter(
        user=user, quiz_key=quiz_key, registration=registration, passed=True
    ).exists()
    if not passed or by is None:
        return passed
    return _pass_recorded_by(user=user, quiz_key=quiz_key, registration=registration, by=by)


def _pass_recorded_by(*, user, quiz_key, registration, by: datetime) -> bool:
    """Whether the LRS stored, at or before ``by``, a ``passed`` statement the platform
    recorded for this learner and quiz in ``registration``. Statements written with
    other credentials are no evidence of a pass, whatever they say."""
    from lrs.auth import Source, source_of
    from lrs.models import Statement
    from tracking.builders import actor_for, actor_key

    authorities = Statement.objects.filter(
        registration=registration,
        verb_iri=v.VERB_PASSED,
        object_iri=v.activity_iri("quiz", str(quiz_key)),
        actor_key=actor_key(actor_for(user)),
        stored__lte=by,
        voided=False,
    ).values_list("data__authority", flat=True)
    return any(source_of(authority) == Source.PLATFORM for authority in authorities)


# --- item analysis ---------------------------------------------------------------------


@dataclass
class QuizAnalysis:
    """The item analysis of a quiz over its closed attempts (see ``quizzes.analysis``).
    ``late``: attempts submitted late, left out of the figures (answered with no proof of
    the time limit, they would skew how hard each question looks)."""

    quiz_key: str
    attempts: int
    learners: int
    mean_scaled: float | None
    pass_rate: float | None
    items: list[ItemStats]
    late: int = 0


def quizzes_for_item_analysis(*, language: str) -> list[dict]:
    """Every quiz (one row per quiz, named in ``language`` where it can be) with how many
    closed attempts it has, most attempted first."""
    counts = dict(
        QuizAttempt.objects.exclude(
            status__in=[QuizAttempt.Status.IN_PROGRESS, QuizAttempt.Status.LATE]
        )
        .order_by()
        .values_list("quiz_key")
        .annotate(total=Count("id"))
        .values_list("quiz_key", "total")
    )
    rows = {}
    for quiz in Quiz.objects.select_related("locale").order_by("pk"):
        row = rows.get(quiz.translation_key)
        if row is None or quiz.locale.language_code == language:
            rows[quiz.translation_key] = {
                "quiz_key": quiz.translation_key,
                "title": quiz.title,
                "attempts": counts.get(quiz.translation_key, 0),
            }
    return sorted(rows.values(), key=lambda row: (-row["attempts"], row["title"].lower()))


def _attempt_record(attempt: QuizAttempt) -> tuple[AttemptRecord, list[dict]]:
    items, snapshots = [], []
    for entry in attempt.questions:
        position = str(entry["position"])
        snapshot = entry["snapshot"]
        result = attempt.results.get(position) or {}
        pattern = result.get("response_pattern") or ""
        items.append(
            ItemResponse(
                question_key=snapshot["question_key"],
                score=float(result.get("score") or 0),
                max_score=float(result.get("max_score") or 0),
                correct=bool(result.get("correct")),
                omitted=attempt.answers.get(position) is None,
                chosen=chosen_ids(snapshot["kind"], pattern),
                answer="" if snapshot["kind"] in CHOICE_KINDS else pattern,
            )
        )
        snapshots.append(snapshot)
    return AttemptRecord(attempt_id=str(attempt.pk), items=tuple(items)), snapshots


def _question_info(snapshot: dict) -> QuestionInfo:
    return QuestionInfo(
        question_key=snapshot["question_key"],
        kind=snapshot["kind"],
        stem=plain_text(snapshot.get("stem", "")),
        choices=tuple(
            (choice["id"], plain_text(choice.get("text", "")), bool(choice.get("correct")))
            for choice in snapshot.get("choices", [])
        ),
    )


def _quiz_question_order(quiz_key) -> list[str]:
    """The question keys of a quiz in the order a trainer set them up: its fixed questions,
    then each draw's candidates in the bank's order."""
    quiz = Quiz.objects.filter(translation_key=quiz_key).order_by("pk").first()
    if quiz is None:
        return []
    keys = [str(link.question.translation_key) for link in quiz.quiz_questions.all()]
    for draw in quiz.draws.all():
        keys.extend(str(key) for key in draw.candidates().values_list("translation_key", flat=True))
    return list(dict.fromkeys(keys))


def quiz_item_analysis(*, quiz_key, language: str, first_attempts_only: bool = False):
    """The item analysis of a quiz over its submitted and expired attempts (all of them, or
    each learner's first); late ones are only counted. Questions are described by their
    latest revision served, in ``language`` where an attempt served it in that language;
    they come in the quiz's order, then questions no longer in the quiz."""
    attempts = QuizAttempt.objects.filter(quiz_key=quiz_key).exclude(
        status=QuizAttempt.Status.IN_PROGRESS
    )
    if first_attempts_only:
        attempts = attempts.filter(number=1)
    late = attempts.filter(status=QuizAttempt.Status.LATE).count()
    attempts = attempts.exclude(status=QuizAttempt.Status.LATE)
    records, described, learners = [], {}, set()
    passed_count = 0
    for attempt in attempts.only(
        "pk", "user_id", "language", "questions", "answers", "results", "passed"
    ).iterator(chunk_size=500):
        record, snapshots = _attempt_record(attempt)
        records.append(record)
        learners.add(attempt.user_id)
        passed_count += bool(attempt.passed)
        for snapshot in snapshots:
            rank = (snapshot.get("language") == language, snapshot.get("revision") or 0)
            known = described.get(snapshot["question_key"])
            if known is None or rank >= known[0]:
                described[snapshot["question_key"]] = (rank, snapshot)
    order = [key for key in _quiz_question_order(quiz_key) if key in described]
    order += sorted(
        (key for key in described if key not in set(order)),
        key=lambda key: plain_text(described[key][1].get("stem", "")).lower(),
    )
    questions = {key: _question_info(described[key][1]) for key in order}
    scaled = [r.score / r.max_score for r in records if r.max_score]
    return QuizAnalysis(
        quiz_key=str(quiz_key),
        attempts=len(records),
        learners=len(learners),
        mean_scaled=sum(scaled) / len(scaled) if scaled else None,
        pass_rate=passed_count / len(records) if records else None,
        items=item_analysis(records, questions),
        late=late,
    )


def attempts_of_learner(*, user) -> list[QuizAttempt]:
    """The learner's attempts at every quiz, oldest first, each with ``shown_number`` (the
    number they know it by, :func:`attempt_shown_numbers`). The questions served, the
    answers and their grading stay out of the query (they hold the answer key)."""
    attempts = list(
        QuizAttempt.objects.filter(user=user)
        .only(
            "id",
            "user_id",
            "quiz_key",
            "language",
            "registration",
            "course_key",
            "number",
            "started_at",
            "deadline",
            "submitted_at",
            "status",
            "late_reason",
            "pass_mark",
            "score",
            "max_score",
            "scaled",
            "passed",
        )
        .order_by("started_at", "quiz_key", "number")
    )
    by_quiz: dict = {}
    for attempt in attempts:
        by_quiz.setdefault(attempt.quiz_key, []).append(attempt)
    for quiz_attempts in by_quiz.values():
        numbers = attempt_shown_numbers(attempts=quiz_attempts)
        for attempt in quiz_attempts:
            attempt.shown_number = numbers[attempt.pk]
    return attempts
