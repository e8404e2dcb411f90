"""Whether two statements are "the same statement" by xAPI's Statement Comparison
Requirements (Data 2.3.1): differences that the immutability exceptions allow are
ignored, every other difference counts.

Ignored: ``id``, ``authority``, ``stored``, ``version``, ``attachments``; a
``timestamp`` present on one side only (the LRS may assign it) and its serialisation
(compared as an instant); Verb ``display``; Activity ``definition``; the order of a
Group's members; the case of UUIDs and of an e-mail address's domain; a
``result.duration``'s precision beyond 0.01 second (xAPI 2.0, 4.2.7: ``PT1.1234S``
and ``PT1.12S`` are the same duration).
"""

import json
import re

from .validation import StatementInvalid, parse_timestamp

_ASSIGNED = ("id", "authority", "stored", "version", "attachments", "timestamp")
_SECONDS = re.compile(r"(?P<whole>\d+)(?:[.,](?P<fraction>\d*))?S$")


def _duration(value):
    """A duration with its seconds cut (not rounded) to hundredths, written alike
    (``PT1.1234S``, ``PT1.12S`` and ``PT1,120S`` all become ``PT1.12S``)."""
    if not isinstance(value, str) or "T" not in value:
        return value
    match = _SECONDS.search(value)
    if match is None:
        return value
    hundredths = (match.group("fraction") or "").ljust(2, "0")[:2]
    return f"{value[: match.start()]}{int(match.group('whole'))}.{hundredths}S"


def _result(result):
    if not isinstance(result, dict) or "duration" not in result:
        return result
    return {**result, "duration": _duration(result["duration"])}


def _instant(value):
    try:
        return parse_timestamp(value, "timestamp")
    except StatementInvalid:
        return value


def _agent(agent):
    if not isinstance(agent, dict):
        return agent
    agent = dict(agent)
    mbox = agent.get("mbox")
    if isinstance(mbox, str) and "@" in mbox:
        local, _, domain = mbox.rpartition("@")
        agent["mbox"] = f"{local}@{domain.lower()}"
    if isinstance(agent.get("mbox_sha1sum"), str):
        agent["mbox_sha1sum"] = agent["mbox_sha1sum"].lower()
    if isinstance(agent.get("member"), list):
        members = [_agent(member) for member in agent["member"]]
        agent["member"] = sorted(members, key=lambda m: json.dumps(m, sort_keys=True))
    if agent.get("objectType") == "Agent":
        agent.pop("objectType")
    return agent


def _activity(activity):
    if not isinstance(activity, dict):
        return activity
    return {"id": activity.get("id")}


def _object(obj):
    if not isinstance(obj, dict):
        return obj
    object_type = obj.get("objectType", "Activity")
    if object_type == "Activity":
        return _activity(obj)
    if object_type in ("Agent", "Group"):
        return {**_agent(obj), "objectType": object_type}
    if object_type == "StatementRef":
        return {"objectType": "StatementRef", "id": str(obj.get("id", "")).lower()}
    if object_type == "SubStatement":
        return _body(obj)
    return obj


def _context(context):
    if not isinstance(context, dict):
        return context
    context = dict(context)
    if isinstance(context.get("registration"), str):
        context["registration"] = context["registration"].lower()
    if isinstance(context.get("statement"), dict):
        context["statement"] = _object(context["statement"])
    for key in ("instructor", "team"):
        if key in context:
            context[key] = _agent(context[key])
    if isinstance(context.get("contextActivities"), dict):
        context["contextActivities"] = {
            key: [_activity(a) for a in (value if isinstance(value, list) else [value])]
            for key, value in context["contextActivities"].items()
        }
    for key, inner in (("contextAgents", "agent"), ("contextGroups", "group")):
        if isinstance(context.get(key), list):
            context[key] = [
                {**entry, inner: _agent(entry.get(inner))} if isinstance(entry, dict) else entry
                for entry in context[key]
            ]
    return context


def _body(statement: dict) -> dict:
    body = {key: value for key, value in statement.items() if key not in _ASSIGNED}
    if "actor" in body:
        body["actor"] = _agent(body["actor"])
    if isinstance(body.get("verb"), dict):
        body["verb"] = {"id": body["verb"].get("id")}
    if "object" in body:
        body["object"] = _object(body["object"])
    if "context" in body:
        body["context"] = _context(body["context"])
    if "result" in body:
        body["result"] = _result(body["result"])
    if "timestamp" in statement and isinstance(statement.get("objectType"), str):
        body["timestamp"] = _instant(statement["timestamp"])
    return body


def statements_match(first: dict, second: dict) -> bool:
    """True when ``first`` and ``second`` are the same statement for comparison purposes."""
    if _body(first) != _body(second):
        return False
    if "timestamp" in first and "timestamp" in second:
        return _instant(first["timestamp"]) == _instant(second["timestamp"])
    return True
