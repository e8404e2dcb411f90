"""Learners' answers to the interactive blocks of a lesson, recorded as xAPI ``answered``
statements.

The browser posts each answer to ``<lesson url>interaction/`` as JSON::

    {"block_id": "<stream block id>", "kind": "knowledge_check", "response": [0, 2]}
    {"block_id": "...", "kind": "scenario_choice", "step": "first-contact", "response": 1}
    {"block_id": "...", "kind": "indicator_checklist", "response": [0, 3]}

``response`` holds positions (from 0) in the block's list of choices or items. The answer
is checked against the lesson's own block, so a learner cannot record an answer to a
question the lesson does not ask. Choices are identified in statements by their position
(``choice-1``, ``item-1``...), the same in every language of a lesson, whose bodies are
parallel.
"""

import html
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.http import JsonResponse
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import path

from common.json_body import JSONBodyInvalid, json_body_error, request_json
from tracking import vocabulary as v
from tracking.builders import InteractionRef

from .blocks import INTERACTIVE_BLOCK_KINDS

KIND_KNOWLEDGE_CHECK = "knowledge_check"
KIND_SCENARIO_CHOICE = "scenario_choice"
KIND_INDICATOR_CHECKLIST = "indicator_checklist"
KINDS = (KIND_KNOWLEDGE_CHECK, KIND_SCENARIO_CHOICE, KIND_INDICATOR_CHECKLIST)

NAME_LENGTH = 120


class InteractionError(ValueError):
    """An answer the lesson cannot accept; ``field`` names the part of the request at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Answer:
    """A checked answer: the question as xAPI describes it, what was chosen, and whether it
    was right (``None`` for questions without a right answer)."""

    interaction: InteractionRef
    response: list[str]
    success: bool | None


@dataclass(frozen=True)
class RecordedAnswer:
    statement_id: str
    success: bool | None


# Pure parts: plain block values in, answers out --------------------------------------------


def plain_text(value) -> str:
    """Text of a rich-text or plain value, on one line, for statement definitions."""
    source = getattr(value, "source", None)
    text = html.unescape(strip_tags(source if source is not None else str(value or "")))
    return re.sub(r"\s+", " ", text).strip()


def choice_id(index: int) -> str:
    return f"choice-{index + 1}"


def item_id(index: int) -> str:
    return f"item-{index + 1}"


def _positions(response, count: int, *, allow_empty: bool) -> list[int]:
    """Validate a list of distinct positions in a list of ``count`` choices."""
    if not isinstance(response, list) or any(
        isinstance(position, bool) or not isinstance(position, int) for position in response
    ):
        raise InteractionError("response", "a list of choice positions (whole numbers from 0)")
    if len(set(response)) != len(response):
        raise InteractionError("response", "each choice may be selected only once")
    for position in response:
        if not 0 <= position < count:
            raise InteractionError(
                "response", f"choice {position} does not exist (there are {count} choices)"
            )
    if not response and not allow_empty:
        raise InteractionError("response", "select at least one choice")
    return sorted(response)


def answer_check(
    *,
    block_type: str,
    value,
    kind,
    response,
    step=None,
    lesson_iri: str,
    block_id: str,
    language: str,
) -> Answer:
    """Check an answer against the block it answers and describe it for xAPI.

    ``value`` is the block's value (a StructValue, or a dict of the same shape);
    ``language`` is the lesson's, in which the question is described.
    """
    expected = INTERACTIVE_BLOCK_KINDS.get(block_type)
    if expected is None:
        raise InteractionError("kind", f"a {block_type} block takes no answers")
    if kind != expected:
        raise InteractionError("kind", f"this block takes answers of kind {expected!r}")
    with translation.override(language):
        if kind == KIND_KNOWLEDGE_CHECK:
            return _knowledge_check_answer(value, response, lesson_iri, block_id, language)
        if kind == KIND_SCENARIO_CHOICE:
            return _scenario_answer(value, response, step, lesson_iri, block_id, language)
        return _checklist_answer(value, response, lesson_iri, block_id, language)


def _knowledge_check_answer(value, response, lesson_iri, block_id, language) -> Answer:
    choices = list(value["choices"])
    correct = [index for index, choice in enumerate(choices) if choice["is_correct"]]
    selected = _positions(response, len(choices), allow_empty=False)
    if len(correct) == 1 and len(selected) > 1:
        raise InteractionError("response", "this question takes one answer")
    question = plain_text(value["question"])
    interaction = InteractionRef(
        iri=v.lesson_block_iri(lesson_iri, block_id),
        language=language,
        name=Truncator(question).chars(NAME_LENGTH),
        description=question,
        choices=tuple((choice_id(i), plain_text(c["text"])) for i, c in enumerate(choices)),
        correct_responses=(tuple(choice_id(i) for i in correct),) if correct else (),
    )
    return Answer(
        interaction=interaction,
        response=[choice_id(i) for i in selected],
        success=selected == correct,
    )


def _scenario_answer(value, response, step, lesson_iri, block_id, language) -> Answer:
    steps = list(value["steps"])
    if not isinstance(step, str) or not step:
        raise InteractionError("step", "the key of the scenario step answered")
    number, found = next(
        ((n, s) for n, s in enumerate(steps, start=1) if s["key"] == step), (None, None)
    )
    if found is None:
        raise InteractionError("step", f"this scenario has no step {step!r}")
    choices = list(found["choices"])
    if isinstance(response, list) and len(response) == 1:
        response = response[0]
    if isinstance(response, bool) or not isinstance(response, int):
        raise InteractionError("response", "the position of the choice made (a whole number)")
    selected = _positions([response], len(choices), allow_empty=False)[0]
    best = [index for index, choice in enumerate(choices) if choice["is_best"]]
    title = plain_text(value["title"])
    interaction = InteractionRef(
        iri=v.lesson_block_iri(lesson_iri, block_id, step_key=step),
        language=language,
        name=_("%(title)s, step %(number)s") % {"title": title, "number": number},
        # The situation, then the step's own question when it has one.
        description=" ".join(
            filter(None, (plain_text(found["situation"]), found.get("question") or ""))
        ),
        choices=tuple((choice_id(i), plain_text(c["label"])) for i, c in enumerate(choices)),
        correct_responses=tuple((choice_id(i),) for i in best),
    )
    return Answer(
        interaction=interaction,
        response=[choice_id(selected)],
        success=(selected in best) if best else None,
    )


def _checklist_answer(value, response, lesson_iri, block_id, language) -> Answer:
    items = list(value["items"])
    ticked = _positions(response, len(items), allow_empty=True)
    interaction = InteractionRef(
        iri=v.lesson_block_iri(lesson_iri, block_id),
        language=language,
        name=plain_text(value["title"]),
        description=plain_text(value["instructions"]),
        choices=tuple((item_id(i), plain_text(item["text"])) for i, item in enumerate(items)),
    )
    return Answer(interaction=interaction, response=[item_id(i) for i in ticked], success=None)


def block_activity_name(*, block_type: str, value, step_key: str | None, language: str) -> str:
    """The name a lesson question's activity is given in ``language`` (as its statements
    name it: see the ``_*_answer`` functions above), or "" when the block has none."""
    kind = INTERACTIVE_BLOCK_KINDS.get(block_type)
    with translation.override(language):
        if kind == KIND_KNOWLEDGE_CHECK and step_key is None:
            return Truncator(plain_text(value["question"])).chars(NAME_LENGTH)
        if kind == KIND_INDICATOR_CHECKLIST and step_key is None:
            return plain_text(value["title"])
        if kind == KIND_SCENARIO_CHOICE and step_key is not None:
            for number, step in enumerate(value["steps"], start=1):
                if step["key"] == step_key:
                    return _("%(title)s, step %(number)s") % {
                        "title": plain_text(value["title"]),
                        "number": number,
                    }
    return ""


# Recording ----------------------------------------------------------------------------------


def lesson_block_find(*, lesson, block_id):
    """The block of a lesson's body with this stream id, or ``None``."""
    if not isinstance(block_id, str) or not block_id:
        return None
    return next((child for child in lesson.body if child.id == block_id), None)


def lesson_answer_record(*, user, lesson, payload, language: str) -> RecordedAnswer:
    """Check a learner's answer to a block of ``lesson`` and record the ``answered``
    statement. Raises :class:`InteractionError` (nothing recorded) when the answer does not
    fit the lesson."""
    from lrs.services import statement_record
    from tracking import builders

    from .selectors import activity_ref_for
    from .services import registration_current

    if not isinstance(payload, dict):
        raise InteractionError("body", "a JSON object")
    block = lesson_block_find(lesson=lesson, block_id=payload.get("block_id"))
    if block is None:
        raise InteractionError("block_id", "this lesson has no block with this id")
    kind = payload.get("kind")
    if kind not in KINDS:
        raise InteractionError("kind", f"one of {', '.join(KINDS)}")
    lesson_ref = activity_ref_for(lesson)
    answer = answer_check(
        block_type=block.block_type,
        value=block.value,
        kind=kind,
        response=payload.get("response"),
        step=payload.get("step"),
        lesson_iri=lesson_ref.iri,
        block_id=block.id,
        language=lesson.locale.language_code,
    )
    course = lesson.course
    offline = offline_fields(payload, user=user)
    statement_id = statement_record(
        statement=builders.interaction_answered(
            user=user,
            interaction=answer.interaction,
            response=answer.response,
            success=answer.success,
            lesson=lesson_ref,
            course=activity_ref_for(course),
            registration=registration_current(user=user, course=course),
            language=language,
            course_version=offline.course_version or course.version,
            at=offline.at,
            statement_id=offline.statement_id,
        )
    )
    return RecordedAnswer(statement_id=statement_id, success=answer.success)


@dataclass(frozen=True)
class OfflineFields:
    statement_id: uuid.UUID | None = None
    at: datetime | None = None
    course_version: str | None = None


# How far from the server's clock a device's time is believed (ahead); answers given
# offline may be older, up to this long ago.
_CLOCK_AHEAD = timedelta(minutes=5)
_OFFLINE_AGE = timedelta(days=365)
_VERSION = re.compile(r"^\d{1,6}\.\d{1,12}$")


def offline_fields(payload: dict, *, user) -> OfflineFields:
    """The id, time and course version an answer given offline was recorded with on the
    device (all optional; checked, so a replay is the same statement every time). The
    ``learner`` named must be the one signed in: a device never sends one learner's
    answers as another's."""
    if not any(name in payload for name in ("statement_id", "timestamp", "learner")):
        return OfflineFields()
    if str(payload.get("learner", "")) != str(user.uuid):
        raise InteractionError("learner", "the learner signed in on this device")
    try:
        statement_id = uuid.UUID(str(payload.get("statement_id")))
    except ValueError:
        raise InteractionError("statement_id", "a UUID made on the device") from None
    at = parse_datetime(str(payload.get("timestamp") or ""))
    if at is None or at.tzinfo is None:
        raise InteractionError("timestamp", "an ISO 8601 time with its time zone")
    now = timezone.now()
    if at > now + _CLOCK_AHEAD or at < now - _OFFLINE_AGE:
        raise InteractionError("timestamp", "a time within the last year, not in the future")
    version = payload.get("course_version")
    if version is not None and not (isinstance(version, str) and _VERSION.match(version)):
        raise InteractionError("course_version", "a course version such as 1.42")
    return OfflineFields(statement_id=statement_id, at=at, course_version=version)


class LessonInteractionsMixin:
    """Adds ``interaction/`` to a lesson page (a RoutablePageMixin page with a ``body``
    StreamField of lesson blocks): where the browser records the learner's answers."""

    @path("interaction/", name="interaction")
    def interaction(self, request):
        """POST (JSON): record one answer; reply with the statement id and its success."""
        if request.method != "POST":
            response = JsonResponse({"error": "POST only"}, status=405)
            response["Allow"] = "POST"
            return response
        if not request.user.is_authenticated:
            return JsonResponse({"error": "sign in to record your answers"}, status=403)
        from .selectors import lesson_gate_for

        if lesson_gate_for(user=request.user, lesson=self) is not None:
            return JsonResponse(
                {"error": "this lesson opens when the lessons before it are done"}, status=403
            )
        try:
            payload = request_json(request)
        except JSONBodyInvalid as error:
            return json_body_error(error)
        try:
            recorded = lesson_answer_record(
                user=request.user, lesson=self, payload=payload, language=request.LANGUAGE_CODE
            )
        except InteractionError as error:
            return _bad_request(error)
        return JsonResponse({"statement_id": recorded.statement_id, "success": recorded.success})


def _bad_request(error: InteractionError) -> JsonResponse:
    return JsonResponse({"error": str(error), "field": error.field}, status=400)
