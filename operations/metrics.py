"""Prometheus metrics of the platform, served at ``/metrics`` (see docs/operations.md).

Three sources:

* django-prometheus's middleware counts requests and responses by view, method and
  status, and times them (``django_http_*``);
* :data:`WEBSOCKET_CONNECTIONS` counts the websockets open in each process
  (:class:`WebsocketConnectionsMiddleware`, around the websocket application);
* :class:`PlatformCollector` reads the database at scrape time: statements stored,
  the task queue's depth and age, the forwarding backlog. Every query is an index range
  scan or a catalogue lookup, so a scrape costs the same on a table of a hundred
  statements and one of a hundred million.

With several server processes on a node (``uvicorn --workers``), prometheus_client's
multiprocess mode adds up the processes' counters, histograms and open websockets: set
``PROMETHEUS_MULTIPROC_DIR`` to an empty directory of the node's own before the
processes start (:func:`metrics_registry` reads it).
"""

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

from django.db import DatabaseError, connection, transaction
from django.db.models import Count, Max, Min
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from prometheus_client import REGISTRY, CollectorRegistry, Gauge, multiprocess
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from lrs.models import ForwardedStatement, Statement

logger = logging.getLogger(__name__)

#: Below this many statements (by PostgreSQL's estimate) they are counted exactly; above
#: it, the estimate is the figure (a count would read the whole index at every scrape).
EXACT_COUNT_LIMIT = 100_000
DEFAULT_QUEUE = "default"

# "livesum": in multiprocess mode, the sum over the processes still running.
WEBSOCKET_CONNECTIONS = Gauge(
    "elearning_websocket_connections_open",
    "Websocket connections open (live dashboards).",
    multiprocess_mode="livesum",
)


class WebsocketConnectionsMiddleware:
    """ASGI middleware around the websocket application: a connection counts in
    :data:`WEBSOCKET_CONNECTIONS` from the moment the application accepts it until the
    application is done with it (closed by either side, or refused after accepting)."""

    def __init__(self, application, gauge: Gauge = WEBSOCKET_CONNECTIONS):
        self.application = application
        self.gauge = gauge

    async def __call__(self, scope, receive, send):
        if scope["type"] != "websocket":
            return await self.application(scope, receive, send)
        accepted = False

        async def counting_send(message):
            nonlocal accepted
            if message["type"] == "websocket.accept" and not accepted:
                accepted = True
                self.gauge.inc()
            await send(message)

        try:
            return await self.application(scope, receive, counting_send)
        finally:
            if accepted:
                self.gauge.dec()


def statements_stored(*, exact_limit: int = EXACT_COUNT_LIMIT) -> int:
    """How many statements the LRS holds: PostgreSQL's own estimate of the table's rows
    (the rows per page its statistics saw, times the table's pages now, as its planner
    does) once that passes ``exact_limit``, an exact count below it and on other
    databases."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT reltuples, relpages, "
                "pg_relation_size(oid) / current_setting('block_size')::bigint "
                "FROM pg_class WHERE oid = to_regclass(%s)",
                [Statement._meta.db_table],
            )
            row = cursor.fetchone()
        if row is not None:
            tuples, pages, current_pages = row
            if tuples > 0 and pages > 0:
                estimate = int(tuples / pages * current_pages)
                if estimate >= exact_limit:
                    return estimate
    return Statement.objects.count()


class PlatformCollector(Collector):
    """The platform's figures read from the database when Prometheus scrapes. A source
    that cannot be read (the database is down) is left out and reported as
    ``elearning_metrics_source_up{source=...} 0``; the scrape itself still answers."""

    def __init__(self, *, exact_limit: int = EXACT_COUNT_LIMIT):
        self.exact_limit = exact_limit

    def collect(self) -> Iterator[GaugeMetricFamily]:
        up = GaugeMetricFamily(
            "elearning_metrics_source_up",
            "Whether the figures of a source could be read at this scrape (1) or not (0).",
            labels=["source"],
        )
        for source, read in (("lrs", self._lrs), ("tasks", self._tasks)):
            try:
                # A savepoint: a failed read leaves the request's transaction usable.
                with transaction.atomic():
                    families = list(read())
            except DatabaseError:
                logger.exception("Metrics: the %s figures could not be read.", source)
                up.add_metric([source], 0)
                continue
            up.add_metric([source], 1)
            yield from families
        yield up

    def _lrs(self) -> Iterator[GaugeMetricFamily]:
        now = timezone.now()
        yield GaugeMetricFamily(
            "elearning_lrs_statements",
            "Statements stored in the LRS (exact up to "
            f"{self.exact_limit} rows, PostgreSQL's estimate above).",
            value=statements_stored(exact_limit=self.exact_limit),
        )
        latest = Statement.objects.aggregate(latest=Max("stored"))["latest"]
        if latest is not None:
            yield GaugeMetricFamily(
                "elearning_lrs_last_statement_stored_timestamp_seconds",
                "When the LRS stored its latest statement (Unix time).",
                value=latest.timestamp(),
            )
        backlog = ForwardedStatement.objects.filter(status=ForwardedStatement.Status.PENDING)
        figures = backlog.aggregate(pending=Count("pk"), oldest=Min("created_at"))
        yield GaugeMetricFamily(
            "elearning_lrs_forwarding_backlog",
            "Statements waiting to be forwarded to the external LRS.",
            value=figures["pending"],
        )
        oldest = figures["oldest"]
        yield GaugeMetricFamily(
            "elearning_lrs_forwarding_oldest_age_seconds",
            "How long the oldest statement waiting to be forwarded has waited (0: none).",
            value=max(0.0, (now - oldest).total_seconds()) if oldest else 0.0,
        )

    def _tasks(self) -> Iterator[GaugeMetricFamily]:
        now = timezone.now()
        depth = GaugeMetricFamily(
            "elearning_task_queue_depth",
            "Background tasks due to run and not started yet, per queue.",
            labels=["queue"],
        )
        age = GaugeMetricFamily(
            "elearning_task_queue_oldest_age_seconds",
            "How long ago the oldest task due to run was queued, per queue (0: none).",
            labels=["queue"],
        )
        rows = {
            row["queue_name"]: row
            for row in DBTaskResult.objects.ready()
            .order_by()
            .values("queue_name")
            .annotate(depth=Count("pk"), oldest=Min("enqueued_at"))
        }
        for queue in sorted({DEFAULT_QUEUE, *rows}):
            row = rows.get(queue, {"depth": 0, "oldest": None})
            depth.add_metric([queue], row["depth"])
            oldest = row["oldest"]
            age.add_metric([queue], max(0.0, (now - oldest).total_seconds()) if oldest else 0.0)
        yield depth
        yield age


def multiprocess_directory() -> Path | None:
    """The directory of prometheus_client's multiprocess mode, when it is on."""
    value = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or os.environ.get("prometheus_multiproc_dir")
    return Path(value) if value else None


_LIVE_GAUGE_FILE = re.compile(r"gauge_live\w*_(\d+)\.db")


def forget_stopped_processes(directory: Path) -> None:
    """Drops the live gauges of server processes that stopped (a worker that died and
    was replaced), so that they no longer count: uvicorn has no hook that would do it
    when a worker ends. Counters and histograms of stopped processes still count, as
    they should."""
    for path in directory.glob("gauge_live*.db"):
        match = _LIVE_GAUGE_FILE.fullmatch(path.name)
        if match is None:
            continue
        pid = int(match.group(1))
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            multiprocess.mark_process_dead(pid, str(directory))
        except PermissionError:
            pass


def metrics_registry(*, collector: Collector | None = None) -> CollectorRegistry:
    """What one scrape reads: this process's metrics (or, in multiprocess mode, every
    process's on the node) and the platform's figures from the database."""
    registry = CollectorRegistry(auto_describe=False)
    directory = multiprocess_directory()
    if directory is not None:
        forget_stopped_processes(directory)
        multiprocess.MultiProcessCollector(registry, path=str(directory))
    else:
        registry.register(REGISTRY)
    registry.register(collector or PlatformCollector())
    return registry
