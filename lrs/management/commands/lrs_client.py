"""Create, list and revoke LRS clients from the command line."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from lrs.clients import (
    lrs_client_revoke,
    lrs_client_scopes_parse,
    lrs_client_secret_generate,
    lrs_client_secret_validate,
)
from lrs.models import LRSClient
from lrs.services import lrs_client_create


class Command(BaseCommand):
    help = "Manage the clients allowed to call the LRS (/xapi/) with HTTP Basic credentials."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = actions.add_parser("create", help="Register a client.")
        create.add_argument("--name", required=True, help="what the client is")
        create.add_argument("--key", required=True, help="the Basic user name it sends")
        create.add_argument(
            "--secret",
            default="",
            help="the Basic password it sends (generated and printed once when omitted)",
        )
        create.add_argument(
            "--scopes",
            required=True,
            help="comma- or space-separated scopes, e.g. 'all' or 'statements/write,state'",
        )
        actions.add_parser("list", help="List the clients: key, name, scopes, active.")
        revoke = actions.add_parser("revoke", help="Deactivate a client.")
        revoke.add_argument("--key", required=True)

    def handle(self, *args, action, **options):
        return getattr(self, f"handle_{action}")(**options)

    def handle_create(self, *, name, key, secret, scopes, **options):
        try:
            scope_names = lrs_client_scopes_parse(scopes)
        except ValueError as error:
            raise CommandError(f"--scopes: {error}") from None
        generated = not secret
        try:
            if generated:
                secret = lrs_client_secret_generate()
            else:
                lrs_client_secret_validate(secret)
            client = lrs_client_create(name=name, key=key, secret=secret, scopes=scope_names)
        except ValidationError as error:
            raise CommandError(_validation_text(error)) from None
        self.stdout.write(f"created LRS client {client.key!r} ({', '.join(client.scopes)})")
        if generated:
            self.stdout.write(f"secret (shown only now): {secret}")

    def handle_list(self, **options):
        rows = [
            (client.key, client.name, ",".join(client.scopes), "yes" if client.is_active else "no")
            for client in LRSClient.objects.order_by("key")
        ]
        header = ("KEY", "NAME", "SCOPES", "ACTIVE")
        widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
        for row in [header, *rows]:
            self.stdout.write(
                "  ".join(
                    cell.ljust(width) for cell, width in zip(row, widths, strict=True)
                ).rstrip()
            )

    def handle_revoke(self, *, key, **options):
        try:
            client = lrs_client_revoke(key=key)
        except LRSClient.DoesNotExist:
            raise CommandError(f"no LRS client has the key {key!r}") from None
        self.stdout.write(f"revoked LRS client {client.key!r}: its credentials no longer work")


def _validation_text(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        )
    return " ".join(error.messages)
