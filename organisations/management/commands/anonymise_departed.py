"""Anonymise the people who left, past their organisation's retention period (see
:mod:`organisations.retention`): the scheduled retention run."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from organisations.retention import departed_anonymise, departed_people


class Command(BaseCommand):
    help = "Anonymise people who left once their organisation's retention period has passed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List who would be anonymised; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        due = [person for person in departed_people() if person.is_due(today)]
        if dry_run:
            for person in due:
                self.stdout.write(
                    f"{person.profile.user.get_username()}\tleft {person.profile.left_on}"
                    f"\tdue {person.due_on}"
                )
            self.stdout.write(f"{len(due)} to anonymise (dry run: nothing changed).")
            return
        count = departed_anonymise(today=today)
        self.stdout.write(f"{count} anonymised.")
