"""Reads from the statement store: one statement, or pages of a query, in the format
asked for, with their attachments when asked."""

import base64
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.db.models import Q, Subquery

from . import consistency, identity
from .auth import Credential, Source, learner_session_credential
from .models import ActivityDefinition, Attachment, Statement, StatementIndex
from .xapi.formats import (
    FORMATS,
    accepted_languages,
    activity_iris,
    format_statement,
    without_answer_keys,
)
from .xapi.json_text import parse_json
from .xapi.validation import (
    StatementInvalid,
    parse_timestamp,
    validate_agent,
    validate_iri,
    validate_json_values,
    validate_uuid,
)

MAX_LIMIT = 500
QUERY_PARAMETERS = {
    "agent",
    "verb",
    "activity",
    "registration",
    "related_activities",
    "related_agents",
    "since",
    "until",
    "limit",
    "format",
    "attachments",
    "ascending",
    "cursor",
}
SINGLE_PARAMETERS = {"statementId", "voidedStatementId", "format", "attachments"}


@dataclass(frozen=True)
class ReadOptions:
    """How statements are returned: ``format``, the caller's languages (best first),
    whether attachments come along, and, for ``statements/read/mine``, whose."""

    fmt: str = "exact"
    languages: tuple[str, ...] = ()
    attachments: bool = False
    mine: Credential | None = None


@dataclass
class StatementsResult:
    """Statements ready to send, their attachments, and what the headers need."""

    statements: list[dict]
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)
    last_modified: datetime | None = None
    more: str = ""
    #: ``X-Experience-API-Consistent-Through``: taken before the query (lrs/consistency.py).
    consistent_through: str = ""

    def as_json(self) -> dict:
        return {"statements": self.statements, "more": self.more}


def _boolean(params, name: str) -> bool:
    value = params.get(name, "false").lower()
    if value not in ("true", "false"):
        raise StatementInvalid(name, "must be true or false")
    return value == "true"


def read_options(params, *, accept_language: str, mine: Credential | None) -> ReadOptions:
    """The ``format`` and ``attachments`` parameters, checked."""
    fmt = params.get("format", "exact")
    if fmt not in FORMATS:
        raise StatementInvalid("format", "must be ids, exact or canonical")
    return ReadOptions(
        fmt=fmt,
        languages=tuple(accepted_languages(accept_language or "")),
        attachments=_boolean(params, "attachments"),
        mine=mine,
    )


def _mine_filter(credential: Credential | None) -> Q:
    """What ``statements/read/mine`` may read: for a learner's session, the statements
    about that learner (whoever wrote them); for anything else, the statements whose
    authority is the caller's."""
    if credential is None:
        return Q()
    if credential.kind == Source.SESSION and credential.actor is not None:
        return Q(actor_key=identity.actor_key(credential.actor))
    if credential.client is not None:
        return Q(client=credential.client)
    key = identity.actor_key(credential.authority)
    return Q(
        id__in=StatementIndex.objects.filter(kind=StatementIndex.Kind.AGENT, value=key).values(
            "statement_id"
        )
    )


def statements_readable_by_learner(*, user) -> list[dict]:
    """Every statement the learner's own session may read (``statements/read/mine``): the
    statements about them, voided ones left out, as stored (the ``exact`` format), with
    no answer key, oldest first. One query."""
    credential = learner_session_credential(user)
    rows = (
        Statement.objects.filter(voided=False)
        .filter(_mine_filter(credential))
        .order_by("stored", "id")
        .values_list("data", flat=True)
    )
    return without_answer_keys(list(rows.iterator(chunk_size=500)))


def _render(rows: list[Statement], options: ReadOptions) -> StatementsResult:
    statements = [row.data for row in rows]
    definitions: dict[str, dict] = {}
    if options.fmt == "canonical" and statements:
        iris = set().union(*(activity_iris(s) for s in statements))
        definitions = dict(
            ActivityDefinition.objects.filter(iri__in=list(iris)).values_list("iri", "definition")
        )
    result = StatementsResult(
        statements=[
            format_statement(
                s, options.fmt, definitions=definitions, preferred=list(options.languages)
            )
            for s in statements
        ],
        last_modified=max((row.stored for row in rows), default=None),
    )
    if options.attachments:
        result.attachments = _attachments_of(statements)
    return result


def _attachments_of(statements: list[dict]) -> list[tuple[str, str, bytes]]:
    wanted: dict[str, None] = {}
    for statement in statements:
        for attachment in statement.get("attachments", []):
            wanted[attachment["sha2"].lower()] = None
        obj = statement.get("object", {})
        if obj.get("objectType") == "SubStatement":
            for attachment in obj.get("attachments", []):
                wanted[attachment["sha2"].lower()] = None
    if not wanted:
        return []
    rows = {row.sha2: row for row in Attachment.objects.filter(sha2__in=list(wanted))}
    return [
        (sha2, rows[sha2].content_type, bytes(rows[sha2].content))
        for sha2 in wanted
        if sha2 in rows
    ]


def statement_get(*, params, options: ReadOptions) -> StatementsResult | None:
    """One statement by ``statementId`` (not voided) or ``voidedStatementId`` (voided),
    or ``None``. Only ``format`` and ``attachments`` may come with either."""
    if "statementId" in params and "voidedStatementId" in params:
        raise StatementInvalid("statementId", "cannot be combined with voidedStatementId")
    name = "voidedStatementId" if "voidedStatementId" in params else "statementId"
    for other in params:
        if other not in SINGLE_PARAMETERS:
            raise StatementInvalid(other, f"cannot be combined with {name}")
    validate_uuid(params[name], name)
    consistent_through = consistency.consistent_through().isoformat()
    query = Statement.objects.filter(id=uuid.UUID(params[name]), voided=name != "statementId")
    row = query.filter(_mine_filter(options.mine)).first()
    if row is None:
        return None
    result = _render([row], options)
    result.consistent_through = consistent_through
    return result


def _cursor_encode(row: Statement) -> str:
    raw = json.dumps([row.stored.isoformat(), str(row.id)]).encode()
    return base64.urlsafe_b64encode(raw).decode()


def _cursor_decode(cursor: str):
    try:
        stored, row_id = parse_json(base64.urlsafe_b64decode(cursor.encode()), field="cursor")
        return parse_timestamp(stored, "cursor"), uuid.UUID(str(row_id))
    except (ValueError, TypeError):
        raise StatementInvalid("cursor", "is not a cursor this LRS gave out") from None


def _index_ids(kind: str, value: str, *, primary_only: bool):
    rows = StatementIndex.objects.filter(kind=kind, value=value)
    if primary_only:
        rows = rows.filter(primary=True)
    return rows.values("statement_id")


def _matching_filter(params) -> Q:
    """The non-time filters (agent, verb, activity, registration), which a statement
    that targets another one also meets when its target does."""
    condition = Q()
    if "agent" in params:
        agent = parse_json(params["agent"], field="agent")
        validate_json_values(agent, "agent")
        validate_agent(agent, "agent")
        key = identity.actor_key(agent)
        if not key:
            raise StatementInvalid("agent", "must be an Agent or an identified Group")
        if _boolean(params, "related_agents"):
            condition &= Q(id__in=_index_ids(StatementIndex.Kind.AGENT, key, primary_only=False))
        else:
            # The actor or the object: two indexed columns, no join.
            condition &= Q(actor_key=key) | Q(object_iri=identity.agent_object_key(key))
    else:
        _boolean(params, "related_agents")
    if "verb" in params:
        validate_iri(params["verb"], "verb")
        condition &= Q(verb_iri=params["verb"])
    if "activity" in params:
        validate_iri(params["activity"], "activity")
        if _boolean(params, "related_activities"):
            condition &= Q(
                id__in=_index_ids(
                    StatementIndex.Kind.ACTIVITY, params["activity"], primary_only=False
                )
            )
        else:
            condition &= Q(object_iri=params["activity"])
    else:
        _boolean(params, "related_activities")
    if "registration" in params:
        validate_uuid(params["registration"], "registration")
        condition &= Q(registration=uuid.UUID(params["registration"]))
    return condition


def _limit(params) -> int:
    try:
        limit = int(params.get("limit", 0))
    except ValueError:
        raise StatementInvalid("limit", "must be a whole number") from None
    if limit < 0:
        raise StatementInvalid("limit", "must not be negative")
    return min(limit or MAX_LIMIT, MAX_LIMIT)


def _window(params, ascending: bool) -> Q:
    condition = Q()
    if "since" in params:
        condition &= Q(stored__gt=parse_timestamp(params["since"], "since"))
    if "until" in params:
        condition &= Q(stored__lte=parse_timestamp(params["until"], "until"))
    if "cursor" in params:
        stored, row_id = _cursor_decode(params["cursor"])
        if ascending:
            condition &= Q(stored__gt=stored) | Q(stored=stored, id__gt=row_id)
        else:
            condition &= Q(stored__lt=stored) | Q(stored=stored, id__lt=row_id)
    return condition


def statements_query(*, params, options: ReadOptions, path: str) -> StatementsResult:
    """Statements matching the xAPI filters, newest first unless ``ascending``, in pages.

    Each page is at most two index-ordered scans of ``limit + 1`` rows: statements
    meeting the filters, and statements whose StatementRef targets a statement (voided
    or not) meeting them. Voided statements are never listed. ``more`` carries a cursor
    on ``(stored, id)``, so statements arriving meanwhile never shift later pages.
    """
    for name in params:
        if name not in QUERY_PARAMETERS:
            raise StatementInvalid(name, "is not a parameter of GET statements")
    matching = _matching_filter(params)
    ascending = _boolean(params, "ascending")
    limit = _limit(params)
    window = _window(params, ascending) & _mine_filter(options.mine)
    # Taken before the query: every statement stored up to then is visible to it.
    consistent_through = consistency.consistent_through().isoformat()
    order = ["stored", "id"] if ascending else ["-stored", "-id"]
    base = Statement.objects.filter(voided=False).filter(window)
    rows = list(base.filter(matching).order_by(*order)[: limit + 1])
    if matching:
        targets = Statement.objects.filter(matching).values("id")
        referring = list(
            base.filter(target_id__isnull=False, target_id__in=Subquery(targets)).order_by(*order)[
                : limit + 1
            ]
        )
        if referring:
            by_id = {row.id: row for row in rows + referring}
            rows = sorted(by_id.values(), key=lambda r: (r.stored, r.id), reverse=not ascending)
            rows = rows[: limit + 1]
    page = rows[:limit]
    result = _render(page, options)
    if len(rows) > limit:
        kept = {name: value for name, value in params.items() if name != "cursor"}
        kept["cursor"] = _cursor_encode(page[-1])
        result.more = f"{path}?{urlencode(kept)}"
    result.consistent_through = consistent_through
    return result
