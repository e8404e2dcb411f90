"""The one door every statement comes through: validate, store once, index, project."""

import json
import logging
import secrets
import uuid
from collections.abc import Iterable, Mapping
from datetime import timedelta
from functools import partial

from django.db import connection, transaction
from django.utils import timezone

from .auth import Credential, Source, authority_key
from .exceptions import LRSForbidden, StatementConflict
from .forwarding import forwarding_enqueue
from .hooks import StoredStatement, statement_stored
from .models import (
    ActivityDefinition,
    Attachment,
    LRSClient,
    LRSToken,
    Statement,
    StatementIndex,
    hash_secret,
)
from .xapi import builders
from .xapi.attachments import Part
from .xapi.equality import statements_match
from .xapi.formats import merge_definition
from .xapi.signatures import verify_signature
from .xapi.validation import (
    SIGNATURE_USAGE_TYPE,
    VOIDED_VERB,
    StatementInvalid,
    is_v2,
    parse_timestamp,
    validate_statement,
)

logger = logging.getLogger(__name__)

# Column sizes of the indexed copies (a longer value is refused rather than cut).
_MAX_LENGTHS = {"verb.id": 500, "actor": 500, "object.id": 1000, "index": 1000}


class StoredIds(list):
    """The ids of a stored batch, in the order given; ``new_count`` says how many of
    them were not stored before."""

    new_count: int = 0


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


def _prepare(statement, *, authority: dict, stored, prefix: str, version: str) -> dict:
    try:
        validate_statement(statement, version=version)
    except StatementInvalid as error:
        raise StatementInvalid(prefix + error.field, error.message) from None
    prepared = _normalised(statement)
    prepared["id"] = str(prepared.get("id") or uuid.uuid4()).lower()
    # Always with the fraction of a second (isoformat drops it when it is zero).
    stored_text = stored.isoformat(timespec="microseconds")
    prepared.setdefault("timestamp", stored_text)
    prepared["stored"] = stored_text
    prepared["authority"] = authority
    prepared.setdefault("version", "2.0.0" if is_v2(version) else "1.0.0")
    return prepared


def _object_column(obj: dict) -> str:
    object_type = obj.get("objectType", "Activity")
    if object_type == "Activity":
        return obj["id"]
    if object_type == "StatementRef":
        return statement_ref_key(obj["id"])
    key = builders.actor_key(obj)
    return builders.agent_object_key(key) if key else ""


def _row(prepared: dict, *, stored, client: LRSClient | None, voided: bool) -> Statement:
    registration = prepared.get("context", {}).get("registration")
    return Statement(
        id=uuid.UUID(prepared["id"]),
        data=prepared,
        actor_key=builders.actor_key(prepared["actor"]),
        verb_iri=prepared["verb"]["id"],
        object_iri=_object_column(prepared["object"]),
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


def _agents(agent: dict):
    """An agent or group, then a group's members."""
    yield agent
    if isinstance(agent, dict):
        yield from agent.get("member", [])


def index_entries(statement: dict) -> set[tuple[str, str, bool]]:
    """The ``(kind, value, primary)`` rows a statement gets in :class:`StatementIndex`.

    Agents: actor and object (primary), and authority, instructor, team, context
    agents and groups, group members and all of these in a sub-statement. Activities:
    the object (primary), context activities and a sub-statement's activities.
    """
    entries: set[tuple[str, str, bool]] = set()

    def add_agent(agent, primary: bool):
        if not isinstance(agent, dict):
            return
        for index, one in enumerate(_agents(agent)):
            key = builders.actor_key(one)
            if key:
                entries.add((StatementIndex.Kind.AGENT, key, primary and index == 0))

    def add_activity(activity, primary: bool):
        if isinstance(activity, dict) and isinstance(activity.get("id"), str):
            entries.add((StatementIndex.Kind.ACTIVITY, activity["id"], primary))

    def visit(body: dict, primary: bool):
        add_agent(body.get("actor"), primary)
        obj = body.get("object", {})
        object_type = obj.get("objectType", "Activity")
        if object_type == "Activity":
            add_activity(obj, primary)
        elif object_type in ("Agent", "Group"):
            add_agent(obj, primary)
        elif object_type == "SubStatement":
            visit(obj, False)
        context = body.get("context", {})
        add_agent(context.get("instructor"), False)
        add_agent(context.get("team"), False)
        for entry in context.get("contextAgents", []):
            add_agent(entry.get("agent"), False)
        for entry in context.get("contextGroups", []):
            add_agent(entry.get("group"), False)
        for entries_of_kind in context.get("contextActivities", {}).values():
            for activity in entries_of_kind:
                add_activity(activity, False)

    visit(statement, True)
    add_agent(statement.get("authority"), False)
    primary = {(kind, value) for kind, value, is_primary in entries if is_primary}
    return {(k, v, p) for k, v, p in entries if p or (k, v) not in primary}


def _check_lengths(statement: dict, prefix: str) -> None:
    checks = [
        ("verb.id", statement["verb"]["id"]),
        ("actor", builders.actor_key(statement["actor"])),
        ("object.id", _object_column(statement["object"])),
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


def _check_attachments(
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


def _check_allowed(credential: Credential, statement: dict, prefix: str) -> None:
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


def statements_store(
    *,
    statements: Iterable[dict],
    credential: Credential | None = None,
    batch: bool = False,
    attachments: Mapping[str, Part] | None = None,
    version: str = "1.0.3",
) -> StoredIds:
    """Validate and store statements, all or none, and run the projector on the new ones.

    ``attachments`` are the multipart parts by SHA-2; ``version`` is the negotiated
    protocol version. The LRS sets ``stored`` and ``authority`` (from ``credential``, the
    platform's own when ``None``), and ``timestamp`` and ``version`` when missing. A
    statement whose id is already stored with matching content is accepted and changes
    nothing (offline replays are idempotent); a different one under the same id raises
    :class:`StatementConflict`. New statements get their related-agent and
    related-activity index rows, their attachments, voiding, and canonical activity
    definitions, in one transaction. Returns the ids in the order given.
    """
    originals = list(statements)
    stored = timezone.now()
    authority = credential.authority if credential else builders.platform_authority()
    client = credential.client if credential else None
    prefixes = [f"[{index}]." if batch else "" for index in range(len(originals))]
    prepared = [
        _prepare(s, authority=authority, stored=stored, prefix=prefix, version=version)
        for s, prefix in zip(originals, prefixes, strict=True)
    ]
    seen_ids: set[str] = set()
    for statement, prefix in zip(prepared, prefixes, strict=True):
        if statement["id"] in seen_ids:
            raise StatementInvalid(prefix + "id", "appears twice in the batch")
        seen_ids.add(statement["id"])
        _check_lengths(statement, prefix)
        if credential is not None:
            _check_allowed(credential, statement, prefix)
    contents = _check_attachments(originals, prefixes, attachments or {})
    ids = StoredIds(p["id"] for p in prepared)
    source = credential.kind if credential else Source.PLATFORM
    with transaction.atomic():
        _check_voiding(prepared, prefixes, authority=authority if credential else None)
        existing = {str(row.id): row.data for row in Statement.objects.filter(id__in=ids)}
        fresh: list[dict] = []
        for statement in prepared:
            previous = existing.get(statement["id"])
            if previous is not None:
                if not _same_statement(previous, statement):
                    raise StatementConflict(statement["id"])
                continue
            fresh.append(statement)
        new_rows = _insert(fresh, stored=stored, client=client, authority=authority)
        forwarding_enqueue(statement_ids=[row.id for row in new_rows])
        _index(new_rows)
        _store_attachments(contents)
        _apply_voiding(new_rows, authority=authority)
        if new_rows and connection.vendor == "postgresql":
            transaction.on_commit(partial(_reconcile_voiding, new_rows, authority=authority))
        _merge_definitions(
            [row.data for row in new_rows],
            may_update=credential is None or credential.has_scope("define"),
        )
        for row in new_rows:
            statement_stored(StoredStatement(statement=row.data, source=source))
    ids.new_count = len(new_rows)
    return ids


def _same_statement(stored: dict, received: dict) -> bool:
    """Statement comparison, where a timestamp the LRS assigned (equal to ``stored``)
    counts as absent."""

    def as_received(data: dict) -> dict:
        if data.get("timestamp") == data.get("stored"):
            return {key: value for key, value in data.items() if key != "timestamp"}
        return data

    return statements_match(as_received(stored), as_received(received))


def _insert(fresh: list[dict], *, stored, client, authority: dict) -> list[Statement]:
    """Insert the new rows in id order (so concurrent batches lock alike); rows another
    transaction stored meanwhile are compared like replays and left alone."""
    voided = _already_voided({s["id"] for s in fresh}, fresh, authority=authority)
    rows = sorted(
        (_row(s, stored=stored, client=client, voided=s["id"] in voided) for s in fresh),
        key=lambda row: row.id,
    )
    if not rows:
        return []
    if connection.vendor == "postgresql" and _copy_statements(rows):
        return _in_given_order(rows, fresh)
    Statement.objects.bulk_create(rows, ignore_conflicts=True)
    # Rows carrying another ``stored`` were inserted meanwhile by a concurrent transaction.
    ids = [row.id for row in rows]
    stored_at = dict(Statement.objects.filter(id__in=ids).values_list("id", "stored"))
    theirs = {row.id for row in rows if stored_at.get(row.id) != stored}
    theirs_data = dict(Statement.objects.filter(id__in=theirs).values_list("id", "data"))
    mine = []
    for row in rows:
        if row.id not in theirs:
            mine.append(row)
        elif row.id not in theirs_data or not _same_statement(theirs_data[row.id], row.data):
            raise StatementConflict(str(row.id))
    return _in_given_order(mine, fresh)


def _in_given_order(rows: list[Statement], fresh: list[dict]) -> list[Statement]:
    order = {s["id"]: index for index, s in enumerate(fresh)}
    return sorted(rows, key=lambda row: order[str(row.id)])


def _copy_statements(rows: list[Statement]) -> bool:
    """Write new statement rows with COPY (PostgreSQL), under a savepoint. Returns False,
    having written nothing, when one of the ids was stored meanwhile by a concurrent
    transaction: the caller then takes the insert-or-ignore path, which compares them."""
    from psycopg import errors

    table = connection.ops.quote_name(Statement._meta.db_table)
    fields = Statement._meta.concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(
                        [
                            json.dumps(row.data)
                            if field.name == "data"
                            else getattr(row, field.attname)
                            for field in fields
                        ]
                    )
    except errors.UniqueViolation:
        return False
    return True


def _is_voiding(statement: dict) -> bool:
    return statement["verb"]["id"] == VOIDED_VERB


def _check_voiding(prepared: list[dict], prefixes: list[str], *, authority: dict | None) -> None:
    """A voiding statement cannot target another voiding statement, and a credential
    (``authority`` set; ``None`` is the platform itself) voids only statements written
    with its own authority."""
    targets = {
        statement["object"]["id"].lower(): prefix
        for statement, prefix in zip(prepared, prefixes, strict=True)
        if _is_voiding(statement)
    }
    if not targets:
        return
    in_batch = {s["id"] for s in prepared if _is_voiding(s)}
    stored = Statement.objects.filter(id__in=list(targets)).values_list(
        "id", "verb_iri", "data__authority"
    )
    stored_voiding = set()
    for target_id, verb_iri, target_authority in stored:
        if verb_iri == VOIDED_VERB:
            stored_voiding.add(str(target_id))
        elif authority is not None and not _may_void(authority, target_authority):
            raise LRSForbidden(
                f"{targets[str(target_id)]}object.id: these credentials may only void "
                "statements they wrote"
            )
    for target, prefix in targets.items():
        if target in in_batch or target in stored_voiding:
            raise StatementInvalid(prefix + "object.id", "a voiding statement cannot be voided")


def _may_void(voider_authority: dict, target_authority: dict) -> bool:
    """Only the platform, or whoever wrote a statement, may void it: a voiding statement
    stored earlier by someone else (say, a learner guessing the id of a statement yet
    to come) never takes effect."""
    voider = authority_key(voider_authority)
    return voider == authority_key(target_authority) or voider == _platform_authority_key()


def _platform_authority_key() -> str:
    return authority_key(builders.platform_authority())


def _voiding_authorities(keys: list[str]) -> dict[str, list[dict]]:
    """The authorities of the stored voiding statements that target each key."""
    found: dict[str, list[dict]] = {}
    rows = Statement.objects.filter(verb_iri=VOIDED_VERB, object_iri__in=keys).values_list(
        "object_iri", "data"
    )
    for key, data in rows:
        found.setdefault(key, []).append(data.get("authority"))
    return found


def _already_voided(ids: set[str], fresh: list[dict], *, authority: dict) -> set[str]:
    """Those of ``ids`` that a stored or batched voiding statement already targets
    (a voiding statement may arrive before its target), when its writer may void them."""
    voiding_ids = {s["id"] for s in fresh if _is_voiding(s)}
    candidates = ids - voiding_ids
    if not candidates:
        return set()
    keys = {statement_ref_key(i): i for i in candidates}
    targeted = {
        key
        for key, voiders in _voiding_authorities(list(keys)).items()
        if any(_may_void(voider, authority) for voider in voiders)
    }
    targeted |= {statement_ref_key(s["object"]["id"]) for s in fresh if _is_voiding(s)}
    return {keys[key] for key in targeted if key in keys}


def _apply_voiding(rows: list[Statement], *, authority: dict) -> None:
    """Mark the targets of new voiding statements voided, those the writer may void."""
    targets = [uuid.UUID(row.data["object"]["id"]) for row in rows if _is_voiding(row.data)]
    if not targets:
        return
    found = Statement.objects.filter(id__in=sorted(targets)).exclude(verb_iri=VOIDED_VERB)
    allowed = sorted(
        target_id
        for target_id, data in found.values_list("id", "data")
        if _may_void(authority, data.get("authority"))
    )
    if allowed:
        Statement.objects.filter(id__in=allowed).update(voided=True)


def _reconcile_voiding(rows: list[Statement], *, authority: dict) -> None:
    """After commit, apply voiding that two concurrent transactions could not see: a
    voiding statement and its target stored at the same moment each found the other not
    yet committed. Whichever transaction commits last sees the other here. (SQLite lets
    one writer at a time, so there the transactions never overlap.)"""
    _apply_voiding(rows, authority=authority)
    candidates = {str(row.id) for row in rows if not _is_voiding(row.data)}
    if not candidates:
        return
    keys = {statement_ref_key(i): i for i in candidates}
    late = sorted(
        keys[key]
        for key, voiders in _voiding_authorities(list(keys)).items()
        if any(_may_void(voider, authority) for voider in voiders)
    )
    if late:
        Statement.objects.filter(id__in=late, voided=False).update(voided=True)


def _index(rows: list[Statement]) -> None:
    """Write the statements' index rows (several per statement, the bulk of a batch's
    rows) straight to the table: COPY on PostgreSQL, one executemany elsewhere, with no
    model instance per row."""
    entries = [
        (row.id, kind, value, primary)
        for row in rows
        for kind, value, primary in sorted(index_entries(row.data))
    ]
    if not entries:
        return
    table = connection.ops.quote_name(StatementIndex._meta.db_table)
    columns = ", ".join(
        connection.ops.quote_name(name) for name in ("statement_id", "kind", "value", "primary")
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for entry in entries:
                    copy.write_row(entry)
        else:
            uuid_field = Statement._meta.pk
            cursor.executemany(
                f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s)",
                [
                    (uuid_field.get_db_prep_value(sid, connection), kind, value, primary)
                    for sid, kind, value, primary in entries
                ],
            )


def _store_attachments(contents: dict[str, tuple[str, bytes]]) -> None:
    if not contents:
        return
    Attachment.objects.bulk_create(
        [
            Attachment(sha2=sha2, content_type=content_type, content=content, length=len(content))
            for sha2, (content_type, content) in sorted(contents.items())
        ],
        ignore_conflicts=True,
    )


def _incoming_definitions(statements: list[dict]) -> dict[str, dict]:
    incoming: dict[str, dict] = {}

    def take(activity):
        if isinstance(activity, dict) and isinstance(activity.get("definition"), dict):
            iri = activity["id"]
            incoming[iri] = merge_definition(incoming.get(iri, {}), activity["definition"])

    def visit(body: dict):
        obj = body.get("object", {})
        if obj.get("objectType", "Activity") == "Activity":
            take(obj)
        elif obj.get("objectType") == "SubStatement":
            visit(obj)
        for entries in body.get("context", {}).get("contextActivities", {}).values():
            for activity in entries:
                take(activity)

    for statement in statements:
        visit(statement)
    return incoming


def _merge_definitions(statements: list[dict], *, may_update: bool) -> None:
    """Fold the definitions statements carry into the canonical ones: create missing
    rows (insert-or-ignore), then update, in IRI order, only rows that change.

    Without ``may_update`` (a caller lacking the ``define`` scope, such as content
    with a launch token) first definitions are kept but known ones are never changed.
    """
    incoming = _incoming_definitions(statements)
    if not incoming:
        return
    current = dict(
        ActivityDefinition.objects.filter(iri__in=list(incoming)).values_list("iri", "definition")
    )
    missing = sorted(iri for iri in incoming if iri not in current)
    if missing:
        ActivityDefinition.objects.bulk_create(
            [ActivityDefinition(iri=iri, definition=incoming[iri]) for iri in missing],
            ignore_conflicts=True,
        )
        current.update(
            ActivityDefinition.objects.filter(iri__in=missing).values_list("iri", "definition")
        )
    if not may_update:
        return
    changing = sorted(
        iri
        for iri, definition in incoming.items()
        if merge_definition(current.get(iri, {}), definition) != current.get(iri)
    )
    if not changing:
        return
    now = timezone.now()
    locked = ActivityDefinition.objects.select_for_update().filter(iri__in=changing)
    rows = list(locked.order_by("iri"))
    for row in rows:
        row.definition = merge_definition(row.definition or {}, incoming[row.iri])
        row.updated = now
    ActivityDefinition.objects.bulk_update(rows, ["definition", "updated"])


#: How many other ids ``statement_record`` tries when a statement's id is taken.
_REISSUE_ATTEMPTS = 3


def statement_record(*, statement: dict) -> str:
    """Store one statement the platform itself made (through the same door as clients'),
    with the platform's authority. Returns the id it is stored under.

    A clash never blocks the learner or the administrator whose action made the
    statement. When its id already holds a different statement written by someone
    else (ids are keyed with a server secret, so this takes a leaked key or a bug), the
    statement is stored under an id derived from the first, the same every time, so
    replays stay idempotent. When the platform itself already stored a different
    statement under that id, the first one stands and the clash is logged.
    """
    candidate = dict(statement)
    for _attempt in range(_REISSUE_ATTEMPTS):
        try:
            return statements_store(statements=[candidate])[0]
        except StatementConflict as conflict:
            existing = Statement.objects.filter(id=conflict.statement_id).first()
            if existing is None:
                raise
            written_by = existing.data.get("authority")
            if authority_key(written_by) == _platform_authority_key():
                logger.warning(
                    "statement %s: the platform derived a different statement under an id "
                    "it had already used; the first one stands",
                    conflict.statement_id,
                )
                return str(existing.id)
            logger.warning(
                "statement %s: the id was taken by another authority; stored under a new id",
                conflict.statement_id,
            )
            candidate["id"] = builders.derived_statement_id(f"reissued|{conflict.statement_id}")
    raise StatementConflict(str(candidate["id"]))


def lrs_client_create(*, name: str, key: str, secret: str, scopes: list[str]) -> LRSClient:
    """Register an LRS client; the secret is kept only as a salted hash."""
    client = LRSClient(name=name, key=key, scopes=scopes)
    client.set_secret(secret)
    client.full_clean(exclude=["secret_salt", "secret_hash"])
    client.save()
    return client


def lrs_token_issue(
    *,
    user,
    activity_iri: str,
    registration=None,
    lifetime: timedelta = timedelta(hours=4),
    scopes: tuple[str, ...] = ("statements/write", "statements/read/mine", "state"),
) -> tuple[LRSToken, str]:
    """A launch credential for content in a learner's browser: returns the token and
    its secret (shown once; only a hash is kept). It expires after ``lifetime``."""
    secret = secrets.token_urlsafe(24)
    key = secrets.token_hex(16)
    token = LRSToken.objects.create(
        key=key,
        secret_hash=hash_secret(secret, key),
        user=user,
        actor=builders.actor_for(user),
        activity_iri=activity_iri,
        registration=registration,
        scopes=list(scopes),
        expires_at=timezone.now() + lifetime,
    )
    return token, secret
