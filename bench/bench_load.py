"""The platform under load, measured with Locust: one node, then two nodes behind nginx.

Simulated people (``bench/load/locustfile.py``): learners sign in, open My learning and a
course, take its lessons in order (answering their knowledge checks, completing each),
then its final assessment; managers keep the dashboard open with its websocket, which
makes them fetch the page again whenever something changes in their scope; LRS clients
post batches of statements. For each configuration this prints, for the steady state
(once every learner has signed in), requests per second and p50/p95/p99 per kind of
request with its failures; the sign-in rush apart (every learner signing in while the
users spawn); and the CPU each part of the system used (application nodes, worker,
PostgreSQL, Redis, nginx, the load generator itself), which says what sets the limit.

Configurations: ``1`` is one application node as the production guide runs one (uvicorn
with one process per core, ``--node-workers``; production settings) on port 8150 with the
background worker; ``2`` is ``scripts/cluster.py`` (nginx on 8152 in front of nodes on
8153 and 8154, one process each, and the worker). Both over PostgreSQL (``DATABASE_URL``,
default postgres://postgres@127.0.0.1:5432/elearning_load) and Redis (``REDIS_URL``,
default redis://127.0.0.1:6379/8). The database is made (migrate, ``load_demo``) the first time
and kept for later runs (``--fresh`` makes it again); each run signs in learners of its
own (``bench/load/prepare.py``), who start the course from the beginning.

``make bench`` runs it small (BENCH_LOAD_LEARNERS, default 20 learners, 60 s per
configuration). The full measurement (200 learners, 20 open dashboards, 3 LRS clients):

    .venv/bin/python bench/bench_load.py --learners 200 --managers 20 --lrs-clients 3 \\
        --duration 240 --spawn-rate 4 --think 10,30

A learner acts every 10 to 30 s (``--think``): opens a page, answers a question, completes
a lesson. People reading a lesson act less often than that; a shorter think time is more
learners' worth of load (200 learners at 3-10 s ask about as much as 600 at 10-30 s).

Goal on a 2-core machine: 200 learners and 20 dashboards with p95 under 500 ms and no
error. Needs Locust (``pip install -e ".[bench]"``), PostgreSQL and Redis; nginx for the
two-node configuration.
"""

import argparse
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "scripts"))

from cluster import node_command  # noqa: E402 (scripts/ is not a package)

PYTHON = sys.executable
BIN = Path(PYTHON).parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/elearning_load"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/8"
NODE_PORT = 8150
CLUSTER_PORT = 8152
CLUSTER_NODE_PORTS = "8153,8154"
GOAL_P95_MS = 500
RUN_DIR = Path("/tmp/elearning-load")


def arguments():
    parser = argparse.ArgumentParser(description="Load test with Locust (see the docstring).")
    env = os.environ.get
    parser.add_argument("--learners", type=int, default=int(env("BENCH_LOAD_LEARNERS", "20")))
    parser.add_argument("--managers", type=int, default=int(env("BENCH_LOAD_MANAGERS", "5")))
    parser.add_argument("--lrs-clients", type=int, default=int(env("BENCH_LOAD_LRS_CLIENTS", "2")))
    parser.add_argument(
        "--duration", type=int, default=int(env("BENCH_LOAD_DURATION", "60")), help="seconds"
    )
    parser.add_argument(
        "--spawn-rate",
        type=float,
        default=float(env("BENCH_LOAD_SPAWN_RATE", "4")),
        help="users started per second",
    )
    parser.add_argument(
        "--think",
        default=env("BENCH_LOAD_THINK", "10,30"),
        help="a learner's pause between two actions, min,max seconds",
    )
    parser.add_argument(
        "--nodes",
        default=env("BENCH_LOAD_NODES", "1,2"),
        help="configurations to measure: 1 (one node), 2 (two nodes behind nginx)",
    )
    parser.add_argument(
        "--node-workers",
        type=int,
        default=int(env("BENCH_LOAD_NODE_WORKERS", str(os.cpu_count() or 1))),
        help="uvicorn processes of the one node (the production guide: one per core)",
    )
    parser.add_argument("--fresh", action="store_true", help="make the database again")
    return parser.parse_args()


# -- the database -----------------------------------------------------------------------


def base_environment() -> dict:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    env.setdefault("REDIS_URL", DEFAULT_REDIS_URL)
    env.setdefault("CHANNELS_PREFIX", "elearning-load")
    env.setdefault("CACHE_KEY_PREFIX", "elearning-load")
    env.setdefault("SECRET_KEY", "load-test-only-" + "k" * 40)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def node_environment(env: dict, site_url: str) -> dict:
    """Production settings, as scripts/cluster.py gives its nodes: plain HTTP on the
    loopback address, a connection pool, the database task queue, no second factor for
    the demo's (and the load test's) managers."""
    node = {
        **env,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.production",
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "CLUSTER_WORKER": "run_worker",
        "LOG_LEVEL": "WARNING",
    }
    for name, value in {
        "SITE_URL": site_url,
        "DATABASE_POOL": "true",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "SECOND_FACTOR_ROLES": "",
    }.items():
        node.setdefault(name, value)
    return node


def manage(env: dict, *command: str, settings: str = "elearning.settings.production") -> None:
    run_env = {**env, "DJANGO_SETTINGS_MODULE": settings}
    if settings.endswith(".dev"):
        run_env["DEBUG"] = "1"
    subprocess.run(
        [PYTHON, "manage.py", *command], cwd=ROOT, env=run_env, check=True, capture_output=True
    )


def services_missing(env: dict) -> str:
    """Why the load test cannot run here, or "" when it can."""
    try:
        import locust  # noqa: F401
    except ImportError:
        return 'Locust is not installed: .venv/bin/pip install -e ".[bench]"'
    import psycopg
    import redis

    url = urlparse(env["DATABASE_URL"])
    if not url.scheme.startswith("postgres"):
        return "DATABASE_URL must name a PostgreSQL database"
    try:
        psycopg.connect(url._replace(path="/postgres").geturl(), connect_timeout=3).close()
    except psycopg.OperationalError as error:
        return f"PostgreSQL cannot be reached: {error}"
    try:
        redis.Redis.from_url(env["REDIS_URL"], socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        return f"Redis cannot be reached: {error}"
    return ""


def database_prepare(env: dict, fresh: bool) -> None:
    import psycopg
    from psycopg import sql

    url = urlparse(env["DATABASE_URL"])
    name = url.path.lstrip("/")
    with psycopg.connect(url._replace(path="/postgres").geturl(), autocommit=True) as db:
        if fresh:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            db.execute(drop.format(sql.Identifier(name)))
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            db.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    started = time.perf_counter()
    manage(env, "migrate", "--noinput", "-v0")
    if not exists:
        print(f"  new database {name}: loading the demo (a few minutes, once)", flush=True)
        manage(env, "load_demo", settings="elearning.settings.dev")
    manage(env, "collectstatic", "--noinput", "-v0")
    print(f"  database {name} ready in {time.perf_counter() - started:.0f} s", flush=True)


def accounts(env: dict, batch: str, options) -> dict:
    plan = RUN_DIR / f"plan-{batch}.json"
    subprocess.run(
        [
            PYTHON,
            str(HERE / "load" / "prepare.py"),
            "--batch",
            batch,
            "--learners",
            str(options.learners),
            "--managers",
            str(max(options.managers, 1)),
            "--plan",
            str(plan),
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "elearning.settings.dev"},
        check=True,
        capture_output=True,
    )
    return {"path": plan, **json.loads(plan.read_text())}


# -- the servers ------------------------------------------------------------------------


def wait_for(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped while starting ({url})")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(process: subprocess.Popen, stop_signal=signal.SIGTERM) -> None:
    """Stop a server and everything it started (each runs in a session of its own): a
    uvicorn with several processes that outlives the grace period must not leave a
    worker behind, still holding connections and the processor, for the next
    measurement."""
    if process.poll() is None:
        process.send_signal(stop_signal)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


class OneNode:
    def __init__(self, env: dict, workers: int):
        self.workers = workers
        self.label = f"one node (uvicorn, {workers} process{'es' if workers > 1 else ''}) + worker"
        self.url = f"http://127.0.0.1:{NODE_PORT}"
        self.env = node_environment(env, self.url)
        self.processes: list[subprocess.Popen] = []

    def __enter__(self):
        node = start(
            node_command(NODE_PORT, workers=self.workers),
            self.env,
            RUN_DIR / "node.log",
        )
        self.processes.append(node)
        wait_for(self.url + "/healthz", node)
        worker = start([PYTHON, "manage.py", "run_worker"], self.env, RUN_DIR / "worker.log")
        self.processes.append(worker)
        self.roles = {"node": [node.pid], "worker": [worker.pid]}
        return self

    def __exit__(self, *exc):
        for process in reversed(self.processes):
            stop(process)


class TwoNodes:
    label = "two nodes behind nginx (scripts/cluster.py, 1 process each) + worker"

    def __init__(self, env: dict, workers: int = 1):
        self.url = f"http://127.0.0.1:{CLUSTER_PORT}"
        self.env = node_environment(env, self.url)
        self.run_dir = RUN_DIR / "cluster"
        self.process = None

    @staticmethod
    def missing() -> str:
        if not (ROOT / "scripts" / "cluster.py").exists():
            return "scripts/cluster.py is not there (the balancer part is pending)"
        if not shutil.which("nginx") and not Path("/usr/sbin/nginx").exists():
            return "nginx is not installed"
        return ""

    def __enter__(self):
        state = self.run_dir / "cluster.json"
        state.unlink(missing_ok=True)
        self.process = start(
            [
                PYTHON,
                "scripts/cluster.py",
                "--port",
                str(CLUSTER_PORT),
                "--node-ports",
                CLUSTER_NODE_PORTS,
                "--run-dir",
                str(self.run_dir),
                "--no-demo",
            ],
            self.env,
            RUN_DIR / "cluster.log",
        )
        deadline = time.monotonic() + 300
        while not (state.exists() and json.loads(state.read_text() or "{}").get("ready")):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "the cluster did not start: " + (RUN_DIR / "cluster.log").read_text()[-2000:]
                )
            time.sleep(0.5)
        cluster = json.loads(state.read_text())
        self.roles = {
            "node": [node["pid"] for node in cluster["nodes"]],
            "worker": [cluster["worker"]] if cluster.get("worker") else [],
            "nginx": [cluster["nginx"]],
        }
        return self

    def __exit__(self, *exc):
        if self.process is not None:
            stop(self.process, signal.SIGINT)


# -- CPU --------------------------------------------------------------------------------


class CpuWatch:
    """CPU of each part of the system, sampled every second (psutil, installed with
    Locust): the roles' processes and their children, PostgreSQL's and Redis's server
    processes, and the whole machine."""

    def __init__(self, roles: dict[str, list[int]]):
        self.roles = roles
        self.samples: list[tuple[float, dict[str, float]]] = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def processes(self):
        import psutil

        found: dict[str, list] = defaultdict(list)
        for role, pids in self.roles.items():
            for pid in pids:
                try:
                    parent = psutil.Process(pid)
                    found[role] += [parent, *parent.children(recursive=True)]
                except psutil.NoSuchProcess:
                    pass
        for process in psutil.process_iter(["name", "cmdline"]):
            name = process.info["name"] or ""
            command = " ".join(process.info["cmdline"] or [])
            if name in ("postgres", "postmaster"):
                found["postgresql"].append(process)
            elif name.startswith("redis-server"):
                found["redis"].append(process)
            elif "locust" in command and "locustfile.py" in command:
                found["locust"].append(process)
        return found

    def run(self):
        import psutil

        psutil.cpu_percent()
        tracked = self.processes()
        for processes in tracked.values():
            for process in processes:
                try:
                    process.cpu_percent()
                except psutil.NoSuchProcess:
                    pass
        rescan = 0
        while not self.stopped.wait(1.0):
            figures = {"machine": psutil.cpu_percent() * psutil.cpu_count()}
            for role, processes in tracked.items():
                total = 0.0
                for process in processes:
                    try:
                        total += process.cpu_percent()
                    except psutil.NoSuchProcess:
                        pass
                figures[role] = total
            self.samples.append((time.time(), figures))
            rescan += 1
            if rescan % 10 == 0:  # new PostgreSQL backends, the locust process
                known = {p.pid for processes in tracked.values() for p in processes}
                for role, processes in self.processes().items():
                    for process in processes:
                        if process.pid not in known:
                            try:
                                process.cpu_percent()
                            except psutil.NoSuchProcess:
                                continue
                            tracked[role].append(process)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        self.thread.join()

    def summary(self, since: float) -> dict[str, tuple[float, float]]:
        """{role: (mean %, peak %)} of a core, from ``since`` on."""
        rows = [figures for moment, figures in self.samples if moment >= since]
        roles = sorted({role for figures in rows for role in figures})
        return (
            {
                role: (
                    statistics.fmean(figures.get(role, 0.0) for figures in rows),
                    max(figures.get(role, 0.0) for figures in rows),
                )
                for role in roles
            }
            if rows
            else {}
        )


# -- Locust and the report ---------------------------------------------------------------


def run_locust(url: str, plan: dict, options, label: str) -> Path:
    samples = RUN_DIR / f"samples-{label}.jsonl"
    users = options.learners + options.managers + options.lrs_clients
    env = {
        **os.environ,
        "LOAD_PLAN": str(plan["path"]),
        "LOAD_SAMPLES": str(samples),
        "LOAD_LEARNERS": str(options.learners),
        "LOAD_MANAGERS": str(options.managers),
        "LOAD_LRS_CLIENTS": str(options.lrs_clients),
        "LOAD_THINK": options.think,
    }
    subprocess.run(
        [
            str(BIN / "locust"),
            "-f",
            "locustfile.py",
            "--headless",
            "--host",
            url,
            "-u",
            str(users),
            "-r",
            str(options.spawn_rate),
            "-t",
            f"{options.duration}s",
            "--stop-timeout",
            "10",
            "--csv",
            str(RUN_DIR / f"locust-{label}"),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        cwd=HERE / "load",
        env=env,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=(RUN_DIR / f"locust-{label}.log").open("w"),
    )
    return samples


def percentile(ordered: list[float], share: float) -> float:
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))
    return ordered[index]


def table(rows: list[list], title: str) -> None:
    print(f"  {title}")
    print(
        f"    {'kind of request':<24}{'requests':>9}{'per s':>8}{'p50 ms':>9}"
        f"{'p95 ms':>9}{'p99 ms':>9}{'failed':>8}"
    )
    for row in rows:
        print(
            f"    {row[0]:<24}{row[1]:>9}{row[2]:>8.1f}{row[3]:>9.0f}"
            f"{row[4]:>9.0f}{row[5]:>9.0f}{row[6]:>8}"
        )


def figures(samples: list, seconds: float, name: str) -> list:
    times = sorted(sample[3] for sample in samples)
    failed = sum(1 for sample in samples if sample[4])
    return [
        name,
        len(samples),
        len(samples) / seconds if seconds else 0.0,
        percentile(times, 0.50),
        percentile(times, 0.95),
        percentile(times, 0.99),
        failed,
    ]


def report(samples_path: Path, cpu: CpuWatch, options, label: str) -> dict:
    lines = samples_path.read_text().splitlines() if samples_path.exists() else []
    if not lines:
        print("  no samples: Locust did not run (see " + str(RUN_DIR) + "/locust-*.log)")
        return {}
    moments = json.loads(lines[0])["moments"]
    samples = [json.loads(line) for line in lines[1:]]
    first, last = samples[0][0], samples[-1][0]
    signed_in = moments.get("signed_in")
    steady_from = max(moments.get("spawned", first), signed_in or last)
    steady = [sample for sample in samples if sample[0] >= steady_from]
    steady_seconds = max(last - steady_from, 1e-9)
    sign_ins = [sample for sample in samples if sample[2] == "sign in"]
    rush = (signed_in - first) if signed_in else None
    print(
        f"  {options.learners} learners, {options.managers} managers (dashboards open), "
        f"{options.lrs_clients} LRS clients; think time {options.think} s"
    )
    if rush is not None:
        print(f"  every learner signed in {rush:.0f} s after the first request")
    else:
        print("  not every learner signed in during the run")
    sockets = [sample for sample in samples if sample[2] == "dashboard socket"]
    dropped = [sample for sample in samples if sample[2] == "dashboard socket closed"]
    if sockets:
        opened = sorted(sample[3] for sample in sockets if not sample[4])
        print(
            f"  dashboard websockets: {len(opened)} opened (p95 {percentile(opened, 0.95):.0f} "
            f"ms to the server's ready), {len(sockets) - len(opened)} refused, "
            f"{len(dropped)} closed by the server during the run"
        )
    signed = figures(sign_ins, max(last - first, 1e-9), "sign in (whole run)")
    table([signed], "sign-in rush")
    by_kind: dict[str, list] = defaultdict(list)
    for sample in steady:
        by_kind[sample[2]].append(sample)
    rows = [figures(by_kind[name], steady_seconds, name) for name in sorted(by_kind)]
    total = figures([s for s in steady if s[1] != "WS"], steady_seconds, "all HTTP requests")
    table(
        [*rows, total],
        f"steady state: the last {steady_seconds:.0f} s, every learner signed in",
    )
    if len(steady) == 0:
        print("  (no steady state: lengthen --duration or raise --spawn-rate)")
    usage = cpu.summary(steady_from)
    if usage:
        print("  CPU, % of one core (mean / peak) during the steady state:")
        for role, (mean, peak) in sorted(usage.items(), key=lambda item: -item[1][0]):
            print(f"    {role:<12}{mean:>6.0f} / {peak:.0f}")
        nodes = len(cpu.roles.get("node", [])) or 1
        machine = usage.get("machine", (0.0, 0.0))[0]
        per_node = usage.get("node", (0.0, 0.0))[0] / nodes
        # A node runs its requests one at a time on one thread (elearning/asgi_handler.py):
        # 100% of a core is its ceiling, whatever the machine has left.
        print(
            f"  each node: {per_node:.0f}% of the one core it can use; the machine: "
            f"{machine:.0f}% of {(os.cpu_count() or 1) * 100}% (every process on it)"
        )
    # Every failure counts, during the sign-in rush as in the steady state.
    failures = sum(1 for sample in samples if sample[4])
    verdict = "meets" if steady and total[4] < GOAL_P95_MS and failures == 0 else "does not meet"
    print(
        f"  => {label}: {verdict} the goal (p95 < {GOAL_P95_MS} ms, no error): "
        f"p95 {total[4]:.0f} ms, {total[2]:.1f} requests/s; {failures} failed requests "
        "in the whole run"
    )
    return {"p95": total[4], "failures": failures, "cpu": usage}


def main() -> None:
    options = arguments()
    env = base_environment()
    missing = services_missing(env)
    if missing:
        print(f"Load test: not measured ({missing}).")
        return
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    print(
        f"Load test with Locust on {os.cpu_count()} cores: {options.duration} s per "
        f"configuration, users started at {options.spawn_rate}/s"
    )
    database_prepare(env, options.fresh)
    configurations = [part.strip() for part in options.nodes.split(",") if part.strip()]
    for configuration in configurations:
        kind = {"1": OneNode, "2": TwoNodes}.get(configuration)
        if kind is None:
            print(f"  --nodes {configuration}: 1 or 2")
            continue
        if kind is TwoNodes and (why := TwoNodes.missing()):
            print(f"\n== two nodes behind the balancer: not measured ({why})")
            continue
        batch = f"{datetime.now(UTC):%m%d%H%M%S}-{configuration}n"
        plan = accounts(env, batch, options)
        servers = kind(env, options.node_workers)
        print(f"\n== {servers.label}", flush=True)
        with servers, CpuWatch(servers.roles) as cpu:
            samples = run_locust(servers.url, plan, options, f"{configuration}n")
        report(samples, cpu, options, f"{configuration} node{'s' if configuration != '1' else ''}")


if __name__ == "__main__":
    main()
