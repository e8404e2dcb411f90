"""Fresh planner statistics after bulk writes (PostgreSQL).

Filtered statement queries need the planner to know the statement tables: without
statistics, PostgreSQL guesses that nearly every statement refers to another (``target_id
IS NOT NULL``) and scans the whole table for the referring ones, so a store just loaded
(an import, an offline replay, a migration) answered agent, verb and activity queries
ten times slower until autovacuum's next ANALYZE, up to minutes later. So the LRS counts
the statements it inserts and analyses its tables itself once they grew by a tenth since
the statistics were taken (and at the first thousand on tables never analysed), after
the writing transaction commits, by one process at a time.
"""

import zlib

from django.db import connection, transaction

from ..models import Statement, StatementIndex

#: Inserted statements that always justify a look, and the growth, as a share of the
#: rows the statistics know of, that justifies new statistics.
MIN_INSERTED = 1000
GROWTH = 0.1
_ANALYZE_LOCK_KEY = zlib.crc32(b"lrs.statistics.analyze")
_TABLES = (Statement._meta.db_table, StatementIndex._meta.db_table)

_inserted_since = 0
_known_rows: float | None = None


def statements_inserted(count: int) -> None:
    """Note ``count`` statements inserted by the current transaction; once it commits,
    analyse the statement tables if they grew enough since their statistics."""
    if count <= 0 or connection.vendor != "postgresql":
        return
    transaction.on_commit(lambda: _after_commit(count))


def _after_commit(count: int) -> None:
    global _inserted_since, _known_rows
    _inserted_since += count
    if _inserted_since < MIN_INSERTED:
        return
    if _known_rows is None:
        _known_rows = _rows_in_statistics()
    if _known_rows >= 0 and _inserted_since < GROWTH * _known_rows:
        return
    if analyze_statement_tables():
        _inserted_since = 0
        _known_rows = _rows_in_statistics()


def _rows_in_statistics() -> float:
    """The rows the planner believes the statement table has (-1: never analysed)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [_TABLES[0]])
        row = cursor.fetchone()
    return float(row[0]) if row else -1.0


def analyze_statement_tables() -> bool:
    """ANALYZE the statement and index tables, unless another process is doing it right
    now (then False: its statistics will do). Reads and writes go on meanwhile."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [_ANALYZE_LOCK_KEY])
        if not cursor.fetchone()[0]:
            return False
        for table in _TABLES:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
    return True
