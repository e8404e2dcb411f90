"""Several clients posting overlapping batches at once: no deadlock, no failure, every
statement stored once. Needs PostgreSQL's row-level concurrency."""

import json
import threading
import uuid
from datetime import datetime

import pytest
from django.db import connection
from django.test import Client

from lrs.models import ActivityDefinition, Statement, StatementIndex
from tests.lrs import support

pytestmark = pytest.mark.django_db(transaction=True)

THREADS = 6
BATCHES = 4
SHARED_ACTORS = [{"mbox": f"mailto:learner{n}@example.gc.ca"} for n in range(3)]
SHARED_ACTIVITIES = [f"http://example.gc.ca/activities/shared-{n}" for n in range(4)]


def _statement(index: int, statement_id: str) -> dict:
    iri = SHARED_ACTIVITIES[index % len(SHARED_ACTIVITIES)]
    return {
        "id": statement_id,
        "actor": SHARED_ACTORS[index % len(SHARED_ACTORS)],
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {
            "id": iri,
            "definition": {"name": {("en-CA", "fr-CA", "en-GB")[index % 3]: f"name {index}"}},
        },
        "context": {
            "contextActivities": {"grouping": [{"id": SHARED_ACTIVITIES[0]}]},
            "instructor": SHARED_ACTORS[0],
        },
        "timestamp": "2026-11-01T10:00:00Z",
    }


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers with one lock; row-level concurrency needs PostgreSQL",
)
def test_concurrent_overlapping_batches_all_succeed_and_store_every_statement_once():
    support.lrs_client()
    headers = {
        "HTTP_AUTHORIZATION": support.basic_auth(),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
    shared = [_statement(n, str(uuid.uuid4())) for n in range(8)]
    own = {
        (thread, batch): [_statement(n, str(uuid.uuid4())) for n in range(6)]
        for thread in range(THREADS)
        for batch in range(BATCHES)
    }
    statuses: list[int] = []
    failures: list[str] = []
    start = threading.Barrier(THREADS)

    def worker(thread: int):
        client = Client()
        try:
            start.wait()
            for batch in range(BATCHES):
                rotated = shared[thread % len(shared) :] + shared[: thread % len(shared)]
                body = own[(thread, batch)] + rotated
                response = client.post(
                    "/xapi/statements",
                    data=json.dumps(body),
                    content_type="application/json",
                    **headers,
                )
                statuses.append(response.status_code)
                if response.status_code != 200:
                    failures.append(response.content.decode())
        except Exception as problem:
            failures.append(repr(problem))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert failures == []
    assert statuses == [200] * (THREADS * BATCHES)
    expected = {s["id"] for s in shared} | {s["id"] for batch in own.values() for s in batch}
    assert set(str(pk) for pk in Statement.objects.values_list("id", flat=True)) == expected
    assert StatementIndex.objects.values("statement").distinct().count() == len(expected)
    everything = shared + [s for batch in own.values() for s in batch]
    languages = {
        tag
        for s in everything
        if s["object"]["id"] == SHARED_ACTIVITIES[0]
        for tag in s["object"]["definition"]["name"]
    }
    names = ActivityDefinition.objects.get(iri=SHARED_ACTIVITIES[0]).definition["name"]
    assert set(names) == languages


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers with one lock; transactions never overlap there",
)
def test_a_target_stored_while_its_voiding_statement_commits_still_ends_up_voided(monkeypatch):
    """Two transactions at once: the voiding statement finds no target yet, and the target's
    transaction does not see the voiding one. After both commit, the target is voided."""
    from lrs import services

    target_id = str(uuid.uuid4())
    voiding = {
        "actor": {"mbox": "mailto:admin@example.gc.ca"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
        "object": {"objectType": "StatementRef", "id": target_id},
    }
    services.statements_store(statements=[voiding])
    # The target's transaction started before the voiding one committed: it saw nothing.
    monkeypatch.setattr("lrs.services.voiding.already_voided", lambda ids, fresh, **_options: set())
    services.statements_store(statements=[_statement(0, target_id)])
    assert Statement.objects.get(id=target_id).voided


def test_a_query_during_a_write_never_claims_consistency_past_a_statement_it_misses(
    monkeypatch,
):
    """X-Experience-API-Consistent-Through promises that every statement stored up to it
    is in the answer. A query that arrives while a statement is being written (its
    ``stored`` already set, its transaction not yet committed) either waits and lists
    it, or claims consistency only up to an earlier time."""
    from lrs.services import storing

    support.lrs_client()
    headers = {
        "HTTP_AUTHORIZATION": support.basic_auth(),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
    inside, release = threading.Event(), threading.Event()
    enqueue = storing.forwarding_enqueue

    def held_before_commit(**options):
        enqueue(**options)
        inside.set()
        release.wait(timeout=30)

    monkeypatch.setattr(storing, "forwarding_enqueue", held_before_commit)
    statement_id = str(uuid.uuid4())
    answers = {}

    def in_thread(name, request):
        try:
            answers[name] = request(Client())
        finally:
            connection.close()

    writer = threading.Thread(
        target=in_thread,
        args=(
            "write",
            lambda client: client.post(
                "/xapi/statements",
                data=json.dumps(_statement(0, statement_id)),
                content_type="application/json",
                **headers,
            ),
        ),
    )
    reader = threading.Thread(
        target=in_thread, args=("read", lambda client: client.get("/xapi/statements", **headers))
    )
    writer.start()
    assert inside.wait(timeout=30)
    reader.start()
    # Room for the query to answer now, were it not to wait for the write.
    reader.join(timeout=1)
    release.set()
    writer.join(timeout=30)
    reader.join(timeout=30)

    assert answers["write"].status_code == 200
    read = answers["read"]
    assert read.status_code == 200
    through = datetime.fromisoformat(read["X-Experience-API-Consistent-Through"])
    listed = [s["id"] for s in read.json()["statements"]]
    stored = Statement.objects.get(id=statement_id).stored
    assert statement_id in listed or through < stored


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="planner statistics are PostgreSQL's concern"
)
def test_a_bulk_load_leaves_the_planner_statistics_that_keep_filtered_queries_on_indexes():
    """Right after a load, with no ANALYZE run by anyone, a filtered query's search for
    statements referring to matching ones uses the indexes, not a scan of every row."""
    from lrs.services import statistics

    support.lrs_client()
    headers = {
        "HTTP_AUTHORIZATION": support.basic_auth(),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE lrs_statement SET (autovacuum_enabled = false)")
    batch = [_statement(n, str(uuid.uuid4())) for n in range(statistics.MIN_INSERTED)]
    client = Client()
    response = client.post(
        "/xapi/statements", data=json.dumps(batch), content_type="application/json", **headers
    )
    assert response.status_code == 200

    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'lrs_statement'")
        assert cursor.fetchone()[0] >= statistics.MIN_INSERTED
        cursor.execute(
            "EXPLAIN SELECT id FROM lrs_statement WHERE NOT voided AND target_id IS NOT NULL "
            "AND target_id IN (SELECT id FROM lrs_statement WHERE verb_iri = %s) "
            "ORDER BY stored DESC, id DESC LIMIT 101",
            ["http://adlnet.gov/expapi/verbs/experienced"],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Seq Scan on lrs_statement " not in plan, plan
    listed = client.get(
        "/xapi/statements", {"verb": "http://adlnet.gov/expapi/verbs/experienced"}, **headers
    )
    assert listed.status_code == 200
    assert len(listed.json()["statements"]) == 500  # a full page (the largest limit)
