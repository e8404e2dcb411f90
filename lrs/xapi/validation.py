"""Checks a statement against the xAPI rules before it is stored.

Each failure names the field (as a dotted path) and the rule it breaks, so a client
gets a 400 it can act on. Lax where the specification allows, strict where it must be.
"""

import re
import uuid
from datetime import datetime

from django.utils.dateparse import parse_datetime


class StatementInvalid(ValueError):
    """A statement broke a rule. ``field`` is the dotted path of the offending property."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")
_SHA1 = re.compile(r"^[0-9a-fA-F]{40}$")
_DURATION = re.compile(
    r"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)
_VERSION = re.compile(r"^(1\.0(\.\d+)?|2\.0(\.\d+)?)$")

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
AGENT_KEYS = {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}
GROUP_KEYS = AGENT_KEYS | {"member"}
IFI_KEYS = ("mbox", "mbox_sha1sum", "openid", "account")
RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
CONTEXT_KEYS = {
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "contextAgents",
    "contextGroups",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
}
CONTEXT_ACTIVITY_KEYS = {"parent", "grouping", "category", "other"}


def _fail(field: str, message: str):
    raise StatementInvalid(field, message)


def _object(value, field: str) -> dict:
    if not isinstance(value, dict):
        _fail(field, "must be a JSON object")
    return value


def _only_keys(value: dict, allowed: set[str], field: str) -> None:
    for key in value:
        if key not in allowed:
            _fail(
                f"{field}.{key}" if field else key,
                "is not a property the specification allows here",
            )


def _iri(value, field: str) -> None:
    if not isinstance(value, str) or not _IRI.match(value):
        _fail(field, "must be an absolute IRI")


def _uuid(value, field: str) -> None:
    try:
        parsed = uuid.UUID(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value.lower():
        _fail(field, "must be a UUID in its canonical hyphenated form")


def _language_map(value, field: str) -> None:
    value = _object(value, field)
    for tag, text in value.items():
        if not _LANGUAGE_TAG.match(tag):
            _fail(f"{field}.{tag}", "is not an RFC 5646 language tag")
        if not isinstance(text, str):
            _fail(f"{field}.{tag}", "must be a string")


def _extensions(value, field: str) -> None:
    value = _object(value, field)
    for key in value:
        _iri(key, f"{field}.{key}")


def parse_timestamp(value, field: str) -> datetime:
    """An ISO 8601 timestamp; one without an offset is taken as UTC, as the spec allows."""
    parsed = parse_datetime(value) if isinstance(value, str) else None
    if parsed is None:
        _fail(field, "must be an ISO 8601 date and time")
    if parsed.tzinfo is None:
        from datetime import UTC

        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def validate_agent(value, field: str, *, allow_group: bool = True) -> None:
    agent = _object(value, field)
    object_type = agent.get("objectType", "Agent")
    if object_type == "Group" and allow_group:
        _only_keys(agent, GROUP_KEYS, field)
        ifis = [key for key in IFI_KEYS if key in agent]
        if len(ifis) > 1:
            _fail(field, "a Group has at most one inverse functional identifier")
        members = agent.get("member")
        if not ifis and not isinstance(members, list):
            _fail(f"{field}.member", "an anonymous Group must list its members")
        if members is not None:
            if not isinstance(members, list):
                _fail(f"{field}.member", "must be an array of Agents")
            for index, member in enumerate(members):
                validate_agent(member, f"{field}.member[{index}]", allow_group=False)
        _ifi_values(agent, field)
        return
    if object_type != "Agent":
        _fail(f"{field}.objectType", "must be 'Agent' or 'Group'")
    _only_keys(agent, AGENT_KEYS, field)
    ifis = [key for key in IFI_KEYS if key in agent]
    if len(ifis) != 1:
        _fail(field, "an Agent has exactly one of mbox, mbox_sha1sum, openid, account")
    _ifi_values(agent, field)


def _ifi_values(agent: dict, field: str) -> None:
    if "name" in agent and not isinstance(agent["name"], str):
        _fail(f"{field}.name", "must be a string")
    if "mbox" in agent:
        mbox = agent["mbox"]
        if not isinstance(mbox, str) or not mbox.startswith("mailto:") or "@" not in mbox:
            _fail(f"{field}.mbox", "must be a 'mailto:' IRI")
    if "mbox_sha1sum" in agent and not (
        isinstance(agent["mbox_sha1sum"], str) and _SHA1.match(agent["mbox_sha1sum"])
    ):
        _fail(f"{field}.mbox_sha1sum", "must be a hex SHA-1 of a mailto IRI")
    if "openid" in agent:
        _iri(agent["openid"], f"{field}.openid")
    if "account" in agent:
        account = _object(agent["account"], f"{field}.account")
        _only_keys(account, {"homePage", "name"}, f"{field}.account")
        _iri(account.get("homePage"), f"{field}.account.homePage")
        if not isinstance(account.get("name"), str) or not account["name"]:
            _fail(f"{field}.account.name", "must be a non-empty string")


def validate_verb(value, field: str = "verb") -> None:
    verb = _object(value, field)
    _only_keys(verb, {"id", "display"}, field)
    _iri(verb.get("id"), f"{field}.id")
    if "display" in verb:
        _language_map(verb["display"], f"{field}.display")


def validate_activity(value, field: str) -> None:
    activity = _object(value, field)
    _only_keys(activity, {"objectType", "id", "definition"}, field)
    _iri(activity.get("id"), f"{field}.id")
    if "definition" in activity:
        definition = _object(activity["definition"], f"{field}.definition")
        for key in ("name", "description"):
            if key in definition:
                _language_map(definition[key], f"{field}.definition.{key}")
        for key in ("type", "moreInfo"):
            if key in definition:
                _iri(definition[key], f"{field}.definition.{key}")
        if "extensions" in definition:
            _extensions(definition["extensions"], f"{field}.definition.extensions")


def validate_object(value, field: str = "object", *, in_substatement: bool = False) -> None:
    obj = _object(value, field)
    object_type = obj.get("objectType", "Activity")
    if object_type == "Activity":
        validate_activity(obj, field)
    elif object_type in ("Agent", "Group"):
        validate_agent(obj, field)
    elif object_type == "StatementRef":
        _only_keys(obj, {"objectType", "id"}, field)
        _uuid(obj.get("id"), f"{field}.id")
    elif object_type == "SubStatement":
        if in_substatement:
            _fail(f"{field}.objectType", "a SubStatement cannot contain a SubStatement")
        _only_keys(obj, SUBSTATEMENT_KEYS, field)
        _statement_body(obj, field, in_substatement=True)
    else:
        _fail(f"{field}.objectType", "must be Activity, Agent, Group, StatementRef or SubStatement")


def validate_result(value, field: str = "result") -> None:
    result = _object(value, field)
    _only_keys(result, RESULT_KEYS, field)
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            _fail(f"{field}.{key}", "must be true or false")
    if "response" in result and not isinstance(result["response"], str):
        _fail(f"{field}.response", "must be a string")
    if "duration" in result and not (
        isinstance(result["duration"], str) and _DURATION.match(result["duration"])
    ):
        _fail(f"{field}.duration", "must be an ISO 8601 duration")
    if "extensions" in result:
        _extensions(result["extensions"], f"{field}.extensions")
    if "score" in result:
        score = _object(result["score"], f"{field}.score")
        _only_keys(score, {"scaled", "raw", "min", "max"}, f"{field}.score")
        for key, number in score.items():
            if isinstance(number, bool) or not isinstance(number, int | float):
                _fail(f"{field}.score.{key}", "must be a number")
        if "scaled" in score and not -1 <= score["scaled"] <= 1:
            _fail(f"{field}.score.scaled", "must be between -1 and 1")
        low, high = score.get("min"), score.get("max")
        if low is not None and high is not None and low >= high:
            _fail(f"{field}.score.max", "must be greater than min")
        if "raw" in score:
            if low is not None and score["raw"] < low:
                _fail(f"{field}.score.raw", "must not be below min")
            if high is not None and score["raw"] > high:
                _fail(f"{field}.score.raw", "must not be above max")


def validate_context(value, field: str, *, object_is_activity: bool) -> None:
    context = _object(value, field)
    _only_keys(context, CONTEXT_KEYS, field)
    if "registration" in context:
        _uuid(context["registration"], f"{field}.registration")
    for key in ("revision", "platform"):
        if key in context:
            if not object_is_activity:
                _fail(f"{field}.{key}", "is only allowed when the object is an Activity")
            if not isinstance(context[key], str):
                _fail(f"{field}.{key}", "must be a string")
    if "language" in context and not (
        isinstance(context["language"], str) and _LANGUAGE_TAG.match(context["language"])
    ):
        _fail(f"{field}.language", "must be an RFC 5646 language tag")
    if "instructor" in context:
        validate_agent(context["instructor"], f"{field}.instructor")
    if "team" in context:
        team = _object(context["team"], f"{field}.team")
        if team.get("objectType") != "Group":
            _fail(f"{field}.team.objectType", "must be 'Group'")
        validate_agent(team, f"{field}.team")
    if "statement" in context:
        ref = _object(context["statement"], f"{field}.statement")
        if ref.get("objectType") != "StatementRef":
            _fail(f"{field}.statement.objectType", "must be 'StatementRef'")
        _uuid(ref.get("id"), f"{field}.statement.id")
    if "contextActivities" in context:
        activities = _object(context["contextActivities"], f"{field}.contextActivities")
        _only_keys(activities, CONTEXT_ACTIVITY_KEYS, f"{field}.contextActivities")
        for key, entries in activities.items():
            entries = entries if isinstance(entries, list) else [entries]
            for index, entry in enumerate(entries):
                validate_activity(entry, f"{field}.contextActivities.{key}[{index}]")
    if "extensions" in context:
        _extensions(context["extensions"], f"{field}.extensions")


def _statement_body(statement: dict, field: str, *, in_substatement: bool) -> None:
    prefix = f"{field}." if field else ""
    for required in ("actor", "verb", "object"):
        if required not in statement:
            _fail(prefix + required, "is required")
    validate_agent(statement["actor"], prefix + "actor")
    validate_verb(statement["verb"], prefix + "verb")
    validate_object(statement["object"], prefix + "object", in_substatement=in_substatement)
    if "result" in statement:
        validate_result(statement["result"], prefix + "result")
    if "context" in statement:
        object_type = statement["object"].get("objectType", "Activity")
        validate_context(
            statement["context"], prefix + "context", object_is_activity=object_type == "Activity"
        )
    if "timestamp" in statement:
        parse_timestamp(statement["timestamp"], prefix + "timestamp")


def validate_statement(statement) -> None:
    """Raise :class:`StatementInvalid` if ``statement`` breaks an xAPI rule."""
    statement = _object(statement, "statement")
    _only_keys(statement, STATEMENT_KEYS, "")
    if "id" in statement:
        _uuid(statement["id"], "id")
    _statement_body(statement, "", in_substatement=False)
    if "version" in statement and not (
        isinstance(statement["version"], str) and _VERSION.match(statement["version"])
    ):
        _fail("version", "must be a 1.0.x or 2.0.x version")
    if "authority" in statement:
        validate_agent(statement["authority"], "authority")
    verb_id = statement["verb"]["id"]
    if verb_id == "http://adlnet.gov/expapi/verbs/voided":
        obj = statement["object"]
        if obj.get("objectType") != "StatementRef":
            _fail("object.objectType", "a voiding statement's object must be a StatementRef")
    if "attachments" in statement:
        if not isinstance(statement["attachments"], list):
            _fail("attachments", "must be an array")
        for index, attachment in enumerate(statement["attachments"]):
            _attachment(attachment, f"attachments[{index}]")


def _attachment(value, field: str) -> None:
    attachment = _object(value, field)
    _only_keys(
        attachment,
        {"usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"},
        field,
    )
    _iri(attachment.get("usageType"), f"{field}.usageType")
    _language_map(attachment.get("display"), f"{field}.display")
    if not isinstance(attachment.get("contentType"), str):
        _fail(f"{field}.contentType", "is required and must be a media type")
    if not isinstance(attachment.get("length"), int) or isinstance(attachment.get("length"), bool):
        _fail(f"{field}.length", "is required and must be an integer")
    if not isinstance(attachment.get("sha2"), str):
        _fail(f"{field}.sha2", "is required")
