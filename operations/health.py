"""Readiness: whether this process can serve the platform right now.

Each check answers ``True`` or raises; :func:`readiness` runs them all and names the
ones that failed. The reasons go to the log, never into the answer (the address is
public to whoever reaches the load balancer).

* ``database``: the default database answers a query;
* ``migrations``: every migration the code ships is applied (a process started before
  ``manage.py migrate`` ran must not take requests), remembered for a short while;
* ``cache`` and ``channel_layer``: Redis answers, when the cache or the channel layer is
  a Redis one (the embedded defaults live in the process and always answer).
"""

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

logger = logging.getLogger(__name__)

#: How long a finding of "every migration applied" is trusted before it is checked again.
MIGRATIONS_CHECK_SECONDS = 60.0
#: How long Redis may take to answer a ping.
REDIS_TIMEOUT_SECONDS = 2.0

OK = "ok"
FAILING = "failing"


def check_database(alias: str = DEFAULT_DB_ALIAS) -> bool:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return True


def unapplied_migrations(alias: str = DEFAULT_DB_ALIAS) -> list[str]:
    """The migrations the code ships that the database has not applied, as
    ``app.name``."""
    executor = MigrationExecutor(connections[alias])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


class MigrationsCheck:
    """Whether every migration is applied, remembering a success for ``seconds`` (the
    check loads every migration file). A failure is never remembered: the process is
    ready as soon as ``migrate`` has run."""

    def __init__(
        self,
        *,
        seconds: float = MIGRATIONS_CHECK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.seconds = seconds
        self.clock = clock
        self._checked_at: float | None = None
        self._lock = threading.Lock()

    def __call__(self) -> bool:
        with self._lock:
            if self._checked_at is not None and self.clock() - self._checked_at < self.seconds:
                return True
        pending = unapplied_migrations()
        if pending:
            raise RuntimeError(f"{len(pending)} unapplied migrations: {', '.join(pending)}")
        with self._lock:
            self._checked_at = self.clock()
        return True

    def forget(self) -> None:
        with self._lock:
            self._checked_at = None


check_migrations = MigrationsCheck()


def check_cache() -> bool | None:
    """Reads a key from the cache when it is Redis (``None`` otherwise)."""
    default = caches["default"]
    if not isinstance(default, RedisCache):
        return None
    default.get("operations:readiness")
    return True


async def _ping_channel_layer(layer) -> None:
    for index in range(layer.ring_size):
        await asyncio.wait_for(layer.connection(index).ping(), timeout=REDIS_TIMEOUT_SECONDS)


def check_channel_layer() -> bool | None:
    """Pings every Redis server of the channel layer (``None`` when it is not Redis)."""
    layer = get_channel_layer()
    if layer is None or not hasattr(layer, "connection") or not hasattr(layer, "ring_size"):
        return None
    async_to_sync(_ping_channel_layer)(layer)
    return True


@dataclass(frozen=True)
class Readiness:
    """The outcome of every check that applies: ``"ok"`` or ``"failing"`` by name."""

    checks: dict[str, str]

    @property
    def ready(self) -> bool:
        return all(outcome == OK for outcome in self.checks.values())

    def as_dict(self) -> dict:
        return {"status": "ok" if self.ready else "unavailable", "checks": self.checks}


def readiness() -> Readiness:
    """Runs the checks; the migrations are not checked while the database fails."""
    checks: dict[str, str] = {}

    def run(name: str, check: Callable[[], bool | None]) -> None:
        try:
            outcome = check()
        except Exception:
            logger.exception("Readiness check %s failed.", name)
            checks[name] = FAILING
            return
        if outcome is not None:
            checks[name] = OK

    run("database", check_database)
    if checks["database"] == OK:
        run("migrations", check_migrations)
    else:
        checks["migrations"] = FAILING
    run("cache", check_cache)
    run("channel_layer", check_channel_layer)
    return Readiness(checks=checks)
