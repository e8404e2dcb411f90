"""Every request has an id (the load balancer's X-Request-ID when well formed, else a new
one), sent back in X-Request-ID and written on each of its log lines; production writes
them as one JSON object per line."""

import copy
import io
import json
import logging
import logging.config
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from common.request_context import request_id
from elearning.asgi import application
from operations.health import check_migrations
from tests.asgi_support import asgi_get

ROOT = Path(__file__).resolve().parents[2]
GENERATED = re.compile(r"[0-9a-f]{32}")

pytestmark = pytest.mark.django_db


@pytest.fixture
def json_log(settings):
    """The platform's own logging configuration with LOG_FORMAT=json, written to a
    buffer; returns a function that reads the lines written so far."""
    stream = io.StringIO()
    config = copy.deepcopy(settings.LOGGING)
    config["handlers"]["console"]["formatter"] = "json"
    config["handlers"]["console"]["stream"] = stream
    logging.config.dictConfig(config)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    logging.config.dictConfig(settings.LOGGING)


@pytest.fixture
def not_migrated():
    """The LRS's latest migration recorded as not applied (readiness then fails and logs
    why); recorded again afterwards."""
    app_label, name = MigrationLoader(connection).graph.leaf_nodes("lrs")[0]
    recorder = MigrationRecorder(connection)
    check_migrations.forget()
    recorder.record_unapplied(app_label, name)
    yield f"{app_label}.{name}"
    recorder.record_applied(app_label, name)
    check_migrations.forget()


@pytest.mark.parametrize(
    "incoming",
    [
        "3f2b8c0e-5c1a-4e7b-9d2f-0a1b2c3d4e5f",
        "a8098c1af86e11dabd1a00112444be1e",
        "Root=1-67891233-abcdef012345678912345678",
        "lb:7",
    ],
)
def test_a_well_formed_request_id_from_the_load_balancer_is_sent_back(client, incoming):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=incoming)
    assert response["X-Request-ID"] == incoming


def test_a_request_without_an_id_gets_a_new_one_each_time(client):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/en/")["X-Request-ID"]
    assert GENERATED.fullmatch(first)
    assert GENERATED.fullmatch(second)
    assert first != second


@pytest.mark.parametrize(
    "incoming",
    [
        "two words",
        "x" * 129,
        '"quoted"',
        "<script>alert(1)</script>",
        "id\nINFO forged log line",
        "-starts-with-a-dash",
        "caf\u00e9",
        "",
    ],
)
def test_a_malformed_request_id_is_replaced(client, incoming):
    sent_back = client.get("/healthz", HTTP_X_REQUEST_ID=incoming)["X-Request-ID"]
    assert sent_back != incoming
    assert GENERATED.fullmatch(sent_back)


def test_the_id_is_forgotten_once_the_request_is_answered(client):
    client.get("/healthz", HTTP_X_REQUEST_ID="finished-request")
    assert request_id.get() is None


def test_a_json_log_line_of_a_real_request_carries_its_id_and_the_exception(
    client, json_log, not_migrated
):
    response = client.get("/readyz", HTTP_X_REQUEST_ID="probe-0042")
    assert response.status_code == 503
    assert response["X-Request-ID"] == "probe-0042"
    lines = [line for line in json_log() if line["logger"] == "operations.health"]
    assert len(lines) == 1
    line = lines[0]
    assert line["request_id"] == "probe-0042"
    assert line["level"] == "ERROR"
    assert line["message"] == "Readiness check migrations failed."
    assert "RuntimeError" in line["exc_info"]
    assert not_migrated in line["exc_info"]
    assert datetime.fromisoformat(line["time"]).utcoffset().total_seconds() == 0
    assert "request" not in line


def test_a_line_logged_outside_any_request_has_no_id_and_a_task_line_has_the_id_its_worker_set(
    json_log,
):
    logger = logging.getLogger("operations.tests")
    logger.warning("between requests")
    # What the worker does while it runs a task queued during a request.
    token = request_id.set("queued-by-request-7")
    try:
        logger.warning("task ran", extra={"task": "send_reminders"})
    finally:
        request_id.reset(token)
    between, task = [line for line in json_log() if line["logger"] == "operations.tests"]
    assert between["request_id"] is None
    assert task["request_id"] == "queued-by-request-7"
    assert task["task"] == "send_reminders"


async def _get(path: str, headers=()) -> tuple[int, dict]:
    status, headers, _body = await asgi_get(application, path, headers)
    return status, headers


@pytest.mark.django_db(transaction=True)
async def test_over_asgi_the_id_goes_from_the_header_to_the_log_line_and_back(
    json_log, not_migrated
):
    status, headers = await _get("/readyz", [(b"x-request-id", b"edge-9f8e7d")])
    assert status == 503
    assert headers[b"X-Request-ID"] == b"edge-9f8e7d"
    lines = [line for line in json_log() if line["logger"] == "operations.health"]
    assert [line["request_id"] for line in lines] == ["edge-9f8e7d"]

    status, headers = await _get("/healthz", [(b"x-request-id", b"bad id")])
    assert status == 200
    assert GENERATED.fullmatch(headers[b"X-Request-ID"].decode())
    assert request_id.get() is None


def _log_in_a_fresh_process(tmp_path, **environment) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.production",
        "SECRET_KEY": "a-production-secret-for-the-test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
        **environment,
    }
    env.pop("REDIS_URL", None)
    if environment.get("LOG_FORMAT") is None:
        env.pop("LOG_FORMAT", None)
    code = "import django, logging; django.setup(); logging.getLogger('operations').warning('up')"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_production_writes_one_json_object_per_line_unless_asked_for_text(tmp_path):
    produced = _log_in_a_fresh_process(tmp_path)
    assert produced.returncode == 0, produced.stderr
    lines = [json.loads(line) for line in produced.stderr.splitlines()]
    assert {"time", "level", "logger", "message", "request_id"} <= lines[-1].keys()
    assert lines[-1]["message"] == "up"
    assert lines[-1]["level"] == "WARNING"
    assert lines[-1]["request_id"] is None

    text = _log_in_a_fresh_process(tmp_path, LOG_FORMAT="text")
    assert text.returncode == 0, text.stderr
    assert text.stderr.splitlines()[-1].endswith(" WARNING operations [-] up")

    wrong = _log_in_a_fresh_process(tmp_path, LOG_FORMAT="yaml")
    assert wrong.returncode != 0
    assert "LOG_FORMAT must be one of text, json" in wrong.stderr
