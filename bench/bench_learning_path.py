"""How fast the one statement door and the learning path run, in process.

Prints: statements stored per second through ``statements_store`` for batches of 1, 10
and 100 (validation, storage and projection included); lesson completions per second
through the learner's own HTTP endpoint (statement, progress and, on the last lesson,
course completion and certificate); and the manager's dashboard report time.
"""

import uuid

from harness import bench_database, percentiles, timed

TOTAL = 2000


def statement(activity_iri):
    return {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "mbox": f"mailto:{uuid.uuid4().hex[:8]}@example.gc.ca"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"objectType": "Activity", "id": activity_iri},
        "context": {"registration": str(uuid.uuid4()), "language": "en-CA"},
        "result": {"completion": True, "duration": "PT4M30S"},
    }


def bench_ingest():
    from lrs.services import statements_store

    for batch_size in (1, 10, 100):
        batches = [
            [statement(f"http://example.gc.ca/activities/{i % 50}") for i in range(batch_size)]
            for _ in range(TOTAL // batch_size)
        ]
        seconds = sum(timed(statements_store, statements=batch, batch=True) for batch in batches)
        print(
            f"  ingest, batches of {batch_size:>3}: {TOTAL / seconds:8.0f} statements/s "
            f"({TOTAL} statements)"
        )


def bench_lesson_completions():
    from django.test import Client

    from tests import factories

    course, lessons = factories.course(lessons=4)
    agency = factories.org_unit("Agency", kind="agency")
    regions = [factories.org_unit(f"Region {n}", parent=agency, kind="region") for n in range(4)]
    units = [factories.org_unit(f"Unit {n}", parent=regions[n % 4]) for n in range(12)]
    learners = [factories.learner(units[n % 12]) for n in range(60)]
    client = Client()
    samples = []
    for user in learners:
        client.force_login(user)
        for lesson in lessons:
            samples.append(timed(client.post, lesson.url + "complete/"))
    total = sum(samples)
    print(
        f"  lesson completions over HTTP: {len(samples) / total:6.1f}/s "
        f"({percentiles(samples)}; every 4th also completes the course and issues a "
        "certificate)"
    )
    manager = factories.manager(agency)
    client.force_login(manager)
    client.get("/en/dashboard/")
    report_samples = [timed(client.get, "/en/dashboard/") for _ in range(50)]
    print(f"  manager dashboard page, 17 units x 60 learners: {percentiles(report_samples)}")


if __name__ == "__main__":
    with bench_database() as vendor:
        print(f"learning path on {vendor}")
        bench_ingest()
        bench_lesson_completions()
