"""What ``X-Experience-API-Consistent-Through`` may promise, and the fence that keeps
the promise.

The header says that every statement whose ``stored`` is at or before it is in the
answer. A statement's ``stored`` is set inside the transaction that stores it, before
that transaction commits; a query that merely took the current time could then claim
consistency past a statement still committing, which the query does not see. So:

* a writer enters the fence (:func:`write_fence`) inside its transaction *before* it
  takes the time it stores as ``stored``, and stays in it until its transaction ends;
* a reader passes the fence (:func:`consistent_through`) before it queries: it waits
  until no writer is inside, takes the time while none is, and lets writers in again.

Every writer inside the fence when the reader took the time had committed before; every
writer that entered afterwards sets a later ``stored``. The query, run after, sees the
first and may leave out only the second.

PostgreSQL: writers hold a shared transaction-level advisory lock (writers never wait
for each other); a reader takes the same lock exclusively for an instant. SQLite: the
database's single write lock is the fence (writers already take turns); a reader holds
it for an instant with an empty ``BEGIN IMMEDIATE`` transaction. Other databases: the
current time, as before.
"""

import zlib
from datetime import datetime

from django.db import connection
from django.utils import timezone

from .models import Statement

#: The advisory lock's key, the same in every process: a CRC of a name, not a magic number.
FENCE_LOCK_KEY = zlib.crc32(b"lrs.statement.stored")


def write_fence() -> None:
    """Enter the fence for the rest of the current transaction (call it inside
    ``transaction.atomic()``, before taking the time a statement is stored at)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock_shared(%s)", [FENCE_LOCK_KEY])
    elif connection.vendor == "sqlite":
        # Takes the write lock now, should the transaction have begun without it
        # (``BEGIN DEFERRED``); with ``BEGIN IMMEDIATE`` the lock is held already.
        table = connection.ops.quote_name(Statement._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET voided = voided WHERE 0")


def consistent_through() -> datetime:
    """The time up to which every stored statement is visible to queries run from now
    on: waits for the statements being written at this moment to commit.

    Called inside a transaction of the caller's own, it returns the current time
    without waiting: waiting there could wait on a writer that waits on the caller."""
    if connection.in_atomic_block:
        return timezone.now()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_lock(%s), pg_advisory_unlock(%s)",
                [FENCE_LOCK_KEY, FENCE_LOCK_KEY],
            )
        return timezone.now()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("BEGIN IMMEDIATE")
            try:
                return timezone.now()
            finally:
                cursor.execute("COMMIT")
    return timezone.now()
