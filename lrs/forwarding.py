"""Forwarding statements to an agency's external LRS.

When ``LRS_FORWARD_URL`` is set, every statement the LRS stores also gets a row in a
durable outbox (:class:`~lrs.models.ForwardedStatement`), written in the same
transaction as the statement, so nothing stored is ever left unforwarded and nothing
rolled back is ever sent. Senders (the ``forward_statements`` task after each store,
and the ``manage.py forward_statements`` worker) send the due rows with the ``tincan``
client and retry failures with exponential backoff.

Statements go out exactly as stored: same id, same timestamps, same everything. The
``tincan`` object model cannot carry that (its ``Statement`` rejects UUIDs that are not
of versions 1 to 5, rewrites durations and timestamps, and adds properties), so the
stored JSON is sent through ``RemoteLRS``'s own request mechanism (``HTTPRequest``),
with the credentials, endpoint and version header the ``RemoteLRS`` holds.

The rest of the platform knows only :func:`forwarding_enqueue`; how statements travel is
fenced off here.
"""

import json
import logging
import random
import secrets
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from http.client import HTTPConnection, HTTPSConnection
from urllib.parse import urlencode, urlsplit, urlunsplit

from django.db import connection, transaction
from django.db.models import F, Min
from django.utils import timezone
from django_tasks import task
from tincan import RemoteLRS
from tincan.http_request import HTTPRequest
from tincan.lrs_response import LRSResponse

from .conf import setting
from .models import Attachment, ForwardedStatement

logger = logging.getLogger(__name__)

#: Statements per request to the external LRS.
BATCH_SIZE = 100
#: How long a sender owns the rows it took; another sender may take them after that
#: (the external LRS keeps statements by id, so a second delivery duplicates nothing).
LEASE = timedelta(minutes=5)
#: Retry delays: about this long after the first failure, doubling after each
#: further one, never more than RETRY_CAP.
RETRY_BASE = timedelta(seconds=30)
RETRY_CAP = timedelta(hours=1)
#: Network timeout of one request to the external LRS.
TIMEOUT_SECONDS = 15
_ERROR_LENGTH = 2000
_RESPONSE_EXCERPT = 500

PENDING = ForwardedStatement.Status.PENDING
SENT = ForwardedStatement.Status.SENT


def forwarding_enabled() -> bool:
    """Whether statements are forwarded (``LRS_FORWARD_URL`` is set)."""
    return bool(setting("LRS_FORWARD_URL"))


def forwarding_enqueue(*, statement_ids: Iterable) -> int:
    """Put newly stored statements in the outbox, due now.

    Call it inside the transaction that stores the statements: the rows commit or roll
    back with them. After the commit a ``forward_statements`` task is enqueued (the
    immediate backend runs it at once; it never raises into the caller). Does nothing
    when forwarding is off. Returns the number of rows queued.
    """
    ids = list(statement_ids)
    if not ids or not forwarding_enabled():
        return 0
    now = timezone.now()
    ForwardedStatement.objects.bulk_create(
        [ForwardedStatement(statement_id=statement_id, next_attempt_at=now) for statement_id in ids]
    )
    transaction.on_commit(_schedule_send, robust=True)
    return len(ids)


def _schedule_send() -> None:
    try:
        forward_statements.enqueue()
    except Exception:
        # The rows are safe in the outbox; the worker or the next store will send them.
        logger.exception("LRS forwarding: the send task could not be enqueued")


class ForwardingLRS(RemoteLRS):
    """tincan's ``RemoteLRS`` sending stored statement JSON as it is.

    It also gives every connection a timeout: tincan 1.0.0 opens its connections
    without one, so a stalled external LRS would hang the sender (and, with the
    immediate task backend, the learner's request that triggered it). Request bodies
    are ASCII JSON, or multipart bodies held as Latin-1 text because tincan's
    ``HTTPRequest`` keeps its content as text; both go out byte for byte.
    """

    timeout_seconds = TIMEOUT_SECONDS

    def put_statement(self, statement: dict, *, version: str) -> LRSResponse:
        """``PUT statements?statementId=...``: 204 when stored, 409 when already there."""
        return self._send_statements(
            "PUT", statement, [statement], version, {"statementId": statement["id"]}
        )

    def post_statements(self, statements: list[dict], *, version: str) -> LRSResponse:
        """``POST statements`` with a batch whose ids are all set."""
        return self._send_statements("POST", statements, statements, version, {})

    def _send_statements(self, method, payload, statements, version, query) -> LRSResponse:
        content = json.dumps(payload, ensure_ascii=True, separators=(",", ":"))
        headers = {"X-Experience-API-Version": version}
        parts = _attachment_parts(statements)
        if parts:
            boundary = secrets.token_hex(16)
            content = multipart_body(content, parts, boundary=boundary).decode("latin-1")
            headers["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
        else:
            headers["Content-Type"] = "application/json"
        request = HTTPRequest(
            method=method,
            resource="statements",
            headers=headers,
            query_params=query,
            content=content,
        )
        return self._send_request(request)

    def _send_request(self, request: HTTPRequest) -> LRSResponse:
        headers = {"X-Experience-API-Version": self.version}
        if self.auth is not None:
            headers["Authorization"] = self.auth
        headers.update(request.headers)
        resource = request.resource
        url = urlsplit(resource if resource.startswith("http") else self.endpoint + resource)
        query = "&".join(
            part for part in (url.query, urlencode(request.query_params or {})) if part
        )
        target = url.path + (f"?{query}" if query else "")
        connection_class = HTTPSConnection if url.scheme == "https" else HTTPConnection
        http = connection_class(url.hostname, url.port, timeout=self.timeout_seconds)
        body = request.content.encode("latin-1") if request.content is not None else None
        try:
            http.request(request.method, target, body=body, headers=headers)
            response = http.getresponse()
            data = response.read()
        finally:
            http.close()
        success = 200 <= response.status < 300 or (
            response.status == 404 and bool(request.ignore404)
        )
        return LRSResponse(
            success=success,
            request=request,
            response=response,
            data=data.decode("utf-8", errors="replace"),
        )


def forwarding_remote() -> ForwardingLRS:
    """The external LRS, as configured in the settings."""
    credentials = {}
    if setting("LRS_FORWARD_KEY"):
        credentials = {
            "username": setting("LRS_FORWARD_KEY"),
            "password": setting("LRS_FORWARD_SECRET"),
        }
    return ForwardingLRS(endpoint=setting("LRS_FORWARD_URL"), **credentials)


def multipart_body(statements_json: str, parts: list[Attachment], *, boundary: str) -> bytes:
    """A ``multipart/mixed`` body: the statements, then each attachment's raw content
    with the hash the statements refer to it by, as the xAPI specification lays out."""
    crlf = b"\r\n"
    body = [
        b"--" + boundary.encode(),
        b"Content-Type: application/json",
        b"",
        statements_json.encode("ascii"),
    ]
    for part in parts:
        body += [
            b"--" + boundary.encode(),
            f"Content-Type: {part.content_type}".encode("latin-1"),
            b"Content-Transfer-Encoding: binary",
            f"X-Experience-API-Hash: {part.sha2}".encode("ascii"),
            b"",
            bytes(part.content),
        ]
    body.append(b"--" + boundary.encode() + b"--")
    return crlf.join(body) + crlf


def _attachment_parts(statements: list[dict]) -> list[Attachment]:
    hashes = [
        attachment["sha2"]
        for statement in statements
        for attachment in statement.get("attachments") or []
        if isinstance(attachment, dict) and attachment.get("sha2")
    ]
    if not hashes:
        return []
    held = {row.sha2: row for row in Attachment.objects.filter(sha2__in=hashes)}
    return [held[sha2] for sha2 in dict.fromkeys(hashes) if sha2 in held]


def retry_delay(attempts: int, *, rand: Callable[[], float] = random.random) -> timedelta:
    """How long to wait after the ``attempts``-th failed attempt: exponential, capped,
    and drawn between half and all of that, so that rows (or senders) that failed
    together do not all come back at the same instant."""
    ceiling = min(RETRY_CAP, RETRY_BASE * 2 ** min(max(attempts - 1, 0), 20))
    return ceiling / 2 + ceiling / 2 * rand()


# What an answer of the external LRS means for the rows sent.
DELIVERED = "delivered"  # stored, or already there: nothing more to do
REJECTED = "rejected"  # this request was refused: try the statements one by one
UNAVAILABLE = "unavailable"  # the LRS cannot take anything now: stop and retry later


def answer_outcome(status: int, *, single: bool) -> str:
    """Classify an HTTP status from the external LRS.

    A 409 to a single ``PUT`` means the other side already has a statement with that
    id: it counts as delivered (statements are immutable; sending it again would
    duplicate nothing). A 409 to a batch may hide statements it does not have yet, so
    the batch is then sent one statement at a time.
    """
    if 200 <= status < 300 or (single and status == 409):
        return DELIVERED
    if status in (401, 403, 404, 405, 408, 429) or status >= 500:
        return UNAVAILABLE
    return REJECTED


@dataclass
class ForwardingReport:
    """What one call of :func:`forwarding_send_due` did."""

    sent: int = 0
    failed: int = 0
    deferred: bool = False
    stopped: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def forwarding_send_due(
    *,
    limit: int = 1000,
    batch_size: int = BATCH_SIZE,
    now: datetime | None = None,
    remote: ForwardingLRS | None = None,
    defer_while_failing: bool = False,
) -> ForwardingReport:
    """Send up to ``limit`` due outbox rows to the external LRS, ``batch_size`` at a time.

    Each batch is taken under a lease (on PostgreSQL with ``SELECT ... FOR UPDATE SKIP
    LOCKED``), so concurrent senders never send the same row at the same time. A batch
    goes as one ``POST``; if the external LRS refuses it, its statements go one by one
    as ``PUT``s, so that one statement it will not take does not hold back the others.
    Delivered rows are marked sent; failed ones record the error, count the attempt and
    wait :func:`retry_delay`. When the external LRS is unreachable or refuses the
    credentials, the run stops.

    ``defer_while_failing`` (used after each store) skips the run while earlier rows
    are waiting to be retried, so that learners' requests do not each wait for an
    external LRS that is down; the worker and later retries catch up.
    """
    report = ForwardingReport()
    if not forwarding_enabled():
        return report
    now = now or timezone.now()
    if defer_while_failing and _backing_off(now):
        report.deferred = True
        return report
    remote = remote or forwarding_remote()
    while report.sent + report.failed < limit:
        rows = _claim(now=now, count=min(batch_size, limit - report.sent - report.failed))
        if not rows:
            break
        stopped = _deliver(remote, rows, now=now, report=report)
        if stopped:
            report.stopped = stopped
            break
    if report.sent or report.failed:
        logger.debug("LRS forwarding: %s", report.as_dict())
    return report


def _backing_off(now: datetime) -> bool:
    return ForwardedStatement.objects.filter(
        status=PENDING, attempts__gt=0, next_attempt_at__gt=now
    ).exists()


def _claim(*, now: datetime, count: int) -> list[ForwardedStatement]:
    with transaction.atomic():
        due = ForwardedStatement.objects.filter(status=PENDING, next_attempt_at__lte=now).order_by(
            "next_attempt_at", "statement_id"
        )
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True, of=("self",))
        rows = list(due.select_related("statement")[:count])
        if rows:
            ForwardedStatement.objects.filter(pk__in=[row.pk for row in rows]).update(
                next_attempt_at=now + LEASE
            )
    return rows


def _wire_version(statement: dict) -> str:
    return "2.0.0" if str(statement.get("version", "")).startswith("2.") else "1.0.3"


def _deliver(remote, rows, *, now, report) -> str:
    """Send one claimed batch; returns why the run must stop, or an empty string."""
    by_version: dict[str, list[ForwardedStatement]] = {}
    for row in rows:
        by_version.setdefault(_wire_version(row.statement.data), []).append(row)
    for position, (version, group) in enumerate(by_version.items()):
        stopped = _deliver_group(remote, group, version=version, now=now, report=report)
        if stopped:
            rest = [row for _, later in list(by_version.items())[position + 1 :] for row in later]
            _record_failed(rest, stopped, now=now, report=report)
            return stopped
    return ""


def _deliver_group(remote, rows, *, version, now, report) -> str:
    if len(rows) > 1:
        status, error = _exchange(
            remote.post_statements, [row.statement.data for row in rows], version=version
        )
        outcome = answer_outcome(status, single=False) if status else UNAVAILABLE
        if outcome == DELIVERED:
            _record_sent(rows, report=report)
            return ""
        if outcome == UNAVAILABLE:
            _record_failed(rows, error, now=now, report=report)
            return error
    for position, row in enumerate(rows):
        status, error = _exchange(remote.put_statement, row.statement.data, version=version)
        outcome = answer_outcome(status, single=True) if status else UNAVAILABLE
        if outcome == DELIVERED:
            if status == 409:
                logger.info("LRS forwarding: %s was already at the external LRS", row.pk)
            _record_sent([row], report=report)
        elif outcome == UNAVAILABLE:
            _record_failed(rows[position:], error, now=now, report=report)
            return error
        else:
            _record_failed([row], error, now=now, report=report)
    return ""


def _exchange(send, payload, *, version) -> tuple[int | None, str]:
    """Call the external LRS; returns the HTTP status (None when there was no answer)
    and, unless it succeeded, a description of what went wrong."""
    try:
        response = send(payload, version=version)
    except Exception as error:  # connection refused, timeout, TLS, malformed URL...
        return None, f"{type(error).__name__}: {error}"
    status = response.response.status
    if response.success:
        return status, ""
    excerpt = (response.data or "").strip()[:_RESPONSE_EXCERPT]
    return status, f"HTTP {status} {response.response.reason}: {excerpt}".strip()


def _record_sent(rows, *, report) -> None:
    ForwardedStatement.objects.filter(pk__in=[row.pk for row in rows]).update(
        status=SENT,
        sent_at=timezone.now(),
        attempts=F("attempts") + 1,
        last_error="",
    )
    report.sent += len(rows)


def _record_failed(rows, error, *, now, report) -> None:
    for row in rows:
        row.attempts += 1
        row.last_error = error[:_ERROR_LENGTH]
        row.next_attempt_at = now + retry_delay(row.attempts)
    ForwardedStatement.objects.bulk_update(rows, ["attempts", "last_error", "next_attempt_at"])
    report.failed += len(rows)
    if rows:
        logger.warning("LRS forwarding: %s statements not sent: %s", len(rows), error)


@dataclass(frozen=True)
class ForwardingBacklog:
    """The outbox at a glance, for the admin."""

    enabled: bool
    endpoint: str
    pending: int
    failing: int
    oldest_pending: datetime | None
    sent_last_day: int
    errors: list


def forwarding_backlog(*, errors: int = 50) -> ForwardingBacklog:
    """Pending and failing counts, the oldest pending row, deliveries in the last 24
    hours, and the last error of up to ``errors`` failing rows, next to be retried first."""
    pending = ForwardedStatement.objects.filter(status=PENDING)
    failing = pending.exclude(last_error="")
    oldest = pending.aggregate(oldest=Min("created_at"))["oldest"]
    return ForwardingBacklog(
        enabled=forwarding_enabled(),
        endpoint=_without_credentials(setting("LRS_FORWARD_URL")),
        pending=pending.count(),
        failing=failing.count(),
        oldest_pending=oldest,
        sent_last_day=ForwardedStatement.objects.filter(
            status=SENT, sent_at__gte=timezone.now() - timedelta(hours=24)
        ).count(),
        errors=list(failing.order_by("next_attempt_at", "statement_id")[:errors]),
    )


def _without_credentials(url: str) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


@task()
def forward_statements() -> dict:
    """Send the statements due for forwarding (one batch; the worker drains the rest).

    Enqueued after every store that queued statements. It never raises: a delivery
    failure is recorded on the outbox rows and retried later, so a learner's request
    that triggered it (with the immediate backend) is never affected.
    """
    try:
        report = forwarding_send_due(limit=BATCH_SIZE, defer_while_failing=True)
    except Exception:
        logger.exception("LRS forwarding: sending failed; the rows stay queued")
        return {"error": True}
    return report.as_dict()
