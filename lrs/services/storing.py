"""Storing statements, all or none and at most once: replays, id conflicts (with a
concurrent writer too), attachments, and the platform's own statements."""

import json
import logging
from collections.abc import Iterable, Mapping
from functools import partial

from django.db import connection, transaction
from django.utils import timezone

from .. import consistency, identity
from ..auth import Credential, Source, authority_key, staff_authority
from ..exceptions import StatementConflict
from ..forwarding import forwarding_enqueue
from ..hooks import StoredStatement, statement_stored
from ..models import Attachment, Statement
from ..xapi.attachments import Part
from ..xapi.equality import statements_match
from ..xapi.validation import StatementInvalid
from . import statistics, voiding
from .activity_definitions import merge_definitions
from .indexing import write_index
from .preparation import (
    check_allowed,
    check_attachments,
    check_lengths,
    prepare,
    stamp_stored,
    statement_row,
)

logger = logging.getLogger(__name__)


class StoredIds(list):
    """The ids of a stored batch, in the order given; ``new_count`` says how many of
    them were not stored before."""

    new_count: int = 0


def statements_store(
    *,
    statements: Iterable[dict],
    credential: Credential | None = None,
    batch: bool = False,
    attachments: Mapping[str, Part] | None = None,
    version: str = "1.0.3",
    recorded_for: dict | None = None,
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

    ``recorded_for``: the platform's own statements made on a staff member's word (this
    agent, a trainer taking attendance) get the platform and that agent as authority.
    """
    originals = list(statements)
    authority = credential.authority if credential else identity.platform_authority()
    if credential is None and recorded_for is not None:
        authority = staff_authority(recorded_for)
    client = credential.client if credential else None
    prefixes = [f"[{index}]." if batch else "" for index in range(len(originals))]
    prepared = [
        prepare(s, authority=authority, prefix=prefix, version=version)
        for s, prefix in zip(originals, prefixes, strict=True)
    ]
    seen_ids: set[str] = set()
    for statement, prefix in zip(prepared, prefixes, strict=True):
        if statement["id"] in seen_ids:
            raise StatementInvalid(prefix + "id", "appears twice in the batch")
        seen_ids.add(statement["id"])
        check_lengths(statement, prefix)
        if credential is not None:
            check_allowed(credential, statement, prefix)
    contents = check_attachments(originals, prefixes, attachments or {})
    ids = StoredIds(p["id"] for p in prepared)
    source = credential.kind if credential else Source.PLATFORM
    if credential is None and recorded_for is not None:
        source = Source.STAFF
    with transaction.atomic():
        # ``stored`` is taken past the fence, so that no query claims consistency past a
        # statement still being written (lrs/consistency.py).
        consistency.write_fence()
        stored = timezone.now()
        for statement in prepared:
            stamp_stored(statement, stored)
        voiding.check_voiding(prepared, prefixes, authority=authority if credential else None)
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
        write_index(new_rows)
        _store_attachments(contents)
        voiding.apply_voiding(new_rows, authority=authority)
        if new_rows and connection.vendor == "postgresql":
            transaction.on_commit(partial(voiding.reconcile_voiding, new_rows, authority=authority))
        merge_definitions(
            [row.data for row in new_rows],
            may_update=credential is None or credential.has_scope("define"),
        )
        for row in new_rows:
            statement_stored(StoredStatement(statement=row.data, source=source))
        statistics.statements_inserted(len(new_rows))
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
    voided = voiding.already_voided({s["id"] for s in fresh}, fresh, authority=authority)
    rows = sorted(
        (statement_row(s, stored=stored, client=client, voided=s["id"] in voided) for s in fresh),
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


#: How many other ids ``statement_record`` tries when a statement's id is taken.
_REISSUE_ATTEMPTS = 3


def statement_record(*, statement: dict, on_behalf_of: dict | None = None) -> str:
    """Store one statement the platform itself made (through the same door as clients'),
    with the platform's authority (with ``on_behalf_of``, the agent of a staff member
    whose word it records, the two together). Returns the id it is stored under.

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
            return statements_store(statements=[candidate], recorded_for=on_behalf_of)[0]
        except StatementConflict as conflict:
            existing = Statement.objects.filter(id=conflict.statement_id).first()
            if existing is None:
                raise
            written_by = existing.data.get("authority")
            if authority_key(written_by) == voiding.platform_authority_key():
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
            candidate["id"] = identity.derived_statement_id(f"reissued|{conflict.statement_id}")
    raise StatementConflict(str(candidate["id"]))
