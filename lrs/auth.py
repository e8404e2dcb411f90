"""Who is calling the LRS, and what they may do.

Every request to a resource carries HTTP Basic credentials: either an LRS client's
key and secret (systems, managed in the admin and by ``manage.py lrs_client``), or a
short-lived launch token's key and secret (content running in a learner's browser).
Both become a :class:`Credential`, which is all the views and services look at.

A learner signed in on the platform's own pages may also write their own statements with
the session (and Django's CSRF token): that is how a device sends the work its learner
did offline (``offline/sync.js``). Such a credential writes and reads only statements
about that learner, and its statements carry the learner's own authority (the pair of
the session and the learner, as xAPI's three-legged authority), never the platform's.

Every credential has a *kind* (:class:`Source`); the kind of a stored statement's writer
can be read back from its ``authority`` with :func:`source_of`, which is what lets
the platform act only on evidence it verified (see ``docs/security.md``).
"""

import base64
import binascii
import enum
from dataclasses import dataclass

from django.utils import timezone

from .csrf import csrf_failure
from .identity import actor_key, platform_authority, user_agent
from .models import LRSClient, LRSToken


class Source(enum.StrEnum):
    """Who wrote a statement: the kinds of credential, and the platform itself."""

    PLATFORM = "platform"  # the server, through ``statement_record`` (no credential)
    CLIENT = "client"  # an LRS client's key and secret (a system)
    TOKEN = "token"  # a launch token: content in a learner's browser (xAPI package, cmi5 AU)
    SESSION = "session"  # a signed-in learner's browser session (offline replays)
    STAFF = "staff"  # a staff member acting on the platform's own pages (attendance)


TOKEN_HOME_PAGE = "urn:lrs-token"
CLIENT_HOME_PAGE = "urn:lrs-client"
SESSION_HOME_PAGE = "urn:lrs-session"

#: The application half of a learner session's authority.
SESSION_APPLICATION = {
    "objectType": "Agent",
    "name": "learner session",
    "account": {"homePage": SESSION_HOME_PAGE, "name": "session"},
}


def session_authority(actor: dict) -> dict:
    """The authority of what a learner's browser writes with their session: the session
    application and the learner together (xAPI's three-legged authority group)."""
    return {"objectType": "Group", "member": [SESSION_APPLICATION, actor]}


def staff_authority(member: dict) -> dict:
    """The authority of what the platform records on a staff member's word (a trainer
    taking attendance): the platform and that person together, a three-legged group
    only the platform's own code can make (the LRS sets every other authority itself)."""
    return {"objectType": "Group", "member": [platform_authority(), member]}


def authority_key(authority: dict | None) -> str:
    """A stable string for an authority (an agent, or a group of agents), to compare
    who wrote two statements."""
    if not isinstance(authority, dict):
        return ""
    if authority.get("objectType") == "Group" and not actor_key(authority):
        return "group:" + "&".join(
            sorted(actor_key(member) for member in authority.get("member", []))
        )
    return actor_key(authority)


def source_of(authority: dict | None) -> Source:
    """The kind of credential that wrote a statement, read from its stored authority
    (which the LRS always sets itself, whatever the request said)."""
    if not isinstance(authority, dict):
        return Source.CLIENT
    members = authority.get("member") if authority.get("objectType") == "Group" else None
    if members:
        if any(m.get("account", {}).get("homePage") == SESSION_HOME_PAGE for m in members):
            return Source.SESSION
        platform = authority_key(platform_authority())
        if len(members) == 2 and any(actor_key(m) == platform for m in members):
            return Source.STAFF
        return Source.CLIENT
    home_page = authority.get("account", {}).get("homePage")
    if home_page == TOKEN_HOME_PAGE:
        return Source.TOKEN
    if home_page == CLIENT_HOME_PAGE:
        return Source.CLIENT
    if authority_key(authority) == authority_key(platform_authority()):
        return Source.PLATFORM
    return Source.CLIENT


@dataclass(frozen=True)
class Credential:
    """The caller: the authority its statements get, its scopes, and its limits.

    ``actor`` and ``activity_iri`` are set for launch tokens: such a caller may only
    write and read statements about that learner, and only for that activity (or
    activities below it, by IRI prefix), and documents likewise.
    """

    authority: dict
    scopes: frozenset[str]
    kind: Source = Source.CLIENT
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
        return cls(
            authority=client.as_authority(),
            scopes=frozenset(client.scopes),
            kind=Source.CLIENT,
            client=client,
        )

    @classmethod
    def for_token(cls, token: LRSToken) -> "Credential":
        return cls(
            authority={
                "objectType": "Agent",
                "name": "launch token",
                "account": {"homePage": TOKEN_HOME_PAGE, "name": token.key},
            },
            scopes=frozenset(token.scopes),
            kind=Source.TOKEN,
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


def spent_token_presented(request) -> bool:
    """Whether the request's Basic header names a launch token that has ended (expired or
    revoked) with its right secret: content still posting after its session ended, not
    someone guessing secrets, so it is refused without counting against the address."""
    basic = _basic_credentials(request)
    if basic is None:
        return False
    key, secret = basic
    token = LRSToken.objects.filter(key=key, expires_at__lte=timezone.now()).first()
    return token is not None and token.check_secret(secret)


SESSION_SCOPES = frozenset({"statements/write", "statements/read/mine"})


def credential_from_session(request) -> Credential | None:
    """The signed-in learner, for a request without Basic credentials that passes Django's
    CSRF check: they may write and read statements about themselves only, with their
    own authority."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    if csrf_failure(request) is not None:
        return None
    return learner_session_credential(user)


def learner_session_credential(user) -> Credential:
    """What a signed-in learner's session may do in the LRS (see
    :func:`credential_from_session`), whatever request it comes with."""
    actor = user_agent(user)
    return Credential(
        authority=session_authority(actor),
        scopes=SESSION_SCOPES,
        kind=Source.SESSION,
        actor=actor,
    )
