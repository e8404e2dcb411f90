"""Statements about quiz attempts: attempted, answered, scored, passed or failed, completed."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings

from lrs.identity import derived_statement_id
from tracking import vocabulary as v
from tracking.builders.common import ActivityRef, actor_for, timestamp_of, verb_of, with_duration


@dataclass(frozen=True)
class QuizAttemptRef:
    """What every statement about one quiz attempt shares. ``course`` is the course the
    quiz was taken in, when it was."""

    user: object
    quiz: ActivityRef
    attempt_id: uuid.UUID
    number: int
    registration: uuid.UUID | None
    language: str
    course: ActivityRef | None = None

    def statement_id(self, what: str) -> str:
        """Name-based, so recording the same event of the attempt twice is one statement."""
        return str(derived_statement_id(f"quiz-attempt|{self.attempt_id}|{what}"))


def _quiz_context(attempt: QuizAttemptRef, *, in_quiz: bool) -> dict:
    """The context of a quiz statement: ``in_quiz`` for a question's, whose parent is the
    quiz (and the course, when there is one, groups both)."""
    activities: dict = {"category": [{"objectType": "Activity", "id": v.profile_iri()}]}
    course = [attempt.course.as_object()] if attempt.course else []
    if in_quiz:
        activities["parent"] = [attempt.quiz.as_object()]
        activities["grouping"] = [attempt.quiz.as_object(), *course]
    elif course:
        activities["parent"] = course
        activities["grouping"] = course
    context: dict = {
        "platform": settings.PLATFORM_NAME,
        "language": v.XAPI_LANGUAGE.get(attempt.language, "en-CA"),
        "contextActivities": activities,
        "extensions": {
            v.extension_iri(v.EXTENSION_QUIZ_ATTEMPT): str(attempt.attempt_id),
            v.extension_iri(v.EXTENSION_QUIZ_ATTEMPT_NUMBER): attempt.number,
        },
    }
    if attempt.registration:
        context["registration"] = str(attempt.registration)
    return context


def _quiz_statement(
    attempt: QuizAttemptRef, verb: str, *, what: str, at: datetime, result=None
) -> dict:
    statement = {
        "id": attempt.statement_id(what),
        "actor": actor_for(attempt.user),
        "verb": verb_of(verb),
        "object": attempt.quiz.as_object(),
        "context": _quiz_context(attempt, in_quiz=False),
        "timestamp": timestamp_of(at),
    }
    if result is not None:
        statement["result"] = result
    return statement


def quiz_attempted(*, attempt: QuizAttemptRef, at: datetime) -> dict:
    """A learner started an attempt at a quiz."""
    return _quiz_statement(attempt, v.VERB_ATTEMPTED, what="attempted", at=at)


def quiz_question_answered(
    *,
    attempt: QuizAttemptRef,
    position: int,
    question_key: str,
    definition: dict,
    response: str,
    success: bool,
    score: float,
    max_score: float,
    at: datetime,
) -> dict:
    """The learner's answer to the question at ``position`` of a graded attempt.
    ``definition`` is the question's ``cmi.interaction`` definition
    (``quizzes.grading.interaction_definition``), ``response`` its xAPI response pattern
    ("" when unanswered)."""
    scaled = score / max_score if max_score else 0
    return {
        "id": attempt.statement_id(f"answered|{position}"),
        "actor": actor_for(attempt.user),
        "verb": verb_of(v.VERB_ANSWERED),
        "object": {
            "objectType": "Activity",
            "id": v.quiz_question_iri(attempt.quiz.iri, question_key),
            "definition": definition,
        },
        "result": {
            "response": response,
            "success": success,
            "score": {"scaled": scaled, "raw": score, "min": 0, "max": max_score},
        },
        "context": _quiz_context(attempt, in_quiz=True),
        "timestamp": timestamp_of(at),
    }


def _attempt_result(
    *, score: float, max_score: float, scaled: float, seconds: int | None, **more
) -> dict:
    result = {"score": {"scaled": scaled, "raw": score, "min": 0, "max": max_score}, **more}
    return with_duration(result, seconds)


def quiz_scored(
    *,
    attempt: QuizAttemptRef,
    score: float,
    max_score: float,
    scaled: float,
    seconds: int | None,
    at: datetime,
) -> dict:
    """The score of a graded attempt."""
    result = _attempt_result(score=score, max_score=max_score, scaled=scaled, seconds=seconds)
    return _quiz_statement(attempt, v.VERB_SCORED, what="scored", at=at, result=result)


def quiz_passed_or_failed(
    *,
    attempt: QuizAttemptRef,
    passed: bool,
    score: float,
    max_score: float,
    scaled: float,
    seconds: int | None,
    at: datetime,
) -> dict:
    """``passed`` or ``failed``: whether the attempt reached the quiz's pass mark."""
    verb = v.VERB_PASSED if passed else v.VERB_FAILED
    result = _attempt_result(
        score=score, max_score=max_score, scaled=scaled, seconds=seconds, success=passed
    )
    return _quiz_statement(attempt, verb, what="outcome", at=at, result=result)


def quiz_completed(
    *,
    attempt: QuizAttemptRef,
    passed: bool,
    score: float,
    max_score: float,
    scaled: float,
    seconds: int | None,
    at: datetime,
) -> dict:
    """The attempt is over (submitted, or closed at its deadline)."""
    result = _attempt_result(
        score=score,
        max_score=max_score,
        scaled=scaled,
        seconds=seconds,
        success=passed,
        completion=True,
    )
    return _quiz_statement(attempt, v.VERB_COMPLETED, what="completed", at=at, result=result)
