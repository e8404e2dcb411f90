"""The document resources: State, Activity Profile and Agent Profile documents.

Plain functions over :class:`~lrs.models.Document`, free of HTTP: the views parse the
request into a :class:`DocumentScope` and plain values, call one function here, and turn
the exceptions below into the statuses the specification gives (400, 409, 412, 413).

Concurrency follows xAPI 1.0.3 section 3.1 and IEEE 9274.1.1 section 4.1.4: ``If-Match``
and ``If-None-Match`` are honoured on every write, and a PUT without either header to a
document that already exists is a conflict wherever :func:`precondition_required` says so.
"""

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from .auth import Credential
from .conf import setting
from .exceptions import LRSForbidden
from .identity import actor_key
from .models import Document
from .xapi.json_text import parse_json
from .xapi.validation import (
    StatementInvalid,
    parse_timestamp,
    validate_agent,
    validate_json_values,
)

DEFAULT_CONTENT_TYPE = "application/octet-stream"
JSON_CONTENT_TYPE = "application/json"
# Two writers racing to create the same document: the loser retries once it sees the
# winner's row, so a few attempts are always enough.
WRITE_ATTEMPTS = 3

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s\x00-\x1f\x7f]+$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_MAX_IRI = Document._meta.get_field("activity_iri").max_length
_MAX_ID = Document._meta.get_field("document_id").max_length
_MAX_AGENT_KEY = Document._meta.get_field("agent_key").max_length
_MAX_CONTENT_TYPE = Document._meta.get_field("content_type").max_length


class DocumentInvalid(ValueError):
    """A parameter, header or body broke a rule (HTTP 400); the message starts with its name."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        self.message = message
        super().__init__(f"{parameter}: {message}")


class DocumentPreconditionFailed(Exception):
    """``If-Match`` or ``If-None-Match`` did not hold (HTTP 412); nothing was changed."""


class DocumentConflict(Exception):
    """A PUT without ``If-Match`` or ``If-None-Match`` to an existing document (HTTP 409)."""

    def __init__(self):
        super().__init__(
            "The document already exists and the request carried neither If-Match nor "
            "If-None-Match. Fetch the document to check its current state, then send its "
            "ETag in an If-Match header to replace it."
        )


class DocumentTooLarge(Exception):
    """The document is larger than ``LRS_MAX_DOCUMENT_BYTES`` (HTTP 413)."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"body: documents are limited to {limit} bytes")


@dataclass(frozen=True)
class DocumentScope:
    """Where documents live: their kind and the activity, agent and registration that own
    them. Parts a kind does not use stay empty, as in the table's unique key.

    ``registration`` is ``None`` when the request named none: a single document is then
    the one stored without a registration, while the State resource's multiple GET and
    DELETE cover the activity and agent's documents of every registration.
    """

    kind: str
    activity_iri: str = ""
    agent: dict | None = None
    registration: str | None = None

    @property
    def agent_key(self) -> str:
        return actor_key(self.agent) if self.agent else ""

    def lookup(self) -> dict:
        """The filter for one document's key (without its id)."""
        return {**self.collection_lookup(), "registration": self.registration or ""}

    def collection_lookup(self) -> dict:
        """The filter for all of the scope's documents."""
        lookup = {"kind": self.kind, "activity_iri": self.activity_iri, "agent_key": self.agent_key}
        if self.registration is not None:
            lookup["registration"] = self.registration
        return lookup


@dataclass(frozen=True)
class DocumentIds:
    """The ids of a scope's documents, and when the most recent of them last changed."""

    ids: list[str]
    last_modified: datetime | None


# Parameters -----------------------------------------------------------------------------


def parse_activity_id(value: str, *, parameter: str = "activityId") -> str:
    """An Activity id: an absolute IRI that fits the table."""
    if not _IRI.match(value):
        raise DocumentInvalid(parameter, "must be an absolute IRI")
    if len(value) > _MAX_IRI:
        raise DocumentInvalid(parameter, f"must be at most {_MAX_IRI} characters")
    return value


def parse_agent(value: str, *, parameter: str = "agent", allow_group: bool = False) -> dict:
    """An Agent given as JSON, with exactly one inverse functional identifier.

    The Agent Profile and Agents resources take an Agent, never a Group; the State
    resource also takes an identified Group (``allow_group``), never an anonymous one.
    """
    try:
        agent = parse_json(value, field=parameter)
    except StatementInvalid:
        agent = None
    if not isinstance(agent, dict):
        raise DocumentInvalid(parameter, "must be a JSON Agent object")
    if agent.get("objectType") == "Group" and not allow_group:
        raise DocumentInvalid(parameter, "must be an Agent, not a Group")
    try:
        validate_json_values(agent, parameter)
        validate_agent(agent, parameter, allow_group=allow_group)
    except StatementInvalid as invalid:
        raise DocumentInvalid(invalid.field, invalid.message) from None
    key = actor_key(agent)
    if not key:
        raise DocumentInvalid(parameter, "an anonymous Group cannot own documents")
    if len(key) > _MAX_AGENT_KEY:
        raise DocumentInvalid(parameter, "its identifier is too long")
    return agent


def parse_registration(value: str, *, parameter: str = "registration") -> str:
    """A registration: a UUID in its hyphenated form, stored in lower case."""
    if not _UUID.match(value):
        raise DocumentInvalid(parameter, "must be a UUID")
    return str(uuid.UUID(value))


def parse_document_id(value: str, *, parameter: str) -> str:
    """A ``stateId`` or ``profileId``: any non-empty string that fits the table."""
    if not value:
        raise DocumentInvalid(parameter, "must not be empty")
    if "\x00" in value:
        # No text column of PostgreSQL holds it.
        raise DocumentInvalid(parameter, "must not contain the NUL character")
    if len(value) > _MAX_ID:
        raise DocumentInvalid(parameter, f"must be at most {_MAX_ID} characters")
    return value


def parse_since(value: str, *, parameter: str = "since") -> datetime:
    """A ``since`` timestamp (ISO 8601; without an offset it is taken as UTC)."""
    try:
        return parse_timestamp(value, parameter)
    except StatementInvalid as invalid:
        raise DocumentInvalid(invalid.field, invalid.message) from None


# Rules ----------------------------------------------------------------------------------


def max_document_bytes() -> int:
    """The largest document the LRS accepts (setting ``LRS_MAX_DOCUMENT_BYTES``)."""
    return setting("LRS_MAX_DOCUMENT_BYTES")


def precondition_required(*, kind: str, version: str) -> bool:
    """Whether a PUT to an existing document needs ``If-Match`` or ``If-None-Match``.

    xAPI 1.0.3 exempts the State resource ("state conflicts are unlikely"); IEEE
    9274.1.1 (xAPI 2.0) requires the headers for all three document resources.
    """
    return kind != Document.Kind.STATE or version.startswith("2.")


def precondition_required_to_create(*, kind: str, version: str) -> bool:
    """Whether a PUT that creates a document needs ``If-None-Match`` (or ``If-Match``).

    xAPI 1.0.3 (Communication 2.6 and 2.7, as its conformance tests read them) refuses a
    PUT to the Agent Profile or Activity Profile resource that carries neither header,
    whether or not the document exists; xAPI 2.0 and the State resource do not.
    """
    return kind != Document.Kind.STATE and not version.startswith("2.")


def documents_check_allowed(*, credential: Credential, scope: DocumentScope) -> None:
    """A launch token reaches only its own learner's documents, its launched activity's,
    and, for state, its own registration's when the request names one (raises
    :class:`~lrs.exceptions.LRSForbidden`)."""
    if scope.agent is not None and not credential.allows_actor(scope.agent):
        raise LRSForbidden("agent: these credentials may only use their own learner's documents")
    if scope.activity_iri and not credential.allows_activity(scope.activity_iri):
        raise LRSForbidden(
            "activityId: these credentials may only use documents of the launched activity"
        )
    if (
        credential.registration
        and scope.registration is not None
        and str(scope.registration).lower() != str(credential.registration).lower()
    ):
        raise LRSForbidden("registration: these credentials may only use their own registration")


def content_etag(content: bytes) -> str:
    """The hexadecimal SHA-1 of a document's content, as the specification defines it."""
    return hashlib.sha1(content).hexdigest()


def is_json(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() == JSON_CONTENT_TYPE


def _entity_tags(header: str) -> list[tuple[bool, str]]:
    """``(weak, opaque tag)`` pairs of an If-Match or If-None-Match header. Unquoted tags
    are accepted too, since some clients send the bare hash."""
    tags = []
    for part in header.split(","):
        part = part.strip()
        weak = part.startswith("W/")
        if weak:
            part = part[2:]
        if part:
            tags.append((weak, part.strip('"').lower()))
    return tags


def _check_preconditions(
    row: Document | None, *, if_match: str | None, if_none_match: str | None
) -> None:
    """RFC 7232 section 3: If-Match with strong comparison first, then If-None-Match."""
    if if_match is not None:
        if row is None:
            raise DocumentPreconditionFailed("If-Match: the document does not exist")
        if if_match.strip() != "*" and not any(
            not weak and tag == row.etag for weak, tag in _entity_tags(if_match)
        ):
            raise DocumentPreconditionFailed("If-Match: the document has changed")
    if if_none_match is not None and row is not None:
        if if_none_match.strip() == "*" or any(
            tag == row.etag for _weak, tag in _entity_tags(if_none_match)
        ):
            raise DocumentPreconditionFailed("If-None-Match: the document already exists")


def _check_content(content: bytes, content_type: str) -> None:
    limit = max_document_bytes()
    if len(content) > limit:
        raise DocumentTooLarge(limit)
    if len(content_type) > _MAX_CONTENT_TYPE:
        raise DocumentInvalid("Content-Type", f"must be at most {_MAX_CONTENT_TYPE} characters")
    if "\x00" in content_type:
        raise DocumentInvalid("Content-Type", "must not contain the NUL character")


def _json_value(content: bytes, *, what: str):
    """A JSON document's value, or :class:`DocumentInvalid` saying what is wrong with it
    (not JSON, or nested deeper than the LRS reads)."""
    try:
        return parse_json(content, field="body")
    except StatementInvalid as invalid:
        raise DocumentInvalid("body", f"{what} {invalid.message}") from None


def _json_object(content: bytes, *, what: str) -> dict:
    value = _json_value(content, what=what)
    if not isinstance(value, dict):
        raise DocumentInvalid("body", f"{what} is not a JSON object, so it cannot be merged")
    return value


# Reads ----------------------------------------------------------------------------------


def document_get(*, scope: DocumentScope, document_id: str) -> Document | None:
    """One document, or ``None`` when there is none under that id."""
    return Document.objects.filter(**scope.lookup(), document_id=document_id).first()


def document_ids_since(*, scope: DocumentScope, since: datetime | None = None) -> DocumentIds:
    """The ids of a scope's documents, only those changed after ``since`` (exclusive)
    when it is given, with the time the most recent of them changed."""
    rows = Document.objects.filter(**scope.collection_lookup())
    if since is not None:
        rows = rows.filter(updated__gt=since)
    latest: dict[str, datetime] = {}
    for document_id, updated in rows.values_list("document_id", "updated"):
        latest[document_id] = max(updated, latest.get(document_id, updated))
    return DocumentIds(ids=sorted(latest), last_modified=max(latest.values(), default=None))


# Writes ---------------------------------------------------------------------------------


def _locked_row(key: dict) -> Document | None:
    """The stored row, locked until the transaction ends (where the database can lock)."""
    return Document.objects.select_for_update().filter(**key).first()


def _write_once(key: dict, decide) -> Document:
    with transaction.atomic():
        row = _locked_row(key)
        content, content_type = decide(row)
        values = {
            "content": content,
            "content_type": content_type,
            "etag": content_etag(content),
            "updated": timezone.now(),
        }
        if row is None:
            return Document.objects.create(**key, **values)
        for name, value in values.items():
            setattr(row, name, value)
        row.save(update_fields=list(values))
        return row


def _write(scope: DocumentScope, document_id: str, decide) -> Document:
    """Create or update one document under a row lock, retrying when a concurrent writer
    creates it first (the unique key refuses the second row). ``decide(row)`` checks the
    rules against the current row, or ``None``, and returns ``(content, content_type)``."""
    key = {**scope.lookup(), "document_id": document_id}
    for _attempt in range(WRITE_ATTEMPTS - 1):
        try:
            return _write_once(key, decide)
        except IntegrityError:
            continue
    return _write_once(key, decide)


def document_put(
    *,
    scope: DocumentScope,
    document_id: str,
    content: bytes,
    content_type: str,
    if_match: str | None = None,
    if_none_match: str | None = None,
    require_precondition: bool = False,
    require_precondition_to_create: bool = False,
) -> Document:
    """Store a document, replacing any under the same id.

    Raises :class:`DocumentConflict` when ``require_precondition`` is set and the
    document exists but neither header was given, :class:`DocumentInvalid` when
    ``require_precondition_to_create`` is set and neither header came to create it,
    :class:`DocumentPreconditionFailed`
    when a header does not hold, :class:`DocumentInvalid` for a JSON document that does
    not parse, and :class:`DocumentTooLarge`.
    """
    content_type = content_type or DEFAULT_CONTENT_TYPE
    _check_content(content, content_type)
    if is_json(content_type):
        _json_value(content, what="is application/json, so it")

    def decide(row):
        unconditional = if_match is None and if_none_match is None
        if row is not None and require_precondition and unconditional:
            raise DocumentConflict()
        if row is None and require_precondition_to_create and unconditional:
            raise DocumentInvalid(
                "If-None-Match",
                "is required to create this document in xAPI 1.0.3 (send If-None-Match: *, "
                "or If-Match with the ETag of the document to replace)",
            )
        _check_preconditions(row, if_match=if_match, if_none_match=if_none_match)
        return content, content_type

    return _write(scope, document_id, decide)


def document_post_merge(
    *,
    scope: DocumentScope,
    document_id: str,
    content: bytes,
    content_type: str,
    if_match: str | None = None,
    if_none_match: str | None = None,
) -> Document:
    """Merge a JSON object into a stored JSON object (top-level properties of the posted
    object replace the stored ones), or store the document when there is none yet.

    Merging needs both documents to be ``application/json`` objects; anything else is a
    :class:`DocumentInvalid` and the stored document stays as it was.
    """
    content_type = content_type or DEFAULT_CONTENT_TYPE
    _check_content(content, content_type)
    posted = _json_object(content, what="the posted document") if is_json(content_type) else None

    def decide(row):
        if row is None:
            _check_preconditions(row, if_match=if_match, if_none_match=if_none_match)
            return content, content_type
        if posted is None:
            raise DocumentInvalid(
                "Content-Type",
                "must be application/json to merge into an existing document "
                "(use PUT to replace it)",
            )
        if not is_json(row.content_type):
            raise DocumentInvalid(
                "body",
                "the stored document is not application/json, so it cannot be merged "
                "(use PUT to replace it)",
            )
        stored = _json_object(bytes(row.content), what="the stored document")
        _check_preconditions(row, if_match=if_match, if_none_match=if_none_match)
        merged_content = _merged(stored, posted)
        _check_content(merged_content, JSON_CONTENT_TYPE)
        return merged_content, JSON_CONTENT_TYPE

    return _write(scope, document_id, decide)


def _merged(stored: dict, posted: dict) -> bytes:
    """The merged document as UTF-8 JSON. Parsing takes ``"\\ud800"`` and ``1e400``,
    which no UTF-8 text or JSON number can write back; such a document cannot be merged."""
    try:
        text = json.dumps(
            {**stored, **posted}, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        )
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise DocumentInvalid(
            "body", "holds a lone surrogate (\\ud800 to \\udfff), which is not Unicode text"
        ) from None
    except ValueError:
        raise DocumentInvalid("body", "holds a number too large for a double") from None


def document_delete(
    *,
    scope: DocumentScope,
    document_id: str,
    if_match: str | None = None,
    if_none_match: str | None = None,
) -> bool:
    """Delete one document; deleting one that does not exist is not an error. Returns
    whether a document was deleted."""
    with transaction.atomic():
        row = _locked_row({**scope.lookup(), "document_id": document_id})
        _check_preconditions(row, if_match=if_match, if_none_match=if_none_match)
        if row is None:
            return False
        row.delete()
        return True


def documents_delete_all(*, scope: DocumentScope) -> int:
    """Delete every document of a scope: the State resource's multiple DELETE, all state
    of an activity and agent, only one registration's when the scope names one.
    Returns how many were deleted."""
    deleted, _by_model = Document.objects.filter(**scope.collection_lookup()).delete()
    return deleted
