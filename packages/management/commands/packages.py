"""``manage.py packages``: packages from the command line.

- ``import PATH [--package KEY]`` prints the new version's package key, kind and version
  number, or every problem found (one per line, each starting with the rule's code) and
  exits with status 1;
- ``export COURSE_KEY --format cmi5|scorm12 [--language en|fr] --output FILE`` writes a
  native course as a package;
- ``delete PACKAGE_KEY [--force]`` deletes an imported package (refused while learners
  have runs of it, unless ``--force``; their statements stay in the LRS).
"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from packages.export import EXPORT_FORMATS, ExportRefused, course_export
from packages.problems import PackageInvalid
from packages.selectors import package_by_key
from packages.services import PackageInUse, package_delete, package_import


class Command(BaseCommand):
    help = "Import SCORM, xAPI and cmi5 packages."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        importing = commands.add_parser("import", help="Import a zip or a bare cmi5.xml.")
        importing.add_argument("path")
        importing.add_argument(
            "--package", help="Key of an existing package to add this upload as a new version."
        )
        exporting = commands.add_parser("export", help="Export a course as a package.")
        exporting.add_argument("course", help="the course page's translation key")
        exporting.add_argument("--format", default="cmi5", choices=EXPORT_FORMATS)
        exporting.add_argument("--language", default="en", choices=["en", "fr"])
        exporting.add_argument("--output", required=True, help="the zip file to write")
        deleting = commands.add_parser("delete", help="Delete an imported package.")
        deleting.add_argument("key", help="the package key")
        deleting.add_argument(
            "--force", action="store_true", help="also delete learners' runs of it"
        )

    def handle(self, *args, action, **options):
        if action == "export":
            return self._export(options)
        if action == "delete":
            return self._delete(options)
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(f"path: no such file: {path}")
        package = None
        if options.get("package"):
            package = package_by_key(key=options["package"])
            if package is None:
                raise CommandError(f"--package: no package has the key {options['package']}")
        try:
            version = package_import(path=path, filename=path.name, package=package)
        except PackageInvalid as error:
            for problem in error.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{path.name} is not a valid package ({len(error.problems)} problem(s))",
                returncode=1,
            ) from None
        self.stdout.write(
            f"{version.package.key} {version.package.kind} version {version.number}: "
            f"{version.package.title}"
        )

    def _export(self, options):
        from courses.selectors import course_by_key

        try:
            course = course_by_key(course_key=options["course"])
        except ValidationError:
            course = None
        if course is None:
            raise CommandError(f"course: no course has the key {options['course']}")
        try:
            content = course_export(
                course=course, kind=options["format"], language=options["language"]
            )
        except ExportRefused as refused:
            raise CommandError(f"{refused.field}: {refused.message}") from None
        Path(options["output"]).write_bytes(content)
        self.stdout.write(f"{options['output']}: {options['format']} package of {course.title}")

    def _delete(self, options):
        package = package_by_key(key=options["key"])
        if package is None:
            raise CommandError(f"key: no package has the key {options['key']}")
        title = package.title
        try:
            runs = package_delete(package=package, force=options["force"])
        except PackageInUse as refused:
            name = "--force" if refused.field == "force" else refused.field
            raise CommandError(f"{name}: {refused.message}") from None
        self.stdout.write(f"deleted {options['key']}: {title} ({runs} learner run(s))")
