"""``manage.py backup [--output PATH]``: the database, the media, private and package
files and the signing key in one archive (see operations.backups and docs/operations.md)."""

from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, backup_create


def size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} TB"


class Command(BaseCommand):
    help = (
        "Back up the database and every uploaded and private file into one archive "
        "(readable by its owner only)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="the archive to write (default: a dated file in BACKUP_DIR, else backups/)",
        )
        parser.add_argument(
            "--without-signing-key",
            action="store_true",
            help="leave the certificate signing key file out (keep it beside the backup)",
        )

    def handle(self, *args, output=None, without_signing_key=False, **options):
        try:
            result = backup_create(
                output=output,
                include_signing_key=not without_signing_key,
                say=self.stdout.write if options["verbosity"] > 1 else lambda message: None,
            )
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Backup written to {result.path} ({size_text(result.size)})")
        self.stdout.write(f"  database: {size_text(result.database_size)}")
        for name, summary in result.roots.items():
            self.stdout.write(
                f"  {name}: {summary['files']} files, {size_text(summary['bytes'])} "
                f"from {summary['path']}"
            )
        self.stdout.write(f"  certificate signing key: {result.signing_key}")
        self.stdout.write(f"  took {result.seconds:.1f} s")
