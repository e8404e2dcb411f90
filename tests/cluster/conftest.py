"""One cluster (scripts/cluster.py: nginx in front of two uvicorn nodes, the worker,
PostgreSQL and Redis) for the tests of this folder, started once per module.

They need nginx, and PostgreSQL and Redis named by DATABASE_URL and REDIS_URL (the
cluster uses a database of its own on that server, ``<name>_cluster``, kept between
runs so that later runs migrate little); without them they are skipped and say why.
They run in one process (``make test`` runs them on their own): the cluster has fixed
ports, CLUSTER_TEST_PORT (8140) for nginx and the next two for the nodes.
"""

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent
START_TIMEOUT = 420
RATE_LIMIT = 6


@pytest.fixture(scope="session")
def django_db_setup():
    """No test database for this process: the tests talk to the cluster, over HTTP."""


@pytest.fixture(scope="session", autouse=True)
def close_stray_connections():
    """This process holds no connection of Django's to close."""


def _skip_reason() -> str | None:
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return "the cluster tests start one cluster: run them in one process (make test does)"
    if not (shutil.which("nginx") or os.access("/usr/sbin/nginx", os.X_OK)):
        return "nginx is not installed (sudo apt-get install nginx-light)"
    database_url = os.environ.get("DATABASE_URL", "")
    if urlsplit(database_url).scheme not in ("postgres", "postgresql"):
        return "the cluster tests need PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)"
    if not os.environ.get("REDIS_URL"):
        return "the cluster tests need Redis (REDIS_URL)"
    import psycopg
    import redis

    try:
        server = urlsplit(database_url)._replace(path="/postgres").geturl()
        with psycopg.connect(server, connect_timeout=3):
            pass
        redis.Redis.from_url(os.environ["REDIS_URL"], socket_connect_timeout=3).ping()
    except (psycopg.Error, redis.RedisError) as error:
        return f"PostgreSQL or Redis cannot be reached: {error}"
    return None


def _cluster_database_url() -> str:
    parts = urlsplit(os.environ["DATABASE_URL"])
    name = parts.path.lstrip("/") or "elearning"
    return parts._replace(path=f"/{name}_cluster").geturl()


class Cluster:
    """The running cluster: its address, its nodes, its logs and what the seed made."""

    def __init__(self, state: dict, run_dir: Path, output: Path, env: dict):
        self.url = state["url"]
        self.nodes = state["nodes"]
        self.run_dir = run_dir
        self.output = output
        self.env = env
        self.database_url = env["DATABASE_URL"]
        self.seed: dict = {}

    def node_url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.nodes[index]['port']}"

    def access_log(self) -> list[str]:
        path = self.run_dir / "access.log"
        return path.read_text().splitlines() if path.exists() else []

    def output_tail(self) -> str:
        return self.output.read_text()[-4000:] if self.output.exists() else ""


def _stop(process: subprocess.Popen, state: dict | None) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    # Whatever the cluster started and did not stop (it was killed itself).
    for pid in [node["pid"] for node in (state or {}).get("nodes", [])] + [
        (state or {}).get("worker"),
        (state or {}).get("nginx"),
    ]:
        if pid:
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    port = int(os.environ.get("CLUSTER_TEST_PORT", "8140"))
    run_dir = tmp_path_factory.mktemp("cluster")
    run = secrets.token_hex(4)
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update(
        DATABASE_URL=_cluster_database_url(),
        SECRET_KEY=secrets.token_urlsafe(40),
        CHANNELS_PREFIX=f"cluster-test-{run}",
        CACHE_KEY_PREFIX=f"cluster-test-{run}",
        PACKAGES_ROOT=str(run_dir / "packages"),
        CERTIFICATE_VERIFY_RATE_LIMIT=str(RATE_LIMIT),
        CERTIFICATE_VERIFY_RATE_WINDOW="3600",
        CERTIFICATE_SIGNING_KEY_PATH=str(run_dir / "signing-key.pem"),
    )
    (run_dir / "packages").mkdir()
    output = run_dir / "cluster.out"
    state_file = run_dir / "cluster.json"
    with output.open("w") as sink:
        process = subprocess.Popen(
            [
                sys.executable,
                "scripts/cluster.py",
                "--no-demo",
                "--port",
                str(port),
                "--node-ports",
                f"{port + 1},{port + 2}",
                "--run-dir",
                str(run_dir),
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    state = None
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while state is None:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"The cluster did not start:\n{output.read_text()[-4000:]}")
            if state_file.exists():
                state = json.loads(state_file.read_text())
            else:
                time.sleep(0.5)
        node_env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "elearning.settings.production",
            "PACKAGES_ACCEL_REDIRECT": "/_package-files/",
        }
        found = Cluster(state, run_dir, output, node_env)
        seeded = subprocess.run(
            [
                sys.executable,
                "manage.py",
                "shell",
                "-c",
                "from tests.cluster.seed import main; main()",
            ],
            cwd=BASE_DIR,
            env=node_env,
            capture_output=True,
            text=True,
            check=False,
        )
        if seeded.returncode != 0:
            pytest.fail(f"The cluster's data could not be made:\n{seeded.stderr[-4000:]}")
        found.seed = json.loads(seeded.stdout.strip().splitlines()[-1])
        yield found
    finally:
        _stop(process, state)
