"""The LRS over real HTTP: ingest throughput and query latency.

Runs a daphne server on a database of its own (``DATABASE_URL`` picks the engine;
SQLite when unset) and prints:

* ingest: statements per second for POST batches of 1, 10 and 100 statements with 4
  concurrent clients, and the number of failed requests (which must be 0);
* query latency (p50, p95) for GET /xapi/statements unfiltered and filtered by agent,
  verb and activity, at each store size in ``BENCH_LRS_SIZES`` (default 100000,1000000),
  measured right after each load: no manual ANALYZE, and on PostgreSQL autovacuum held
  off the LRS's tables for the run, so the plans are those a fresh load gets.

Seeding goes through the same write door as every client (``statements_store``).
"""

import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CLIENTS = 4
INGEST_STATEMENTS = int(os.environ.get("BENCH_LRS_INGEST", "4000"))
SIZES = [int(size) for size in os.environ.get("BENCH_LRS_SIZES", "100000,1000000").split(",")]
QUERY_SAMPLES = 60
PAGE = 100
ACTORS = [f"mailto:officer{n}@example.gc.ca" for n in range(2000)]
VERBS = [
    f"http://adlnet.gov/expapi/verbs/{verb}"
    for verb in (
        "experienced",
        "completed",
        "attempted",
        "answered",
        "passed",
        "failed",
        "progressed",
        "launched",
        "initialized",
        "terminated",
        "suspended",
        "resumed",
    )
]
ACTIVITIES = [f"http://example.gc.ca/activities/course-{n // 20}/item-{n}" for n in range(10000)]


def database_url() -> str:
    return os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / '.bench-lrs.sqlite3'}"


def fresh_database(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme.startswith("sqlite"):
        for suffix in ("", "-wal", "-shm"):
            Path(parsed.path + suffix).unlink(missing_ok=True)
        return
    import psycopg

    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def statement(rng: random.Random) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "mbox": rng.choice(ACTORS)},
        "verb": {"id": rng.choice(VERBS), "display": {"en-CA": "did"}},
        "object": {
            "objectType": "Activity",
            "id": rng.choice(ACTIVITIES),
            "definition": {"type": "http://adlnet.gov/expapi/activities/lesson"},
        },
        "result": {"completion": True, "duration": "PT3M12S", "score": {"scaled": 0.8}},
        "context": {
            "registration": str(uuid.uuid4()),
            "language": "en-CA",
            "contextActivities": {
                "grouping": [{"id": "http://example.gc.ca/activities/programme"}]
            },
        },
        "timestamp": "2026-11-20T10:00:00.000Z",
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


SERVER = os.environ.get("BENCH_LRS_SERVER", "uvicorn")
WORKERS = int(os.environ.get("BENCH_LRS_WORKERS", "2"))


class Server:
    """The platform served as in production: uvicorn with one worker per core (or
    daphne, one process, as ``make run`` serves it, with BENCH_LRS_SERVER=daphne)."""

    def __init__(self, env: dict):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        bin_dir = Path(PYTHON).parent
        if SERVER == "daphne":
            command = [str(bin_dir / "daphne"), "-b", "127.0.0.1", "-p", str(self.port)]
        else:
            command = [
                str(bin_dir / "uvicorn"),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--workers",
                str(WORKERS),
                "--no-access-log",
                "--log-level",
                "warning",
            ]
        self.process = subprocess.Popen(
            [*command, "elearning.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for _ in range(120):
            try:
                if requests.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except requests.RequestException:  # not listening yet, or still starting
                time.sleep(0.5)
        self.process.terminate()
        raise RuntimeError("the server did not start: " + self.process.stderr.read().decode())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def ingest(server: Server, auth, batch_size: int) -> tuple[float, int]:
    """(statements per second, failed requests) for CLIENTS concurrent posters."""
    per_client = INGEST_STATEMENTS // CLIENTS // batch_size
    failures = [0] * CLIENTS
    headers = {"X-Experience-API-Version": "1.0.3", "Content-Type": "application/json"}

    # The request bodies are made before the clock starts: the figure is the server's.
    bodies = [
        [
            json.dumps([statement(rng) for _ in range(batch_size)]).encode()
            for _ in range(per_client)
        ]
        for rng in (random.Random(index * 1000 + batch_size) for index in range(CLIENTS))
    ]

    def client(index: int) -> None:
        session = requests.Session()
        for body in bodies[index]:
            response = session.post(
                server.url + "/xapi/statements",
                data=body,
                headers=headers,
                auth=auth,
                timeout=120,
            )
            if response.status_code != 200:
                failures[index] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    return per_client * batch_size * CLIENTS / seconds, sum(failures)


def seed(target: int) -> None:
    """Fill the store up to ``target`` statements through the write door."""
    from lrs.models import Statement
    from lrs.services import statements_store

    rng = random.Random(target)
    missing = target - Statement.objects.count()
    start = time.perf_counter()
    while missing > 0:
        size = min(1000, missing)
        statements_store(statements=[statement(rng) for _ in range(size)])
        missing -= size
    print(f"  seeded to {target} statements in {time.perf_counter() - start:.0f} s")
    # No ANALYZE here: the queries are measured right after the load, as a client meets
    # them (autovacuum is off for the LRS's tables, see ``hold_autovacuum``).


def hold_autovacuum() -> None:
    """PostgreSQL: keep autovacuum off the LRS's tables for the run, so that the figures
    are those right after a bulk load, whatever autovacuum's timing would have been."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table in ("lrs_statement", "lrs_statementindex"):
            cursor.execute(f"ALTER TABLE {table} SET (autovacuum_enabled = false)")


def query_latency(server: Server, auth) -> None:
    import json

    rng = random.Random(7)
    session = requests.Session()
    headers = {"X-Experience-API-Version": "1.0.3"}
    filters = {
        "unfiltered": lambda: {},
        "agent": lambda: {"agent": json.dumps({"mbox": rng.choice(ACTORS)})},
        "verb": lambda: {"verb": rng.choice(VERBS)},
        "activity": lambda: {"activity": rng.choice(ACTIVITIES)},
    }
    for name, params in filters.items():
        samples = []
        for _ in range(QUERY_SAMPLES):
            query = {"limit": PAGE, **params()}
            start = time.perf_counter()
            response = session.get(
                server.url + "/xapi/statements",
                params=query,
                headers=headers,
                auth=auth,
                timeout=60,
            )
            samples.append(time.perf_counter() - start)
            assert response.status_code == 200, response.text[:200]
        samples.sort()
        p50 = samples[len(samples) // 2] * 1000
        p95 = samples[int(len(samples) * 0.95) - 1] * 1000
        print(f"    GET {name:<10} limit={PAGE}: p50 {p50:7.1f} ms  p95 {p95:7.1f} ms")


def main() -> None:
    url = database_url()
    fresh_database(url)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.test",
        "LRS_FORWARD_URL": "",
        "DATABASE_POOL": "true",
    }
    env.pop("REDIS_URL", None)
    subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    os.environ.update({key: env[key] for key in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")})
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    from lrs.services import lrs_client_create

    hold_autovacuum()
    lrs_client_create(name="bench", key="bench", secret="bench-secret", scopes=["all"])
    auth = ("bench", "bench-secret")
    workers = f"{WORKERS} workers" if SERVER == "uvicorn" else "1 process"
    print(
        f"LRS on {connection.vendor}, {SERVER} with {workers} ({CLIENTS} concurrent clients, "
        f"{INGEST_STATEMENTS} statements per batch size)"
    )
    server = Server(env)
    try:
        for batch_size in (1, 10, 100):
            rate, failed = ingest(server, auth, batch_size)
            print(
                f"  ingest, batches of {batch_size:>3}: {rate:7.0f} statements/s, "
                f"{failed} failed requests"
            )
        for size in SIZES:
            seed(size)
            connection.close()
            print(f"  queries at {size} statements:")
            query_latency(server, auth)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
