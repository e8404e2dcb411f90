"""Writing and deleting rows in bulk, with no model instance per row (COPY on PostgreSQL,
batched inserts elsewhere), and the column orders of the big tables written that way."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from django.db import connection, models

from .common import INSERT_BATCH, Log, _step


def _insert(model, fields: list[str], rows: Iterable[tuple]) -> int:
    """Write ``rows`` (values in the order of ``fields``, given as attribute names) to the
    model's table with no model instance per row: COPY on PostgreSQL, batched inserts
    elsewhere. JSON values are given as Python objects. Returns the number of rows."""
    meta = model._meta
    model_fields = [meta.get_field(name) for name in fields]
    is_json = [isinstance(f, models.JSONField) for f in model_fields]
    table = connection.ops.quote_name(meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in model_fields)
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    if any(is_json):
                        row = [
                            json.dumps(value) if json_column else value
                            for value, json_column in zip(row, is_json, strict=True)
                        ]
                    copy.write_row(row)
                    count += 1
            return count
        placeholders = ", ".join(["%s"] * len(model_fields))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
        # Text, numbers and flags go as they are; the rest as each field adapts it.
        plain = [isinstance(f, _PLAIN_FIELDS) for f in model_fields]
        batch = []
        for row in rows:
            batch.append(
                [
                    value if is_plain else f.get_db_prep_save(value, connection)
                    for f, value, is_plain in zip(model_fields, row, plain, strict=True)
                ]
            )
            if len(batch) >= INSERT_BATCH:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


_PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.BooleanField)


def _analyze(log: Log, *models_) -> None:
    """Refresh PostgreSQL's statistics after a bulk load (what autovacuum would do later),
    so the queries that follow are planned for the tables' real sizes."""
    if connection.vendor != "postgresql":
        return
    tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models_)
    with _step(log, f"ANALYZE {tables or 'all tables'}"), connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")


def _batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _delete_where(model, pk_query) -> int:
    """``DELETE FROM <model> WHERE pk IN (<pk_query>)``: one statement, no row loaded."""
    sql, params = pk_query.query.sql_with_params()
    table = connection.ops.quote_name(model._meta.db_table)
    column = connection.ops.quote_name(model._meta.pk.column)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE {column} IN ({sql})", params)
        return cursor.rowcount


STATEMENT_FIELDS = [
    "id",
    "data",
    "actor_key",
    "verb_iri",
    "object_iri",
    "registration",
    "target_id",
    "timestamp",
    "stored",
    "voided",
    "client_id",
]
ATTEMPT_FIELDS = [
    "id",
    "user_id",
    "quiz_key",
    "quiz_id",
    "language",
    "registration",
    "course_key",
    "number",
    "token",
    "started_at",
    "deadline",
    "submitted_at",
    "status",
    "pass_mark",
    "questions",
    "answers",
    "client_timestamps",
    "prepared_offline",
    "checked",
    "submission_key",
    "score",
    "max_score",
    "scaled",
    "passed",
    "results",
    "late_reason",
]
CERTIFICATE_FIELDS = [
    "id",
    "code",
    "user_id",
    "learner_name",
    "course_key",
    "course_title_en",
    "course_title_fr",
    "course_version",
    "duration_minutes",
    "cycle",
    "registration",
    "template_id",
    "issued_at",
    "expires_at",
    "renewal_opens_at",
    "revoked_at",
    "revocation_reason",
    "revoked_by_id",
    "completion_statement_id",
    "pdf",
    "show_full_name",
]
