"""Talking to the platform's ASGI application in the tests: in this process (an HTTP
request through ``ApplicationCommunicator``), or served by a real server in a process of
its own (waiting until it answers)."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from asgiref.testing import ApplicationCommunicator


def asgi_scope(path: str, headers=()) -> dict:
    """The ASGI scope of a plain GET of ``path`` from 127.0.0.1."""
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }


async def asgi_get(application, path: str, headers=()) -> tuple[int, dict, bytes]:
    """GET ``path`` from ``application``: its status, headers and whole body."""
    communicator = ApplicationCommunicator(application, asgi_scope(path, headers))
    await communicator.send_input({"type": "http.request", "body": b"", "more_body": False})
    start = await communicator.receive_output(timeout=10)
    body = b""
    while True:
        message = await communicator.receive_output(timeout=10)
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    await communicator.wait()
    return start["status"], dict(start["headers"]), body


ROOT = Path(__file__).resolve().parent.parent


def postgres_url(server: dict, name: str | None = None) -> str:
    """The address of a PostgreSQL database of ``server`` (a Django ``DATABASES`` entry):
    ``name``, or the entry's own database; what a server in another process is given."""
    credentials = server.get("USER") or "postgres"
    if server.get("PASSWORD"):
        credentials += f":{server['PASSWORD']}"
    host = server.get("HOST") or "127.0.0.1"
    port = server.get("PORT") or 5432
    return f"postgres://{credentials}@{host}:{port}/{name or server['NAME']}"


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def uvicorn_start(port: int, env: dict, *options: str) -> subprocess.Popen:
    """The platform's ASGI application under uvicorn on ``port``, with the environment
    ``env`` (added to this process's, without REDIS_URL unless ``env`` names it) and
    uvicorn's ``options``; its errors are kept for ``wait_until_served``."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "elearning.settings.test"}
    environment.pop("REDIS_URL", None)
    environment.update(env)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
            *options,
            "elearning.asgi:application",
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_until_served(process: subprocess.Popen, ask: Callable[[], object], name: str) -> None:
    """Wait (a minute at most) until ``ask()`` stops raising ``OSError``: the server
    ``process`` answers. Fails the test, with what the server said, if it stops first."""
    for _ in range(240):
        try:
            ask()
            return
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"{name} stopped: {process.stderr.read().decode()}")
            time.sleep(0.25)
    pytest.fail(f"{name} did not answer")
