"""The SCIM resources the platform serves, as plain data: reading a User or Group
sent by a directory (POST, PUT), applying PATCH operations the way Entra ID and Okta
send them, and the representation sent back. ORM-free, so the rules are tested with
plain values; ``provisioning.services`` writes what they decide.

A User's state is what the directory stated, under SCIM names::

    {"userName": "ana@agency.example", "externalId": "…", "active": True,
     "name": {"givenName": "Ana", "familyName": "Silva"},
     "emails": [{"value": "ana@agency.example", "type": "work", "primary": True}],
     "preferredLanguage": "fr",
     ENTERPRISE_USER: {"employeeNumber": "1234", "department": "yvr"}}

A Group's state: ``{"displayName": …, "externalId": …, "members": [user ids]}``.
Attributes the platform does not keep (phone numbers, addresses, titles…) are ignored,
so a directory's default mapping never fails on them."""

from __future__ import annotations

import copy
import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django_scim import exceptions

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
LANGUAGES = ("en", "fr")

_USER_ATTRIBUTES = {
    name.lower(): name
    for name in (
        "userName",
        "externalId",
        "name",
        "emails",
        "active",
        "preferredLanguage",
        "groups",
        "id",
        "meta",
        "schemas",
    )
}
_ENTERPRISE_ATTRIBUTES = {
    name.lower(): name for name in ("employeeNumber", "department", "organization")
}
_GROUP_ATTRIBUTES = {
    name.lower(): name for name in ("displayName", "externalId", "members", "id", "meta", "schemas")
}
_NAME_PARTS = {"givenname": "givenName", "familyname": "familyName"}
_EMAIL_PARTS = {"value": "value", "type": "type", "primary": "primary"}
_PATH = re.compile(
    r"^(?P<attr>[A-Za-z$][\w$-]*)(?:\[(?P<filter>.+)\])?(?:\.(?P<sub>[A-Za-z$][\w$-]*))?$"
)
_COMPARISON = re.compile(
    r'^\s*(?P<attr>[A-Za-z][\w-]*)\s+eq\s+(?P<value>"(?:[^"\\]|\\.)*"|true|false)\s*$', re.I
)
_READ_ONLY = {"id", "meta", "schemas"}


def invalid(detail: str, scim_type: str = "invalidValue") -> exceptions.BadRequestError:
    """A 400 answer naming what is wrong (``scimType`` as RFC 7644 §3.12 lists them)."""
    return exceptions.BadRequestError(detail, scim_type=scim_type)


# Values -------------------------------------------------------------------------------


def _text(attribute: str, value, *, max_length: int, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise invalid(f"{attribute} is required.")
        return None
    if not isinstance(value, str):
        raise invalid(f"{attribute} must be a string.")
    value = value.strip()
    if required and not value:
        raise invalid(f"{attribute} is required.")
    if len(value) > max_length:
        raise invalid(f"{attribute} must be at most {max_length} characters long.")
    return value or None


def _boolean(attribute: str, value) -> bool:
    # Entra ID sends "True"/"False" as strings in some PATCH requests.
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise invalid(f"{attribute} must be true or false.")


def _language(value) -> str | None:
    text = _text("preferredLanguage", value, max_length=35)
    if text is None:
        return None
    language = re.split(r"[-_]", text.lower())[0]
    if language not in LANGUAGES:
        raise invalid("preferredLanguage must be English (en) or French (fr).")
    return language


def _name(value) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise invalid("name must be an object with givenName and familyName.")
    name = {}
    for key, part in value.items():
        canonical = _NAME_PARTS.get(key.lower())
        if canonical:
            text = _text(f"name.{canonical}", part, max_length=150)
            if text is not None:
                name[canonical] = text
    return name


def _email(value) -> dict:
    if not isinstance(value, dict):
        raise invalid("emails must be a list of objects with a value.")
    email = {}
    for key, part in value.items():
        canonical = _EMAIL_PARTS.get(key.lower())
        if canonical == "value":
            address = _text("emails.value", part, max_length=254, required=True)
            try:
                validate_email(address)
            except ValidationError:
                raise invalid(f"emails.value {address!r} is not an e-mail address.") from None
            email["value"] = address
        elif canonical == "type" and part is not None:
            email["type"] = _text("emails.type", part, max_length=40)
        elif canonical == "primary" and part is not None:
            email["primary"] = _boolean("emails.primary", part)
    return {key: part for key, part in email.items() if part is not None}


def _emails(value) -> list[dict]:
    if value is None:
        return []
    if isinstance(value, dict):  # one address sent on its own
        value = [value]
    if not isinstance(value, list):
        raise invalid("emails must be a list.")
    return [_email(item) for item in value]


def _check_emails(emails: list[dict]) -> None:
    if any("value" not in email for email in emails):
        raise invalid("Each of emails needs a value.")
    if sum(1 for email in emails if email.get("primary")) > 1:
        raise invalid("Only one of emails may be primary.")


def _enterprise(value) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise invalid(f"{ENTERPRISE_USER} must be an object.")
    extension = {}
    for key, part in value.items():
        canonical = _ENTERPRISE_ATTRIBUTES.get(key.lower())
        if canonical:
            text = _text(canonical, part, max_length=40 if canonical == "employeeNumber" else 200)
            if text is not None:
                extension[canonical] = text
    return extension


def _member_ids(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise invalid("members must be a list of objects with a value.")
    ids = []
    for member in value:
        member_id = member.get("value") if isinstance(member, dict) else None
        if not isinstance(member_id, str) or not member_id:
            raise invalid("Each of members needs the value (id) of a User.")
        if member_id not in ids:
            ids.append(member_id)
    return ids


_USER_SETTERS = {
    "userName": lambda value: _text("userName", value, max_length=150, required=True),
    "externalId": lambda value: _text("externalId", value, max_length=254),
    "active": lambda value: None if value is None else _boolean("active", value),
    "preferredLanguage": _language,
    "name": _name,
    "emails": _emails,
}


def _clean(state: dict) -> dict:
    """Without the attributes left empty (the representation leaves them out)."""
    cleaned = {key: value for key, value in state.items() if value not in (None, {}, [])}
    if ENTERPRISE_USER in cleaned:
        cleaned[ENTERPRISE_USER] = {
            key: value for key, value in cleaned[ENTERPRISE_USER].items() if value is not None
        }
        if not cleaned[ENTERPRISE_USER]:
            del cleaned[ENTERPRISE_USER]
    return cleaned


# Whole resources (POST, PUT) ---------------------------------------------------------------


def _body(body) -> dict:
    if not isinstance(body, dict) or not body:
        raise invalid("The request body must be a SCIM resource (a JSON object).", "invalidSyntax")
    return body


def user_state_from_resource(body) -> dict:
    """The state of a User sent whole; raises a SCIM 400 naming the first bad attribute."""
    body = _body(body)
    state = {}
    for key, value in body.items():
        if key.lower() == ENTERPRISE_USER.lower():
            state[ENTERPRISE_USER] = _enterprise(value)
            continue
        canonical = _USER_ATTRIBUTES.get(key.lower())
        if canonical in _USER_SETTERS:
            state[canonical] = _USER_SETTERS[canonical](value)
    if not state.get("userName"):
        raise invalid("userName is required.")
    _check_emails(state.get("emails") or [])
    return _clean(state)


def group_state_from_resource(body) -> dict:
    """The state of a Group sent whole; raises a SCIM 400 naming the first bad attribute."""
    body = _body(body)
    state = {"members": []}
    for key, value in body.items():
        canonical = _GROUP_ATTRIBUTES.get(key.lower())
        if canonical == "displayName":
            state["displayName"] = _text("displayName", value, max_length=254, required=True)
        elif canonical == "externalId":
            state["externalId"] = _text("externalId", value, max_length=254)
        elif canonical == "members":
            state["members"] = _member_ids(value)
    if not state.get("displayName"):
        raise invalid("displayName is required.")
    return _clean(state) | {"members": state["members"]}


# PATCH ---------------------------------------------------------------------------------


def _operations(body) -> list[dict]:
    body = _body(body)
    operations = body.get("Operations", body.get("operations"))
    if not isinstance(operations, list) or not operations:
        raise invalid("A PATCH request needs a list of Operations.", "invalidSyntax")
    for operation in operations:
        if not isinstance(operation, dict):
            raise invalid("Each of Operations must be an object.", "invalidSyntax")
        op = operation.get("op")
        if not isinstance(op, str) or op.lower() not in ("add", "remove", "replace"):
            raise invalid("Each operation's op must be add, remove or replace.", "invalidSyntax")
        path = operation.get("path")
        if path is not None and not isinstance(path, str):
            raise invalid("An operation's path must be a string.", "invalidPath")
        if op.lower() == "remove" and not path:
            raise invalid("A remove operation needs a path.", "noTarget")
        if op.lower() != "remove" and "value" not in operation:
            raise invalid(
                f"The {op} operation on {path or 'the resource'} needs a value.", "invalidSyntax"
            )
    return operations


def _filter(text: str) -> list[tuple[str, object]]:
    """``type eq "work"`` (joined by ``and``) as ``[(attribute, value)]``."""
    comparisons = []
    for part in re.split(r"\s+and\s+", text.strip(), flags=re.I):
        match = _COMPARISON.match(part)
        if match is None:
            raise invalid(
                f"Unsupported filter {text!r}: only 'attribute eq \"value\"' is understood.",
                "invalidFilter",
            )
        raw = match["value"]
        value = raw[1:-1].replace('\\"', '"') if raw.startswith('"') else raw.lower() == "true"
        comparisons.append((match["attr"], value))
    return comparisons


def _matches(item: dict, comparisons) -> bool:
    for attribute, expected in comparisons:
        actual = next((v for k, v in item.items() if k.lower() == attribute.lower()), None)
        if isinstance(expected, str) and isinstance(actual, str):
            if actual.lower() != expected.lower():
                return False
        elif actual != expected:
            return False
    return True


def _split(path: str, extensions: tuple[str, ...]):
    """``(extension or None, attribute, filter, sub-attribute)``; the attribute is None
    when the path names a whole extension."""
    for urn in extensions:
        if path.lower() == urn.lower():
            return urn, None, None, None
        if path.lower().startswith(urn.lower() + ":"):
            path = path[len(urn) + 1 :]
            extension = urn
            break
    else:
        extension = None
        for urn in (USER_SCHEMA, GROUP_SCHEMA):
            if path.lower().startswith(urn.lower() + ":"):
                path = path[len(urn) + 1 :]
    match = _PATH.match(path.strip())
    if match is None:
        raise invalid(f"The path {path!r} is not a SCIM attribute path.", "invalidPath")
    return extension, match["attr"], match["filter"], match["sub"]


def _patch_multi(items: list[dict], op: str, comparisons, sub, value, *, parse, key: str):
    """Apply one operation to a multi-valued attribute (``emails``)."""
    if comparisons is None:
        if op == "remove":
            if value is None:
                return []
            removed = [parse(item) for item in (value if isinstance(value, list) else [value])]
            return [item for item in items if item not in removed]
        new = [parse(item) for item in (value if isinstance(value, list) else [value])]
        if op == "replace":
            return new
        return items + [item for item in new if item not in items]
    matching = [item for item in items if _matches(item, comparisons)]
    if op == "remove":
        if sub is None or sub.lower() == key:
            return [item for item in items if item not in matching]
        return [
            {k: v for k, v in item.items() if k.lower() != sub.lower()}
            if item in matching
            else item
            for item in items
        ]
    patch = {sub: value} if sub else value
    if not isinstance(patch, dict):
        raise invalid(f"The value for {key} must be an object.")
    if not matching:
        seed = {attribute: expected for attribute, expected in comparisons}
        return items + [parse(seed | patch)]
    return [parse(item | patch) if item in matching else item for item in items]


def _apply_user(state: dict, op: str, path: str | None, value) -> None:
    if path is None:
        if not isinstance(value, dict):
            raise invalid(
                "An operation without a path needs an object as its value.", "invalidValue"
            )
        for key, part in value.items():
            _apply_user(state, op, key, part)
        return
    extension, attribute, filter_text, sub = _split(path, (ENTERPRISE_USER,))
    if extension is not None:
        current = state.setdefault(ENTERPRISE_USER, {})
        if attribute is None:
            if op == "remove":
                state[ENTERPRISE_USER] = {}
            else:
                current.update(_enterprise(value))
            return
        canonical = _ENTERPRISE_ATTRIBUTES.get(attribute.lower())
        if canonical is None:
            return
        if op == "remove":
            current.pop(canonical, None)
        else:
            current.update(_enterprise({canonical: value}))
            if value in (None, ""):
                current.pop(canonical, None)
        return
    canonical = _USER_ATTRIBUTES.get(attribute.lower())
    if canonical is None:
        return  # an attribute the platform does not keep
    if canonical in _READ_ONLY:
        return
    if canonical == "groups":
        raise invalid("groups is read-only: change a Group's members instead.", "mutability")
    if canonical == "name":
        name = state.get("name") or {}
        if sub:
            part = _NAME_PARTS.get(sub.lower())
            if part is None:
                return
            if op == "remove":
                name.pop(part, None)
            else:
                name.update(_name({part: value}))
        elif op == "remove":
            name = {}
        else:
            name.update(_name(value))
        state["name"] = name
        return
    if canonical == "emails":
        comparisons = _filter(filter_text) if filter_text else None
        if sub and comparisons is None:
            raise invalid("A path to a sub-attribute of emails needs a filter.", "invalidPath")
        emails = _patch_multi(
            state.get("emails") or [], op, comparisons, sub, value, parse=_email, key="value"
        )
        if op != "remove" and len(emails) > 1 and isinstance(value, list | dict):
            # A new primary address takes the mark from the others.
            new = value if isinstance(value, list) else [value]
            if any(isinstance(item, dict) and item.get("primary") is True for item in new):
                primaries = [_email(item) for item in new if item.get("primary") is True]
                emails = [
                    email
                    if email in primaries
                    else {k: v for k, v in email.items() if k != "primary"}
                    for email in emails
                ]
        state["emails"] = emails
        return
    if op == "remove":
        if canonical == "userName":
            raise invalid("userName is required and cannot be removed.", "mutability")
        state.pop(canonical, None)
        return
    state[canonical] = _USER_SETTERS[canonical](value)


def user_state_patch(state: dict, body) -> dict:
    """The User's state after the PATCH ``body``; raises a SCIM 400 naming the problem."""
    new = copy.deepcopy(state)
    for operation in _operations(body):
        _apply_user(new, operation["op"].lower(), operation.get("path"), operation.get("value"))
    _check_emails(new.get("emails") or [])
    if not new.get("userName"):
        raise invalid("userName is required.")
    return _clean(new)


def _apply_group(state: dict, op: str, path: str | None, value) -> None:
    if path is None:
        if not isinstance(value, dict):
            raise invalid(
                "An operation without a path needs an object as its value.", "invalidValue"
            )
        for key, part in value.items():
            _apply_group(state, op, key, part)
        return
    _extension, attribute, filter_text, _sub = _split(path, ())
    canonical = _GROUP_ATTRIBUTES.get(attribute.lower())
    if canonical is None or canonical in _READ_ONLY:
        return
    if canonical == "members":
        members = state.get("members") or []
        if filter_text:
            comparisons = _filter(filter_text)
            chosen = [member for member in members if _matches({"value": member}, comparisons)]
            if op != "remove":
                raise invalid("Add members without a filter in the path.", "invalidPath")
            state["members"] = [member for member in members if member not in chosen]
        elif op == "remove":
            gone = _member_ids(value) if value is not None else members
            state["members"] = [member for member in members if member not in gone]
        elif op == "replace":
            state["members"] = _member_ids(value)
        else:
            state["members"] = members + [m for m in _member_ids(value) if m not in members]
        return
    if canonical == "displayName":
        if op == "remove":
            raise invalid("displayName is required and cannot be removed.", "mutability")
        state["displayName"] = _text("displayName", value, max_length=254, required=True)
        return
    if op == "remove":
        state.pop("externalId", None)
    else:
        state["externalId"] = _text("externalId", value, max_length=254)


def group_state_patch(state: dict, body) -> dict:
    """The Group's state after the PATCH ``body``; raises a SCIM 400 naming the problem."""
    new = copy.deepcopy(state)
    for operation in _operations(body):
        _apply_group(new, operation["op"].lower(), operation.get("path"), operation.get("value"))
    return _clean(new) | {"members": new.get("members") or []}


# Representation ------------------------------------------------------------------------


def attributes_selected(resource: dict, *, attributes: str = "", excluded: str = "") -> dict:
    """The resource with only the ``attributes`` asked for, or without the ``excluded``
    ones (RFC 7644 §3.4.2.5); ``id`` and ``schemas`` are always returned."""

    def top(name: str) -> str:
        name = name.strip()
        if name.lower().startswith(ENTERPRISE_USER.lower()):
            return ENTERPRISE_USER.lower()
        for urn in (USER_SCHEMA, GROUP_SCHEMA):
            if name.lower().startswith(urn.lower() + ":"):
                name = name[len(urn) + 1 :]
        return name.split(".")[0].split("[")[0].lower()

    always = {"id", "schemas"}
    if attributes:
        wanted = {top(name) for name in attributes.split(",") if name.strip()} | always
        return {key: value for key, value in resource.items() if key.lower() in wanted}
    if excluded:
        unwanted = {top(name) for name in excluded.split(",") if name.strip()} - always
        return {key: value for key, value in resource.items() if key.lower() not in unwanted}
    return resource
