"""Reads that may be served by a PostgreSQL read replica.

An agency that scales out points ``DATABASE_REPLICA_URL`` at a streaming replica of the
primary; the ``replica`` database alias then exists, and the code that only reads and
can live with a replica's lag of a moment (the managers' dashboards, their reports and
exports) reads from it inside ``replica_reads()`` or under ``@reads_from_replica``.
Everything else, and every write anywhere, stays on the primary: ``ReplicaRouter``
sends a read to the replica only inside that block, and every write to the primary,
even of an object read from the replica. Without a replica the block changes nothing.
"""

import contextvars
import functools
from collections.abc import Iterator
from contextlib import contextmanager

from asgiref.sync import iscoroutinefunction
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.http import StreamingHttpResponse

REPLICA_ALIAS = "replica"

_reading = contextvars.ContextVar("replica_reads", default=False)


def replica_configured() -> bool:
    return REPLICA_ALIAS in settings.DATABASES


@contextmanager
def replica_reads():
    """Reads inside the block come from the replica, when there is one."""
    token = _reading.set(True)
    try:
        yield
    finally:
        _reading.reset(token)


def _each_chunk_reading(chunks: Iterator) -> Iterator:
    """A streamed response's chunks, each produced reading from the replica (the rows
    of a long export are read as it streams, after the view has returned)."""
    while True:
        with replica_reads():
            try:
                chunk = next(chunks)
            except StopIteration:
                return
        yield chunk


def _streamed_from_replica(response):
    if isinstance(response, StreamingHttpResponse) and not response.is_async:
        response.streaming_content = _each_chunk_reading(iter(response.streaming_content))
    return response


def reads_from_replica(view):
    """A view whose reads come from the replica, streamed content included."""
    if iscoroutinefunction(view):

        @functools.wraps(view)
        async def read_async(*args, **kwargs):
            with replica_reads():
                response = await view(*args, **kwargs)
            return _streamed_from_replica(response)

        return read_async

    @functools.wraps(view)
    def read(*args, **kwargs):
        with replica_reads():
            response = view(*args, **kwargs)
        return _streamed_from_replica(response)

    return read


class ReplicaRouter:
    """Reads inside ``replica_reads()`` go to the replica, when one is configured; all
    writes go to the primary; nothing is migrated on the replica (it follows the
    primary)."""

    def db_for_read(self, model, **hints):
        if _reading.get() and replica_configured():
            return REPLICA_ALIAS
        return None

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS if replica_configured() else None

    def allow_relation(self, obj1, obj2, **hints):
        aliases = {DEFAULT_DB_ALIAS, REPLICA_ALIAS}
        if obj1._state.db in aliases and obj2._state.db in aliases:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if db == REPLICA_ALIAS:
            return False
        return None
