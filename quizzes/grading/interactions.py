"""The xAPI ``cmi.interaction`` definition of a question: its interaction type, correct
responses pattern, name, description and components."""

from __future__ import annotations

from tracking import vocabulary as xapi

from .exact import _decimal_text
from .responses import _INTERACTION_TYPES, _correct_choice_ids, _ids, _kind, _numeric_target
from .scoring import _LIST_SEPARATOR, _PAIR_SEPARATOR, _RANGE_SEPARATOR
from .text import _answer_text, _shortened, normalise_text, plain_text

_NAME_LENGTH = 120


def interaction_type(snapshot: dict) -> str:
    """The xAPI ``interactionType``: choice (single choice and multiple response),
    true-false, matching, sequencing (ordering), fill-in (short text) or numeric."""
    return _INTERACTION_TYPES[_kind(snapshot)]


def correct_responses_pattern(snapshot: dict) -> list[str]:
    """The xAPI ``correctResponsesPattern``: one entry per fully correct response.

    Single choice: each correct choice id; true/false: ``true`` or ``false``; multiple
    response: the correct ids joined with ``[,]`` (``""`` when none is correct); matching:
    ``p1[.]p1[,]p2[.]p2``; ordering: the item ids in order; short text: each accepted answer
    behind ``{case_matters=false}`` or ``{case_matters=true}`` (xAPI's default is false, so
    a case-sensitive question says so); numeric: ``min[:]max`` (value minus and plus the
    tolerance).
    """
    kind = _kind(snapshot)
    if kind in ("single_choice", "true_false"):
        return _correct_choice_ids(snapshot)
    if kind == "multiple_response":
        return [_LIST_SEPARATOR.join(_correct_choice_ids(snapshot))]
    if kind == "matching":
        return [
            _LIST_SEPARATOR.join(
                f"{pair_id}{_PAIR_SEPARATOR}{pair_id}" for pair_id in _ids(snapshot["pairs"])
            )
        ]
    if kind == "ordering":
        return [_LIST_SEPARATOR.join(_ids(snapshot["items"]))]
    if kind == "short_text":
        case_sensitive = bool(snapshot.get("case_sensitive"))
        prefix = "{case_matters=%s}" % ("true" if case_sensitive else "false")
        return [
            prefix + _answer_text(text)
            for text in snapshot.get("accepted", [])
            if normalise_text(text, case_sensitive)
        ]
    value, tolerance = _numeric_target(snapshot)
    low, high = _decimal_text(value - tolerance), _decimal_text(value + tolerance)
    return [f"{low}{_RANGE_SEPARATOR}{high}"]


def question_activity_name(stem: str) -> str:
    """The name a question's activity is given (its stem as plain text, shortened): the
    ``name`` of :func:`interaction_definition`."""
    return _shortened(plain_text(stem or ""), _NAME_LENGTH)


def interaction_definition(snapshot: dict) -> dict:
    """The xAPI activity ``definition`` of the question, in the snapshot's language.

    ``name`` is the stem as plain text, shortened to 120 characters; ``description`` is the
    whole stem as plain text. Choice questions list their ``choices``, matching its
    ``source`` (left-hand texts) and ``target`` (right-hand texts), both under the pair ids,
    ordering its items as ``choices``; true/false, fill-in and numeric carry no list.
    """
    kind = _kind(snapshot)
    tag = xapi.XAPI_LANGUAGE.get(snapshot.get("language"), "en-CA")
    stem = plain_text(snapshot.get("stem", "")) or str(snapshot.get("question_key", ""))

    def components(entries: list[dict], text_key: str) -> list[dict]:
        # Choice, pair and item texts are plain text (only the stem is HTML): "x<5" stays.
        return [
            {"id": entry["id"], "description": {tag: " ".join(entry.get(text_key, "").split())}}
            for entry in entries
        ]

    definition = {
        "type": xapi.TYPE_INTERACTION,
        "name": {tag: _shortened(stem, _NAME_LENGTH)},
        "description": {tag: stem},
        "interactionType": interaction_type(snapshot),
        "correctResponsesPattern": correct_responses_pattern(snapshot),
    }
    if kind in ("single_choice", "multiple_response"):
        definition["choices"] = components(snapshot["choices"], "text")
    elif kind == "matching":
        definition["source"] = components(snapshot["pairs"], "left")
        definition["target"] = components(snapshot["pairs"], "right")
    elif kind == "ordering":
        definition["choices"] = components(snapshot["items"], "text")
    return definition
