"""The forwarding worker: send queued statements to the external LRS, again and again."""

import signal
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections

from lrs.forwarding import BATCH_SIZE, forwarding_enabled, forwarding_send_due


class Command(BaseCommand):
    help = (
        "Send the statements queued for the external LRS (LRS_FORWARD_URL), retrying "
        "failures with backoff. Runs until stopped; --once sends what is due and exits."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="send what is due, then exit")
        parser.add_argument(
            "--interval",
            type=float,
            default=10.0,
            metavar="SECONDS",
            help="pause between passes when nothing is left to send (default 10)",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"statements per request (default {BATCH_SIZE})",
        )

    def handle(self, *args, once, interval, batch_size, **options):
        if not forwarding_enabled():
            raise CommandError("LRS_FORWARD_URL is not set: there is nowhere to forward to")
        if interval <= 0 or batch_size <= 0:
            raise CommandError("--interval and --batch-size must be positive")
        self.stopping = False
        self.once = once
        if not once:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
        while True:
            sent, failed = self._drain(batch_size)
            if sent or failed or once:
                self.stdout.write(f"sent {sent}, failed {failed}")
            if once or self.stopping:
                return
            self._sleep(interval)
            if self.stopping:
                return

    def _drain(self, batch_size: int) -> tuple[int, int]:
        """Pass after pass while whole passes go through (a backlog)."""
        sent = failed = 0
        while not self.stopping:
            close_old_connections()
            try:
                report = forwarding_send_due(limit=batch_size * 10, batch_size=batch_size)
            except DatabaseError as error:
                if self.once:
                    raise CommandError(f"the database failed: {error}") from error
                # The rows stay queued (a taken batch is retaken when its lease ends).
                self.stderr.write(f"the database failed, retrying later: {error}")
                close_old_connections()
                break
            sent += report.sent
            failed += report.failed
            if report.stopped:
                self.stderr.write(f"the external LRS is not taking statements: {report.stopped}")
            if report.stopped or report.sent + report.failed < batch_size * 10:
                break
        return sent, failed

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < deadline:
            time.sleep(min(0.5, deadline - time.monotonic()))

    def _stop(self, signum, frame):
        self.stopping = True
