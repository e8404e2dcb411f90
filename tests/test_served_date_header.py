"""Every HTTP response carries exactly one ``Date`` header (RFC 9110, 6.6.1), whichever
server runs the platform: daphne (``make run``) and uvicorn (production), each started
for real and asked over a socket."""

import http.client
import os
import subprocess
import sys
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from tests.asgi_support import ROOT, free_port, wait_until_served

BIN = Path(sys.executable).parent


def _server_command(server: str, port: int) -> list[str]:
    if server == "daphne":
        return [str(BIN / "daphne"), "-b", "127.0.0.1", "-p", str(port)]
    return [str(BIN / "uvicorn"), "--host", "127.0.0.1", "--port", str(port), "--no-access-log"]


def _get(port: int, path: str, headers=None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


@pytest.fixture(params=["daphne", "uvicorn"])
def served(request, tmp_path):
    """The platform's ASGI application served by a real server on a free port, over an
    empty database of its own (the answers asked for need no tables)."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'served.sqlite3'}",
    }
    env.pop("REDIS_URL", None)
    process = subprocess.Popen(
        [*_server_command(request.param, port), "elearning.asgi:application"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until_served(process, lambda: _get(port, "/healthz"), request.param)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/healthz", {}),
        ("/xapi/about", {"X-Experience-API-Version": "1.0.3"}),
        ("/xapi/statements", {}),  # an LRS error (no version header, no credentials)
    ],
)
def test_every_response_carries_exactly_one_date_header(served, path, headers):
    response = _get(served, path, headers)
    dates = [value for name, value in response.getheaders() if name.lower() == "date"]
    assert len(dates) == 1, response.getheaders()
    assert parsedate_to_datetime(dates[0]).tzinfo is not None
