"""Rebuild the progress projections (lesson progress, course completions) from the stored
statements, as the projector made them live.

Learner by learner, in batches, each batch in one transaction: the batch's lesson progress
and course completions are deleted, then its learners' statements are handed to the
projector again in the order the LRS stored them, each as of its own stored time
(``courses.services.progress_evidence_as_of``), which is the order and the knowledge the
live projection had. So the rebuild derives the same course completions (same statements,
same times) and finds every certificate already issued (kept as they are, revoked ones
included); running it twice changes nothing. The dashboards' read models are rebuilt once
at the end.
"""

import time
from dataclasses import dataclass

from django.core.management.base import BaseCommand
from django.db import transaction

from courses.models import CourseCompletion, LessonProgress
from lrs.models import Statement
from tracking import builders, projector

#: Learners per transaction: a few thousand statements, held in memory one batch at a time.
LEARNERS_PER_BATCH = 500


class Command(BaseCommand):
    help = (
        "Rebuild lesson progress and course completions from the stored statements, "
        "in the order the LRS stored them (certificates are kept)."
    )

    def handle(self, *args, **options):
        def log(line: str) -> None:
            if options["verbosity"] > 1:
                self.stdout.write(line)

        result = progress_rebuild(log=log)
        self.stdout.write(
            f"replayed {result.replayed} statements in {result.replay_seconds:.1f} s "
            f"({result.per_second:.0f} a second), read models in "
            f"{result.read_models_seconds:.1f} s: "
            f"{LessonProgress.objects.count()} lesson progress rows, "
            f"{CourseCompletion.objects.count()} course completions"
        )


@dataclass
class RebuildResult:
    replayed: int
    replay_seconds: float
    read_models_seconds: float

    @property
    def per_second(self) -> float:
        return self.replayed / self.replay_seconds if self.replay_seconds else 0.0


def progress_rebuild(*, log=lambda line: None) -> RebuildResult:
    """Replay every learner's statements into fresh projections, then rebuild the
    dashboards' read models (see the module docstring)."""
    from common.lookups import lookups_remembered
    from dashboards.projections import records_refresh
    from dashboards.signal_handlers import refresh_deferred

    started = time.perf_counter()
    replayed = 0
    # The read models are rebuilt once below, not row by row as the tables are rewritten;
    # pages and learners are looked up once a batch, not once a statement.
    with refresh_deferred():
        for learners in _learner_batches(LEARNERS_PER_BATCH):
            with transaction.atomic(), lookups_remembered():
                replayed += _rebuild(learners)
            log(f"  {replayed} statements replayed ({time.perf_counter() - started:.0f} s)")
    replayed_at = time.perf_counter()
    records_refresh()
    return RebuildResult(
        replayed=replayed,
        replay_seconds=replayed_at - started,
        read_models_seconds=time.perf_counter() - replayed_at,
    )


def _learner_batches(size: int):
    """Every user, ``size`` at a time, in id order (read a batch at a time)."""
    from organisations.models import User

    last = 0
    while True:
        batch = list(User.objects.filter(pk__gt=last).order_by("pk").only("pk", "uuid")[:size])
        if not batch:
            return
        yield batch
        last = batch[-1].pk


def _rebuild(learners) -> int:
    """Delete these learners' projections and replay their statements; how many.

    Their assignments are materialised again only when their completions came out
    different (a repair): the projector asks for it on every completion it replays,
    but a completion replayed as it was changes nothing, and materialising half-way
    through a learner's statements would judge them on part of their completions."""
    from courses.services import progress_evidence_as_of
    from training.services import assignments_materialise, assignments_materialise_deferred

    user_ids = [user.pk for user in learners]
    completions = CourseCompletion.objects.filter(user_id__in=user_ids)
    before = set(completions.values_list(*_COMPLETION_FIELDS))
    LessonProgress.objects.filter(user_id__in=user_ids).delete()
    completions.delete()
    # The projector knows a learner by the account agent the platform makes for them.
    actor_keys = [builders.actor_key(builders.actor_for(user)) for user in learners]
    rows = (
        Statement.objects.filter(actor_key__in=actor_keys, voided=False)
        .order_by("stored", "id")
        .values_list("stored", "data")
    )
    replayed = 0
    with assignments_materialise_deferred():
        for stored, data in rows.iterator(chunk_size=2000):
            with progress_evidence_as_of(stored):
                projector.project(data)
            replayed += 1
    changed = before ^ set(completions.values_list(*_COMPLETION_FIELDS))
    if changed:
        assignments_materialise(user_ids=sorted({row[0] for row in changed}))
    return replayed


_COMPLETION_FIELDS = ("user_id", "course_key", "registration", "completed_at", "statement_id")
