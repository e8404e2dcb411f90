"""Verbs, Activities and Activity Definitions, with the interaction types and their
component lists."""

from .languages import validate_language_map
from .primitives import (
    fail,
    only_keys,
    require_list,
    require_object,
    require_string,
    validate_extensions,
    validate_iri,
)

INTERACTION_TYPES = {
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
}
# Which interaction component lists each interaction type may carry.
INTERACTION_COMPONENTS = {
    "choice": {"choices"},
    "sequencing": {"choices"},
    "likert": {"scale"},
    "matching": {"source", "target"},
    "performance": {"steps"},
}
COMPONENT_LISTS = ("choices", "scale", "source", "target", "steps")
DEFINITION_KEYS = {
    "name",
    "description",
    "type",
    "moreInfo",
    "extensions",
    "interactionType",
    "correctResponsesPattern",
    *COMPONENT_LISTS,
}


def validate_verb(value, field: str = "verb") -> None:
    """A Verb: an IRI ``id`` and an optional ``display`` language map."""
    verb = require_object(value, field)
    only_keys(verb, {"id", "display"}, field)
    if "id" not in verb:
        fail(f"{field}.id", "is required")
    validate_iri(verb["id"], f"{field}.id")
    if "display" in verb:
        validate_language_map(verb["display"], f"{field}.display")


def validate_activity_definition(value, field: str) -> None:
    """An Activity Definition, including the interaction properties and their rules."""
    definition = require_object(value, field)
    only_keys(definition, DEFINITION_KEYS, field)
    for key in ("name", "description"):
        if key in definition:
            validate_language_map(definition[key], f"{field}.{key}")
    for key in ("type", "moreInfo"):
        if key in definition:
            validate_iri(definition[key], f"{field}.{key}")
    if "extensions" in definition:
        validate_extensions(definition["extensions"], f"{field}.extensions")
    interaction_type = definition.get("interactionType")
    if "interactionType" in definition and (
        not isinstance(interaction_type, str) or interaction_type not in INTERACTION_TYPES
    ):
        fail(
            f"{field}.interactionType",
            "must be one of " + ", ".join(sorted(INTERACTION_TYPES)),
        )
    interaction_keys = [
        key for key in ("correctResponsesPattern", *COMPONENT_LISTS) if key in definition
    ]
    if interaction_keys and interaction_type is None:
        fail(f"{field}.{interaction_keys[0]}", "is only allowed with an interactionType")
    if "correctResponsesPattern" in definition:
        patterns = require_list(
            definition["correctResponsesPattern"], f"{field}.correctResponsesPattern"
        )
        for index, pattern in enumerate(patterns):
            require_string(pattern, f"{field}.correctResponsesPattern[{index}]")
    allowed = INTERACTION_COMPONENTS.get(interaction_type, set())
    for key in COMPONENT_LISTS:
        if key not in definition:
            continue
        if key not in allowed:
            fail(f"{field}.{key}", f"is not allowed with interactionType '{interaction_type}'")
        _interaction_components(definition[key], f"{field}.{key}")


def _interaction_components(value, field: str) -> None:
    components = require_list(value, field)
    seen: set[str] = set()
    for index, component in enumerate(components):
        where = f"{field}[{index}]"
        component = require_object(component, where)
        only_keys(component, {"id", "description"}, where)
        if "id" not in component:
            fail(f"{where}.id", "is required")
        component_id = require_string(component["id"], f"{where}.id")
        if not component_id.strip():
            fail(f"{where}.id", "must not be empty")
        if component_id in seen:
            fail(f"{where}.id", "must be unique within the list")
        seen.add(component_id)
        if "description" in component:
            validate_language_map(component["description"], f"{where}.description")


def validate_activity(value, field: str) -> None:
    """An Activity: an IRI ``id`` and an optional definition."""
    activity = require_object(value, field)
    only_keys(activity, {"objectType", "id", "definition"}, field)
    if activity.get("objectType", "Activity") != "Activity":
        fail(f"{field}.objectType", "must be 'Activity'")
    if "id" not in activity:
        fail(f"{field}.id", "is required")
    validate_iri(activity["id"], f"{field}.id")
    if "definition" in activity:
        validate_activity_definition(activity["definition"], f"{field}.definition")
