"""A learner's answer to a question inside a lesson (knowledge checks, scenarios)."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from tracking import vocabulary as v
from tracking.builders.common import (
    ActivityRef,
    actor_for,
    statement_context,
    timestamp_of,
    verb_of,
)


@dataclass(frozen=True)
class InteractionRef:
    """A question inside a lesson: a knowledge check, a scenario step or an indicator
    checklist, described as a ``choice`` interaction in the lesson's language."""

    iri: str
    language: str  # "en" or "fr": the language of the name, description and choices
    name: str
    description: str
    choices: tuple[tuple[str, str], ...]  # (id, description), in the order shown
    # Each pattern is the set of choice ids of one correct response; empty when none is.
    correct_responses: tuple[tuple[str, ...], ...] = ()

    def as_object(self) -> dict:
        tag = v.XAPI_LANGUAGE.get(self.language, "en-CA")
        definition: dict = {
            "type": v.TYPE_INTERACTION,
            "name": {tag: self.name},
            "description": {tag: self.description},
            "interactionType": v.INTERACTION_CHOICE,
            "choices": [
                {"id": choice_id, "description": {tag: text}} for choice_id, text in self.choices
            ],
        }
        if self.correct_responses:
            definition["correctResponsesPattern"] = [
                v.RESPONSE_SEPARATOR.join(pattern) for pattern in self.correct_responses
            ]
        return {"objectType": "Activity", "id": self.iri, "definition": definition}


def interaction_answered(
    *,
    user,
    interaction: InteractionRef,
    response: list[str],
    success: bool | None,
    lesson: ActivityRef,
    course: ActivityRef,
    registration: uuid.UUID | None,
    language: str,
    course_version: str | None = None,
    at: datetime | None = None,
    statement_id: uuid.UUID | None = None,
) -> dict:
    """A learner answered a question in a lesson (``response``: the ids of the choices they
    selected; ``success`` is left out when the question has no right answer).
    ``statement_id`` and ``at``: the id and time made on the learner's device, for an
    answer given offline."""
    result: dict = {"response": v.RESPONSE_SEPARATOR.join(response)}
    if success is not None:
        result["success"] = success
    return {
        "id": str(statement_id or uuid.uuid4()),
        "actor": actor_for(user),
        "verb": verb_of(v.VERB_ANSWERED),
        "object": interaction.as_object(),
        "result": result,
        "context": statement_context(
            registration=registration,
            language=language,
            parents=[lesson],
            course=course,
            course_version=course_version,
        ),
        "timestamp": timestamp_of(at),
    }


# --- quiz attempts -----------------------------------------------------------------------
