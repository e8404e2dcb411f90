"""``manage.py materialise_assignments``: bring every assignment in line (run nightly,
after bulk imports, or after changing many learner profiles at once)."""

from django.core.management.base import BaseCommand

from training.services import assignments_materialise


class Command(BaseCommand):
    help = "Create, complete, renew and close training assignments for every requirement."

    def handle(self, *args, **options):
        result = assignments_materialise()
        self.stdout.write(
            f"created {result.created}, updated {result.updated}, closed {result.closed}"
        )
