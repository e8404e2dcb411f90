"""Statements the platform records about a learner's run through a SCORM package."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings

from lrs.identity import derived_statement_id
from tracking import vocabulary as v
from tracking.builders.common import ActivityRef, actor_for, timestamp_of, verb_of


@dataclass(frozen=True)
class PackageRunRef:
    """What every statement about one learner's run through a package shares."""

    user: object
    package: ActivityRef
    attempt_id: uuid.UUID
    registration: uuid.UUID
    language: str
    version: int

    def statement_id(self, what: str) -> str:
        """Name-based, so committing the same outcome twice is one statement."""
        return str(derived_statement_id(f"package-run|{self.attempt_id}|{what}"))


@dataclass(frozen=True)
class PackageScoRef:
    """A SCO of a package, named in the package's language."""

    identifier: str
    title: str

    def as_object(self, run: PackageRunRef) -> dict:
        return {
            "objectType": "Activity",
            "id": v.package_sco_iri(run.package.iri, self.identifier),
            "definition": {
                "type": v.TYPE_PACKAGE_SCO,
                "name": {v.XAPI_LANGUAGE.get(run.language, "en-CA"): self.title},
            },
        }


def _package_context(run: PackageRunRef, parents: list[dict]) -> dict:
    return {
        "registration": str(run.registration),
        "platform": settings.PLATFORM_NAME,
        "language": v.XAPI_LANGUAGE.get(run.language, "en-CA"),
        "contextActivities": {
            "parent": parents,
            "grouping": [run.package.as_object()],
            "category": [{"objectType": "Activity", "id": v.profile_iri()}],
        },
        "extensions": {v.extension_iri(v.EXTENSION_PACKAGE_VERSION): run.version},
    }


def package_score(
    *, scaled: float | None, raw: float | None, low: float | None, high: float | None
) -> dict | None:
    """An xAPI score from SCORM's, keeping only the parts that agree with each other."""
    score: dict = {}
    if scaled is not None and -1 <= scaled <= 1:
        score["scaled"] = scaled
    if raw is not None:
        if (low is None or low <= raw) and (high is None or raw <= high):
            score["raw"] = raw
            if low is not None:
                score["min"] = low
            if high is not None and (low is None or low <= high):
                score["max"] = high
    return score or None


def package_sco_completed(
    *,
    run: PackageRunRef,
    sco: PackageScoRef,
    sequence: int,
    score: dict | None,
    at: datetime | None = None,
) -> dict:
    """A SCO reported itself completed (SCORM ``completion_status``/``lesson_status``);
    ``sequence`` is the commit that said so."""
    result: dict = {"completion": True}
    if score:
        result["score"] = score
    return {
        "id": run.statement_id(f"sco|{sco.identifier}|{sequence}|completed"),
        "actor": actor_for(run.user),
        "verb": verb_of(v.VERB_COMPLETED),
        "object": sco.as_object(run),
        "result": result,
        "context": _package_context(run, [run.package.as_object()]),
        "timestamp": timestamp_of(at),
    }


def package_sco_outcome(
    *,
    run: PackageRunRef,
    sco: PackageScoRef,
    sequence: int,
    passed: bool,
    score: dict | None,
    at: datetime | None = None,
) -> dict:
    """``passed`` or ``failed``: a SCO's ``success_status`` (or 1.2 ``lesson_status``)."""
    outcome = "passed" if passed else "failed"
    result: dict = {"success": passed}
    if score:
        result["score"] = score
    return {
        "id": run.statement_id(f"sco|{sco.identifier}|{sequence}|{outcome}"),
        "actor": actor_for(run.user),
        "verb": verb_of(v.VERB_PASSED if passed else v.VERB_FAILED),
        "object": sco.as_object(run),
        "result": result,
        "context": _package_context(run, [run.package.as_object()]),
        "timestamp": timestamp_of(at),
    }


def package_interaction_answered(
    *,
    run: PackageRunRef,
    sco: PackageScoRef,
    fingerprint: str,
    interaction_id: str,
    interaction_type: str,
    description: str,
    response: str,
    correct_patterns: list[str],
    result: str,
    at: datetime | None = None,
) -> dict:
    """A learner answered a question inside a SCO (``cmi.interactions.n``); ``fingerprint``
    identifies this answer (the same answer committed twice is one statement); ``result``
    is SCORM's (``correct``, ``wrong``/``incorrect``, ``neutral``, ``unanticipated``
    or a number)."""
    sco_object = sco.as_object(run)
    tag = v.XAPI_LANGUAGE.get(run.language, "en-CA")
    definition: dict = {
        "type": v.TYPE_INTERACTION,
        "interactionType": (
            interaction_type if interaction_type in v.PACKAGE_INTERACTION_TYPES else "other"
        ),
    }
    if description:
        definition["description"] = {tag: description}
    if correct_patterns:
        definition["correctResponsesPattern"] = list(correct_patterns)
    statement_result: dict = {"response": response}
    if result == "correct":
        statement_result["success"] = True
    elif result in ("wrong", "incorrect"):
        statement_result["success"] = False
    return {
        "id": run.statement_id(f"sco|{sco.identifier}|interaction|{fingerprint}"),
        "actor": actor_for(run.user),
        "verb": verb_of(v.VERB_ANSWERED),
        "object": {
            "objectType": "Activity",
            "id": v.package_interaction_iri(sco_object["id"], interaction_id),
            "definition": definition,
        },
        "result": statement_result,
        "context": _package_context(run, [sco_object]),
        "timestamp": timestamp_of(at),
    }


def package_completed(*, run: PackageRunRef, at: datetime | None = None) -> dict:
    """Every SCO of the package the learner runs is completed."""
    return {
        "id": run.statement_id("package|completed"),
        "actor": actor_for(run.user),
        "verb": verb_of(v.VERB_COMPLETED),
        "object": run.package.as_object(),
        "result": {"completion": True, "extensions": {v.CMI5_PROGRESS_EXTENSION: 100}},
        "context": {
            **_package_context(run, []),
            "contextActivities": {"category": [{"objectType": "Activity", "id": v.profile_iri()}]},
        },
        "timestamp": timestamp_of(at),
    }


# --- cmi5, LMS side ----------------------------------------------------------------------
