"""Several clients posting overlapping batches at once: no deadlock, no failure, every
statement stored once. Needs PostgreSQL's row-level concurrency."""

import json
import threading
import uuid

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
