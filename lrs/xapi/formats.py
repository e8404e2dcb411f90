"""The shapes a stored statement is returned in (the ``format`` parameter).

* ``exact``: as received (with what the LRS assigned).
* ``ids``: only identifiers for Agents, Groups (and anonymous Groups' members),
  Activities and Verbs.
* ``canonical``: Activities carry the LRS's canonical definition and every language
  map keeps one language, chosen from ``Accept-Language``.

Also: the language choice, and the canonical merge of activity definitions.
"""

import copy

IFI_KEYS = ("mbox", "mbox_sha1sum", "openid", "account")
LANGUAGE_MAP_KEYS = {"display", "name", "description"}
FORMATS = ("exact", "ids", "canonical")


# -- ids ---------------------------------------------------------------------------


def _agent_ids(agent):
    if not isinstance(agent, dict):
        return agent
    slim = {"objectType": agent.get("objectType", "Agent")}
    for key in IFI_KEYS:
        if key in agent:
            slim[key] = agent[key]
    if slim["objectType"] == "Group" and not any(key in agent for key in IFI_KEYS):
        slim["member"] = [_agent_ids(m) for m in agent.get("member", [])]
    return slim


def _activity_ids(activity):
    # The id alone: ``objectType`` is not an identifier, and Activity is its default.
    return {"id": activity.get("id")}


def _object_ids(obj):
    object_type = obj.get("objectType", "Activity")
    if object_type == "Activity":
        return _activity_ids(obj)
    if object_type in ("Agent", "Group"):
        return _agent_ids(obj)
    if object_type == "SubStatement":
        return _body_ids(obj)
    return obj


def _context_ids(context: dict) -> dict:
    context = dict(context)
    for key in ("instructor", "team"):
        if key in context:
            context[key] = _agent_ids(context[key])
    if "contextActivities" in context:
        context["contextActivities"] = {
            key: [_activity_ids(a) for a in value]
            for key, value in context["contextActivities"].items()
        }
    if "contextAgents" in context:
        context["contextAgents"] = [
            {**entry, "agent": _agent_ids(entry["agent"])} for entry in context["contextAgents"]
        ]
    if "contextGroups" in context:
        context["contextGroups"] = [
            {**entry, "group": _agent_ids(entry["group"])} for entry in context["contextGroups"]
        ]
    return context


def _body_ids(statement: dict) -> dict:
    result = dict(statement)
    result["actor"] = _agent_ids(statement["actor"])
    result["verb"] = {"id": statement["verb"]["id"]}
    result["object"] = _object_ids(statement["object"])
    if "context" in statement:
        result["context"] = _context_ids(statement["context"])
    if "authority" in statement:
        result["authority"] = _agent_ids(statement["authority"])
    return result


def statement_ids(statement: dict) -> dict:
    """The statement in the ``ids`` format."""
    return _body_ids(statement)


# -- languages ---------------------------------------------------------------------


def accepted_languages(header: str) -> list[str]:
    """The language ranges of an ``Accept-Language`` header, best first (q-values)."""
    ranges = []
    for position, piece in enumerate(header.split(",")):
        tag, _, params = piece.strip().partition(";")
        tag = tag.strip()
        if not tag:
            continue
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        if quality > 0:
            ranges.append((-quality, position, tag))
    return [tag for _q, _p, tag in sorted(ranges)]


def choose_language(language_map: dict, preferred: list[str]) -> dict:
    """One entry of ``language_map``: the best match for ``preferred``, else the first."""
    if not language_map:
        return language_map
    lowered = {tag.lower(): tag for tag in language_map}
    for wanted in preferred:
        wanted = wanted.lower()
        if wanted == "*":
            break
        if wanted in lowered:
            tag = lowered[wanted]
            return {tag: language_map[tag]}
        for candidate, tag in lowered.items():
            if candidate.startswith(wanted + "-") or wanted.startswith(candidate + "-"):
                return {tag: language_map[tag]}
    tag = next(iter(language_map))
    return {tag: language_map[tag]}


def _one_language(value, preferred: list[str], key: str | None = None):
    if isinstance(value, dict):
        if key in LANGUAGE_MAP_KEYS and all(isinstance(v, str) for v in value.values()):
            return choose_language(value, preferred)
        return {
            k: v if k == "extensions" else _one_language(v, preferred, k) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_one_language(item, preferred) for item in value]
    return value


# -- canonical ---------------------------------------------------------------------


def _with_definition(activity, definitions: dict[str, dict]):
    if not isinstance(activity, dict):
        return activity
    definition = definitions.get(activity.get("id"))
    if not definition:
        return activity
    return {**activity, "definition": copy.deepcopy(definition)}


def _canonical_activities(body: dict, definitions: dict[str, dict]) -> dict:
    result = dict(body)
    obj = body.get("object", {})
    if obj.get("objectType", "Activity") == "Activity":
        result["object"] = _with_definition(obj, definitions)
    elif obj.get("objectType") == "SubStatement":
        result["object"] = _canonical_activities(obj, definitions)
    context = body.get("context")
    if isinstance(context, dict) and "contextActivities" in context:
        result["context"] = {
            **context,
            "contextActivities": {
                key: [_with_definition(a, definitions) for a in entries]
                for key, entries in context["contextActivities"].items()
            },
        }
    return result


def activity_iris(statement: dict) -> set[str]:
    """Every Activity id in a statement (object, context activities, sub-statement)."""
    found: set[str] = set()

    def visit_activity(activity):
        if isinstance(activity, dict) and isinstance(activity.get("id"), str):
            found.add(activity["id"])

    def visit(body: dict):
        obj = body.get("object", {})
        if obj.get("objectType", "Activity") == "Activity":
            visit_activity(obj)
        elif obj.get("objectType") == "SubStatement":
            visit(obj)
        for entries in body.get("context", {}).get("contextActivities", {}).values():
            for activity in entries if isinstance(entries, list) else [entries]:
                visit_activity(activity)

    visit(statement)
    return found


def statement_canonical(
    statement: dict, definitions: dict[str, dict], preferred: list[str]
) -> dict:
    """The statement in the ``canonical`` format: canonical definitions, one language."""
    return _one_language(_canonical_activities(statement, definitions), preferred)


def format_statement(
    statement: dict, fmt: str, *, definitions: dict[str, dict], preferred: list[str]
) -> dict:
    """``statement`` in the format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "ids":
        return statement_ids(statement)
    if fmt == "canonical":
        return statement_canonical(statement, definitions, preferred)
    return statement


def merge_definition(current: dict, incoming: dict) -> dict:
    """The canonical definition after a statement brings ``incoming``: language maps
    gain the new languages (new text wins), extensions merge, other properties are
    replaced by the newer value."""
    merged = copy.deepcopy(current)
    for key, value in incoming.items():
        if key in ("name", "description", "extensions") and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = copy.deepcopy(value)
    return merged


#: Definition properties withheld from learner-bound credentials: an interaction's answer
#: key would let a learner (or content running in their browser) score full marks.
WITHHELD_FROM_LEARNERS = ("correctResponsesPattern",)


def without_answer_keys(value):
    """``value`` (a statement, a list of them or an activity) with every activity
    definition's answer key removed; the input is left unchanged."""
    if isinstance(value, list):
        return [without_answer_keys(item) for item in value]
    if not isinstance(value, dict):
        return value
    cleaned = {}
    for key, item in value.items():
        if key == "definition" and isinstance(item, dict):
            cleaned[key] = {
                name: without_answer_keys(part)
                for name, part in item.items()
                if name not in WITHHELD_FROM_LEARNERS
            }
        else:
            cleaned[key] = without_answer_keys(item)
    return cleaned
