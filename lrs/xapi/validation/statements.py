"""Statements and sub-statements: object, result and score, context, attachments,
authority and version, and the statement as a whole."""

import re

from .activities import validate_activity, validate_verb
from .agents import IFI_KEYS, validate_agent
from .languages import is_language_tag, validate_language_map
from .primitives import (
    fail,
    only_keys,
    parse_timestamp,
    require_list,
    require_object,
    require_string,
    validate_duration,
    validate_extensions,
    validate_iri,
    validate_json_values,
    validate_uuid,
)

VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided"
SIGNATURE_USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature"

_SHA2 = re.compile(r"^(?:[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$")
_MEDIA_TYPE = re.compile(r"^[\w!#$&^.+-]+/[\w!#$&^.+-]+(\s*;.*)?$")
_VERSION_1 = re.compile(r"^1\.0(\.\d+)?$")
_VERSION_2 = re.compile(r"^2\.0(\.\d+)?$")

STATEMENT_KEYS = {
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
}
SUBSTATEMENT_KEYS = {
    "objectType",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "attachments",
}
RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
CONTEXT_KEYS_1 = {
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
}
CONTEXT_KEYS_2 = CONTEXT_KEYS_1 | {"contextAgents", "contextGroups"}
CONTEXT_ACTIVITY_KEYS = {"parent", "grouping", "category", "other"}
_CONTEXT_KINDS = "parent, grouping, category, other"
ATTACHMENT_KEYS = {
    "usageType",
    "display",
    "description",
    "contentType",
    "length",
    "sha2",
    "fileUrl",
}


def is_v2(version: str) -> bool:
    """Whether a negotiated protocol version (``X-Experience-API-Version``) is 2.0.x."""
    return version.startswith("2.")


def _statement_ref(value, field: str) -> None:
    ref = require_object(value, field)
    only_keys(ref, {"objectType", "id"}, field)
    if ref.get("objectType") != "StatementRef":
        fail(f"{field}.objectType", "must be 'StatementRef'")
    if "id" not in ref:
        fail(f"{field}.id", "is required")
    validate_uuid(ref["id"], f"{field}.id")


def validate_object(
    value, field: str = "object", *, in_substatement: bool = False, version: str = "1.0.3"
) -> None:
    """A statement's object: Activity, Agent, Group, StatementRef or SubStatement."""
    obj = require_object(value, field)
    object_type = obj.get("objectType", "Activity")
    if object_type == "Activity":
        validate_activity(obj, field)
    elif object_type in ("Agent", "Group"):
        validate_agent(obj, field)
    elif object_type == "StatementRef":
        _statement_ref(obj, field)
    elif object_type == "SubStatement":
        if in_substatement:
            fail(f"{field}.objectType", "a SubStatement cannot contain a SubStatement")
        only_keys(obj, SUBSTATEMENT_KEYS, field)
        _statement_body(obj, field, in_substatement=True, version=version)
    else:
        fail(f"{field}.objectType", "must be Activity, Agent, Group, StatementRef or SubStatement")


def validate_result(value, field: str = "result") -> None:
    """A Result, with the score rules (scaled in [-1, 1], min <= raw <= max, min < max)."""
    result = require_object(value, field)
    only_keys(result, RESULT_KEYS, field)
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            fail(f"{field}.{key}", "must be true or false")
    if "response" in result:
        require_string(result["response"], f"{field}.response")
    if "duration" in result:
        validate_duration(result["duration"], f"{field}.duration")
    if "extensions" in result:
        validate_extensions(result["extensions"], f"{field}.extensions")
    if "score" in result:
        _score(result["score"], f"{field}.score")


def _score(value, field: str) -> None:
    score = require_object(value, field)
    only_keys(score, {"scaled", "raw", "min", "max"}, field)
    for key, number in score.items():
        if isinstance(number, bool) or not isinstance(number, int | float):
            fail(f"{field}.{key}", "must be a number")
    if "scaled" in score and not -1 <= score["scaled"] <= 1:
        fail(f"{field}.scaled", "must be between -1 and 1")
    low, high = score.get("min"), score.get("max")
    if low is not None and high is not None and low >= high:
        fail(f"{field}.max", "must be greater than min")
    if "raw" in score:
        if low is not None and score["raw"] < low:
            fail(f"{field}.raw", "must not be below min")
        if high is not None and score["raw"] > high:
            fail(f"{field}.raw", "must not be above max")


def validate_context(
    value, field: str, *, object_is_activity: bool, version: str = "1.0.3"
) -> None:
    """A Context; ``revision`` and ``platform`` only when the object is an Activity."""
    context = require_object(value, field)
    only_keys(context, CONTEXT_KEYS_2 if is_v2(version) else CONTEXT_KEYS_1, field)
    if "registration" in context:
        validate_uuid(context["registration"], f"{field}.registration")
    for key in ("revision", "platform"):
        if key in context:
            if not object_is_activity:
                fail(f"{field}.{key}", "is only allowed when the object is an Activity")
            require_string(context[key], f"{field}.{key}")
    if "language" in context and not is_language_tag(context["language"]):
        fail(f"{field}.language", "must be an RFC 5646 language tag")
    if "instructor" in context:
        validate_agent(context["instructor"], f"{field}.instructor")
    if "team" in context:
        team = require_object(context["team"], f"{field}.team")
        if team.get("objectType") != "Group":
            fail(f"{field}.team.objectType", "must be 'Group'")
        validate_agent(team, f"{field}.team")
    if "statement" in context:
        _statement_ref(context["statement"], f"{field}.statement")
    if "contextActivities" in context:
        activities = require_object(context["contextActivities"], f"{field}.contextActivities")
        if not activities:
            fail(f"{field}.contextActivities", "must hold at least one of " + _CONTEXT_KINDS)
        only_keys(activities, CONTEXT_ACTIVITY_KEYS, f"{field}.contextActivities")
        for key, entries in activities.items():
            where = f"{field}.contextActivities.{key}"
            if isinstance(entries, dict):
                validate_activity(entries, where)
                continue
            for index, entry in enumerate(require_list(entries, where)):
                validate_activity(entry, f"{where}[{index}]")
    if "contextAgents" in context:
        _context_agents(context["contextAgents"], f"{field}.contextAgents")
    if "contextGroups" in context:
        _context_groups(context["contextGroups"], f"{field}.contextGroups")
    if "extensions" in context:
        validate_extensions(context["extensions"], f"{field}.extensions")


def _relevant_types(entry: dict, field: str) -> None:
    if "relevantTypes" not in entry:
        return
    types = require_list(entry["relevantTypes"], f"{field}.relevantTypes")
    if not types:
        fail(f"{field}.relevantTypes", "must list at least one IRI")
    for index, iri in enumerate(types):
        validate_iri(iri, f"{field}.relevantTypes[{index}]")


def _context_agents(value, field: str) -> None:
    for index, entry in enumerate(require_list(value, field)):
        where = f"{field}[{index}]"
        entry = require_object(entry, where)
        only_keys(entry, {"objectType", "agent", "relevantTypes"}, where)
        if entry.get("objectType") != "contextAgent":
            fail(f"{where}.objectType", "must be 'contextAgent'")
        if "agent" not in entry:
            fail(f"{where}.agent", "is required")
        validate_agent(entry["agent"], f"{where}.agent", allow_group=False)
        _relevant_types(entry, where)


def _context_groups(value, field: str) -> None:
    for index, entry in enumerate(require_list(value, field)):
        where = f"{field}[{index}]"
        entry = require_object(entry, where)
        only_keys(entry, {"objectType", "group", "relevantTypes"}, where)
        if entry.get("objectType") != "contextGroup":
            fail(f"{where}.objectType", "must be 'contextGroup'")
        if "group" not in entry:
            fail(f"{where}.group", "is required")
        group = require_object(entry["group"], f"{where}.group")
        if group.get("objectType") != "Group":
            fail(f"{where}.group.objectType", "must be 'Group'")
        validate_agent(group, f"{where}.group")
        _relevant_types(entry, where)


def _statement_body(statement: dict, field: str, *, in_substatement: bool, version: str) -> None:
    prefix = f"{field}." if field else ""
    for required in ("actor", "verb", "object"):
        if required not in statement:
            fail(prefix + required, "is required")
    validate_agent(statement["actor"], prefix + "actor")
    validate_verb(statement["verb"], prefix + "verb")
    obj = statement["object"]
    validate_object(obj, prefix + "object", in_substatement=in_substatement, version=version)
    if "result" in statement:
        validate_result(statement["result"], prefix + "result")
    if "context" in statement:
        validate_context(
            statement["context"],
            prefix + "context",
            object_is_activity=obj.get("objectType", "Activity") == "Activity",
            version=version,
        )
    if "timestamp" in statement:
        parse_timestamp(statement["timestamp"], prefix + "timestamp", require_offset=is_v2(version))
    if "attachments" in statement:
        attachments = require_list(statement["attachments"], prefix + "attachments")
        for index, attachment in enumerate(attachments):
            validate_attachment(attachment, f"{prefix}attachments[{index}]")


def validate_attachment(value, field: str) -> None:
    """An Attachment header: usage type, display, media type, length and SHA-2."""
    attachment = require_object(value, field)
    only_keys(attachment, ATTACHMENT_KEYS, field)
    for key in ("usageType", "display", "contentType", "length", "sha2"):
        if key not in attachment:
            fail(f"{field}.{key}", "is required")
    validate_iri(attachment["usageType"], f"{field}.usageType")
    validate_language_map(attachment["display"], f"{field}.display")
    if "description" in attachment:
        validate_language_map(attachment["description"], f"{field}.description")
    content_type = attachment["contentType"]
    if not isinstance(content_type, str) or not _MEDIA_TYPE.match(content_type):
        fail(f"{field}.contentType", "must be an Internet media type")
    length = attachment["length"]
    if isinstance(length, bool) or not isinstance(length, int) or length < 0:
        fail(f"{field}.length", "must be a non-negative integer")
    if not isinstance(attachment["sha2"], str) or not _SHA2.match(attachment["sha2"]):
        fail(f"{field}.sha2", "must be the hex SHA-2 (224, 256, 384 or 512) of the content")
    if "fileUrl" in attachment:
        validate_iri(attachment["fileUrl"], f"{field}.fileUrl")
    if attachment["usageType"] == SIGNATURE_USAGE_TYPE and (
        content_type.split(";")[0].strip().lower() != "application/octet-stream"
    ):
        fail(f"{field}.contentType", "must be 'application/octet-stream' for a signature")


def _authority(value, field: str) -> None:
    authority = require_object(value, field)
    if authority.get("objectType") == "Group":
        if any(key in authority for key in IFI_KEYS):
            fail(field, "a Group authority must be an anonymous Group (three-legged OAuth)")
        validate_agent(authority, field)
        if len(authority["member"]) != 2:
            fail(f"{field}.member", "a Group authority has exactly two Agents")
        return
    validate_agent(authority, field, allow_group=False)


def _version(value, version: str) -> None:
    if not isinstance(value, str):
        fail("version", "must be a string")
    if _VERSION_1.match(value):
        return
    if is_v2(version) and _VERSION_2.match(value):
        return
    fail("version", "must be 1.0 or 1.0.x" + (" or 2.0.x" if is_v2(version) else ""))


def validate_statement(statement, *, version: str = "1.0.3") -> None:
    """Raise :class:`StatementInvalid` if ``statement`` breaks an xAPI rule.

    ``version`` is the protocol version the request negotiated: 2.0.x allows
    ``contextAgents``/``contextGroups`` and statement version 2.0.x, and requires
    timestamps with an offset.
    """
    statement = require_object(statement, "statement")
    validate_json_values(statement, "")
    only_keys(statement, STATEMENT_KEYS, "")
    if "id" in statement:
        validate_uuid(statement["id"], "id")
    _statement_body(statement, "", in_substatement=False, version=version)
    if "stored" in statement:
        parse_timestamp(statement["stored"], "stored")
    if "version" in statement:
        _version(statement["version"], version)
    if "authority" in statement:
        _authority(statement["authority"], "authority")
    if statement["verb"]["id"] == VOIDED_VERB:
        obj = statement["object"]
        if obj.get("objectType") != "StatementRef":
            fail("object.objectType", "a voiding statement's object must be a StatementRef")
