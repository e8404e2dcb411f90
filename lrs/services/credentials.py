"""Credentials: registering LRS clients and issuing launch tokens."""

import secrets
from datetime import timedelta

from django.utils import timezone

from .. import identity
from ..models import LRSClient, LRSToken, hash_secret


def lrs_client_create(*, name: str, key: str, secret: str, scopes: list[str]) -> LRSClient:
    """Register an LRS client; the secret is kept only as a salted hash."""
    client = LRSClient(name=name, key=key, scopes=scopes)
    client.set_secret(secret)
    client.full_clean(exclude=["secret_salt", "secret_hash"])
    client.save()
    return client


def lrs_token_issue(
    *,
    user,
    activity_iri: str,
    registration=None,
    lifetime: timedelta = timedelta(hours=4),
    scopes: tuple[str, ...] = ("statements/write", "statements/read/mine", "state"),
) -> tuple[LRSToken, str]:
    """A launch credential for content in a learner's browser: returns the token and
    its secret (shown once; only a hash is kept). It expires after ``lifetime``."""
    secret = secrets.token_urlsafe(24)
    key = secrets.token_hex(16)
    token = LRSToken.objects.create(
        key=key,
        secret_hash=hash_secret(secret, key),
        user=user,
        actor=identity.user_agent(user),
        activity_iri=activity_iri,
        registration=registration,
        scopes=list(scopes),
        expires_at=timezone.now() + lifetime,
    )
    return token, secret


def lrs_token_revoke(*, key: str) -> None:
    """End a launch token now: the content holding it can no longer read or write."""
    LRSToken.objects.filter(key=key, expires_at__gt=timezone.now()).update(
        expires_at=timezone.now()
    )
