"""The one door every statement comes through: validate, store once, project."""

import secrets
import uuid
from collections.abc import Iterable
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from . import projector
from .auth import Credential
from .exceptions import LRSForbidden, StatementConflict
from .models import LRSClient, LRSToken, Statement, hash_secret
from .xapi import builders
from .xapi.validation import StatementInvalid, parse_timestamp, validate_statement

# Properties the LRS sets or that may legitimately differ between two copies of one statement.
_NOT_COMPARED = {"authority", "stored", "version", "id"}


def _comparable(statement: dict) -> dict:
    return {key: value for key, value in statement.items() if key not in _NOT_COMPARED}


def _prepare(statement: dict, *, authority: dict, stored, index: int, batch: bool) -> dict:
    field_prefix = f"[{index}]." if batch else ""
    try:
        validate_statement(statement)
    except StatementInvalid as error:
        raise StatementInvalid(field_prefix + error.field, error.message) from None
    prepared = dict(statement)
    prepared["id"] = str(prepared.get("id") or uuid.uuid4()).lower()
    prepared.setdefault("timestamp", stored.isoformat())
    prepared["stored"] = stored.isoformat()
    prepared["authority"] = authority
    prepared.setdefault("version", "1.0.0")
    return prepared


def _row(prepared: dict, *, stored, client: LRSClient | None) -> Statement:
    obj = prepared["object"]
    registration = prepared.get("context", {}).get("registration")
    return Statement(
        id=uuid.UUID(prepared["id"]),
        data=prepared,
        actor_key=builders.actor_key(prepared["actor"]),
        verb_iri=prepared["verb"]["id"],
        object_iri=obj.get("id", "") if obj.get("objectType", "Activity") == "Activity" else "",
        registration=uuid.UUID(registration) if registration else None,
        timestamp=parse_timestamp(prepared["timestamp"], "timestamp"),
        stored=stored,
        client=client,
    )


def statements_store(
    *,
    statements: Iterable[dict],
    credential: Credential | None = None,
    batch: bool = False,
) -> list[str]:
    """Validate and store statements, all or none, and run the projector on the new ones.

    A statement whose id is already stored with the same content is accepted and
    changes nothing (offline replays are idempotent); a different one under the same id
    raises :class:`StatementConflict`. Returns the ids in the order given.
    """
    statements = list(statements)
    stored = timezone.now()
    authority = credential.authority if credential else builders.platform_authority()
    client = credential.client if credential else None
    prepared = [
        _prepare(s, authority=authority, stored=stored, index=i, batch=batch)
        for i, s in enumerate(statements)
    ]
    if credential is not None:
        for index, statement in enumerate(prepared):
            _check_allowed(credential, statement, f"[{index}]." if batch else "")
    ids = [p["id"] for p in prepared]
    with transaction.atomic():
        existing = {str(row.id): row.data for row in Statement.objects.filter(id__in=ids)}
        new_rows: list[Statement] = []
        seen: dict[str, dict] = {}
        for statement in prepared:
            previous = existing.get(statement["id"]) or seen.get(statement["id"])
            if previous is not None:
                if _comparable(previous) != _comparable(statement):
                    raise StatementConflict(statement["id"])
                continue
            seen[statement["id"]] = statement
            new_rows.append(_row(statement, stored=stored, client=client))
        Statement.objects.bulk_create(new_rows)
        for row in new_rows:
            _apply_voiding(row)
        for row in new_rows:
            projector.project(row.data)
    return ids


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


def statement_record(*, statement: dict) -> str:
    """Store one statement the platform itself made (through the same door as clients')."""
    return statements_store(statements=[statement])[0]


def _apply_voiding(row: Statement) -> None:
    if row.verb_iri != "http://adlnet.gov/expapi/verbs/voided":
        return
    target_id = row.data["object"]["id"]
    # A voiding statement cannot itself be voided.
    Statement.objects.filter(id=target_id).exclude(
        verb_iri="http://adlnet.gov/expapi/verbs/voided"
    ).update(voided=True)


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
