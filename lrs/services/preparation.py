"""Getting statements ready to store: validation, the fields the LRS sets, the indexed
columns of a row, and the checks of lengths, attachments and a credential's reach."""

import uuid
from collections.abc import Mapping

from .. import identity
from ..auth import Credential
from ..exceptions import LRSForbidden
from ..models import LRSClient, Statement
from ..xapi.attachments import Part
from ..xapi.signatures import verify_signature
from ..xapi.validation import (
    SIGNATURE_USAGE_TYPE,
    StatementInvalid,
    is_v2,
    parse_timestamp,
    validate_statement,
)
from .indexing import index_entries

# Column sizes of the indexed copies (a longer value is refused rather than cut).
_MAX_LENGTHS = {"verb.id": 500, "actor": 500, "object.id": 1000, "index": 1000}


def statement_ref_key(statement_id: str) -> str:
    """What ``Statement.object_iri`` holds for a StatementRef object: the target's UUID
    as 32 hex digits. Never an IRI (no scheme), so it never matches an ``activity``."""
    return uuid.UUID(statement_id).hex


def _normalised(statement: dict) -> dict:
    """Single Activities in ``contextActivities`` become arrays of one, as returned."""
    statement = dict(statement)
    context = statement.get("context")
    if isinstance(context, dict) and isinstance(context.get("contextActivities"), dict):
        statement["context"] = {
            **context,
            "contextActivities": {
                key: value if isinstance(value, list) else [value]
                for key, value in context["contextActivities"].items()
            },
        }
    obj = statement.get("object")
    if isinstance(obj, dict) and obj.get("objectType") == "SubStatement":
        statement["object"] = _normalised(obj)
    return statement


def prepare(statement, *, authority: dict, prefix: str, version: str) -> dict:
    """A valid statement as it will be stored: normalised, with its id, ``authority``
    and, when missing, ``version`` set. :func:`stamp_stored` adds the time."""
    try:
        validate_statement(statement, version=version)
    except StatementInvalid as error:
        raise StatementInvalid(prefix + error.field, error.message) from None
    prepared = _normalised(statement)
    prepared["id"] = str(prepared.get("id") or uuid.uuid4()).lower()
    prepared["authority"] = authority
    prepared.setdefault("version", "2.0.0" if is_v2(version) else "1.0.0")
    return prepared


def stamp_stored(prepared: dict, stored) -> None:
    """Set ``stored`` and, when missing, ``timestamp`` (the same time). Taken inside the
    storing transaction, past its consistency fence (:mod:`lrs.consistency`)."""
    # Always with the fraction of a second (isoformat drops it when it is zero).
    stored_text = stored.isoformat(timespec="microseconds")
    prepared.setdefault("timestamp", stored_text)
    prepared["stored"] = stored_text


def object_column(obj: dict) -> str:
    """What ``Statement.object_iri`` holds for a statement's object."""
    object_type = obj.get("objectType", "Activity")
    if object_type == "Activity":
        return obj["id"]
    if object_type == "StatementRef":
        return statement_ref_key(obj["id"])
    key = identity.actor_key(obj)
    return identity.agent_object_key(key) if key else ""


def statement_row(prepared: dict, *, stored, client: LRSClient | None, voided: bool) -> Statement:
    """The (unsaved) row of a prepared statement, with its indexed columns."""
    registration = prepared.get("context", {}).get("registration")
    return Statement(
        id=uuid.UUID(prepared["id"]),
        data=prepared,
        actor_key=identity.actor_key(prepared["actor"]),
        verb_iri=prepared["verb"]["id"],
        object_iri=object_column(prepared["object"]),
        target_id=(
            uuid.UUID(prepared["object"]["id"])
            if prepared["object"].get("objectType") == "StatementRef"
            else None
        ),
        registration=uuid.UUID(registration) if registration else None,
        timestamp=parse_timestamp(prepared["timestamp"], "timestamp"),
        stored=stored,
        voided=voided,
        client=client,
    )


def check_lengths(statement: dict, prefix: str) -> None:
    """No indexed value is longer than its column holds."""
    checks = [
        ("verb.id", statement["verb"]["id"]),
        ("actor", identity.actor_key(statement["actor"])),
        ("object.id", object_column(statement["object"])),
    ]
    for field, value in checks:
        if len(value) > _MAX_LENGTHS[field]:
            raise StatementInvalid(
                prefix + field, f"is longer than this LRS stores ({_MAX_LENGTHS[field]})"
            )
    for _kind, value, _primary in index_entries(statement):
        if len(value) > _MAX_LENGTHS["index"]:
            raise StatementInvalid(
                prefix + "statement", f"names an identifier longer than {_MAX_LENGTHS['index']}"
            )


def _attachment_headers(statement: dict, prefix: str):
    """Every attachment header of a statement and its sub-statement, with its field."""
    for index, attachment in enumerate(statement.get("attachments", [])):
        yield f"{prefix}attachments[{index}]", attachment
    obj = statement.get("object", {})
    if obj.get("objectType") == "SubStatement":
        for index, attachment in enumerate(obj.get("attachments", [])):
            yield f"{prefix}object.attachments[{index}]", attachment


def check_attachments(
    originals: list[dict], prefixes: list[str], parts: Mapping[str, Part]
) -> dict[str, tuple[str, bytes]]:
    """Each attachment without ``fileUrl`` has its part, each part an attachment, and
    each signature verifies. Returns the contents to store, by SHA-2."""
    referenced: set[str] = set()
    contents: dict[str, tuple[str, bytes]] = {}
    for statement, prefix in zip(originals, prefixes, strict=True):
        for field, attachment in _attachment_headers(statement, prefix):
            sha2 = attachment["sha2"].lower()
            referenced.add(sha2)
            part = parts.get(sha2)
            if part is None:
                if "fileUrl" not in attachment:
                    raise StatementInvalid(
                        field, "has no fileUrl, so the request must carry its content as a part"
                    )
                continue
            contents[sha2] = (attachment["contentType"], part.content)
            if attachment["usageType"] == SIGNATURE_USAGE_TYPE and field.startswith(
                prefix + "attachments"
            ):
                verify_signature(statement, part.content, field)
    for sha2 in parts:
        if sha2 not in referenced:
            raise StatementInvalid(
                "body", f"the part with X-Experience-API-Hash {sha2} matches no attachment"
            )
    return contents


def check_allowed(credential: Credential, statement: dict, prefix: str) -> None:
    """A launch token writes only about its own learner and its launched activity."""
    if not credential.allows_actor(statement["actor"]):
        raise LRSForbidden(f"{prefix}actor: these credentials may only write about their learner")
    obj = statement["object"]
    if obj.get("objectType", "Activity") == "Activity" and not credential.allows_activity(
        obj["id"]
    ):
        raise LRSForbidden(
            f"{prefix}object.id: these credentials may only write about the launched activity"
        )
