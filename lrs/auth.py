"""Who is calling the LRS, and what they may do.

Every request to a resource carries HTTP Basic credentials: either an LRS client's
key and secret (systems, managed in the admin and by ``manage.py lrs_client``), or a
short-lived launch token's key and secret (content running in a learner's browser).
Both become a :class:`Credential`, which is all the views and services look at.

A learner signed in on the platform's own pages may also write their own statements with
the session (and Django's CSRF token): that is how a device sends the work its learner
did offline (``offline/sync.js``). Such a credential writes and reads only statements
about that learner.
"""

import base64
import binascii
from dataclasses import dataclass

from django.utils import timezone

from elearning.csrf import csrf_failure

from .models import LRSClient, LRSToken
from .xapi.builders import actor_for, actor_key, platform_authority


@dataclass(frozen=True)
class Credential:
    """The caller: the authority its statements get, its scopes, and its limits.

    ``actor`` and ``activity_iri`` are set for launch tokens: such a caller may only
    write and read statements about that learner, and only for that activity (or
    activities below it, by IRI prefix), and documents likewise.
    """

    authority: dict
    scopes: frozenset[str]
    client: LRSClient | None = None
    token: LRSToken | None = None
    actor: dict | None = None
    activity_iri: str | None = None
    registration: str | None = None

    def has_scope(self, *wanted: str) -> bool:
        return "all" in self.scopes or bool(self.scopes & set(wanted))

    @property
    def actor_key(self) -> str | None:
        return actor_key(self.actor) if self.actor else None

    def allows_actor(self, agent: dict) -> bool:
        return self.actor is None or actor_key(agent) == self.actor_key

    def allows_activity(self, iri: str) -> bool:
        return (
            self.activity_iri is None
            or iri == self.activity_iri
            or iri.startswith(self.activity_iri.rstrip("/") + "/")
        )

    @classmethod
    def for_client(cls, client: LRSClient) -> "Credential":
        return cls(authority=client.as_authority(), scopes=frozenset(client.scopes), client=client)

    @classmethod
    def for_token(cls, token: LRSToken) -> "Credential":
        return cls(
            authority={
                "objectType": "Agent",
                "name": "launch token",
                "account": {"homePage": "urn:lrs-token", "name": token.key},
            },
            scopes=frozenset(token.scopes),
            token=token,
            actor=token.actor,
            activity_iri=token.activity_iri,
            registration=str(token.registration) if token.registration else None,
        )


def _basic_credentials(request) -> tuple[str, str] | None:
    header = request.headers.get("Authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        key, _, secret = base64.b64decode(encoded.strip()).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return key, secret


def credential_from_request(request) -> Credential | None:
    """The credential the request's Basic header names, if it is valid and current."""
    basic = _basic_credentials(request)
    if basic is None:
        return None
    key, secret = basic
    client = LRSClient.objects.filter(key=key, is_active=True).first()
    if client is not None:
        return Credential.for_client(client) if client.check_secret(secret) else None
    token = LRSToken.objects.filter(key=key, expires_at__gt=timezone.now()).first()
    if token is not None and token.check_secret(secret):
        return Credential.for_token(token)
    return None


SESSION_SCOPES = frozenset({"statements/write", "statements/read/mine"})


def credential_from_session(request) -> Credential | None:
    """The signed-in learner, for a request without Basic credentials that passes Django's
    CSRF check: they may write and read statements about themselves only."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not getattr(user, "uuid", None):
        return None
    if csrf_failure(request) is not None:
        return None
    return Credential(authority=platform_authority(), scopes=SESSION_SCOPES, actor=actor_for(user))
