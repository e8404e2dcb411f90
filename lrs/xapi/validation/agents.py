"""Agents and Groups: their properties, members and inverse functional identifiers."""

import re

from .primitives import fail, only_keys, require_list, require_object, require_string, validate_iri

_SHA1 = re.compile(r"^[0-9a-fA-F]{40}$")

AGENT_KEYS = {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}
GROUP_KEYS = AGENT_KEYS | {"member"}
IFI_KEYS = ("mbox", "mbox_sha1sum", "openid", "account")


def validate_agent(value, field: str, *, allow_group: bool = True, version: str = "1.0.3") -> None:
    """An Agent, or (when ``allow_group``) an identified or anonymous Group."""
    agent = require_object(value, field)
    object_type = agent.get("objectType", "Agent")
    if object_type == "Group":
        if not allow_group:
            fail(f"{field}.objectType", "must be 'Agent' here")
        only_keys(agent, GROUP_KEYS, field)
        ifis = [key for key in IFI_KEYS if key in agent]
        if len(ifis) > 1:
            fail(field, "a Group has at most one inverse functional identifier")
        if not ifis and "member" not in agent:
            fail(f"{field}.member", "is required for an anonymous Group")
        if "member" in agent:
            members = require_list(agent["member"], f"{field}.member")
            for index, member in enumerate(members):
                validate_agent(member, f"{field}.member[{index}]", allow_group=False)
        _ifi_values(agent, field)
        return
    if object_type != "Agent":
        expected = "must be 'Agent' or 'Group'" if allow_group else "must be 'Agent'"
        fail(f"{field}.objectType", expected)
    only_keys(agent, AGENT_KEYS, field)
    ifis = [key for key in IFI_KEYS if key in agent]
    if len(ifis) != 1:
        fail(field, "an Agent has exactly one of mbox, mbox_sha1sum, openid, account")
    _ifi_values(agent, field)


def _ifi_values(agent: dict, field: str) -> None:
    if "name" in agent:
        require_string(agent["name"], f"{field}.name")
    if "mbox" in agent:
        mbox = agent["mbox"]
        if (
            not isinstance(mbox, str)
            or not mbox.startswith("mailto:")
            or "@" not in mbox
            or any(c.isspace() for c in mbox)
        ):
            fail(f"{field}.mbox", "must be a 'mailto:' IRI with an e-mail address")
    if "mbox_sha1sum" in agent and not (
        isinstance(agent["mbox_sha1sum"], str) and _SHA1.match(agent["mbox_sha1sum"])
    ):
        fail(f"{field}.mbox_sha1sum", "must be the hex SHA-1 of a mailto IRI")
    if "openid" in agent:
        validate_iri(agent["openid"], f"{field}.openid")
    if "account" in agent:
        account = require_object(agent["account"], f"{field}.account")
        only_keys(account, {"homePage", "name"}, f"{field}.account")
        if "homePage" not in account:
            fail(f"{field}.account.homePage", "is required")
        validate_iri(account["homePage"], f"{field}.account.homePage")
        if "name" not in account:
            fail(f"{field}.account.name", "is required")
        require_string(account["name"], f"{field}.account.name")
