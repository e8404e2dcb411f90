"""Making the whole scale data set (``scale_data_generate``), step by step and timed."""

from __future__ import annotations

import random
import time
from datetime import UTC

from django.db import transaction
from django.utils import timezone

from .activity import _ActivityWriter
from .bulk import _analyze, _batches
from .common import BATCH_LEARNERS, PREFIX, Log, ScaleDataExists, ScaleDataSet, _quiet, _step
from .content import _courses_create
from .course_models import _course_model
from .existing import scale_data_exists
from .people import _audiences, _learners_create, _managers_create, _org_tree
from .requirements import _exemptions_create, _requirements_create


def scale_data_generate(
    *,
    learners: int = 100_000,
    units: int = 500,
    courses: int = 10,
    seed: int = 2026,
    log: Log = _quiet,
) -> ScaleDataSet:
    """Make the scale data set (see the module docstring). Raises
    :class:`ScaleDataExists` when one is already there; ``ValueError`` for sizes it
    cannot make."""
    from dashboards.projections import records_refresh
    from training.models import Assignment

    if learners < 1:
        raise ValueError("learners: give at least 1")
    if courses < 1:
        raise ValueError("courses: give at least 1")
    if scale_data_exists():
        raise ScaleDataExists(
            "A scale data set is already in this database: run the command with --reset "
            "to replace it."
        )
    rng = random.Random(seed)
    today = timezone.localdate()
    now = timezone.now().astimezone(UTC)
    started = time.perf_counter()
    with transaction.atomic():
        with _step(log, f"Org tree of {units} units, audiences"):
            agency, regions, leaf_units = _org_tree(units)
            audiences = _audiences()
        with _step(log, f"{courses} courses (pages in English and French, quizzes)"):
            made_courses = _courses_create(courses, log=log)
            course_models = [_course_model(course, rng=rng) for course in made_courses]
        with _step(log, f"{learners} learners"):
            people = _learners_create(
                learners, units=leaf_units, audiences=audiences, rng=rng, today=today
            )
        with _step(log, "Activity and its statements"):
            writer = _ActivityWriter(courses=course_models, rng=rng, now=now)
            done = 0
            for batch in _batches(people, BATCH_LEARNERS):
                for learner in batch:
                    writer.learner(learner)
                writer.flush()
                done += len(batch)
                if done % (BATCH_LEARNERS * 10) == 0 or done == len(people):
                    log(
                        f"  {done} learners, {writer.totals.get('statements', 0)} statements "
                        f"({time.perf_counter() - started:.0f} s)"
                    )
            writer.totals["activity definitions"] = writer.definitions_flush()
        with _step(log, "Requirements, targets and exemptions"):
            requirements = _requirements_create(
                courses=made_courses,
                audiences=audiences,
                agency=agency,
                regions=regions,
                today=today,
                rng=rng,
            )
            writer.totals["exemptions"] = _exemptions_create(
                requirement=requirements[0], learners=people, rng=rng, today=today
            )
        managers = _managers_create(agency, regions)
    _analyze(log)
    with _step(log, "Assignments"):
        from training.services import assignments_materialise

        assignments_materialise(today=today)
        _analyze(log, Assignment)
        writer.totals["open assignments"] = Assignment.objects.filter(
            user__username__startswith=PREFIX, closed_at__isnull=True
        ).count()
    with _step(log, "Dashboard read models"):
        records_refresh()
    counts = {"learners": len(people), "units": units, "courses": courses, **writer.totals}
    log(
        f"Done in {time.perf_counter() - started:.1f} s: "
        + ", ".join(f"{v} {k}" for k, v in counts.items())
    )
    return ScaleDataSet(
        agency=agency,
        regions=regions,
        units=leaf_units,
        courses=made_courses,
        managers=managers,
        counts=counts,
    )
