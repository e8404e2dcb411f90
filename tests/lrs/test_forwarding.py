"""Forwarding to an agency's external LRS.

The external LRS is the platform's own ``/xapi/`` running in ``live_server``, reached
over real HTTP with credentials of its own (a separate LRS client). It shares the test
database with the forwarding side, so it already holds every statement it is sent: it
checks the credentials, validates each statement and compares it with what it holds,
then answers as it would to any client. What the tests look at is therefore the
outbox (``ForwardedStatement``) and the HTTP exchange itself: what was sent, to
which address, under which credentials, and what the external LRS answered.
"""

import email
import hashlib
import json
import socket
import threading
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import default_task_backend
from tincan import RemoteLRS

from lrs.exceptions import StatementConflict
from lrs.forwarding import (
    DELIVERED,
    REJECTED,
    RETRY_CAP,
    UNAVAILABLE,
    ForwardingLRS,
    answer_outcome,
    forwarding_send_due,
    multipart_body,
    retry_delay,
)
from lrs.models import Attachment, ForwardedStatement, Statement
from lrs.services import statements_store
from lrs.xapi.attachments import Part
from tests.lrs import support

EXTERNAL_KEY = "agency-lrs"
EXTERNAL_SECRET = "agency-lrs-secret-2026"
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
PENDING = ForwardedStatement.Status.PENDING
SENT = ForwardedStatement.Status.SENT


def learner_statement(**overrides) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "http://testserver", "name": str(uuid.uuid4())},
        },
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/experienced",
            "display": {"en-US": "experienced"},
        },
        "object": {
            "objectType": "Activity",
            "id": "http://testserver/xapi/platform/lessons/briefing",
            "definition": {"name": {"en-CA": "Briefing", "fr-CA": "Breffage"}},
        },
        "result": {"duration": "PT1M30S", "completion": True},
        "timestamp": "2026-03-02T09:15:00.123456+00:00",
        **overrides,
    }


def store(*statements) -> list[str]:
    return list(statements_store(statements=list(statements)))


def stored_data(statement_id) -> dict:
    return Statement.objects.get(id=statement_id).data


def closed_port_url() -> str:
    """The address of a port nothing listens on: connections to it are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/xapi/"


@dataclass
class Exchange:
    method: str
    query: dict
    body: object
    status: int | None
    answer: str
    attachments: list = field(default_factory=list)


def _read_body(request) -> tuple[object, list]:
    """The statements a request carried, and its attachment parts as (hash, bytes)."""
    if request.content is None:
        return None, []
    raw = request.content.encode("latin-1")
    content_type = request.headers.get("Content-Type", "")
    if not content_type.startswith("multipart/"):
        return json.loads(raw), []
    message = email.message_from_bytes(f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    first, *parts = message.get_payload()
    attachments = [(part["X-Experience-API-Hash"], part.get_payload(decode=True)) for part in parts]
    return json.loads(first.get_payload()), attachments


def recording_remote(url: str, log: list, *, key=EXTERNAL_KEY, secret=EXTERNAL_SECRET):
    """A ForwardingLRS that also writes down every request it makes and its answer."""

    class RecordingLRS(ForwardingLRS):
        def _send_request(self, request):
            body, attachments = _read_body(request)
            exchange = Exchange(request.method, dict(request.query_params), body, None, "")
            exchange.attachments = attachments
            log.append(exchange)
            response = super()._send_request(request)
            exchange.status, exchange.answer = response.response.status, response.data
            return response

    return RecordingLRS(endpoint=url, username=key, password=secret)


def ids_delivered(log: list[Exchange]) -> Counter:
    """How many times each statement id went out in a request that succeeded."""
    delivered = Counter()
    for exchange in log:
        if exchange.status is None or not 200 <= exchange.status < 300:
            continue
        body = exchange.body if isinstance(exchange.body, list) else [exchange.body]
        delivered.update(statement["id"] for statement in body)
    return delivered


@pytest.fixture
def external_lrs(live_server):
    """The agency's LRS: the platform's own /xapi/ in live_server, with its own client."""
    support.lrs_client(
        scopes=("statements/write", "statements/read"), key=EXTERNAL_KEY, secret=EXTERNAL_SECRET
    )
    url = live_server.url + "/xapi/"
    with override_settings(
        LRS_FORWARD_URL=url, LRS_FORWARD_KEY=EXTERNAL_KEY, LRS_FORWARD_SECRET=EXTERNAL_SECRET
    ):
        yield url


# Pure rules ----------------------------------------------------------------------------


def test_retry_delay_doubles_after_each_failure_with_jitter_and_is_capped():
    assert retry_delay(1, rand=lambda: 0.0) == timedelta(seconds=15)
    assert retry_delay(1, rand=lambda: 1.0) == timedelta(seconds=30)
    assert retry_delay(3, rand=lambda: 1.0) == timedelta(minutes=2)
    assert retry_delay(4, rand=lambda: 0.5) == timedelta(minutes=3)
    assert retry_delay(30, rand=lambda: 1.0) == RETRY_CAP == timedelta(hours=1)
    assert retry_delay(10_000, rand=lambda: 0.0) == timedelta(minutes=30)


@pytest.mark.parametrize(
    ("status", "single", "outcome"),
    [
        (200, False, DELIVERED),
        (204, True, DELIVERED),
        (409, True, DELIVERED),
        (409, False, REJECTED),
        (400, False, REJECTED),
        (400, True, REJECTED),
        (413, False, REJECTED),
        (401, False, UNAVAILABLE),
        (403, True, UNAVAILABLE),
        (404, False, UNAVAILABLE),
        (429, False, UNAVAILABLE),
        (503, True, UNAVAILABLE),
    ],
)
def test_answers_of_the_external_lrs_are_classified(status, single, outcome):
    assert answer_outcome(status, single=single) == outcome


def test_multipart_body_holds_the_statements_then_each_attachment_with_its_hash():
    pdf = Attachment(sha2="ab" * 32, content_type="application/pdf", content=b"%PDF\x00\xff\r\n")
    body = multipart_body('[{"id":"x"}]', [pdf], boundary="b0undary")
    message = email.message_from_bytes(
        b'Content-Type: multipart/mixed; boundary="b0undary"\r\n\r\n' + body
    )
    first, second = message.get_payload()
    assert first.get_content_type() == "application/json"
    assert first.get_payload() == '[{"id":"x"}]'
    assert second["X-Experience-API-Hash"] == "ab" * 32
    assert second["Content-Transfer-Encoding"] == "binary"
    assert b"\r\n\r\n%PDF\x00\xff\r\n\r\n--b0undary--\r\n" in body


# Queuing -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_stored_statements_are_queued_in_the_same_transaction_when_forwarding_is_on(
    django_capture_on_commit_callbacks,
):
    before = timezone.now()
    with override_settings(LRS_FORWARD_URL="http://agency.example/xapi/"):
        with django_capture_on_commit_callbacks() as callbacks:
            ids = store(learner_statement(), learner_statement())
    rows = ForwardedStatement.objects.order_by("statement_id")
    assert sorted(str(row.statement_id) for row in rows) == sorted(ids)
    assert {row.status for row in rows} == {PENDING}
    assert all(before <= row.next_attempt_at <= timezone.now() for row in rows)
    assert {row.attempts for row in rows} == {0}
    sends = [c for c in callbacks if getattr(c, "__name__", "") == "_schedule_send"]
    assert len(sends) == 1, "one send task is enqueued once the transaction commits"


@pytest.mark.django_db
def test_nothing_is_queued_when_forwarding_is_off():
    store(learner_statement())
    assert not ForwardedStatement.objects.exists()


@pytest.mark.django_db
def test_a_store_that_fails_queues_nothing_and_a_replay_queues_nothing_twice():
    with override_settings(LRS_FORWARD_URL="http://agency.example/xapi/"):
        first = learner_statement()
        store(first)
        conflicting = {**first, "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}}
        with pytest.raises(StatementConflict):
            store(learner_statement(), conflicting)
        store(first)
    assert list(ForwardedStatement.objects.values_list("statement_id", flat=True)) == [
        uuid.UUID(first["id"])
    ]


# Delivery over HTTP to the external LRS ------------------------------------------------


def test_statements_reach_the_external_lrs_right_after_they_are_stored(external_lrs):
    ids = store(learner_statement(), learner_statement(), learner_statement())

    rows = ForwardedStatement.objects.all()
    assert {str(row.statement_id) for row in rows} == set(ids)
    assert {(row.status, row.attempts, row.last_error) for row in rows} == {(SENT, 1, "")}
    assert all(row.sent_at is not None for row in rows)

    agency = RemoteLRS(endpoint=external_lrs, username=EXTERNAL_KEY, password=EXTERNAL_SECRET)
    for statement_id in ids:
        answer = agency.retrieve_statement(statement_id)
        assert answer.success, answer.data
        assert str(answer.content.id) == statement_id


@override_settings(TASKS=DUMMY_TASKS)
def test_a_batch_goes_out_as_stored_with_its_ids_and_the_external_lrs_answers_them(
    external_lrs,
):
    # A version-7 UUID and a duration tincan's Statement model would rewrite ("PT01M30S"):
    # the statements must leave exactly as they were stored.
    statements = [
        learner_statement(id="0190a3b2-7c4d-7abc-8def-0123456789ab"),
        learner_statement(timestamp="2026-03-02T09:16:00Z"),
    ]
    ids = store(*statements)
    assert len(default_task_backend.results) == 1
    assert ForwardedStatement.objects.filter(status=PENDING).count() == 2

    log: list[Exchange] = []
    report = forwarding_send_due(remote=recording_remote(external_lrs, log))

    assert (report.sent, report.failed, report.stopped) == (2, 0, "")
    [exchange] = log
    assert exchange.method == "POST"
    # The external LRS shares the database, so it already holds these statements and
    # answers as to a replay: 204, nothing new stored (or 200 with the same ids).
    assert exchange.status in (200, 204)
    if exchange.status == 200:
        assert json.loads(exchange.answer) == ids
    assert [statement["id"] for statement in exchange.body] == ids
    assert exchange.body == [stored_data(statement_id) for statement_id in ids]
    assert exchange.body[0]["result"]["duration"] == "PT1M30S"
    assert exchange.body[1]["timestamp"] == "2026-03-02T09:16:00Z"
    assert set(ForwardedStatement.objects.values_list("status", flat=True)) == {SENT}


def test_while_the_external_lrs_is_down_statements_wait_then_each_is_delivered_once(
    external_lrs,
):
    down = closed_port_url()
    with override_settings(LRS_FORWARD_URL=down):
        before = timezone.now()
        first_ids = store(learner_statement(), learner_statement())
        after = timezone.now()
        failed = list(ForwardedStatement.objects.all())
        assert {(row.status, row.attempts) for row in failed} == {(PENDING, 1)}
        assert all("Connection refused" in row.last_error for row in failed)
        for row in failed:
            assert before + timedelta(seconds=15) <= row.next_attempt_at
            assert row.next_attempt_at <= after + timedelta(seconds=30)

        # The LRS is known to be down: the next learner's store does not wait for it.
        [later_id] = store(learner_statement())
        later = ForwardedStatement.objects.get(statement_id=later_id)
        assert (later.status, later.attempts, later.last_error) == (PENDING, 0, "")

        # A retry that is not due yet does not happen.
        log: list[Exchange] = []
        forwarding_send_due(remote=recording_remote(down, log))
        assert [exchange.body["id"] for exchange in log] == [later_id]
        assert ForwardedStatement.objects.get(statement_id=later_id).attempts == 1

    log = []
    in_two_hours = timezone.now() + timedelta(hours=2)
    report = forwarding_send_due(now=in_two_hours, remote=recording_remote(external_lrs, log))
    assert (report.sent, report.failed) == (3, 0)
    assert ids_delivered(log) == Counter({i: 1 for i in [*first_ids, later_id]})
    assert set(ForwardedStatement.objects.values_list("status", "last_error")) == {(SENT, "")}
    assert sorted(ForwardedStatement.objects.values_list("attempts", flat=True)) == [2, 2, 2]

    again: list[Exchange] = []
    report = forwarding_send_due(now=in_two_hours, remote=recording_remote(external_lrs, again))
    assert (report.sent, report.failed, again) == (0, 0, [])


@override_settings(TASKS=DUMMY_TASKS)
def test_attachments_travel_with_their_statement_as_multipart(external_lrs):
    content = b"%PDF-1.7 certificate \xe2\x9c\x93 \x00\xff\r\n--not-a-boundary"
    sha2 = hashlib.sha256(content).hexdigest()
    attachment = {
        "usageType": "http://id.tincanapi.com/attachment/certificate-of-completion",
        "display": {"en-CA": "Certificate", "fr-CA": "Certificat"},
        "contentType": "application/pdf",
        "length": len(content),
        "sha2": sha2,
    }
    [statement_id] = statements_store(
        statements=[learner_statement(attachments=[attachment])],
        attachments={sha2: Part(headers={"content-type": "application/pdf"}, content=content)},
    )

    log: list[Exchange] = []
    report = forwarding_send_due(remote=recording_remote(external_lrs, log))

    # The external LRS refuses an attachment without fileUrl whose content is missing,
    # so its 2xx answer shows the part arrived and matched the statement's hash.
    assert (report.sent, report.failed) == (1, 0)
    [exchange] = log
    assert (exchange.method, exchange.query) == ("PUT", {"statementId": statement_id})
    assert exchange.status == 204
    assert exchange.body == stored_data(statement_id)
    assert exchange.attachments == [(sha2, content)]


@override_settings(TASKS=DUMMY_TASKS)
def test_sending_again_what_the_external_lrs_already_has_counts_as_sent(external_lrs):
    ids = store(learner_statement(), learner_statement())
    forwarding_send_due(remote=recording_remote(external_lrs, []))
    statements_before = Statement.objects.count()

    # As if the answer had been lost: the rows are sent again, as a batch, then alone.
    ForwardedStatement.objects.update(status=PENDING, next_attempt_at=timezone.now())
    log: list[Exchange] = []
    report = forwarding_send_due(remote=recording_remote(external_lrs, log))
    assert report.sent == 2
    [exchange] = log
    assert exchange.method == "POST"
    assert exchange.status in (200, 204)

    ForwardedStatement.objects.filter(statement_id=ids[0]).update(
        status=PENDING, next_attempt_at=timezone.now()
    )
    log = []
    report = forwarding_send_due(remote=recording_remote(external_lrs, log))
    assert report.sent == 1
    [exchange] = log
    assert (exchange.method, exchange.query, exchange.status) == (
        "PUT",
        {"statementId": ids[0]},
        204,
    )
    assert Statement.objects.count() == statements_before
    assert set(ForwardedStatement.objects.values_list("status", flat=True)) == {SENT}


@override_settings(TASKS=DUMMY_TASKS)
def test_a_statement_the_external_lrs_refuses_does_not_hold_back_the_others(external_lrs):
    good, bad, also_good = store(learner_statement(), learner_statement(), learner_statement())
    # The agency's LRS is stricter than ours about this one statement.
    data = stored_data(bad)
    Statement.objects.filter(id=bad).update(data={**data, "verb": {"id": "not an IRI"}})

    log: list[Exchange] = []
    report = forwarding_send_due(remote=recording_remote(external_lrs, log))

    assert (report.sent, report.failed, report.stopped) == (2, 1, "")
    assert [exchange.method for exchange in log] == ["POST", "PUT", "PUT", "PUT"]
    assert log[0].status == 400
    assert {exchange.query["statementId"]: exchange.status for exchange in log[1:]} == {
        good: 204,
        bad: 400,
        also_good: 204,
    }
    refused = ForwardedStatement.objects.get(statement_id=bad)
    assert (refused.status, refused.attempts) == (PENDING, 1)
    assert refused.last_error.startswith("HTTP 400")
    assert "verb" in refused.last_error
    assert ForwardedStatement.objects.filter(
        statement_id__in=[good, also_good], status=SENT
    ).count()
    assert ids_delivered(log) == Counter({good: 1, also_good: 1})


@override_settings(TASKS=DUMMY_TASKS)
def test_refused_credentials_stop_the_run_and_keep_the_statements_queued(external_lrs):
    store(learner_statement(), learner_statement())
    log: list[Exchange] = []
    remote = recording_remote(external_lrs, log, secret="not-the-agency-secret")
    report = forwarding_send_due(batch_size=1, remote=remote)

    assert report.stopped.startswith("HTTP 401")
    assert (report.sent, report.failed) == (0, 1)
    assert len(log) == 1, "no further request once the credentials are refused"
    rows = ForwardedStatement.objects.order_by("attempts")
    assert [(row.status, row.attempts) for row in rows] == [(PENDING, 0), (PENDING, 1)]
    assert rows[1].last_error.startswith("HTTP 401")


@override_settings(TASKS=DUMMY_TASKS)
def test_concurrent_senders_never_send_the_same_statement_twice(external_lrs):
    ids = store(*[learner_statement() for _ in range(40)])
    log: list[Exchange] = []
    reports = []

    def sender():
        from django.db import connection

        try:
            reports.append(
                forwarding_send_due(batch_size=4, remote=recording_remote(external_lrs, log))
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert sum(report.sent for report in reports) == 40
    assert ids_delivered(log) == Counter({statement_id: 1 for statement_id in ids})
    assert ForwardedStatement.objects.filter(status=SENT).count() == 40


@pytest.mark.django_db(transaction=True)
def test_a_failing_send_never_breaks_the_store_that_triggered_it():
    with override_settings(LRS_FORWARD_URL="http://[not-an-address/xapi/"):
        [statement_id] = store(learner_statement())
    assert Statement.objects.filter(id=statement_id).exists()
    row = ForwardedStatement.objects.get()
    assert (row.status, row.attempts) == (PENDING, 1)
    assert row.last_error.startswith("ValueError")


# The worker command --------------------------------------------------------------------


@override_settings(TASKS=DUMMY_TASKS)
def test_forward_statements_once_sends_what_is_due_and_exits(external_lrs, capsys):
    store(learner_statement(), learner_statement(), learner_statement())
    call_command("forward_statements", "--once", "--batch-size", "2")
    assert "sent 3, failed 0" in capsys.readouterr().out
    assert set(ForwardedStatement.objects.values_list("status", flat=True)) == {SENT}


def test_forward_statements_refuses_to_run_without_an_address(settings):
    settings.LRS_FORWARD_URL = ""
    with pytest.raises(CommandError, match="LRS_FORWARD_URL"):
        call_command("forward_statements", "--once")
