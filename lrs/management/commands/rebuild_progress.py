"""Rebuild every projection (progress, completions) from the stored statements."""

from django.core.management.base import BaseCommand
from django.db import transaction

from courses.models import CourseCompletion, LessonProgress
from lrs import projector
from lrs.models import Statement


class Command(BaseCommand):
    help = "Delete and rebuild lesson progress and course completions from the statements."

    def handle(self, *args, **options):
        from dashboards.projections import records_refresh

        with transaction.atomic():
            LessonProgress.objects.all().delete()
            CourseCompletion.objects.all().delete()
            replayed = 0
            rows = (
                Statement.objects.filter(voided=False)
                .order_by("timestamp", "stored", "id")
                .values_list("data", flat=True)
            )
            for data in rows.iterator(chunk_size=2000):
                projector.project(data)
                replayed += 1
        records_refresh()
        self.stdout.write(
            f"replayed {replayed} statements: {LessonProgress.objects.count()} lesson "
            f"progress rows, {CourseCompletion.objects.count()} course completions"
        )
