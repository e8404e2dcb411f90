"""``manage.py import_people FILE [FILE]``: units and people from HR files (CSV or XLSX).
See ``organisations.people_import`` for the columns."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from organisations.people_import import ImportRefused, files_import

SHOWN = 20


class Command(BaseCommand):
    help = (
        "Import units and people from HR files (CSV or XLSX). --dry-run shows what would "
        "change; --full deactivates people missing from the file."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="CSV or XLSX files of units and people")
        parser.add_argument("--dry-run", action="store_true", help="show, change nothing")
        parser.add_argument(
            "--full",
            action="store_true",
            help="the file lists everyone: deactivate people missing from it",
        )
        parser.add_argument("--as-of", help="the day the changes take effect (YYYY-MM-DD)")

    def handle(self, *args, **options):
        as_of = None
        if options["as_of"]:
            try:
                as_of = datetime.date.fromisoformat(options["as_of"])
            except ValueError:
                raise CommandError("--as-of: not a date (YYYY-MM-DD)") from None
        files = []
        for name in options["files"]:
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"{name}: no such file")
            files.append((path.name, path.read_bytes()))
        try:
            plan, applied = files_import(
                files, full=options["full"], dry_run=options["dry_run"], as_of=as_of
            )
        except ImportRefused as refused:
            for problem in refused.problems[:200]:
                self.stderr.write(str(problem))
            if len(refused.problems) > 200:
                self.stderr.write(f"... and {len(refused.problems) - 200} more")
            raise CommandError(
                f"{len(refused.problems)} problem(s): nothing was imported"
            ) from None
        heading = "would change" if options["dry_run"] else "changed"
        self.stdout.write(f"As of {plan.as_of.isoformat()}, {heading}:")
        for key, count in plan.counts().items():
            self.stdout.write(f"  {key.replace('_', ' ')}: {count}")
        for number, old, new in plan.people_moved[:SHOWN]:
            self.stdout.write(f"  moved {number}: {old} → {new}")
        for number in plan.people_deactivated[:SHOWN]:
            self.stdout.write(f"  deactivated {number}")
        for number in plan.people_kept_active:
            self.stdout.write(f"  kept active {number}: an administrator, missing from the file")
        if not options["dry_run"]:
            self.stdout.write(f"Import #{applied.record.pk} recorded.")
