"""How fast mandatory training scales.

Prints: the time to materialise assignments for N learners (100,000 by default) and 10
requirements from nothing, the time of a second run that has nothing to change, and the
time to read the status counts of one region of N/10 learners (10,000 by default).
Targets on PostgreSQL: materialising under 60 s; reading a unit under 200 ms.

    DATABASE_URL=postgres://... .venv/bin/python bench/bench_training.py --learners 100000

``--learners`` (or ``BENCH_TRAINING_LEARNERS`` under ``make bench``) runs it smaller.
"""

import argparse
import os
import random
import time
import uuid
from datetime import timedelta

from harness import bench_database, percentiles, timed

REQUIREMENTS = 10
REGIONS = 10


def build(learners: int, seed: int = 7):
    """A bulk-loaded organisation: an agency, ten regions, learners spread over them,
    two audiences, ten requirements over the whole agency, some completions."""
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from courses.models import CourseCompletion
    from organisations.models import Audience, LearnerProfile, User
    from organisations.services import audience_memberships_sync, org_unit_create
    from training.models import Requirement, RequirementCourse

    rng = random.Random(seed)
    agency = org_unit_create(code="agency", name_en="Agency", name_fr="Agence", kind="agency")
    regions = [
        org_unit_create(
            code=f"region-{n}",
            name_en=f"Region {n}",
            name_fr=f"Région {n}",
            kind="region",
            parent=agency,
        )
        for n in range(REGIONS)
    ]
    officer = Audience.objects.create(code="officer", name_en="Officer", name_fr="Agent")
    cadet = Audience.objects.create(code="cadet", name_en="Cadet", name_fr="Cadet")
    password = make_password("bench")
    today = timezone.localdate()
    users = User.objects.bulk_create(
        [User(username=f"bench{n:06d}", password=password) for n in range(learners)],
        batch_size=5000,
    )
    profiles = LearnerProfile.objects.bulk_create(
        [
            LearnerProfile(
                user=user,
                org_unit=regions[n % REGIONS],
                start_date=today - timedelta(days=rng.randint(0, 900)) if n % 3 else None,
            )
            for n, user in enumerate(users)
        ],
        batch_size=5000,
    )
    through = LearnerProfile.audiences.through
    through.objects.bulk_create(
        [
            through(learnerprofile_id=profile.pk, audience_id=(cadet if n % 5 == 0 else officer).pk)
            for n, profile in enumerate(profiles)
        ],
        batch_size=5000,
    )
    audience_memberships_sync(today=today - timedelta(days=30))

    rule_sets = [
        {"due_rule": "days_after_assignment", "due_days": 90},
        {"due_rule": "days_after_start_date", "due_days": 60},
        {"due_rule": "fixed_date", "due_date": today + timedelta(days=120)},
        {"due_rule": "days_after_audience_joined", "due_days": 30},
        {
            "due_rule": "days_after_assignment",
            "due_days": 30,
            "recurrence": "months_after_completion",
            "recurrence_months": 12,
            "window_days": 60,
        },
        {
            "due_rule": "days_after_assignment",
            "due_days": 45,
            "recurrence": "fixed_anniversary",
            "recurrence_months": 12,
            "anniversary": today + timedelta(days=200),
            "window_days": 30,
        },
    ]
    keys = []
    for n in range(REQUIREMENTS):
        requirement = Requirement.objects.create(
            name_en=f"Requirement {n}", name_fr=f"Exigence {n}", **rule_sets[n % len(rule_sets)]
        )
        key = uuid.uuid4()
        keys.append(key)
        RequirementCourse.objects.create(requirement=requirement, course_key=key, sort_order=0)
        requirement.audiences.set([officer, cadet])
        requirement.org_units.set([agency])
        requirement.save()
    # One learner in ten has finished some of the courses, up to two years ago.
    now = timezone.now()
    CourseCompletion.objects.bulk_create(
        [
            CourseCompletion(
                user_id=user.pk,
                course_key=rng.choice(keys),
                registration=uuid.uuid4(),
                completed_at=now - timedelta(days=rng.randint(0, 700)),
                statement_id=uuid.uuid4(),
            )
            for user in users
            if rng.random() < 0.1
        ],
        batch_size=5000,
    )
    return regions


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--learners",
        type=int,
        default=int(os.environ.get("BENCH_TRAINING_LEARNERS", "100000")),
        help="learners (default: BENCH_TRAINING_LEARNERS or 100000)",
    )
    options = parser.parse_args()

    with bench_database() as vendor:
        from django.db import connection

        from training.models import Assignment
        from training.selectors.status import unit_status_counts
        from training.services import assignments_materialise

        started = time.perf_counter()
        regions = build(options.learners)
        print(
            f"bench_training ({vendor}), {options.learners} learners x {REQUIREMENTS} requirements"
        )
        print(f"  set-up (bulk load):          {time.perf_counter() - started:8.1f} s")
        if vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        first = timed(assignments_materialise)
        count = Assignment.objects.count()
        print(
            f"  materialise, first run:      {first:8.1f} s  ({count} assignments, target < 60 s)"
        )
        if vendor == "postgresql":
            # What autovacuum does after a large load: statistics and the visibility
            # map that index-only scans rely on.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        second = timed(assignments_materialise)
        print(f"  materialise, nothing to do:  {second:8.1f} s")
        region = regions[0]
        learners_in_region = options.learners // REGIONS
        unit_status_counts(org_unit=region)  # warm the plan cache
        samples = [timed(unit_status_counts, org_unit=region) for _ in range(20)]
        print(
            f"  status of a unit of {learners_in_region} learners, all requirements: "
            f"{percentiles(samples)} (target < 200 ms)"
        )
        from training.models import Requirement

        requirement = Requirement.objects.order_by("pk").first()
        samples = [
            timed(unit_status_counts, org_unit=region, requirement=requirement) for _ in range(20)
        ]
        print(f"  status of that unit, one requirement:  {percentiles(samples)}")


if __name__ == "__main__":
    main()
