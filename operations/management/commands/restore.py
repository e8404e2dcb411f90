"""``manage.py restore PATH [--force] [--check]``: restore a backup made by ``manage.py
backup`` into an empty database and empty file roots, then check the result (see
operations.backups and docs/operations.md)."""

from django.core.management.base import BaseCommand, CommandError

from operations.backups import KEY_TABLES, BackupError, backup_restore, backup_verify


class Command(BaseCommand):
    help = (
        "Restore a backup into an empty database and empty media folders (--force "
        "replaces what is there)."
    )
    # The checks would open (and, with SQLite, create) the database before the restore.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("path", help="the backup archive")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database or folders that already hold data",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="only check the archive (manifest and checksums); restore nothing",
        )

    def handle(self, *args, path, force=False, check=False, **options):
        try:
            if check:
                manifest = backup_verify(path)
                self.stdout.write(
                    f"{path} is whole: a {manifest['database']['vendor']} backup made "
                    f"{manifest['created_at']} by version {manifest['platform']['version']}, "
                    f"{len(manifest['members'])} files checked."
                )
                return
            result = backup_restore(path, force=force, say=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from None
        manifest = result.manifest
        self.stdout.write(
            f"Restored {path} (made {manifest['created_at']}) in {result.seconds:.1f} s."
        )
        for table, label in KEY_TABLES:
            if table in result.counts:
                self.stdout.write(f"  {label}: {result.counts[table]}")
        for name, summary in manifest["roots"].items():
            self.stdout.write(f"  {name}: {summary['files']} files")
        self.stdout.write(
            f"Checked: migration state and the row counts of {len(manifest['database']['tables'])}"
            " tables match the backup."
        )
        for note in result.notes:
            self.stdout.write(note)
