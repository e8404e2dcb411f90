"""Checks a statement against the xAPI rules (1.0.3 and 2.0.0) before it is stored.

Each failure names the field (as a dotted path) and the rule it breaks, so a client
gets a 400 it can act on. Lax where the specification allows (upper-case UUIDs, a
single Activity where an array is expected in ``contextActivities``, timestamps
without an offset in 1.0.x), strict where it must be (unknown properties, ``null``
values outside extensions, malformed IRIs, UUIDs, timestamps and durations, and
strings or numbers no database or JSON client can hold as sent).
"""

import math
import re
from datetime import UTC, datetime

from django.utils.dateparse import parse_datetime

VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided"
SIGNATURE_USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature"


class StatementInvalid(ValueError):
    """A statement broke a rule. ``field`` is the dotted path of the offending property."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


# RFC 5646 section 2.1: language, script, region, variants, extensions, private use
# (matched on the lower-cased tag), and the grandfathered tags that follow no pattern.
_LANGUAGE_TAG = re.compile(
    r"^(?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})"
    r"(?:-[a-z]{4})?"
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)"
    r"(?P<extensions>(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*)"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?$"
)
_PRIVATE_USE_TAG = re.compile(r"^x(?:-[a-z0-9]{1,8})+$")
_GRANDFATHERED_TAGS = frozenset(
    {
        "en-gb-oed",
        "i-ami",
        "i-bnn",
        "i-default",
        "i-enochian",
        "i-hak",
        "i-klingon",
        "i-lux",
        "i-mingo",
        "i-navajo",
        "i-pwn",
        "i-tao",
        "i-tay",
        "i-tsu",
        "sgn-be-fr",
        "sgn-be-nl",
        "sgn-ch-de",
        "art-lojban",
        "cel-gaulish",
        "no-bok",
        "no-nyn",
        "zh-guoyu",
        "zh-hakka",
        "zh-min",
        "zh-min-nan",
        "zh-xiang",
    }
)
# RFC 3987 leaves out spaces and control characters (NUL included) as well as these.
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s\x00-\x1f\x7f<>\"{}|\\^`]+$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_SHA1 = re.compile(r"^[0-9a-fA-F]{40}$")
_SHA2 = re.compile(r"^(?:[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$")
_NUMBER = r"\d+(?:[.,]\d+)?"
_DURATION = re.compile(
    rf"^P(?!$)(?:{_NUMBER}Y)?(?:{_NUMBER}M)?(?:{_NUMBER}W)?(?:{_NUMBER}D)?"
    rf"(?:T(?=\d)(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?$"
)
_TIMESTAMP = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"(?P<offset>[Zz]|[+-]\d{2}(?::?\d{2})?)?$"
)
_NEGATIVE_ZERO_OFFSET = re.compile(r"-00(?::?00)?$")
_MEDIA_TYPE = re.compile(r"^[\w!#$&^.+-]+/[\w!#$&^.+-]+(\s*;.*)?$")
_VERSION_1 = re.compile(r"^1\.0(\.\d+)?$")
_VERSION_2 = re.compile(r"^2\.0(\.\d+)?$")

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


def _fail(field: str, message: str):
    raise StatementInvalid(field, message)


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _object(value, field: str) -> dict:
    if not isinstance(value, dict):
        _fail(field, "must be a JSON object")
    return value


def _list(value, field: str) -> list:
    if not isinstance(value, list):
        _fail(field, "must be an array")
    return value


def _string(value, field: str) -> str:
    if not isinstance(value, str):
        _fail(field, "must be a string")
    return value


def _only_keys(value: dict, allowed: set[str], field: str) -> None:
    for key in value:
        if key not in allowed:
            _fail(_join(field, key), "is not a property the specification allows here")


_UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
# The largest finite double: a larger number is Infinity to every reader that holds JSON
# numbers as doubles (browsers, other LRSs), and float() of it overflows.
_LARGEST_DOUBLE = 1.7976931348623157e308


def _shown(key: str) -> str:
    """A property name as a field path shows it: control characters and lone surrogates
    escaped, so that the message itself stays valid text."""
    return _UNSHOWABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", key)


def _path(node) -> str:
    """The dotted path of a node of :func:`validate_json_values`' walk."""
    parts = []
    while node is not None:
        node, part = node
        parts.append(part)
    path = ""
    for part in reversed(parts):
        path = f"{path}[{part}]" if isinstance(part, int) else _join(path, _shown(part))
    return path


def _under(field: str, path: str) -> str:
    if path.startswith("["):
        return field + path
    return _join(field, path) or "statement"


def _text_problem(text: str) -> str | None:
    if "\x00" in text:
        return "must not contain the NUL character (\\u0000)"
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return "must be Unicode text, without a lone surrogate (\\ud800 to \\udfff)"
    return None


def _number_problem(number) -> str | None:
    if isinstance(number, float) and not math.isfinite(number):
        return "must be a finite number"
    if isinstance(number, int) and abs(number) > _LARGEST_DOUBLE:
        return "must be a number no larger than a double holds (about 1.8e308)"
    return None


def validate_json_values(value, field: str, *, nulls: bool = False) -> None:
    """Every string (property names included) is Unicode text without the NUL character,
    every number fits a double, and (unless ``nulls``) ``null`` appears only inside
    ``extensions``. The specification requires valid strings; PostgreSQL's jsonb cannot
    store NUL; a lone surrogate (``"\\ud800"``, which JSON can spell) cannot be encoded;
    and every reader of a statement (the database, other LRSs) reads numbers as doubles.
    Walked without recursion, so an unexpected depth is no failure of its own."""
    stack = [(value, None, nulls)]
    while stack:
        item, node, in_extensions = stack.pop()
        problem = None
        if item is None:
            problem = None if in_extensions else "must not be null"
        elif isinstance(item, str):
            problem = _text_problem(item)
        elif isinstance(item, int | float) and not isinstance(item, bool):
            problem = _number_problem(item)
        elif isinstance(item, dict):
            children = []
            for key, child in item.items():
                child_node = (node, key)
                if isinstance(key, str) and (key_problem := _text_problem(key)):
                    _fail(_under(field, _path(child_node)), key_problem)
                children.append((child, child_node, in_extensions or key == "extensions"))
            stack.extend(reversed(children))
        elif isinstance(item, list):
            stack.extend(
                (child, (node, index), in_extensions)
                for index, child in reversed(list(enumerate(item)))
            )
        if problem is not None:
            _fail(_under(field, _path(node)), problem)


def validate_iri(value, field: str) -> None:
    """An absolute IRI: a scheme, a colon, and no whitespace."""
    if not isinstance(value, str) or not _IRI.match(value):
        _fail(field, "must be an absolute IRI")


def validate_uuid(value, field: str) -> None:
    """A UUID in its hyphenated string form (either case)."""
    if not isinstance(value, str) or not _UUID.match(value):
        _fail(field, "must be a UUID in its hyphenated string form")


def _no_repeats(subtags: list[str]) -> bool:
    return len(subtags) == len(set(subtags))


def is_language_tag(value) -> bool:
    """Whether ``value`` is a well-formed RFC 5646 language tag: subtags in their
    order and lengths (so no second region, no one-letter language), no variant and
    no extension singleton used twice, or a private-use or grandfathered tag."""
    if not isinstance(value, str) or not value.isascii():
        return False
    tag = value.lower()
    if tag in _GRANDFATHERED_TAGS or _PRIVATE_USE_TAG.match(tag):
        return True
    match = _LANGUAGE_TAG.match(tag)
    if match is None:
        return False
    variants = match.group("variants").split("-")[1:]
    singletons = [part for part in match.group("extensions").split("-") if len(part) == 1]
    return _no_repeats(variants) and _no_repeats(singletons)


def validate_language_map(value, field: str) -> None:
    """An object whose keys are RFC 5646 language tags and whose values are strings."""
    value = _object(value, field)
    for tag, text in value.items():
        if not is_language_tag(tag):
            _fail(f"{field}.{tag}", "is not an RFC 5646 language tag")
        _string(text, f"{field}.{tag}")


def _extensions(value, field: str) -> None:
    value = _object(value, field)
    for key in value:
        validate_iri(key, f"{field}.{key}")


def parse_timestamp(value, field: str, *, require_offset: bool = False) -> datetime:
    """An ISO 8601 timestamp as an aware datetime.

    One without an offset is taken as UTC (allowed in 1.0.x; ``require_offset``
    rejects it, as RFC 3339 does in 2.0). A negative zero offset (``-00:00``) is
    rejected: it means "offset unknown", not UTC.
    """
    if not isinstance(value, str):
        _fail(field, "must be an ISO 8601 date and time")
    match = _TIMESTAMP.match(value)
    parsed = None
    if match:
        try:
            parsed = parse_datetime(value.replace(",", ".").replace(" ", "T", 1))
        except ValueError:
            parsed = None
    if parsed is None:
        _fail(field, "must be an ISO 8601 date and time")
    offset = match.group("offset")
    if offset and _NEGATIVE_ZERO_OFFSET.match(offset):
        _fail(field, "must not use the offset -00:00 (use Z or +00:00 for UTC)")
    if parsed.tzinfo is None:
        if require_offset:
            _fail(field, "must include a time zone offset")
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def validate_agent(value, field: str, *, allow_group: bool = True, version: str = "1.0.3") -> None:
    """An Agent, or (when ``allow_group``) an identified or anonymous Group."""
    agent = _object(value, field)
    object_type = agent.get("objectType", "Agent")
    if object_type == "Group":
        if not allow_group:
            _fail(f"{field}.objectType", "must be 'Agent' here")
        _only_keys(agent, GROUP_KEYS, field)
        ifis = [key for key in IFI_KEYS if key in agent]
        if len(ifis) > 1:
            _fail(field, "a Group has at most one inverse functional identifier")
        if not ifis and "member" not in agent:
            _fail(f"{field}.member", "is required for an anonymous Group")
        if "member" in agent:
            members = _list(agent["member"], f"{field}.member")
            for index, member in enumerate(members):
                validate_agent(member, f"{field}.member[{index}]", allow_group=False)
        _ifi_values(agent, field)
        return
    if object_type != "Agent":
        expected = "must be 'Agent' or 'Group'" if allow_group else "must be 'Agent'"
        _fail(f"{field}.objectType", expected)
    _only_keys(agent, AGENT_KEYS, field)
    ifis = [key for key in IFI_KEYS if key in agent]
    if len(ifis) != 1:
        _fail(field, "an Agent has exactly one of mbox, mbox_sha1sum, openid, account")
    _ifi_values(agent, field)


def _ifi_values(agent: dict, field: str) -> None:
    if "name" in agent:
        _string(agent["name"], f"{field}.name")
    if "mbox" in agent:
        mbox = agent["mbox"]
        if (
            not isinstance(mbox, str)
            or not mbox.startswith("mailto:")
            or "@" not in mbox
            or any(c.isspace() for c in mbox)
        ):
            _fail(f"{field}.mbox", "must be a 'mailto:' IRI with an e-mail address")
    if "mbox_sha1sum" in agent and not (
        isinstance(agent["mbox_sha1sum"], str) and _SHA1.match(agent["mbox_sha1sum"])
    ):
        _fail(f"{field}.mbox_sha1sum", "must be the hex SHA-1 of a mailto IRI")
    if "openid" in agent:
        validate_iri(agent["openid"], f"{field}.openid")
    if "account" in agent:
        account = _object(agent["account"], f"{field}.account")
        _only_keys(account, {"homePage", "name"}, f"{field}.account")
        if "homePage" not in account:
            _fail(f"{field}.account.homePage", "is required")
        validate_iri(account["homePage"], f"{field}.account.homePage")
        if "name" not in account:
            _fail(f"{field}.account.name", "is required")
        _string(account["name"], f"{field}.account.name")


def validate_verb(value, field: str = "verb") -> None:
    """A Verb: an IRI ``id`` and an optional ``display`` language map."""
    verb = _object(value, field)
    _only_keys(verb, {"id", "display"}, field)
    if "id" not in verb:
        _fail(f"{field}.id", "is required")
    validate_iri(verb["id"], f"{field}.id")
    if "display" in verb:
        validate_language_map(verb["display"], f"{field}.display")


def validate_activity_definition(value, field: str) -> None:
    """An Activity Definition, including the interaction properties and their rules."""
    definition = _object(value, field)
    _only_keys(definition, DEFINITION_KEYS, field)
    for key in ("name", "description"):
        if key in definition:
            validate_language_map(definition[key], f"{field}.{key}")
    for key in ("type", "moreInfo"):
        if key in definition:
            validate_iri(definition[key], f"{field}.{key}")
    if "extensions" in definition:
        _extensions(definition["extensions"], f"{field}.extensions")
    interaction_type = definition.get("interactionType")
    if "interactionType" in definition and (
        not isinstance(interaction_type, str) or interaction_type not in INTERACTION_TYPES
    ):
        _fail(
            f"{field}.interactionType",
            "must be one of " + ", ".join(sorted(INTERACTION_TYPES)),
        )
    interaction_keys = [
        key for key in ("correctResponsesPattern", *COMPONENT_LISTS) if key in definition
    ]
    if interaction_keys and interaction_type is None:
        _fail(f"{field}.{interaction_keys[0]}", "is only allowed with an interactionType")
    if "correctResponsesPattern" in definition:
        patterns = _list(definition["correctResponsesPattern"], f"{field}.correctResponsesPattern")
        for index, pattern in enumerate(patterns):
            _string(pattern, f"{field}.correctResponsesPattern[{index}]")
    allowed = INTERACTION_COMPONENTS.get(interaction_type, set())
    for key in COMPONENT_LISTS:
        if key not in definition:
            continue
        if key not in allowed:
            _fail(f"{field}.{key}", f"is not allowed with interactionType '{interaction_type}'")
        _interaction_components(definition[key], f"{field}.{key}")


def _interaction_components(value, field: str) -> None:
    components = _list(value, field)
    seen: set[str] = set()
    for index, component in enumerate(components):
        where = f"{field}[{index}]"
        component = _object(component, where)
        _only_keys(component, {"id", "description"}, where)
        if "id" not in component:
            _fail(f"{where}.id", "is required")
        component_id = _string(component["id"], f"{where}.id")
        if not component_id.strip():
            _fail(f"{where}.id", "must not be empty")
        if component_id in seen:
            _fail(f"{where}.id", "must be unique within the list")
        seen.add(component_id)
        if "description" in component:
            validate_language_map(component["description"], f"{where}.description")


def validate_activity(value, field: str) -> None:
    """An Activity: an IRI ``id`` and an optional definition."""
    activity = _object(value, field)
    _only_keys(activity, {"objectType", "id", "definition"}, field)
    if activity.get("objectType", "Activity") != "Activity":
        _fail(f"{field}.objectType", "must be 'Activity'")
    if "id" not in activity:
        _fail(f"{field}.id", "is required")
    validate_iri(activity["id"], f"{field}.id")
    if "definition" in activity:
        validate_activity_definition(activity["definition"], f"{field}.definition")


def _statement_ref(value, field: str) -> None:
    ref = _object(value, field)
    _only_keys(ref, {"objectType", "id"}, field)
    if ref.get("objectType") != "StatementRef":
        _fail(f"{field}.objectType", "must be 'StatementRef'")
    if "id" not in ref:
        _fail(f"{field}.id", "is required")
    validate_uuid(ref["id"], f"{field}.id")


def validate_object(
    value, field: str = "object", *, in_substatement: bool = False, version: str = "1.0.3"
) -> None:
    """A statement's object: Activity, Agent, Group, StatementRef or SubStatement."""
    obj = _object(value, field)
    object_type = obj.get("objectType", "Activity")
    if object_type == "Activity":
        validate_activity(obj, field)
    elif object_type in ("Agent", "Group"):
        validate_agent(obj, field)
    elif object_type == "StatementRef":
        _statement_ref(obj, field)
    elif object_type == "SubStatement":
        if in_substatement:
            _fail(f"{field}.objectType", "a SubStatement cannot contain a SubStatement")
        _only_keys(obj, SUBSTATEMENT_KEYS, field)
        _statement_body(obj, field, in_substatement=True, version=version)
    else:
        _fail(f"{field}.objectType", "must be Activity, Agent, Group, StatementRef or SubStatement")


def validate_result(value, field: str = "result") -> None:
    """A Result, with the score rules (scaled in [-1, 1], min <= raw <= max, min < max)."""
    result = _object(value, field)
    _only_keys(result, RESULT_KEYS, field)
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            _fail(f"{field}.{key}", "must be true or false")
    if "response" in result:
        _string(result["response"], f"{field}.response")
    if "duration" in result and not (
        isinstance(result["duration"], str) and _DURATION.match(result["duration"])
    ):
        _fail(f"{field}.duration", "must be an ISO 8601 duration")
    if "extensions" in result:
        _extensions(result["extensions"], f"{field}.extensions")
    if "score" in result:
        _score(result["score"], f"{field}.score")


def _score(value, field: str) -> None:
    score = _object(value, field)
    _only_keys(score, {"scaled", "raw", "min", "max"}, field)
    for key, number in score.items():
        if isinstance(number, bool) or not isinstance(number, int | float):
            _fail(f"{field}.{key}", "must be a number")
    if "scaled" in score and not -1 <= score["scaled"] <= 1:
        _fail(f"{field}.scaled", "must be between -1 and 1")
    low, high = score.get("min"), score.get("max")
    if low is not None and high is not None and low >= high:
        _fail(f"{field}.max", "must be greater than min")
    if "raw" in score:
        if low is not None and score["raw"] < low:
            _fail(f"{field}.raw", "must not be below min")
        if high is not None and score["raw"] > high:
            _fail(f"{field}.raw", "must not be above max")


def validate_context(
    value, field: str, *, object_is_activity: bool, version: str = "1.0.3"
) -> None:
    """A Context; ``revision`` and ``platform`` only when the object is an Activity."""
    context = _object(value, field)
    _only_keys(context, CONTEXT_KEYS_2 if is_v2(version) else CONTEXT_KEYS_1, field)
    if "registration" in context:
        validate_uuid(context["registration"], f"{field}.registration")
    for key in ("revision", "platform"):
        if key in context:
            if not object_is_activity:
                _fail(f"{field}.{key}", "is only allowed when the object is an Activity")
            _string(context[key], f"{field}.{key}")
    if "language" in context and not is_language_tag(context["language"]):
        _fail(f"{field}.language", "must be an RFC 5646 language tag")
    if "instructor" in context:
        validate_agent(context["instructor"], f"{field}.instructor")
    if "team" in context:
        team = _object(context["team"], f"{field}.team")
        if team.get("objectType") != "Group":
            _fail(f"{field}.team.objectType", "must be 'Group'")
        validate_agent(team, f"{field}.team")
    if "statement" in context:
        _statement_ref(context["statement"], f"{field}.statement")
    if "contextActivities" in context:
        activities = _object(context["contextActivities"], f"{field}.contextActivities")
        if not activities:
            _fail(f"{field}.contextActivities", "must hold at least one of " + _CONTEXT_KINDS)
        _only_keys(activities, CONTEXT_ACTIVITY_KEYS, f"{field}.contextActivities")
        for key, entries in activities.items():
            where = f"{field}.contextActivities.{key}"
            if isinstance(entries, dict):
                validate_activity(entries, where)
                continue
            for index, entry in enumerate(_list(entries, where)):
                validate_activity(entry, f"{where}[{index}]")
    if "contextAgents" in context:
        _context_agents(context["contextAgents"], f"{field}.contextAgents")
    if "contextGroups" in context:
        _context_groups(context["contextGroups"], f"{field}.contextGroups")
    if "extensions" in context:
        _extensions(context["extensions"], f"{field}.extensions")


def _relevant_types(entry: dict, field: str) -> None:
    if "relevantTypes" not in entry:
        return
    types = _list(entry["relevantTypes"], f"{field}.relevantTypes")
    if not types:
        _fail(f"{field}.relevantTypes", "must list at least one IRI")
    for index, iri in enumerate(types):
        validate_iri(iri, f"{field}.relevantTypes[{index}]")


def _context_agents(value, field: str) -> None:
    for index, entry in enumerate(_list(value, field)):
        where = f"{field}[{index}]"
        entry = _object(entry, where)
        _only_keys(entry, {"objectType", "agent", "relevantTypes"}, where)
        if entry.get("objectType") != "contextAgent":
            _fail(f"{where}.objectType", "must be 'contextAgent'")
        if "agent" not in entry:
            _fail(f"{where}.agent", "is required")
        validate_agent(entry["agent"], f"{where}.agent", allow_group=False)
        _relevant_types(entry, where)


def _context_groups(value, field: str) -> None:
    for index, entry in enumerate(_list(value, field)):
        where = f"{field}[{index}]"
        entry = _object(entry, where)
        _only_keys(entry, {"objectType", "group", "relevantTypes"}, where)
        if entry.get("objectType") != "contextGroup":
            _fail(f"{where}.objectType", "must be 'contextGroup'")
        if "group" not in entry:
            _fail(f"{where}.group", "is required")
        group = _object(entry["group"], f"{where}.group")
        if group.get("objectType") != "Group":
            _fail(f"{where}.group.objectType", "must be 'Group'")
        validate_agent(group, f"{where}.group")
        _relevant_types(entry, where)


def _statement_body(statement: dict, field: str, *, in_substatement: bool, version: str) -> None:
    prefix = f"{field}." if field else ""
    for required in ("actor", "verb", "object"):
        if required not in statement:
            _fail(prefix + required, "is required")
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
        attachments = _list(statement["attachments"], prefix + "attachments")
        for index, attachment in enumerate(attachments):
            validate_attachment(attachment, f"{prefix}attachments[{index}]")


def validate_attachment(value, field: str) -> None:
    """An Attachment header: usage type, display, media type, length and SHA-2."""
    attachment = _object(value, field)
    _only_keys(attachment, ATTACHMENT_KEYS, field)
    for key in ("usageType", "display", "contentType", "length", "sha2"):
        if key not in attachment:
            _fail(f"{field}.{key}", "is required")
    validate_iri(attachment["usageType"], f"{field}.usageType")
    validate_language_map(attachment["display"], f"{field}.display")
    if "description" in attachment:
        validate_language_map(attachment["description"], f"{field}.description")
    content_type = attachment["contentType"]
    if not isinstance(content_type, str) or not _MEDIA_TYPE.match(content_type):
        _fail(f"{field}.contentType", "must be an Internet media type")
    length = attachment["length"]
    if isinstance(length, bool) or not isinstance(length, int) or length < 0:
        _fail(f"{field}.length", "must be a non-negative integer")
    if not isinstance(attachment["sha2"], str) or not _SHA2.match(attachment["sha2"]):
        _fail(f"{field}.sha2", "must be the hex SHA-2 (224, 256, 384 or 512) of the content")
    if "fileUrl" in attachment:
        validate_iri(attachment["fileUrl"], f"{field}.fileUrl")
    if attachment["usageType"] == SIGNATURE_USAGE_TYPE and (
        content_type.split(";")[0].strip().lower() != "application/octet-stream"
    ):
        _fail(f"{field}.contentType", "must be 'application/octet-stream' for a signature")


def _authority(value, field: str) -> None:
    authority = _object(value, field)
    if authority.get("objectType") == "Group":
        if any(key in authority for key in IFI_KEYS):
            _fail(field, "a Group authority must be an anonymous Group (three-legged OAuth)")
        validate_agent(authority, field)
        if len(authority["member"]) != 2:
            _fail(f"{field}.member", "a Group authority has exactly two Agents")
        return
    validate_agent(authority, field, allow_group=False)


def _version(value, version: str) -> None:
    if not isinstance(value, str):
        _fail("version", "must be a string")
    if _VERSION_1.match(value):
        return
    if is_v2(version) and _VERSION_2.match(value):
        return
    _fail("version", "must be 1.0 or 1.0.x" + (" or 2.0.x" if is_v2(version) else ""))


def validate_statement(statement, *, version: str = "1.0.3") -> None:
    """Raise :class:`StatementInvalid` if ``statement`` breaks an xAPI rule.

    ``version`` is the protocol version the request negotiated: 2.0.x allows
    ``contextAgents``/``contextGroups`` and statement version 2.0.x, and requires
    timestamps with an offset.
    """
    statement = _object(statement, "statement")
    validate_json_values(statement, "")
    _only_keys(statement, STATEMENT_KEYS, "")
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
            _fail("object.objectType", "a voiding statement's object must be a StatementRef")


# Older names, kept for callers that import them.
_iri = validate_iri
_uuid = validate_uuid
_language_map = validate_language_map
