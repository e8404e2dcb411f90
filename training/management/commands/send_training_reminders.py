"""``manage.py send_training_reminders``: safe to run as often as you like."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from training.reminders import reminders_send


class Command(BaseCommand):
    help = (
        "Send training e-mail due today (assigned, due in 14 and 3 days, overdue, "
        "certification expiring, weekly manager digest). Never sends a reminder twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="act as if today were this day (YYYY-MM-DD)")

    def handle(self, *args, **options):
        today = None
        if options.get("date"):
            try:
                today = date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError(f"--date: {error}") from error
        run = reminders_send(today=today)
        for kind, count in sorted(run.sent.items()):
            self.stdout.write(f"{kind}: {count}")
        self.stdout.write(f"sent {run.total} e-mail(s)")
