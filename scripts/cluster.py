"""The platform as a cluster on one machine: ``make cluster``.

Two application nodes (uvicorn, production settings, each its own process and port),
the background worker, and nginx in front of them on one port (round robin, websockets,
passive failover, package files sent from disk), over one PostgreSQL database and one
Redis. Migrates, loads the demo (once: it is idempotent) and collects the static files
first. Stops everything on Ctrl-C or SIGTERM.

    .venv/bin/python scripts/cluster.py [--port 8100] [--node-ports 8101,8102]
                                        [--run-dir DIR] [--no-demo]

Configuration comes from the environment, as for any deployment: DATABASE_URL (default
postgres://postgres@127.0.0.1:5432/elearning_cluster, created when absent), REDIS_URL
(default redis://127.0.0.1:6379/7), CHANNELS_PREFIX, CACHE_KEY_PREFIX, SECRET_KEY (made
once and kept in the run folder when unset), and any other setting of the README.

The cluster serves plain HTTP on the loopback address. The production settings refuse
that (HTTPS redirect, secure cookies, HSTS), so this script, and nothing else, turns
those off for its nodes through their documented variables (SECURE_SSL_REDIRECT,
SECURE_COOKIES, SECURE_HSTS_SECONDS); the production defaults stay as they are. See
docs/operations.md, "A cluster on one machine".
"""

import argparse
import grp
import json
import math
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
DEPLOY_DIR = BASE_DIR / "deploy"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/elearning_cluster"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/7"
PACKAGES_LOCATION = "/_package-files/"
NGINX_MISSING = (
    "nginx is missing. Install it with:\n"
    "    sudo apt-get install nginx-light\n"
    "(the cluster runs its own nginx, with its own configuration; the system's nginx "
    "service is not used and need not run)."
)


class ClusterError(Exception):
    """Something the cluster needs is not there; the message says what to do."""


class Stop(Exception):
    """Ctrl-C or SIGTERM."""


def _stop(signum, frame):
    raise Stop


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(description="Run the platform as a cluster on one machine.")
    parser.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("CLUSTER_PORT", "8100")),
        help="nginx's port (default 8100, or CLUSTER_PORT)",
    )
    parser.add_argument(
        "--node-ports",
        default=os.environ.get("CLUSTER_NODE_PORTS", ""),
        help="the nodes' ports, separated by commas (default: the two ports after --port)",
    )
    parser.add_argument(
        "--run-dir",
        default=os.environ.get("CLUSTER_RUN_DIR", ""),
        help="where nginx's configuration, pid, temporary files and logs go "
        "(default: a folder per port in the system's temporary folder)",
    )
    parser.add_argument(
        "--no-demo", action="store_true", help="do not load the demo data (load_demo)"
    )
    arguments = parser.parse_args(argv)
    if arguments.node_ports:
        try:
            arguments.node_ports = [int(port) for port in arguments.node_ports.split(",")]
        except ValueError:
            parser.error("--node-ports: whole numbers separated by commas, e.g. 8101,8102")
    else:
        arguments.node_ports = [arguments.port + 1, arguments.port + 2]
    ports = arguments.node_ports
    if not ports or len(set(ports)) != len(ports) or arguments.port in ports:
        parser.error("--node-ports: ports of their own, none of them nginx's --port")
    arguments.run_dir = Path(
        arguments.run_dir or Path("/tmp") / f"elearning-cluster-{arguments.port}"
    ).resolve()
    return arguments


def log(message: str) -> None:
    print(f"[cluster] {message}", flush=True)


def nginx_binary() -> str:
    found = shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(path, os.X_OK)),
        None,
    )
    if found is None:
        raise ClusterError(NGINX_MISSING)
    return found


def database_ensure(url: str) -> None:
    """Create the database DATABASE_URL names when the server does not have it yet."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        raise ClusterError(
            f"DATABASE_URL must name a PostgreSQL database for the cluster (got {parts.scheme}:)."
        )
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ClusterError("DATABASE_URL names no database.")
    import psycopg
    from psycopg import sql

    server = parts._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(server, autocommit=True, connect_timeout=5) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                log(f"Creating the database {name}")
                connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.OperationalError as error:
        raise ClusterError(f"PostgreSQL cannot be reached at DATABASE_URL: {error}") from error


def redis_check(url: str) -> None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        raise ClusterError(f"Redis cannot be reached at REDIS_URL ({url}): {error}") from error


def secret_key(run_dir: Path) -> str:
    """SECRET_KEY, or one made once for this cluster and kept in its run folder: every
    node must sign sessions and CSRF tokens with the same key."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    path = run_dir / "secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def node_environment(arguments, database_url: str, redis_url: str) -> dict:
    """The environment of every process of the cluster: the production settings, with
    plain HTTP allowed on this machine's loopback address only."""
    site_url = f"http://127.0.0.1:{arguments.port}"
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="elearning.settings.production",
        SECRET_KEY=secret_key(arguments.run_dir),
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        PACKAGES_ACCEL_REDIRECT=PACKAGES_LOCATION,
        PYTHONUNBUFFERED="1",
    )
    defaults = {
        "SITE_URL": site_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CHANNELS_PREFIX": "elearning-cluster",
        "CACHE_KEY_PREFIX": "elearning-cluster",
        # Plain HTTP on the loopback address: no redirect to HTTPS, cookies sent over
        # HTTP, no HSTS (it would pin 127.0.0.1 to HTTPS in the browser).
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        # The demo's staff sign in with their documented passwords, as with `make run`;
        # name roles here to try the second factor.
        "SECOND_FACTOR_ROLES": "",
    }
    for name, value in defaults.items():
        env.setdefault(name, value)
    return env


def manage(env: dict, *arguments: str, settings: str = "", capture: bool = False):
    command = [sys.executable, "manage.py", *arguments]
    run_env = {**env, "DJANGO_SETTINGS_MODULE": settings} if settings else env
    if settings.endswith(".dev"):
        run_env["DEBUG"] = "1"
    result = subprocess.run(
        command, cwd=BASE_DIR, env=run_env, capture_output=capture, text=True, check=False
    )
    if result.returncode != 0:
        detail = (result.stderr or "")[-2000:] if capture else ""
        raise ClusterError(f"manage.py {' '.join(arguments)} failed.\n{detail}".strip())
    return result.stdout if capture else ""


def node_command(port: int, *, workers: int = 1) -> list[str]:
    """An application node as the production guide runs one (README, "Serving in
    production"): uvicorn on the loopback address behind the balancer of this machine."""
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "elearning.asgi:application",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        # The client's address and scheme come from the balancer's X-Forwarded-For and
        # X-Forwarded-Proto, trusted from this machine alone.
        "--proxy-headers",
        "--forwarded-allow-ips",
        "127.0.0.1",
        "--no-access-log",
        # Longer than nginx keeps an idle connection to the node (30 s): the balancer,
        # never the node, ends an idle connection.
        "--timeout-keep-alive",
        "65",
        # A node asked to stop waits at most this long for open connections: a dashboard's
        # websocket never ends by itself, and the page reconnects to another node.
        "--timeout-graceful-shutdown",
        "30",
        "--lifespan",
        "off",
        "--log-level",
        "warning",
    ]


def worker_command() -> list[str] | None:
    """The background worker's command: the platform's worker (``run_worker``), or the
    manage.py command CLUSTER_WORKER names ("" for none)."""
    name = os.environ.get("CLUSTER_WORKER", "run_worker")
    return [sys.executable, "manage.py", name] if name else None


class Process:
    """One process of the cluster: its output goes to ours, each line after its name."""

    def __init__(self, name: str, command: list[str], env: dict):
        self.name = name
        self.popen = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
            # Its own process group: Ctrl-C reaches this script alone, which stops the
            # processes in order (nginx first, then the nodes, then the worker).
            start_new_session=True,
        )
        self.reported = False
        threading.Thread(target=self._relay, daemon=True).start()

    def _relay(self):
        for line in self.popen.stdout:
            print(f"[{self.name}] {line}", end="", flush=True)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def running(self) -> bool:
        return self.popen.poll() is None

    def stop(self, stop_signal=signal.SIGTERM, grace: float = 15.0) -> None:
        if not self.running():
            return
        try:
            self.popen.send_signal(stop_signal)
            self.popen.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()
        except ProcessLookupError:
            pass


def wait_healthy(url: str, process: Process, timeout: float = 90.0) -> None:
    """Wait for ``url`` (a /healthz) to answer 200 while ``process`` runs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not process.running():
            raise ClusterError(f"{process.name} exited while starting (see its lines above).")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise ClusterError(f"{process.name} did not answer {url} within {timeout:.0f} seconds.")


def max_body() -> str:
    """client_max_body_size: the largest package upload, and room for the form around it."""
    largest = max(
        int(os.environ.get("PACKAGES_MAX_UPLOAD_BYTES", 500 * 1024 * 1024)),
        int(os.environ.get("LRS_MAX_REQUEST_BYTES", 20 * 1024 * 1024)),
    )
    return f"{math.ceil(largest / (1024 * 1024)) + 20}m"


def fill(template: str, values: dict) -> str:
    text = template
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    left = [part.split("@")[0] for part in text.split("@")[1::2] if part.isupper()]
    if left:
        raise ClusterError(f"nginx template: no value for {', '.join(left)}")
    return text


def nginx_configure(arguments, packages_root: Path) -> Path:
    """Write nginx's configuration for this cluster into its run folder."""
    run_dir = arguments.run_dir
    for folder in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (run_dir / folder).mkdir(parents=True, exist_ok=True)
    servers = "\n".join(
        f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port in arguments.node_ports
    )
    site = fill(
        (DEPLOY_DIR / "nginx-site.conf.template").read_text(),
        {
            "LISTEN": f"127.0.0.1:{arguments.port}",
            "SERVER_NAME": "_",
            "TLS": "",
            "UPSTREAM_SERVERS": servers,
            "PACKAGES_LOCATION": PACKAGES_LOCATION,
            "PACKAGES_ROOT": f"{packages_root}/",
            "MAX_BODY": max_body(),
            "ACCESS_LOG": str(run_dir / "access.log"),
        },
    )
    (run_dir / "nginx-site.conf").write_text(site)
    user = ""
    if os.geteuid() == 0:
        # Started by root, nginx's workers would run as nobody, who may not read the
        # package files: they run as the owner of PACKAGES_ROOT instead.
        owner = packages_root.stat()
        user = f"user {pwd.getpwuid(owner.st_uid).pw_name} {grp.getgrgid(owner.st_gid).gr_name};"
    main = fill(
        (DEPLOY_DIR / "nginx-cluster.conf.template").read_text(),
        {"RUN_DIR": str(run_dir), "USER": user},
    )
    path = run_dir / "nginx.conf"
    path.write_text(main)
    return path


def packages_root(env: dict) -> Path:
    """PACKAGES_ROOT as the nodes' settings have it (made if absent)."""
    code = (
        "from django.conf import settings; from pathlib import Path; "
        "print(Path(settings.PACKAGES_ROOT).resolve())"
    )
    root = Path(manage(env, "shell", "-c", code, capture=True).strip().splitlines()[-1])
    root.mkdir(parents=True, exist_ok=True)
    return root


def run(arguments) -> int:
    processes: list[Process] = []
    nginx = nginx_binary()
    database_url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    redis_url = os.environ.get("REDIS_URL", DEFAULT_REDIS_URL)
    arguments.run_dir.mkdir(parents=True, exist_ok=True)
    state_file = arguments.run_dir / "cluster.json"
    state_file.unlink(missing_ok=True)
    database_ensure(database_url)
    redis_check(redis_url)
    env = node_environment(arguments, database_url, redis_url)

    log("Migrating the database")
    manage(env, "migrate", "--noinput", "-v", "0")
    worker = worker_command()
    if worker:
        # Work queued by the nodes (and the demo) waits in the database for the worker.
        env.setdefault("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
    if not arguments.no_demo:
        # The demo refuses production settings (its accounts are public): it is loaded
        # with the development settings into the same database.
        log("Loading the demo (nothing changes if it is there already)")
        manage(env, "load_demo", settings="elearning.settings.dev")
    log("Collecting the static files")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    root = packages_root(env)

    try:
        nodes = []
        for letter, port in zip("abcdefghij", arguments.node_ports, strict=False):
            node = Process(f"node-{letter}", node_command(port), env)
            processes.append(node)
            nodes.append((node, port))
        for node, port in nodes:
            wait_healthy(f"http://127.0.0.1:{port}/healthz", node)
            log(f"{node.name} serves http://127.0.0.1:{port}/ (pid {node.pid})")
        worker_process = None
        if worker:
            worker_process = Process("worker", worker, env)
            processes.append(worker_process)
            log(f"worker started: {' '.join(worker[1:])} (pid {worker_process.pid})")

        config = nginx_configure(arguments, root)
        check = subprocess.run(
            [nginx, "-t", "-q", "-p", str(arguments.run_dir), "-c", str(config)],
            capture_output=True,
            text=True,
            check=False,
        )
        if check.returncode != 0:
            raise ClusterError(f"nginx refused its configuration ({config}):\n{check.stderr}")
        balancer = Process("nginx", [nginx, "-p", str(arguments.run_dir), "-c", str(config)], env)
        processes.append(balancer)
        site_url = env["SITE_URL"]
        wait_healthy(f"http://127.0.0.1:{arguments.port}/healthz", balancer, timeout=20)
        state_file.write_text(
            json.dumps(
                {
                    "url": site_url,
                    "port": arguments.port,
                    "nodes": [
                        {"name": node.name, "port": port, "pid": node.pid} for node, port in nodes
                    ],
                    "worker": worker_process.pid if worker_process else None,
                    "nginx": balancer.pid,
                    "run_dir": str(arguments.run_dir),
                    "ready": True,
                }
            )
        )
        log(f"Ready: {site_url}/ (nginx in front of {len(nodes)} nodes). Stop with Ctrl-C.")
        log(f"nginx's configuration and access log: {arguments.run_dir}")
        while True:
            for process in processes:
                if not process.running() and not process.reported:
                    process.reported = True
                    log(f"{process.name} exited ({process.popen.returncode}); the others go on.")
            if not balancer.running():
                raise ClusterError("nginx stopped.")
            time.sleep(0.5)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        log("Stopping")
        state_file.unlink(missing_ok=True)
        for process in reversed(processes):
            # nginx: QUIT finishes the requests under way; the nodes and the worker
            # finish theirs on TERM.
            process.stop(signal.SIGQUIT if process.name == "nginx" else signal.SIGTERM)


def main(argv=None) -> int:
    arguments = parse_arguments(argv)
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    try:
        return run(arguments)
    except Stop:
        return 0
    except ClusterError as error:
        print(f"[cluster] {error}", file=sys.stderr, flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
