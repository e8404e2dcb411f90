"""Signing in with OpenID Connect: the authorization code flow with PKCE (S256), state
and nonce, the provider found by discovery, its ID token's signature checked against
the provider's published keys, and sign-out at the provider.

Providers come from the environment (``OIDC_PROVIDERS`` and ``OIDC_<KEY>_…``, read into
``settings.OIDC_PROVIDERS``); there may be one per agency. Authlib drives the exchanges
with the provider; joserfc (the JOSE library Authlib is built on) checks the ID token.
What the token says about the person goes to :func:`identity.mapping.sign_in_from_claims`."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlencode

import requests
from authlib.common.security import generate_token
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from organisations.audit import Action, audit_record

from .mapping import SESSION_PROVIDER_KEY, SignInRefused, sign_in_from_claims

#: Session keys: the flows under way (by state) and the ID token kept for signing out.
SESSION_FLOWS = "identity_oidc_flows"
SESSION_ID_TOKEN = "identity_oidc_id_token"
#: Signature algorithms accepted on ID tokens (never ``none``, never a shared secret).
ID_TOKEN_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"]
#: Clock difference tolerated between the provider and the platform, in seconds.
LEEWAY_SECONDS = 60
DISCOVERY_CACHE_SECONDS = 300
HTTP_TIMEOUT_SECONDS = 10
#: A person may start a few sign-ins (tabs) at once; older flows are forgotten.
MAX_FLOWS = 5


@dataclass(frozen=True)
class Provider:
    """One OpenID Connect provider as the environment configures it."""

    key: str
    issuer: str
    client_id: str
    client_secret: str
    scopes: str
    name_en: str
    name_fr: str

    @property
    def provider_key(self) -> str:
        """The key sign-in records and claim mappings use (``oidc:cbsa``)."""
        return f"oidc:{self.key}"

    @property
    def name(self) -> str:
        if (get_language() or "en").startswith("fr"):
            return self.name_fr or self.name_en
        return self.name_en


class SignInError(Exception):
    """A failed exchange with a provider, with a translated message for the person, the
    HTTP status to answer with and a short reason for the audit trail."""

    def __init__(self, message: str, *, reason: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.status = status


def providers() -> list[Provider]:
    """The configured providers, in the order the environment lists them."""
    return [
        Provider(
            key=key,
            issuer=config["issuer"].rstrip("/"),
            client_id=config["client_id"],
            client_secret=config.get("client_secret", ""),
            scopes=config.get("scopes") or "openid email profile",
            name_en=config.get("name_en") or key.upper(),
            name_fr=config.get("name_fr") or config.get("name_en") or key.upper(),
        )
        for key, config in getattr(settings, "OIDC_PROVIDERS", {}).items()
    ]


def provider_get(key: str) -> Provider | None:
    return next((provider for provider in providers() if provider.key == key), None)


def provider_label(provider_key: str) -> str:
    """The name an OpenID Connect sign-in key (``oidc:cbsa``) shows to people; empty for
    a key that names no configured provider."""
    kind, _sep, key = provider_key.partition(":")
    provider = provider_get(key) if kind == "oidc" else None
    return provider.name if provider is not None else ""


_discovered: dict[str, tuple[float, dict]] = {}


def _get_json(url: str) -> dict:
    response = requests.get(url, timeout=HTTP_TIMEOUT_SECONDS)
    response.raise_for_status()
    return response.json()


def discovery(provider: Provider) -> dict:
    """The provider's metadata (``/.well-known/openid-configuration``), kept a few
    minutes. Its ``issuer`` must be the configured one (OpenID Connect Discovery §4.3)."""
    cached = _discovered.get(provider.issuer)
    if cached is not None and cached[0] > time.monotonic():
        return cached[1]
    try:
        metadata = _get_json(f"{provider.issuer}/.well-known/openid-configuration")
    except (requests.RequestException, ValueError) as error:
        raise SignInError(
            _("%(provider)s does not answer. Try again in a few minutes.")
            % {"provider": provider.name},
            reason=f"discovery: {error.__class__.__name__}",
            status=502,
        ) from error
    if str(metadata.get("issuer", "")).rstrip("/") != provider.issuer:
        raise SignInError(
            _("%(provider)s is not configured correctly. Tell an administrator.")
            % {"provider": provider.name},
            reason="discovery: issuer differs",
            status=502,
        )
    _discovered[provider.issuer] = (time.monotonic() + DISCOVERY_CACHE_SECONDS, metadata)
    return metadata


def _client(provider: Provider, redirect_uri: str) -> OAuth2Session:
    return OAuth2Session(
        client_id=provider.client_id,
        client_secret=provider.client_secret,
        scope=provider.scopes,
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_basic",
        default_timeout=HTTP_TIMEOUT_SECONDS,
    )


def _callback_uri(request, provider: Provider) -> str:
    return request.build_absolute_uri(reverse("oidc_callback", args=[provider.key]))


def id_token_claims(
    provider: Provider, metadata: dict, id_token: str, *, nonce: str, now: int | None = None
) -> dict:
    """The claims of a signed ID token, after checking its signature against the
    provider's keys (its ``jwks_uri``), its issuer, its audience (this platform's client
    id), its expiry and issue time, and the nonce the sign-in sent. Raises
    :class:`SignInError` on anything else."""
    refused = SignInError(
        _("The answer from %(provider)s could not be verified. Nobody was signed in.")
        % {"provider": provider.name},
        reason="id_token",
        status=403,
    )
    try:
        keys = KeySet.import_key_set(_get_json(metadata["jwks_uri"]))
    except (KeyError, requests.RequestException, ValueError, JoseError) as error:
        refused.reason = f"id_token: keys unavailable ({error.__class__.__name__})"
        raise refused from error
    try:
        token = jwt.decode(id_token, keys, algorithms=ID_TOKEN_ALGORITHMS)
        jwt.JWTClaimsRegistry(
            now=now,
            leeway=LEEWAY_SECONDS,
            iss={"essential": True, "value": provider.issuer},
            sub={"essential": True},
            aud={"essential": True, "value": provider.client_id},
            exp={"essential": True},
            iat={"essential": True},
            nonce={"essential": True, "value": nonce},
        ).validate(token.claims)
    except (JoseError, ValueError) as error:
        refused.reason = f"id_token: {error.__class__.__name__}: {error}"[:200]
        raise refused from error
    claims = dict(token.claims)
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    if len(audiences) > 1 and claims.get("azp") != provider.client_id:
        refused.reason = "id_token: azp differs"
        raise refused
    return claims


def _flows(request) -> dict:
    return request.session.get(SESSION_FLOWS, {})


@require_GET
@never_cache
def sign_in_start(request, key: str):
    """Send the person to the provider, remembering (in their session) the state, the
    nonce, the PKCE verifier and where they were going."""
    provider = provider_get(key)
    if provider is None:
        return _error_page(
            request,
            SignInError(_("This sign-in provider is not known."), reason="unknown provider"),
            provider_key=f"oidc:{key}",
        )
    try:
        metadata = discovery(provider)
    except SignInError as error:
        return _error_page(request, error, provider_key=provider.provider_key)
    state, nonce, verifier = generate_token(32), generate_token(32), generate_token(64)
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    flows = dict(list(_flows(request).items())[-(MAX_FLOWS - 1) :])
    flows[state] = {
        "key": provider.key,
        "nonce": nonce,
        "verifier": verifier,
        "next": next_url,
        "language": get_language() or settings.LANGUAGE_CODE,
    }
    request.session[SESSION_FLOWS] = flows
    url, _state = _client(provider, _callback_uri(request, provider)).create_authorization_url(
        metadata["authorization_endpoint"],
        state=state,
        code_verifier=verifier,
        nonce=nonce,
        ui_locales=(get_language() or "en")[:2],
    )
    return HttpResponseRedirect(url)


def _landing_url(request, user, next_url: str) -> str:
    if next_url:
        return next_url
    landing = getattr(settings, "SIGN_IN_LANDING_URL_FUNCTION", "")
    if landing:
        return import_string(landing)(user)
    return reverse(settings.LOGIN_REDIRECT_URL)


@require_GET
@never_cache
def sign_in_callback(request, key: str):
    """The provider's answer: check the state, exchange the code (with the PKCE
    verifier), check the ID token, then sign the person in through their mapping."""
    from django.utils import translation

    flows = _flows(request)
    flow = flows.pop(request.GET.get("state", ""), None)
    request.session[SESSION_FLOWS] = flows
    if flow is not None:
        translation.activate(flow["language"])
        request.LANGUAGE_CODE = flow["language"]
    provider = provider_get(key)
    provider_key = f"oidc:{key}"
    try:
        if provider is None:
            raise SignInError(_("This sign-in provider is not known."), reason="unknown provider")
        if flow is None or flow["key"] != key:
            raise SignInError(
                _(
                    "This sign-in answer does not match a sign-in started here (it may have "
                    "been used already, or be from another browser). Start again."
                ),
                reason="state",
            )
        if "error" in request.GET:
            raise SignInError(
                _("%(provider)s did not sign you in: %(error)s")
                % {"provider": provider.name, "error": request.GET.get("error", "")[:100]},
                reason=f"provider error: {request.GET.get('error', '')[:100]}",
                status=403,
            )
        metadata = discovery(provider)
        try:
            tokens = _client(provider, _callback_uri(request, provider)).fetch_token(
                metadata["token_endpoint"],
                grant_type="authorization_code",
                code=request.GET.get("code", ""),
                code_verifier=flow["verifier"],
            )
        except (OAuthError, requests.RequestException, ValueError) as error:
            raise SignInError(
                _("%(provider)s refused to confirm this sign-in. Start again.")
                % {"provider": provider.name},
                reason=f"token: {error.__class__.__name__}: {error}"[:200],
                status=403,
            ) from error
        if "id_token" not in tokens:
            raise SignInError(
                _("%(provider)s sent no ID token. Tell an administrator.")
                % {"provider": provider.name},
                reason="token: no id_token",
                status=403,
            )
        claims = id_token_claims(provider, metadata, tokens["id_token"], nonce=flow["nonce"])
        claims = {**_userinfo(provider, metadata, tokens, claims["sub"]), **claims}
        user = sign_in_from_claims(request, provider.provider_key, claims)
    except SignInError as error:
        return _error_page(request, error, provider_key=provider_key)
    except SignInRefused as refusal:
        return render(
            request,
            "identity/sign_in_error.html",
            {"message": refusal.message, "provider_name": provider.name},
            status=403,
        )
    request.session[SESSION_ID_TOKEN] = tokens["id_token"]
    return redirect(_landing_url(request, user, flow["next"]))


def _userinfo(provider: Provider, metadata: dict, tokens: dict, subject: str) -> dict:
    """What the userinfo endpoint adds to the ID token (some providers put the profile
    only there); ignored when it names another subject or does not answer."""
    endpoint = metadata.get("userinfo_endpoint")
    if not endpoint or "access_token" not in tokens:
        return {}
    try:
        response = requests.get(
            endpoint,
            headers={"Authorization": f"Bearer {tokens['access_token']}"},
            timeout=HTTP_TIMEOUT_SECONDS,
        )
        info = response.json() if response.ok else {}
    except (requests.RequestException, ValueError):
        return {}
    return info if isinstance(info, dict) and info.get("sub") == subject else {}


def _error_page(request, error: SignInError, *, provider_key: str):
    audit_record(
        Action.SIGN_IN_FAILED,
        actor=None,
        request=request,
        target_name=provider_key,
        detail={"provider": provider_key, "reason": error.reason},
    )
    return render(
        request, "identity/sign_in_error.html", {"message": error.message}, status=error.status
    )


@require_POST
def sign_out(request):
    """Sign out here and, for a person who signed in through an OpenID Connect provider,
    there too (RP-initiated logout, with the ID token as a hint), coming back to
    :func:`signed_out`; a SAML provider's person goes through its single logout."""
    provider_key = request.session.get(SESSION_PROVIDER_KEY, "")
    if provider_key.startswith("saml:"):
        # Signed in through a SAML identity provider: its single logout, where it has one.
        from .saml.views import sign_out as saml_sign_out

        return saml_sign_out(request)
    id_token = request.session.get(SESSION_ID_TOKEN, "")
    logout(request)
    kind, _sep, key = provider_key.partition(":")
    provider = provider_get(key) if kind == "oidc" else None
    if provider is not None and id_token:
        try:
            endpoint = discovery(provider).get("end_session_endpoint")
        except SignInError:
            endpoint = None
        if endpoint:
            query = urlencode(
                {
                    "id_token_hint": id_token,
                    "client_id": provider.client_id,
                    "post_logout_redirect_uri": request.build_absolute_uri(
                        reverse("oidc_signed_out")
                    ),
                }
            )
            # A page that moves on by itself, not a redirect: the sign-out form may only
            # lead to the platform's own origin (the CSP's form-action).
            return render(
                request,
                "identity/signing_out.html",
                {"end_session_url": f"{endpoint}?{query}", "provider_name": provider.name},
            )
    return redirect(settings.LOGOUT_REDIRECT_URL)


@require_GET
def signed_out(request):
    """Where providers send people back after signing them out."""
    return redirect(settings.LOGOUT_REDIRECT_URL)


def sign_in_choices(next_url: str = "") -> list[dict]:
    """The "Sign in with …" buttons of the sign-in page."""
    query = f"?{urlencode({'next': next_url})}" if next_url else ""
    return [
        {
            "name": provider.name,
            "url": reverse("oidc_start", args=[provider.key]) + query,
        }
        for provider in providers()
    ]
