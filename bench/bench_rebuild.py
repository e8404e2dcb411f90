"""How fast ``manage.py rebuild_progress`` replays the statements, and whether it gives
back what was there.

Generates the scale data set (``dashboards.scale``: N learners, 2,000 by default, about
20 statements each) in a throw-away database, takes a fingerprint of everything the
statements decide (lesson progress, course completions, certificates, the dashboards'
read models, the statements themselves), then rebuilds twice and prints, for each run,
the statements replayed per second, the time of the replay and of the read models, and
whether the fingerprint is unchanged (any difference is a failure: the exit status is
then 1). Ends with the figures extrapolated to 100,000 learners (the replay is linear in
the statements: each learner's are replayed on their own).

    .venv/bin/python bench/bench_rebuild.py --learners 2000
    DATABASE_URL=postgres://... .venv/bin/python bench/bench_rebuild.py --learners 20000

On SQLite the database is a temporary file of its own, so runs side by side do not meet.
"""

import argparse
import hashlib
import logging
import os
import tempfile
import time
from contextlib import contextmanager

from harness import bench_database

TARGET_LEARNERS = 100_000


@contextmanager
def throwaway_database():
    """A fresh database: a temporary SQLite file, or the shared bench set-up elsewhere."""
    import django
    from django.conf import settings

    django.setup()
    from django.db import connection

    if connection.vendor != "sqlite":
        with bench_database() as vendor:
            yield vendor
        return
    with tempfile.TemporaryDirectory(prefix="bench-rebuild-") as folder:
        test = settings.DATABASES["default"].setdefault("TEST", {})
        test["NAME"] = os.path.join(folder, "db.sqlite3")
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            yield connection.vendor
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def fingerprint() -> dict[str, tuple[int, str]]:
    """Rows and a digest of each table the rebuild must leave as it found it."""
    from certificates.models import Certificate
    from courses.models import CourseCompletion, LessonProgress
    from dashboards.models import ComplianceRecord, CourseRecord
    from lrs.models import Statement

    tables = {
        "lesson progress": (
            LessonProgress,
            ["user_id", "lesson_key", "registration", "completed_at", "statement_id"],
        ),
        "course completions": (
            CourseCompletion,
            ["user_id", "course_key", "registration", "completed_at", "statement_id"],
        ),
        "certificates": (
            Certificate,
            ["code", "user_id", "cycle", "registration", "issued_at", "revoked_at"],
        ),
        "course records": (
            CourseRecord,
            ["user_id", "course_key", "lessons_completed", "completed_at", "passed"],
        ),
        "compliance records": (ComplianceRecord, ["assignment_id", "completed_at", "started"]),
        "statements": (Statement, ["id"]),
    }
    found = {}
    for name, (model, fields) in tables.items():
        digest = hashlib.sha256()
        rows = 0
        for row in model.objects.order_by(*fields).values_list(*fields).iterator(chunk_size=5000):
            digest.update(repr(row).encode())
            rows += 1
        found[name] = (rows, digest.hexdigest()[:16])
    return found


class _Clashes(logging.Handler):
    """Counts the warnings a derived statement that differs from the stored one logs."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


def rebuild_run(label: str, before: dict, learners: int) -> tuple[bool, float, float]:
    from elearning.management.commands.rebuild_progress import progress_rebuild

    clashes = _Clashes()
    logging.getLogger("lrs").addHandler(clashes)
    try:
        result = progress_rebuild()
    finally:
        logging.getLogger("lrs").removeHandler(clashes)
    after = fingerprint()
    changed = [name for name in before if after[name] != before[name]]
    verdict = "unchanged" if not changed else "CHANGED: " + ", ".join(changed)
    if clashes.count:
        verdict += f"; {clashes.count} derived statements differ from the stored ones"
    print(
        f"  {label}: {result.replayed} statements replayed in {result.replay_seconds:.1f} s "
        f"({result.per_second:.0f} a second, {result.replay_seconds / learners * 1000:.1f} ms "
        f"a learner), read models {result.read_models_seconds:.1f} s; {verdict}"
    )
    return not changed and not clashes.count, result.replay_seconds, result.read_models_seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--learners",
        type=int,
        default=int(os.environ.get("BENCH_REBUILD_LEARNERS", "2000")),
        help="learners (default: BENCH_REBUILD_LEARNERS or 2000)",
    )
    parser.add_argument("--units", type=int, default=100, help="org units (default: 100)")
    parser.add_argument("--courses", type=int, default=10, help="courses (default: 10)")
    options = parser.parse_args()

    with throwaway_database() as vendor:
        from dashboards.scale.generate import scale_data_generate
        from lrs.models import Statement

        print(f"bench_rebuild ({vendor}), {options.learners} learners, {options.courses} courses")
        started = time.perf_counter()
        scale_data_generate(learners=options.learners, units=options.units, courses=options.courses)
        print(
            f"  set-up (generate_scale_data): {time.perf_counter() - started:.1f} s, "
            f"{Statement.objects.count()} statements"
        )
        before = fingerprint()
        print("  " + ", ".join(f"{rows} {name}" for name, (rows, _digest) in before.items()))
        same, replay, read_models = rebuild_run("first rebuild", before, options.learners)
        again, replay_again, _ = rebuild_run("second rebuild", before, options.learners)
        scale = TARGET_LEARNERS / options.learners
        best = min(replay, replay_again)
        print(
            f"  at {TARGET_LEARNERS:,} learners (linear): replay about "
            f"{best * scale / 60:.0f} min, read models about {read_models * scale / 60:.1f} min"
        )
    if not (same and again):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
