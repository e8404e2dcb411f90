"""Checking an identity provider's answer, and reading the person out of it.

pysaml2 checks the signature (the provider's key from its metadata), the audience, the
validity times and that the answer replies to a request this browser sent. The platform
adds what pysaml2 leaves to it: an assertion is accepted once only (its ID is kept in
the cache until it expires, so a copied answer is refused in any browser), and every
refusal is named, for a clear page and the audit trail.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import logging
import time
from dataclasses import dataclass, field

import saml2
from django.core.cache import cache
from django.utils.translation import gettext as _
from saml2 import samlp
from saml2.response import (
    IncorrectlySigned,
    SignatureError,
    StatusError,
    UnsolicitedResponse,
)
from saml2.sigver import MissingKey, SigverError
from saml2.time_util import str_to_time
from saml2.validate import ResponseLifetimeExceed, ToEarly

from .config import IdentityProvider, provider_by_entity_id

logger = logging.getLogger(__name__)

#: Cache keys of assertions already used.
USED_ASSERTION_KEY = "identity:saml:assertion:{}"
#: The shortest time an assertion ID is remembered, in seconds.
MINIMUM_MEMORY_SECONDS = 600


@dataclass
class Refusal(Exception):
    """A refused answer: a translated message for the person, a short reason for the
    audit trail, the HTTP status, and the provider's key when it is known."""

    message: str
    reason: str
    status: int = 403
    provider_key: str = ""
    detail: dict = field(default_factory=dict)

    def __post_init__(self):
        super().__init__(self.message)

    @classmethod
    def unreadable(cls) -> Refusal:
        return cls(
            _(
                "The answer from your organisation’s sign-in could not be read. Nobody was "
                "signed in. Start again from the sign-in page."
            ),
            "unreadable",
            status=400,
        )

    @classmethod
    def unavailable(cls) -> Refusal:
        return cls(
            _(
                "Your organisation’s sign-in cannot be reached just now. Nobody was signed "
                "in. Try again in a few minutes."
            ),
            "unavailable",
            status=502,
        )

    @classmethod
    def unknown_provider(cls) -> Refusal:
        return cls(
            _("This identity provider is not one the platform trusts. Nobody was signed in."),
            "unknown_provider",
        )

    @classmethod
    def unsigned(cls, provider: IdentityProvider) -> Refusal:
        return cls(
            _(
                "The answer from %(provider)s was not signed, or its signature is not that "
                "provider’s. Nobody was signed in."
            )
            % {"provider": provider.label},
            "signature",
            provider_key=provider.provider_key,
        )

    @classmethod
    def expired(cls, provider: IdentityProvider) -> Refusal:
        return cls(
            _(
                "The answer from %(provider)s is no longer valid (it has expired, or the "
                "clocks disagree). Nobody was signed in. Start again from the sign-in "
                "page."
            )
            % {"provider": provider.label},
            "expired",
            provider_key=provider.provider_key,
        )

    @classmethod
    def wrong_audience(cls, provider: IdentityProvider) -> Refusal:
        return cls(
            _(
                "The answer from %(provider)s was meant for another service, not this "
                "platform. Nobody was signed in."
            )
            % {"provider": provider.label},
            "audience",
            provider_key=provider.provider_key,
        )

    @classmethod
    def replayed(cls, provider: IdentityProvider) -> Refusal:
        return cls(
            _(
                "This sign-in answer has already been used. Nobody was signed in. Start "
                "again from the sign-in page."
            ),
            "replay",
            provider_key=provider.provider_key,
        )

    @classmethod
    def unsolicited(cls, provider: IdentityProvider) -> Refusal:
        return cls(
            _(
                "This sign-in answer does not match a sign-in started in this browser. "
                "Nobody was signed in. Start again from the sign-in page."
            ),
            "unsolicited",
            provider_key=provider.provider_key,
        )

    @classmethod
    def denied(cls, provider: IdentityProvider) -> Refusal:
        return cls(
            _("%(provider)s did not sign you in. Nobody was signed in.")
            % {"provider": provider.label},
            "denied",
            provider_key=provider.provider_key,
        )

    @classmethod
    def invalid(cls, provider: IdentityProvider) -> Refusal:
        return cls(
            _("The answer from %(provider)s could not be accepted. Nobody was signed in.")
            % {"provider": provider.label},
            "invalid",
            provider_key=provider.provider_key,
        )

    @classmethod
    def missing_attributes(cls) -> Refusal:
        return cls(
            _(
                "Your organisation’s sign-in did not say who you are (no NameID). Nobody was "
                "signed in."
            ),
            "missing_attributes",
        )


def _peek(encoded: str) -> samlp.Response | None:
    """The answer's XML read without any check: only to name its provider and its
    assertions before pysaml2 verifies it. Nothing here is trusted."""
    try:
        xml = base64.b64decode(encoded, validate=False)
        return samlp.response_from_string(xml)
    except Exception:
        return None


def _assertion_key(issuer: str, assertion_id: str) -> str:
    digest = hashlib.sha256(f"{issuer}\n{assertion_id}".encode()).hexdigest()
    return USED_ASSERTION_KEY.format(digest)


def _expired(peeked: samlp.Response, slack: int) -> bool:
    """Whether the answer says it is no longer valid (its conditions' or its subject
    confirmation's ``NotOnOrAfter`` is past)."""
    now = calendar.timegm(time.gmtime())
    ends = []
    for assertion in peeked.assertion or []:
        if assertion.conditions is not None and assertion.conditions.not_on_or_after:
            ends.append(assertion.conditions.not_on_or_after)
        for confirmation in getattr(assertion.subject, "subject_confirmation", None) or []:
            data = confirmation.subject_confirmation_data
            if data is not None and data.not_on_or_after:
                ends.append(data.not_on_or_after)
    for end in ends:
        try:
            if calendar.timegm(str_to_time(end)) + slack <= now:
                return True
        except (TypeError, ValueError):
            continue
    return False


def _for_another_audience(peeked: samlp.Response, entity_id: str) -> bool:
    for assertion in peeked.assertion or []:
        conditions = assertion.conditions
        for restriction in (conditions.audience_restriction if conditions else None) or []:
            audiences = {(audience.text or "").strip() for audience in restriction.audience}
            if audiences and entity_id not in audiences:
                return True
    return False


def _classify(error: Exception, provider: IdentityProvider, peeked, client) -> Refusal:
    """The refusal a pysaml2 error stands for. Where pysaml2 only says a condition
    failed, the answer's own times and audience tell which."""
    if isinstance(error, (SignatureError, IncorrectlySigned, MissingKey, SigverError)):
        return Refusal.unsigned(provider)
    if isinstance(error, (ResponseLifetimeExceed, ToEarly)):
        return Refusal.expired(provider)
    if isinstance(error, UnsolicitedResponse):
        return Refusal.unsolicited(provider)
    if isinstance(error, StatusError):
        return Refusal.denied(provider)
    if _expired(peeked, int(client.config.accepted_time_diff or 0)):
        return Refusal.expired(provider)
    if _for_another_audience(peeked, client.config.entityid):
        return Refusal.wrong_audience(provider)
    if "signature" in str(error).lower():
        return Refusal.unsigned(provider)
    return Refusal.invalid(provider)


def check_response(client, encoded: str, outstanding: dict):
    """The trusted provider and pysaml2's verified ``AuthnResponse`` for the posted
    ``SAMLResponse``; raises :class:`Refusal` for anything not to be trusted."""
    peeked = _peek(encoded) if encoded else None
    if peeked is None:
        raise Refusal.unreadable()
    issuer = peeked.issuer.text.strip() if peeked.issuer is not None and peeked.issuer.text else ""
    if not issuer and peeked.assertion:
        first = peeked.assertion[0]
        issuer = first.issuer.text.strip() if first.issuer is not None else ""
    provider = provider_by_entity_id(issuer)
    if provider is None:
        refusal = Refusal.unknown_provider()
        refusal.detail = {"issuer": issuer[:200]}
        raise refusal
    for assertion in peeked.assertion or []:
        if assertion.id and cache.get(_assertion_key(issuer, assertion.id)):
            raise Refusal.replayed(provider)
    try:
        response = client.parse_authn_request_response(
            encoded, saml2.BINDING_HTTP_POST, outstanding
        )
    except Exception as error:
        logger.info("SAML: answer from %s refused: %s", issuer, error)
        refusal = _classify(error, provider, peeked, client)
        refusal.detail = {"error": f"{error.__class__.__name__}: {error}"[:200]}
        raise refusal from error
    if response is None or response.assertion is None:
        raise Refusal.invalid(provider)
    if response.issuer() != provider.entity_id:
        raise Refusal.unknown_provider()
    if not _remember(issuer, response.assertion.id, response.not_on_or_after):
        raise Refusal.replayed(provider)
    return provider, response


def _remember(issuer: str, assertion_id: str, not_on_or_after) -> bool:
    """Keep the assertion's ID until it expires; False when it was kept already."""
    now = calendar.timegm(time.gmtime())
    lifetime = int(not_on_or_after or 0) - now if not_on_or_after else 0
    timeout = max(MINIMUM_MEMORY_SECONDS, lifetime + MINIMUM_MEMORY_SECONDS)
    return cache.add(_assertion_key(issuer, assertion_id), True, timeout=timeout)


def assertion_claims(session_info: dict) -> dict:
    """The assertion's attributes as claims (friendly names, lists of values), with
    the NameID as ``sub``."""
    claims = {name: list(values) for name, values in (session_info.get("ava") or {}).items()}
    name_id = session_info.get("name_id")
    subject = (getattr(name_id, "text", "") or "").strip()
    if subject:
        claims["sub"] = subject
    return claims
