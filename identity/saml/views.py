"""The SAML 2.0 addresses under ``/sso/saml/``: the platform's metadata, the start of a
sign-in, the assertion consumer service, and single logout.

djangosaml2's views do the exchanges with pysaml2; the assertion consumer service is the
platform's own, so that every refusal has a clear, translated page and an audit entry,
and the person is provisioned by :func:`identity.mapping.sign_in_from_claims`.

The exchange with the provider keeps its state (the requests sent, the person's subject
for logout) in a session of its own, under its own cookie, which the provider's
cross-site POST back carries (``SameSite=None`` over HTTPS): the site's session cookie
stays ``Lax``.
"""

from __future__ import annotations

import logging
from importlib import import_module

import saml2
from django.conf import settings
from django.contrib.auth import logout
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.module_loading import import_string
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from djangosaml2 import views as djangosaml2_views
from djangosaml2.cache import IdentityCache, OutstandingQueriesCache, StateCache
from djangosaml2.overrides import Saml2Client
from djangosaml2.utils import get_location

from organisations.audit import Action, audit_record

from ..mapping import SESSION_PROVIDER_KEY, SignInRefused, sign_in_from_claims
from . import config as saml_config
from .assertions import Refusal, assertion_claims, check_response

logger = logging.getLogger(__name__)

#: The cookie of the SAML exchange's own session.
SAML_SESSION_COOKIE = "saml_session"


def _saml_session_load(request) -> None:
    engine = import_module(settings.SESSION_ENGINE)
    request.saml_session = engine.SessionStore(request.COOKIES.get(SAML_SESSION_COOKIE))


def _saml_session_save(request, response) -> None:
    """Save the exchange's session and set its cookie: ``SameSite=None; Secure`` over
    HTTPS so that the provider's POST back carries it, ``Lax`` over plain HTTP (a local
    platform, whose provider is on the same site), where browsers refuse ``None``."""
    session = request.saml_session
    secure = request.is_secure()
    if session.is_empty():
        if SAML_SESSION_COOKIE in request.COOKIES:
            response.delete_cookie(SAML_SESSION_COOKIE, path="/")
        return
    if not session.modified:
        return
    session.save()
    response.set_cookie(
        SAML_SESSION_COOKIE,
        session.session_key,
        max_age=session.get_expiry_age(),
        path="/",
        secure=secure,
        httponly=True,
        samesite="None" if secure else "Lax",
    )


class SamlViewMixin:
    """What every SAML address shares: a 404 while SAML is off, the exchange's session,
    the platform's configuration, and no cache."""

    config_loader_path = "identity.saml.config.sp_config"

    @method_decorator(never_cache)
    def dispatch(self, request, *args, **kwargs):
        if not saml_config.saml_enabled():
            raise Http404
        _saml_session_load(request)
        response = super().dispatch(request, *args, **kwargs)
        _saml_session_save(request, response)
        return response


def refusal_page(request, refusal: Refusal, *, provider_key: str = ""):
    """The page of a refused sign-in, after its audit entry. Nobody is signed in."""
    audit_record(
        Action.SIGN_IN_FAILED,
        actor=None,
        request=request,
        target_name=provider_key or "saml",
        detail={"provider": provider_key or "saml", "reason": refusal.reason, **refusal.detail},
    )
    return render(
        request,
        "identity/saml_refused.html",
        {"message": refusal.message, "reason": refusal.reason},
        status=refusal.status,
    )


class MetadataView(SamlViewMixin, djangosaml2_views.MetadataView):
    """The platform's service-provider metadata, for the identity provider's
    administrators: entity ID, assertion consumer service, logout service, and the
    certificate its requests are signed with."""

    config_loader_path = "identity.saml.config.sp_config_for_metadata"

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        response["Content-Type"] = "application/samlmetadata+xml; charset=utf-8"
        response["Content-Disposition"] = 'inline; filename="metadata.xml"'
        return response


class LoginView(SamlViewMixin, djangosaml2_views.LoginView):
    """Send the person to their identity provider (``?idp=<name>``) with a signed
    authentication request, through the HTTP-Redirect binding (the site's content
    security policy lets no page post a form to another site)."""

    def get(self, request, *args, **kwargs):
        name = request.GET.get("idp", "")
        try:
            saml_config.sp_config()
        except Exception:
            logger.exception("SAML: the identity providers' metadata cannot be read.")
            return refusal_page(request, Refusal.unavailable(), provider_key=f"saml:{name}")
        providers = saml_config.identity_providers()
        provider = saml_config.provider_by_name(name) if name else None
        if provider is None and not name and len(providers) == 1:
            provider = providers[0]
        if provider is None:
            if not name:
                return redirect("login")
            return refusal_page(request, Refusal.unknown_provider(), provider_key=f"saml:{name}")
        query = request.GET.copy()
        query["idp"] = provider.entity_id
        request.GET = query
        return super().get(request, *args, **kwargs)

    def unknown_idp(self, request, idp):
        return refusal_page(request, Refusal.unknown_provider(), provider_key="saml")


@method_decorator(csrf_exempt, name="dispatch")
class AssertionConsumerView(SamlViewMixin, djangosaml2_views.AssertionConsumerServiceView):
    """The identity provider's answer, posted by the person's browser. It must answer a
    request this browser sent, come from a trusted provider, carry an assertion signed
    with that provider's key, meant for this platform, still valid, and never used
    before; its NameID and attributes then go to the provisioning."""

    http_method_names = ["post", "options"]

    def post(self, request, *args, **kwargs):
        try:
            conf = self.get_sp_config(request)
        except Exception:
            logger.exception("SAML: the identity providers' metadata cannot be read.")
            return refusal_page(request, Refusal.unavailable())
        outstanding = OutstandingQueriesCache(request.saml_session)
        client = Saml2Client(conf, identity_cache=IdentityCache(request.saml_session))
        try:
            provider, response = check_response(
                client,
                request.POST.get("SAMLResponse", ""),
                outstanding.outstanding_queries(),
            )
        except Refusal as refusal:
            return refusal_page(request, refusal, provider_key=refusal.provider_key)
        outstanding.delete(response.session_id())
        session_info = response.session_info()
        claims = assertion_claims(session_info)
        if not claims.get("sub"):
            return refusal_page(
                request, Refusal.missing_attributes(), provider_key=provider.provider_key
            )
        try:
            user = sign_in_from_claims(request, provider.provider_key, claims)
        except SignInRefused as refusal:
            return render(
                request,
                "identity/saml_refused.html",
                {"message": refusal.message, "reason": refusal.reason},
                status=403,
            )
        djangosaml2_views._set_subject_id(request.saml_session, session_info["name_id"])
        return HttpResponseRedirect(self._landing(request, user))

    def _landing(self, request, user) -> str:
        relay_state = request.POST.get("RelayState", "")
        fallback = djangosaml2_views.get_fallback_login_redirect_url()
        if (
            relay_state
            and relay_state != fallback
            and url_has_allowed_host_and_scheme(
                relay_state, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            )
        ):
            return relay_state
        landing = getattr(settings, "SIGN_IN_LANDING_URL_FUNCTION", "")
        if landing:
            return import_string(landing)(user)
        return reverse(settings.LOGIN_REDIRECT_URL)


def sign_out(request):
    """Sign the person out here and, when they signed in through a SAML identity
    provider that offers single logout (HTTP-Redirect), send them there to sign out too;
    the provider sends them back to the logout service. For the site's sign-out view:
    any other session is signed out here only."""
    if not hasattr(request, "saml_session"):
        _saml_session_load(request)
    provider_key = request.session.get(SESSION_PROVIDER_KEY, "")
    subject_id = djangosaml2_views._get_subject_id(request.saml_session)
    logout(request)
    kind, _sep, name = provider_key.partition(":")
    provider = saml_config.provider_by_name(name) if kind == "saml" else None
    response = None
    if provider is not None and subject_id is not None and provider.single_logout:
        response = _single_logout_redirect(request, provider, subject_id)
    response = response or redirect(settings.LOGOUT_REDIRECT_URL)
    _saml_session_save(request, response)
    return response


def _single_logout_redirect(request, provider, subject_id):
    conf = saml_config.sp_config()
    state = StateCache(request.saml_session)
    client = Saml2Client(
        conf, state_cache=state, identity_cache=IdentityCache(request.saml_session)
    )
    try:
        result = client.do_logout(
            subject_id,
            [provider.entity_id],
            reason="",
            expire=None,
            expected_binding=saml2.BINDING_HTTP_REDIRECT,
        )
    except Exception:
        logger.exception("SAML: single logout at %s could not start.", provider.entity_id)
        return None
    state.sync()
    for outcome in (result or {}).values():
        if isinstance(outcome, tuple) and outcome[0] == saml2.BINDING_HTTP_REDIRECT:
            # A page that moves on by itself, not a redirect: the sign-out form may only
            # lead to the platform's own origin (the CSP's form-action).
            return render(
                request,
                "identity/signing_out.html",
                {"end_session_url": get_location(outcome[1]), "provider_name": provider.label},
            )
    return None


class LogoutView(SamlViewMixin, djangosaml2_views.View):
    """Sign out (POST, with the CSRF token): see :func:`sign_out`."""

    http_method_names = ["post", "options"]

    def post(self, request, *args, **kwargs):
        return sign_out(request)


@method_decorator(csrf_exempt, name="dispatch")
class LogoutServiceView(SamlViewMixin, djangosaml2_views.LogoutView):
    """The identity provider's side of single logout: its answer to the platform's
    logout request, or its own request (the person signed out elsewhere). Either way
    the person is signed out here."""

    logout_error_template = "identity/saml_refused.html"

    def do_logout_service(self, request, data, binding, *args, **kwargs):
        if "SAMLResponse" in data:
            state, client = self.get_state_client(request)
            try:
                client.parse_logout_request_response(data["SAMLResponse"], binding)
            except Exception:
                logger.warning("SAML: a logout response could not be read.", exc_info=True)
            state.sync()
            logout(request)
            return redirect(settings.LOGOUT_REDIRECT_URL)
        if "SAMLRequest" in data and djangosaml2_views._get_subject_id(request.saml_session):
            return super().do_logout_service(request, data, binding, *args, **kwargs)
        logout(request)
        return redirect(settings.LOGOUT_REDIRECT_URL)
