from django.core.management.base import BaseCommand

from quizzes.services import attempt_expire_overdue


class Command(BaseCommand):
    help = (
        "Close quiz attempts whose time limit has passed, grading what was saved in time. "
        "Safe to run as often as you like (every minute, for example)."
    )

    def handle(self, *args, **options):
        closed = attempt_expire_overdue()
        self.stdout.write(f"{closed} attempt(s) closed")
