"""A server process runs a few requests at a time and queues the rest
(``REQUEST_CONCURRENCY``, elearning/asgi_handler.py): a burst of requests waits its turn
instead of taking every connection of the pool, where the last ones failed after the
pool's timeout with a server error."""

import os
import subprocess
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from tests import factories
from tests.asgi_support import ROOT, free_port, postgres_url, uvicorn_start, wait_until_served


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.django_db(transaction=True)
def test_a_burst_of_requests_waits_its_turn_instead_of_running_the_pool_dry():
    if connection.vendor != "postgresql":
        pytest.skip("the connection pool is PostgreSQL's (DATABASE_URL names SQLite)")
    # A catalogue with courses in it: pages that read the database while they render.
    for number in range(1, 7):
        factories.course(title=f"Course {number}", lessons=3)
    port = free_port()
    process = uvicorn_start(
        port,
        {
            "DATABASE_URL": postgres_url(connection.settings_dict),
            # A small pool that gives up quickly: forty requests at once, each holding a
            # connection while it runs, would leave most of them waiting past its timeout.
            "DATABASE_POOL": "true",
            "DATABASE_POOL_MIN": "1",
            "DATABASE_POOL_MAX": "2",
            "DATABASE_POOL_TIMEOUT": "0.2",
            "REQUEST_CONCURRENCY": "1",
        },
        "--lifespan",
        "off",
    )
    try:
        url = f"http://127.0.0.1:{port}/en/courses/"
        wait_until_served(process, lambda: urllib.request.urlopen(url, timeout=10), "uvicorn")
        assert _get(url) == 200
        with ThreadPoolExecutor(max_workers=40) as pool:
            statuses = list(pool.map(_get, [url] * 80))
        assert statuses == [200] * 80
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_system_check_refuses_a_pool_no_larger_than_the_requests_at_once():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.test",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:5432/unused",
        "DATABASE_POOL": "true",
        "DATABASE_POOL_MAX": "4",
        "REQUEST_CONCURRENCY": "4",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "elearning.E002" in result.stderr
    assert "REQUEST_CONCURRENCY" in result.stderr
    env["DATABASE_POOL_MAX"] = "5"
    accepted = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert "elearning.E002" not in accepted.stderr + accepted.stdout
