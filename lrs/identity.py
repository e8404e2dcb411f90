"""How the LRS names agents, authorities and the statements it derives.

* :func:`actor_key` and :func:`agent_object_key`: the stable strings an agent's
  statements are indexed and matched by.
* :func:`user_agent`: the ``account`` agent of a signed-in user of the site (never an
  e-mail address or a name): what their own session writes as, and what the site's
  statements about them name.
* :func:`platform_authority`: the authority of what the site records itself, through
  :func:`lrs.services.statement_record`, with no credential.
* :func:`derived_statement_id`: the id of a statement derived from an event that can be
  named, the same each time it is derived.
"""

import hashlib
import hmac
import uuid

from django.conf import settings

from .conf import setting


def actor_key(actor: dict) -> str:
    """A stable string for an agent's identifier, used to index and match statements."""
    if "account" in actor:
        account = actor["account"]
        return f"account:{account.get('homePage')}|{account.get('name')}"
    for ifi in ("mbox", "mbox_sha1sum", "openid"):
        if ifi in actor:
            return f"{ifi}:{actor[ifi]}"
    return ""


def agent_object_key(key: str) -> str:
    """What ``Statement.object_iri`` holds for an identified Agent or Group object: its
    identifier behind an ``@`` (no IRI starts so), so the ``agent`` filter can use the
    column's index while an ``activity`` filter never matches it."""
    return "@" + key


def user_agent(user) -> dict:
    """A signed-in user as an ``account`` agent: the site's address and the user's
    stable identifier (``LRS_USER_ACCOUNT_FIELD``)."""
    name = getattr(user, setting("LRS_USER_ACCOUNT_FIELD"))
    return {
        "objectType": "Agent",
        "account": {"homePage": setting("SITE_URL"), "name": str(name)},
    }


def platform_authority() -> dict:
    """The authority of statements the site itself records."""
    return {
        "objectType": "Agent",
        "name": setting("PLATFORM_NAME"),
        "account": {"homePage": setting("SITE_URL"), "name": "platform"},
    }


def derived_statement_id(name: str) -> str:
    """The id of a statement derived from an event that can be named (a course completed
    in a registration, an attempt's score...).

    Deriving the same event twice (a replay, a rebuild) yields the same id, which the
    LRS stores once. The id is keyed with a server secret (``XAPI_STATEMENT_ID_KEY``,
    by default ``SECRET_KEY``): a learner who could compute the id of a statement yet
    to come could store something else under it first. The result is an RFC 9562
    version 8 (custom) UUID.
    """
    key = (setting("XAPI_STATEMENT_ID_KEY") or settings.SECRET_KEY).encode()
    digest = hmac.new(key, b"xapi-statement-id|" + name.encode(), hashlib.sha256).digest()
    value = int.from_bytes(digest[:16], "big")
    value &= ~(0xF << 76)
    value |= 0x8 << 76  # version 8
    value &= ~(0x3 << 62)
    value |= 0x2 << 62  # RFC 9562 variant
    return str(uuid.UUID(int=value))
