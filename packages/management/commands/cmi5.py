"""``manage.py cmi5``: the cmi5 LMS side from the command line (for test harnesses).

- ``launch-url --learner USERNAME --course PACKAGE_KEY --au AU_ID [--registration UUID]
  [--mode Normal|Browse|Review]``: start a session and print its launch URL;
- ``waive --learner USERNAME --course PACKAGE_KEY --au AU_ID --reason REASON``;
- ``abandon --session SESSION_ID``.
"""

import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from packages import cmi5
from packages.cmi5_services import Cmi5Refused, cmi5_abandon, cmi5_launch, cmi5_waive
from packages.models import Cmi5Session, PackageAttempt
from packages.selectors import package_by_key
from packages.services import attempt_for_learner


class Command(BaseCommand):
    help = "cmi5 launch URLs, waivers and abandoned sessions."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        launch = actions.add_parser("launch-url", help="Print a launch URL.")
        waive = actions.add_parser("waive", help="Waive an AU for a learner.")
        for sub in (launch, waive):
            sub.add_argument("--learner", required=True, help="username")
            sub.add_argument("--course", required=True, help="package key")
            sub.add_argument("--au", required=True, help="AU id in the course structure")
        launch.add_argument("--registration", help="an existing registration of the learner")
        launch.add_argument("--mode", default="Normal", choices=cmi5.LAUNCH_MODES)
        waive.add_argument("--reason", required=True, choices=cmi5.WAIVE_REASONS)
        abandon = actions.add_parser("abandon", help="Abandon an open session.")
        abandon.add_argument("--session", required=True, help="session id")

    def handle(self, *args, action, **options):
        try:
            if action == "abandon":
                self._abandon(options["session"])
            elif action == "waive":
                attempt = self._attempt(options)
                cmi5_waive(attempt=attempt, au_id=options["au"], reason=options["reason"])
                self.stdout.write(f"waived {options['au']} ({options['reason']})")
            else:
                self._launch(options)
        except Cmi5Refused as refused:
            raise CommandError(f"--{refused.field.replace('_', '-')}: {refused.message}") from None

    def _attempt(self, options) -> PackageAttempt:
        user = get_user_model().objects.filter(username=options["learner"]).first()
        if user is None:
            raise CommandError(f"--learner: no user named {options['learner']}")
        package = package_by_key(key=options["course"])
        if package is None or package.kind != "cmi5":
            raise CommandError(f"--course: no cmi5 course has the key {options['course']}")
        registration = options.get("registration")
        if registration:
            try:
                registration = uuid.UUID(registration)
            except ValueError:
                raise CommandError("--registration: is not a UUID") from None
            attempt = PackageAttempt.objects.filter(
                user=user, version__package=package, registration=registration
            ).first()
            if attempt is None:
                raise CommandError("--registration: is not a registration of this learner")
            return attempt
        return attempt_for_learner(user=user, package=package)

    def _launch(self, options):
        attempt = self._attempt(options)
        site = settings.SITE_URL
        _session, url = cmi5_launch(
            attempt=attempt,
            au_id=options["au"],
            launch_mode=options["mode"],
            endpoint=site + reverse("packages_cmi5:xapi", args=["about"]).removesuffix("about"),
            fetch_base=site + reverse("packages_cmi5:fetch", args=["-"])[:-2],
            return_url=site + reverse("packages:player", args=[attempt.version.package.key]),
        )
        if url.startswith("/"):
            url = (settings.CONTENT_ORIGIN or site) + url
        self.stdout.write(url)

    def _abandon(self, session_id: str):
        try:
            key = uuid.UUID(session_id)
        except ValueError:
            raise CommandError("--session: is not a UUID") from None
        session = (
            Cmi5Session.objects.select_related("attempt", "attempt__version")
            .filter(session_id=key)
            .first()
        )
        if session is None:
            raise CommandError(f"--session: no session {session_id}")
        cmi5_abandon(session=session)
        self.stdout.write(f"abandoned {session_id}")
