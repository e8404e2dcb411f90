"""Prometheus metrics at /metrics: refused without the bearer token, and with it the
requests by view and status, their latency, and the platform's own figures (statements
stored, the task queue, the forwarding backlog, open websockets)."""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.db import connection
from django.test import Client, override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from prometheus_client.parser import text_string_to_metric_families

from elearning.asgi import application
from lrs.forwarding import forward_statements
from lrs.models import ForwardedStatement, Statement
from operations.metrics import forget_stopped_processes, statements_stored
from tests import factories
from tests.asgi_support import free_port, uvicorn_start, wait_until_served

TOKEN = "scrape-token-0123456789abcdef"
AUTH = {"HTTP_AUTHORIZATION": f"Bearer {TOKEN}"}
DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "reports"]}
}
# Nothing listens there: forwarding fails and the statements stay in the outbox.
CLOSED_LRS = "http://127.0.0.1:8629/xapi/"
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


def samples(text: str) -> dict:
    """``{(sample name, ((label, value), ...)): value}`` of an exposition."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def scrape(client) -> dict:
    response = client.get("/metrics", **AUTH)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/plain; version=")
    return samples(response.content.decode())


def value(found: dict, name: str, **labels) -> float:
    return found.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
def metrics_token(settings):
    settings.METRICS_TOKEN = TOKEN


def statement(**overrides) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "http://testserver", "name": str(uuid.uuid4())},
        },
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": "http://testserver/xapi/platform/lessons/briefing"},
        **overrides,
    }


# -- refusals --------------------------------------------------------------------------


@override_settings(METRICS_TOKEN="")
def test_metrics_do_not_exist_without_a_configured_token_even_when_asked_with_one(client):
    for headers in ({}, {"HTTP_AUTHORIZATION": "Bearer "}, AUTH):
        response = client.get("/metrics", **headers)
        assert response.status_code == 404
        assert b"django_http" not in response.content
        # Outside the language prefixes: not redirected to /en/metrics.
        assert "Location" not in response


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        f"Basic {TOKEN}",
        TOKEN,
        "Bearer wrong-token",
    ],
)
def test_metrics_refuse_a_missing_or_wrong_token_with_401(client, metrics_token, authorization):
    headers = {} if authorization is None else {"HTTP_AUTHORIZATION": authorization}
    response = client.get("/metrics", **headers)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="metrics"'
    assert b"django_http" not in response.content
    assert b"elearning_" not in response.content


def test_the_token_in_the_query_string_is_not_accepted(client, metrics_token):
    assert client.get(f"/metrics?token={TOKEN}").status_code == 401


def test_metrics_answer_only_get(client, metrics_token):
    assert client.post("/metrics", **AUTH).status_code == 405


def test_metrics_are_never_cached(client, metrics_token):
    response = client.get("/metrics", **AUTH)
    assert "no-store" in response["Cache-Control"]


# -- what django-prometheus counts -----------------------------------------------------


def test_a_request_counts_by_view_and_status_with_its_latency(client, metrics_token):
    labels = {"view": "lrs:about", "method": "GET"}
    before = scrape(client)
    assert client.get("/xapi/about", HTTP_X_EXPERIENCE_API_VERSION="1.0.3").status_code == 200
    assert client.get("/xapi/statements").status_code == 400  # no xAPI version header
    after = scrape(client)

    name = "django_http_responses_total_by_status_view_method_total"
    assert value(after, name, status="200", **labels) - value(
        before, name, status="200", **labels
    ) == pytest.approx(1)
    statements = {"view": "lrs:statements", "method": "GET", "status": "400"}
    assert value(after, name, **statements) - value(before, name, **statements) == 1

    histogram = "django_http_requests_latency_seconds_by_view_method"
    assert value(after, f"{histogram}_count", **labels) - value(
        before, f"{histogram}_count", **labels
    ) == pytest.approx(1)
    buckets = {
        key[1]: sample
        for key, sample in after.items()
        if key[0] == f"{histogram}_bucket" and ("view", "lrs:about") in key[1]
    }
    assert len(buckets) > 5
    assert value(after, f"{histogram}_bucket", le="+Inf", **labels) == value(
        after, f"{histogram}_count", **labels
    )


# -- the platform's figures ------------------------------------------------------------


@override_settings(TASKS=DATABASE_TASKS, LRS_FORWARD_URL=CLOSED_LRS)
def test_statements_tasks_and_the_forwarding_backlog_are_counted(
    client, metrics_token, xapi_headers, django_capture_on_commit_callbacks
):
    factories.lrs_client()
    empty = scrape(client)
    assert value(empty, "elearning_lrs_statements") == 0
    assert value(empty, "elearning_lrs_forwarding_backlog") == 0
    assert value(empty, "elearning_task_queue_depth", queue="default") == 0
    assert value(empty, "elearning_metrics_source_up", source="lrs") == 1
    assert value(empty, "elearning_metrics_source_up", source="tasks") == 1

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/xapi/statements",
            json.dumps([statement(), statement(), statement()]),
            content_type="application/json",
            **xapi_headers,
        )
    assert response.status_code == 200
    # With the database backend the send is queued for the worker, not run.
    assert DBTaskResult.objects.filter(task_path__endswith="forward_statements").exists()
    queued = DBTaskResult.objects.ready().count()

    found = scrape(client)
    assert value(found, "elearning_lrs_statements") == 3
    assert value(found, "elearning_lrs_forwarding_backlog") == 3
    assert value(found, "elearning_task_queue_depth", queue="default") == queued
    latest = Statement.objects.latest("stored").stored.timestamp()
    assert value(found, "elearning_lrs_last_statement_stored_timestamp_seconds") == (
        pytest.approx(latest)
    )

    # Ten minutes later, nothing sent and nothing run: both ages say so.
    earlier = timezone.now() - timedelta(minutes=10)
    ForwardedStatement.objects.update(created_at=earlier)
    DBTaskResult.objects.update(enqueued_at=earlier)
    aged = scrape(client)
    assert 600 <= value(aged, "elearning_lrs_forwarding_oldest_age_seconds") < 3600
    assert 600 <= value(aged, "elearning_task_queue_oldest_age_seconds", queue="default") < 3600

    # Tasks on another queue count there; tasks deferred to later are not due yet.
    forward_statements.using(queue_name="reports").enqueue()
    forward_statements.using(run_after=timezone.now() + timedelta(hours=1)).enqueue()
    split = scrape(client)
    assert value(split, "elearning_task_queue_depth", queue="reports") == 1
    assert value(split, "elearning_task_queue_depth", queue="default") == queued

    # Sent statements leave the backlog.
    ForwardedStatement.objects.update(status=ForwardedStatement.Status.SENT)
    drained = scrape(client)
    assert value(drained, "elearning_lrs_forwarding_backlog") == 0
    assert value(drained, "elearning_lrs_forwarding_oldest_age_seconds") == 0


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="PostgreSQL's row estimate (run with DATABASE_URL=postgres://...)",
)
def test_on_postgresql_a_big_statement_table_is_estimated_not_counted(
    client, xapi_headers, django_capture_on_commit_callbacks
):
    factories.lrs_client()
    for _ in range(3):
        client.post(
            "/xapi/statements",
            json.dumps([statement() for _ in range(10)]),
            content_type="application/json",
            **xapi_headers,
        )
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Statement._meta.db_table}")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)",
            [Statement._meta.db_table],
        )
        assert cursor.fetchone()[0] == 30  # the statistics ANALYZE just took
    # Above the limit: the estimate, read from the catalogue alone.
    with django_capture_on_commit_callbacks():
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert statements_stored(exact_limit=10) == 30
    assert len(queries) == 1
    assert "pg_class" in queries[0]["sql"]
    # Below it: an exact count.
    assert statements_stored(exact_limit=1000) == 30


def test_a_source_that_cannot_be_read_is_left_out_and_reported(client, metrics_token):
    with connection.cursor() as cursor:
        # As if its migrations had not run (rolled back with the test).
        table = DBTaskResult._meta.db_table
        cursor.execute(f"ALTER TABLE {table} RENAME TO {table}_elsewhere")
    found = scrape(client)
    assert value(found, "elearning_metrics_source_up", source="tasks") == 0
    assert value(found, "elearning_metrics_source_up", source="lrs") == 1
    assert ("elearning_lrs_statements", ()) in found
    assert not any(key[0] == "elearning_task_queue_depth" for key in found)


# -- websockets ------------------------------------------------------------------------


async def _dashboard_socket(user):
    headers = [(b"host", b"localhost"), (b"origin", b"http://localhost")]
    if user is not None:
        browser = Client()
        await database_sync_to_async(browser.force_login)(user)
        headers.append((b"cookie", f"sessionid={browser.cookies['sessionid'].value}".encode()))
    communicator = WebsocketCommunicator(application, "/ws/dashboard/en/", headers=headers)
    connected, _ = await communicator.connect()
    assert connected
    return communicator


async def _open_websockets() -> float:
    def gauge():
        return value(scrape(Client()), "elearning_websocket_connections_open")

    return await database_sync_to_async(gauge)()


@pytest.mark.django_db(transaction=True)
async def test_open_dashboard_websockets_are_counted_until_they_close(units, metrics_token):
    manager = await database_sync_to_async(factories.manager)(units["agency"])
    before = await _open_websockets()

    first = await _dashboard_socket(manager)
    assert (await first.receive_json_from(timeout=5)) == {"type": "ready"}
    second = await _dashboard_socket(manager)
    assert (await second.receive_json_from(timeout=5)) == {"type": "ready"}
    assert await _open_websockets() == before + 2

    await first.disconnect()
    assert await _open_websockets() == before + 1

    # Someone signed out is accepted then closed at once (4401): it stops counting.
    refused = await _dashboard_socket(None)
    closing = await refused.receive_output(timeout=5)
    assert closing == {"type": "websocket.close", "code": 4401}
    # The browser answers the close; the server tells the application.
    await refused.disconnect(code=4401)
    assert await _open_websockets() == before + 1

    await second.disconnect()
    assert await _open_websockets() == before


@pytest.mark.django_db(transaction=True)
async def test_a_handshake_from_another_origin_is_never_counted(metrics_token):
    before = await _open_websockets()
    communicator = WebsocketCommunicator(
        application,
        "/ws/dashboard/en/",
        headers=[(b"host", b"localhost"), (b"origin", b"http://evil.example")],
    )
    connected, _ = await communicator.connect()
    assert not connected
    assert await _open_websockets() == before


# -- several processes -----------------------------------------------------------------


def test_the_metrics_of_dead_processes_live_gauges_are_dropped(tmp_path):
    alive = os.getpid()
    dead = _a_pid_that_is_not_running()
    for pid in (alive, dead):
        (tmp_path / f"gauge_livesum_{pid}.db").write_bytes(b"")
        (tmp_path / f"counter_{pid}.db").write_bytes(b"")
    forget_stopped_processes(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [f"gauge_livesum_{alive}.db", f"counter_{alive}.db", f"counter_{dead}.db"]
    )


def _a_pid_that_is_not_running() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _http(port: int, path: str, token: str | None = None) -> tuple[int, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_uvicorn_workers_in_multiprocess_mode_report_every_workers_requests(tmp_path):
    """Two uvicorn workers sharing PROMETHEUS_MULTIPROC_DIR: whichever answers the
    scrape reports the requests both served."""
    port = free_port()
    directory = tmp_path / "prometheus"
    directory.mkdir()
    process = uvicorn_start(
        port,
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'served.sqlite3'}",
            "PROMETHEUS_MULTIPROC_DIR": str(directory),
            "METRICS_TOKEN": TOKEN,
        },
        "--workers",
        "2",
    )
    try:
        wait_until_served(process, lambda: _http(port, "/healthz"), "uvicorn")
        # Both workers up (each writes its own files once it has counted something).
        for _ in range(120):
            for _ in range(10):
                _http(port, "/healthz")
            if len({path.name.rsplit("_", 1)[-1] for path in directory.glob("counter_*")}) >= 2:
                break
            time.sleep(0.25)
        status, _ = _http(port, "/metrics")
        assert status == 401
        served = sum(
            1 for _ in range(40) if _http(port, "/healthz")[0] == 200
        )  # on top of the warm-up
        totals = set()
        for _ in range(6):
            status, text = _http(port, "/metrics", TOKEN)
            assert status == 200
            found = samples(text)
            totals.add(
                value(
                    found,
                    "django_http_responses_total_by_status_view_method_total",
                    status="200",
                    view="healthz",
                    method="GET",
                )
            )
            assert ("elearning_websocket_connections_open", ()) in found
        # The same total from every worker, and at least the requests just made.
        assert len(totals) == 1
        assert totals.pop() >= served
        pids = {path.name.rsplit("_", 1)[-1] for path in directory.glob("counter_*")}
        assert len(pids) == 2
    finally:
        process.terminate()
        process.wait(timeout=20)
