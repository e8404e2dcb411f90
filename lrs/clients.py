"""Managing LRS clients: scopes, secrets, rotation and revocation.

The Wagtail admin and ``manage.py lrs_client`` both go through these functions (and
:func:`lrs.services.lrs_client_create`), so a client made either way is the same.
Only a salted hash of a secret is ever stored; a secret is shown once, when it is set.
"""

import re
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import SCOPE_NAMES, SCOPES, LRSClient

#: Secrets are checked with one SHA-256 round (see ``hash_secret``), which is only
#: safe for long random strings; typed secrets must be at least this long.
MIN_SECRET_LENGTH = 16


def lrs_client_scopes_parse(text: str) -> list[str]:
    """Scope names from a comma- or space-separated list, in the order of ``SCOPES``.

    Raises :class:`ValueError` naming the first unknown scope.
    """
    names = [name for name in re.split(r"[\s,]+", text.strip()) if name]
    if not names:
        raise ValueError("at least one scope is required")
    for name in names:
        if name not in SCOPE_NAMES:
            known = ", ".join(scope for scope, _label in SCOPES)
            raise ValueError(f"unknown scope {name!r} (known scopes: {known})")
    return [scope for scope, _label in SCOPES if scope in names]


def lrs_client_secret_generate() -> str:
    """A new random secret (43 URL-safe characters, 256 bits)."""
    return secrets.token_urlsafe(32)


def lrs_client_secret_validate(secret: str) -> None:
    """Raise :class:`ValidationError` for a typed secret too short to be safe."""
    if len(secret) < MIN_SECRET_LENGTH:
        raise ValidationError(
            _("A secret must be at least %(length)d characters long."),
            code="secret_too_short",
            params={"length": MIN_SECRET_LENGTH},
        )


def lrs_client_secret_rotate(*, client: LRSClient, secret: str = "") -> str:
    """Give ``client`` a new secret (the one given, or a generated one) and return it.

    The old secret stops working at once.
    """
    if secret:
        lrs_client_secret_validate(secret)
    else:
        secret = lrs_client_secret_generate()
    client.set_secret(secret)
    client.save(update_fields=["secret_salt", "secret_hash"])
    return secret


def lrs_client_revoke(*, key: str) -> LRSClient:
    """Deactivate the client with ``key``: its credentials get 401 from then on.

    Raises :class:`LRSClient.DoesNotExist` when no client has that key.
    """
    with transaction.atomic():
        client = LRSClient.objects.select_for_update().get(key=key)
        client.is_active = False
        client.save(update_fields=["is_active"])
    return client
