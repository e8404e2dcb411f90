"""Fail when a UI string has no French translation, a string learners read has none in
one of the learner languages (common/languages.py), or a catalogue is behind the code.

Extraction uses Django's ``makemessages`` (GNU gettext's xgettext) on a copy of the
catalogue; the working catalogue is left as it was, so the check changes nothing.
"""

import shutil
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale

from common.languages import is_learner_source, learner_codes


class Command(BaseCommand):
    help = (
        "Check that every UI string is extracted and translated into French, and every "
        "string learners read into each learner language."
    )

    def handle(self, *args, **options):
        if shutil.which("xgettext") is None:
            raise CommandError("xgettext (GNU gettext) is needed to extract strings.")
        problems: list[str] = []
        locale_dir = Path(settings.LOCALE_PATHS[0])
        checks = [("fr", None)] + [(to_locale(code), is_learner_source) for code in learner_codes()]
        for language, must_translate in checks:
            po_path = locale_dir / language / "LC_MESSAGES" / "django.po"
            committed = po_path.read_bytes() if po_path.exists() else None
            try:
                call_command(
                    "makemessages",
                    locale=[language],
                    no_obsolete=True,
                    verbosity=0,
                    ignore_patterns=[".venv/*", "staticfiles/*", "node_modules/*", "tests/*"],
                )
                fresh = polib.pofile(str(po_path))
            finally:
                if committed is None:
                    po_path.unlink(missing_ok=True)
                else:
                    po_path.write_bytes(committed)
            known = (
                {(e.msgctxt, e.msgid) for e in polib.pofile(str(po_path))} if committed else set()
            )
            for entry in fresh:
                if must_translate and not any(
                    must_translate(path) for path, _ in entry.occurrences
                ):
                    continue
                label = f"{language}: {entry.msgid!r}"
                if (entry.msgctxt, entry.msgid) not in known:
                    problems.append(f"{label} is not in the catalogue (run `make messages`)")
                elif not entry.translated() or "fuzzy" in entry.flags:
                    problems.append(f"{label} has no reviewed translation")
        if problems:
            raise CommandError("\n".join(["Translations are incomplete:", *problems]))
        self.stdout.write("translations: every string is translated")
