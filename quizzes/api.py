"""The JSON API of quiz attempts (see ``quizzes.urls``).

- ``POST <quiz key>/attempts/``: start the learner's attempt, or resume the one in
  progress (body ``{"course": "<course key>"}`` when taken within a course; ``"offline":
  true`` to prepare it for a device that will answer it with no connection); returns
  the quiz to answer (201 for a new attempt, 200 for the one resumed);
- ``GET <quiz key>/definition/``: the quiz's rules, and the attempt in progress to
  resume when there is one; it never starts an attempt (``?course=<course key>`` of a
  course the quiz is in: the attempts left are those of the learner's current run of
  that course);
- ``POST attempts/<id>/answers/``: save answers so far;
- ``POST attempts/<id>/check/``: immediate feedback on one answer (quizzes whose feedback
  mode is "immediately, after each question"); the answer is then fixed;
- ``POST attempts/<id>/submit/``: submit, get the graded result;
- ``GET attempts/<id>/``: the attempt's state, and its result once closed.

Errors are JSON ``{"error": message, "field": ...}`` with 400 (a field that does not
fit), 403 (not signed in, another learner's attempt, a wrong token, an attempt that may
not start: ``reason`` names the rule, and ``"sequence"``, an assessment whose course is
taken in order, comes with the ``lesson`` to do next), 404, 405 and 409 (a closed
attempt, or an attempt prepared for a device submitted before the lessons before it are
done).

Starting needs a signed-in learner, with the usual CSRF protection. A POST about an
attempt is allowed for the learner it belongs to, signed in (CSRF-checked too), or for
anyone who sends the attempt's ``token`` in the body: an offline submission replayed after
the session expired proves with the token which attempt it is (the token is not sent by
the browser on its own, so it needs no CSRF check).
"""

from __future__ import annotations

import secrets
import uuid
from functools import wraps

from django.http import JsonResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from wagtail.rich_text import expand_db_html

from common.json_body import JSONBodyInvalid, request_json
from lrs.csrf import csrf_failure

from . import selectors, services
from .attempts import AttemptClosed, AttemptInvalid, AttemptRefused, is_overdue
from .models import QuizAttempt


def _error(status: int, message: str, **extra) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status)


def _invalid(error: AttemptInvalid) -> JsonResponse:
    return _error(400, f"{error.field}: {error.message}", field=error.field)


def _methods(*allowed: str):
    def decorate(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            if request.method not in allowed:
                response = _error(
                    405,
                    _("This address only accepts %(methods)s.") % {"methods": ", ".join(allowed)},
                )
                response["Allow"] = ", ".join(allowed)
                return response
            return view(request, *args, **kwargs)

        return checked

    return decorate


def _language(request) -> str:
    return (getattr(request, "LANGUAGE_CODE", None) or get_language() or "en")[:2]


def _body(request) -> dict:
    try:
        payload = request_json(request, empty={})
    except JSONBodyInvalid as error:
        raise AttemptInvalid(error.field, error.message) from None
    if not isinstance(payload, dict):
        raise AttemptInvalid("body", _("expected a JSON object"))
    return payload


def _authorised(request, attempt: QuizAttempt, payload: dict) -> JsonResponse | None:
    """``None`` when the request may act on ``attempt``, else the error to return."""
    token = payload.get("token")
    if token not in (None, ""):
        if not isinstance(token, str):
            return _error(400, "token: " + _("expected a text"), field="token")
        if not secrets.compare_digest(token.encode(), attempt.token.encode()):
            return _error(403, _("The token does not match this attempt."), field="token")
        return None
    if not request.user.is_authenticated:
        return _error(403, _("Sign in, or send the attempt's token."))
    if csrf_failure(request) is not None:
        return _error(403, _("The form expired: reload the page and try again."))
    if attempt.user_id != request.user.pk:
        return _error(403, _("This attempt belongs to another learner."))
    return None


def _attempt_or_404(attempt_id: str) -> QuizAttempt | None:
    return selectors.attempt_by_id(attempt_id=attempt_id)


def _not_found() -> JsonResponse:
    return _error(404, _("There is no such attempt."))


def _closed(error: AttemptClosed) -> JsonResponse:
    return _error(409, error.message, reason=error.reason)


def _quiz_or_error(request, quiz_key: str):
    """The quiz to serve in the request's language, or the error to return."""
    if not request.user.is_authenticated:
        return None, _error(403, _("Sign in to take this quiz."))
    try:
        quiz_key = uuid.UUID(quiz_key)
    except ValueError:
        return None, _error(404, _("There is no such quiz."))
    quiz = selectors.quiz_for_language(quiz_key=quiz_key, language=_language(request))
    if quiz is None:
        return None, _error(404, _("There is no such quiz."))
    return quiz, None


def _course_of(payload: dict, quiz):
    """The course named in the body (``None`` when none is), which must have a live page
    of this quiz. Raises :class:`AttemptInvalid`."""
    from courses.selectors import course_by_key

    from .models import QuizPage

    value = payload.get("course")
    if value in (None, ""):
        return None
    try:
        course = course_by_key(course_key=str(uuid.UUID(str(value))))
    except ValueError:
        course = None
    if course is None:
        raise AttemptInvalid("course", _("there is no such course"))
    in_course = (
        QuizPage.objects.live()
        .descendant_of(course)
        .filter(quiz__translation_key=quiz.translation_key)
        .exists()
    )
    if not in_course:
        raise AttemptInvalid("course", _("this quiz is not part of this course"))
    return course


@_methods("GET")
def quiz_definition(request, quiz_key: str):
    """The quiz's rules, with the learner's attempt in progress when there is one (to
    resume it); never starts an attempt."""
    quiz, refusal = _quiz_or_error(request, quiz_key)
    if refusal is not None:
        return refusal
    try:
        course = _course_of({"course": request.GET.get("course")}, quiz)
    except AttemptInvalid:
        course = None  # a reading: an unknown course counts every attempt, as without one
    course_key = run = None
    if course is not None:
        from courses.selectors import current_registration

        course_key = course.translation_key
        registration = current_registration(user=request.user, course=course)
        run = registration.registration if registration is not None else None
    now = timezone.now()
    attempt = selectors.attempt_in_progress(user=request.user, quiz_key=quiz.translation_key)
    if attempt is not None and not is_overdue(attempt.deadline, now):
        return JsonResponse(
            selectors.attempt_document(attempt=attempt, now=now, language=_language(request))
        )
    return JsonResponse(
        {
            "quiz": {
                "key": str(quiz.translation_key),
                "language": quiz.locale.language_code,
                "title": quiz.title,
                "instructions": expand_db_html(quiz.instructions),
            },
            "rules": selectors.quiz_rules(quiz=quiz),
            "attempts_left": selectors.attempts_left(
                user=request.user, quiz=quiz, course_key=course_key, registration=run
            ),
            "attempt": None,
            "questions": [],
        }
    )


@csrf_exempt  # checked below, to answer in JSON
@_methods("POST")
def quiz_attempt_start(request, quiz_key: str):
    """Start the learner's attempt (or resume the one in progress): ``{"course"?}``;
    returns the quiz to answer, 201 when the attempt is new, 200 when resumed."""
    quiz, refusal = _quiz_or_error(request, quiz_key)
    if refusal is not None:
        return refusal
    if csrf_failure(request) is not None:
        return _error(403, _("The form expired: reload the page and try again."))
    try:
        payload = _body(request)
        course = _course_of(payload, quiz)
        offline = payload.get("offline", False)
        if not isinstance(offline, bool):
            raise AttemptInvalid("offline", _("expected true or false"))
    except AttemptInvalid as error:
        return _invalid(error)
    registration = course_key = None
    if course is not None:
        from courses.services import registration_current

        registration = registration_current(user=request.user, course=course)
        course_key = course.translation_key
    now = timezone.now()
    try:
        attempt = services.attempt_start(
            user=request.user,
            quiz=quiz,
            language=quiz.locale.language_code,
            registration=registration,
            course_key=course_key,
            now=now,
            offline=offline,
        )
    except AttemptRefused as error:
        return _error(
            403,
            error.message,
            reason=error.reason,
            available_at=error.available_at.isoformat() if error.available_at else None,
            lesson=error.lesson,
            rules=selectors.quiz_rules(quiz=quiz),
        )
    created = attempt.started_at == now
    return JsonResponse(
        selectors.attempt_document(attempt=attempt, now=now, language=_language(request)),
        status=201 if created else 200,
    )


@csrf_exempt  # checked in _authorised when the session, not the token, authorises
@_methods("POST")
def attempt_answers(request, attempt_id: str):
    """Save answers so far: ``{"answers": {position: response}, "token"?}``."""
    attempt = _attempt_or_404(attempt_id)
    if attempt is None:
        return _not_found()
    try:
        payload = _body(request)
        if (refusal := _authorised(request, attempt, payload)) is not None:
            return refusal
        attempt = services.attempt_save(attempt=attempt, answers=payload.get("answers"))
    except AttemptInvalid as error:
        return _invalid(error)
    except AttemptClosed as error:
        return _closed(error)
    return JsonResponse(
        {"attempt": selectors.attempt_summary(attempt=attempt), "answers": attempt.answers}
    )


@csrf_exempt  # checked in _authorised when the session, not the token, authorises
@_methods("POST")
def attempt_check(request, attempt_id: str):
    """Immediate feedback on one answer: ``{"position": n, "response": ..., "token"?}``;
    returns the question's feedback (``quizzes.attempts.question_feedback``)."""
    attempt = _attempt_or_404(attempt_id)
    if attempt is None:
        return _not_found()
    try:
        payload = _body(request)
        if (refusal := _authorised(request, attempt, payload)) is not None:
            return refusal
        if "position" not in payload:
            raise AttemptInvalid("position", _("this field is required"))
        if "response" not in payload:
            raise AttemptInvalid("response", _("this field is required"))
        feedback = services.attempt_check(
            attempt=attempt, position=payload["position"], response=payload["response"]
        )
    except AttemptInvalid as error:
        return _invalid(error)
    except AttemptClosed as error:
        return _closed(error)
    return JsonResponse({"feedback": feedback})


@csrf_exempt  # checked in _authorised when the session, not the token, authorises
@_methods("POST")
def attempt_submit(request, attempt_id: str):
    """Submit: ``{"token", "submission_key", "answers": {position: response},
    "client_timestamps": {"started_at", "submitted_at"}}``; returns the graded result."""
    attempt = _attempt_or_404(attempt_id)
    if attempt is None:
        return _not_found()
    try:
        payload = _body(request)
        if (refusal := _authorised(request, attempt, payload)) is not None:
            return refusal
        attempt = services.attempt_submit(
            attempt=attempt,
            answers=payload.get("answers"),
            submission_key=payload.get("submission_key"),
            client_timestamps=payload.get("client_timestamps"),
        )
    except AttemptInvalid as error:
        return _invalid(error)
    except AttemptClosed as error:
        return _closed(error)
    except AttemptRefused as error:
        # Refused as it is, for now: a device's outbox keeps it aside, not sent again.
        return _error(409, error.message, reason=error.reason, lesson=error.lesson)
    return JsonResponse(selectors.attempt_result(attempt=attempt))


@_methods("GET")
def attempt_detail(request, attempt_id: str):
    """The attempt's state, and once closed its result (for the learner it belongs to)."""
    if not request.user.is_authenticated:
        return _error(403, _("Sign in to take this quiz."))
    attempt = _attempt_or_404(attempt_id)
    if attempt is None:
        return _not_found()
    if attempt.user_id != request.user.pk:
        return _error(403, _("This attempt belongs to another learner."))
    return JsonResponse(selectors.attempt_result(attempt=attempt))
