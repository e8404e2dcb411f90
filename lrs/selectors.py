"""Reads from the statement store."""

import base64
import json
import uuid
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils import timezone

from .models import Statement
from .xapi import builders
from .xapi.validation import StatementInvalid, parse_timestamp

MAX_LIMIT = 500


def statement_get(*, statement_id: str, voided: bool) -> dict | None:
    """One statement by id; voided ones only through ``voidedStatementId``."""
    try:
        key = uuid.UUID(statement_id)
    except ValueError:
        raise StatementInvalid("statementId", "must be a UUID") from None
    row = Statement.objects.filter(id=key, voided=voided).first()
    return row.data if row else None


@dataclass
class StatementPage:
    statements: list[dict]
    next_cursor: str | None
    params: dict
    consistent_through: str

    def as_json(self, request) -> dict:
        more = ""
        if self.next_cursor:
            query = {**self.params, "cursor": self.next_cursor}
            more = f"{request.path}?{urlencode(query)}"
        return {"statements": self.statements, "more": more}


def _cursor_encode(row: Statement) -> str:
    raw = json.dumps([row.stored.isoformat(), str(row.id)]).encode()
    return base64.urlsafe_b64encode(raw).decode()


def _cursor_decode(cursor: str):
    try:
        stored, row_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        return parse_timestamp(stored, "cursor"), uuid.UUID(row_id)
    except (ValueError, TypeError, json.JSONDecodeError):
        raise StatementInvalid("cursor", "is not a cursor this LRS gave out") from None


def statements_query(*, params) -> StatementPage:
    """Statements matching the xAPI filters, newest first unless ``ascending``, in pages."""
    queryset = Statement.objects.filter(voided=False)
    kept = {}
    if "agent" in params:
        try:
            agent = json.loads(params["agent"])
        except json.JSONDecodeError:
            raise StatementInvalid("agent", "must be a JSON Agent object") from None
        queryset = queryset.filter(actor_key=builders.actor_key(agent))
        kept["agent"] = params["agent"]
    if "verb" in params:
        queryset = queryset.filter(verb_iri=params["verb"])
        kept["verb"] = params["verb"]
    if "activity" in params:
        queryset = queryset.filter(object_iri=params["activity"])
        kept["activity"] = params["activity"]
    if "registration" in params:
        try:
            queryset = queryset.filter(registration=uuid.UUID(params["registration"]))
        except ValueError:
            raise StatementInvalid("registration", "must be a UUID") from None
        kept["registration"] = params["registration"]
    if "since" in params:
        queryset = queryset.filter(stored__gt=parse_timestamp(params["since"], "since"))
        kept["since"] = params["since"]
    if "until" in params:
        queryset = queryset.filter(stored__lte=parse_timestamp(params["until"], "until"))
        kept["until"] = params["until"]
    ascending = params.get("ascending", "false").lower() == "true"
    kept["ascending"] = "true" if ascending else "false"
    try:
        limit = int(params.get("limit", 0)) or MAX_LIMIT
    except ValueError:
        raise StatementInvalid("limit", "must be a whole number") from None
    if limit < 0:
        raise StatementInvalid("limit", "must not be negative")
    limit = min(limit, MAX_LIMIT)
    kept["limit"] = str(limit)
    if "cursor" in params:
        stored, row_id = _cursor_decode(params["cursor"])
        from django.db.models import Q

        if ascending:
            queryset = queryset.filter(Q(stored__gt=stored) | Q(stored=stored, id__gt=row_id))
        else:
            queryset = queryset.filter(Q(stored__lt=stored) | Q(stored=stored, id__lt=row_id))
    order = ["stored", "id"] if ascending else ["-stored", "-id"]
    rows = list(queryset.order_by(*order)[: limit + 1])
    next_cursor = _cursor_encode(rows[limit - 1]) if len(rows) > limit else None
    return StatementPage(
        statements=[row.data for row in rows[:limit]],
        next_cursor=next_cursor,
        params=kept,
        consistent_through=timezone.now().isoformat(),
    )
