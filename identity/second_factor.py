"""A second factor for staff who sign in with a password: who must use one, the writes
that enrol, verify and reset it, and the middleware that holds them to it.

Staff (administrators, managers, trainers) can see and change what other people's
training depends on, so a stolen password alone must not open their session. The
second factor is a TOTP app (django-otp's ``TOTPDevice``) with ten single-use recovery
codes (a ``StaticDevice``). Which roles need one is ``settings.SECOND_FACTOR_ROLES``.

People who signed in through their organisation's single sign-on are left to their
provider's own second factor: the OIDC and SAML sign-ins mark the session with
``SSO_SESSION_KEY``. Learners never meet any of this.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from organisations.audit import audit_record
from organisations.models import AuditEvent
from organisations.selectors import user_is_manager

User = get_user_model()

ADMINISTRATOR = "administrator"
MANAGER = "manager"
TRAINER = "trainer"
ROLES = (ADMINISTRATOR, MANAGER, TRAINER)

# Set by the single sign-on callbacks (e.g. "oidc:cbsa"): the provider vouched for the
# person, with its own second factor.
SSO_SESSION_KEY = "identity_sso_provider"
# The recovery codes just made, shown once on the next page and then forgotten.
NEW_CODES_SESSION_KEY = "identity_second_factor_new_codes"

RECOVERY_CODE_COUNT = 10
TOTP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"

# Addresses a person with a password session reaches before their second factor:
# machine interfaces a learner's pages and content call (the LRS, package content and
# run-time, the offline outbox), files, and the sign-in and sign-out pages.
EXEMPT_PATH_PREFIXES = (
    "/static/",
    "/media/",
    "/xapi/",
    "/packages/content/",
    "/packages/cmi5/",
    "/offline/session/",
    "/sw.js",
    "/manifest.webmanifest",
    "/healthz",
    "/readyz",
    "/metrics",
    "/.well-known/",
    "/sso/",
    "/admin/login/",
    "/admin/logout/",
)
EXEMPT_URL_NAMES = frozenset({"login", "logout"})


# -- policy ----------------------------------------------------------------------------


def user_staff_roles(*, user) -> set[str]:
    """The staff roles a person holds: administrator (a superuser), manager (a manager
    scope over some unit), trainer (anyone else the Wagtail admin lets in: authors,
    reviewers, translators)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    roles = set()
    if user.is_superuser:
        roles.add(ADMINISTRATOR)
    if user_is_manager(user=user):
        roles.add(MANAGER)
    if not user.is_superuser and user.has_perm("wagtailadmin.access_admin"):
        roles.add(TRAINER)
    return roles


def required_roles() -> set[str]:
    """The roles ``SECOND_FACTOR_ROLES`` names (unknown words are ignored)."""
    return {role for role in getattr(settings, "SECOND_FACTOR_ROLES", ()) if role in ROLES}


def second_factor_required(*, user) -> bool:
    """Whether this person must use a second factor when they sign in with a password."""
    roles = required_roles()
    return bool(roles) and bool(user_staff_roles(user=user) & roles)


def session_signed_in_with_sso(request) -> bool:
    return bool(request.session.get(SSO_SESSION_KEY))


def session_needs_second_factor(request) -> bool:
    """Whether the signed-in person of this request still owes a second factor: a
    password session of a role that needs one, not yet verified with a device."""
    if not required_roles():
        return False
    user = request.user
    if not user.is_authenticated:
        return False
    if session_signed_in_with_sso(request) or user.is_verified():
        return False
    return second_factor_required(user=user)


def session_owes_second_factor(*, user, session) -> bool:
    """The same question where no request went through the middleware (a websocket's
    scope: its ``user`` and ``session``), for consumers that serve staff."""
    if not required_roles() or user is None or not user.is_authenticated:
        return False
    if session.get(SSO_SESSION_KEY):
        return False
    persistent_id = session.get(DEVICE_ID_SESSION_KEY)
    device = Device.from_persistent_id(persistent_id) if persistent_id else None
    if device is not None and device.user_id == user.pk and device.confirmed:
        return False
    return second_factor_required(user=user)


# -- reads -----------------------------------------------------------------------------


def staff_users():
    """Everyone who holds a staff role, by name: superusers, managers, and people the
    Wagtail admin lets in (through a group or on their own)."""
    permission = Permission.objects.filter(
        codename="access_admin", content_type__app_label="wagtailadmin"
    ).first()
    who = Q(is_superuser=True) | Q(manager_scopes__isnull=False)
    if permission is not None:
        who |= Q(groups__permissions=permission) | Q(user_permissions=permission)
    return (
        User.objects.filter(who, is_active=True)
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


def totp_device_for(*, user, confirmed: bool = True) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).order_by("pk").first()


def recovery_device_for(*, user) -> StaticDevice | None:
    return StaticDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def recovery_codes_left(*, user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def totp_secret_text(device: TOTPDevice) -> str:
    """The key as an authenticator app asks for it typed in: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))


def normalised_code(code: str) -> str:
    """What the person typed, without the spaces and dashes people add to read codes."""
    return "".join(code.split()).replace("-", "").lower()


def is_totp_shaped(code: str) -> bool:
    return code.isdigit() and len(code) == 6


def safe_next_url(request, candidate: str | None) -> str:
    """``candidate`` when it is an address on this site, else the site's home."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return "/"


# -- writes ----------------------------------------------------------------------------


def totp_enrolment_start(*, user) -> TOTPDevice:
    """The unconfirmed authenticator being set up, made on first need: reloading the
    set-up page keeps the same secret, so an app that already scanned it stays right."""
    device = totp_device_for(user=user, confirmed=False)
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


@dataclass(frozen=True)
class VerifyOutcome:
    """A code checked: the device that accepted it, or why none did."""

    device: TOTPDevice | StaticDevice | None = None
    locked_until: datetime | None = None

    @property
    def accepted(self) -> bool:
        return self.device is not None


def _verify_with(device, code: str) -> VerifyOutcome:
    """One device's check, under its row lock so two quick tries count as two."""
    with transaction.atomic():
        device = type(device).objects.select_for_update().get(pk=device.pk)
        allowed, detail = device.verify_is_allowed()
        if not allowed:
            return VerifyOutcome(locked_until=(detail or {}).get("locked_until"))
        if device.verify_token(code):
            return VerifyOutcome(device=device)
        return VerifyOutcome()


def totp_enrolment_confirm(*, request, device: TOTPDevice, code: str) -> tuple[VerifyOutcome, list]:
    """Confirm the authenticator with a code it shows, and hand out recovery codes.

    On success the device is confirmed (any earlier one is replaced), the session is
    verified with it, ten fresh recovery codes are made, and the change is audited.
    Returns the outcome and the new codes (empty when the code was refused)."""
    outcome = _verify_with(device, normalised_code(code))
    if not outcome.accepted:
        return outcome, []
    user = request.user
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        TOTPDevice.objects.filter(pk=device.pk).update(confirmed=True)
        device.refresh_from_db()
        codes = _recovery_codes_replace(user=user)
    _session_verified(request, device)
    audit_record(
        AuditEvent.Action.SECOND_FACTOR_CHANGED,
        request=request,
        target=user,
        detail={"change": "enrolled"},
    )
    return outcome, codes


def second_factor_verify(*, request, code: str) -> VerifyOutcome:
    """Check a code from the person's authenticator, or one of their recovery codes
    (used up by the check), and verify the session with the device that accepted it.

    Six digits are an authenticator code; anything else is a recovery code. Each device
    throttles its own wrong tries (django-otp: 1, 2, 4 … seconds between them)."""
    user = request.user
    code = normalised_code(code)
    if is_totp_shaped(code):
        device = totp_device_for(user=user)
    else:
        device = recovery_device_for(user=user)
    if device is None or not code:
        return VerifyOutcome()
    outcome = _verify_with(device, code)
    if outcome.accepted:
        _session_verified(request, outcome.device)
    return outcome


def recovery_codes_regenerate(*, request) -> list[str]:
    """Ten new recovery codes for the signed-in person; the old ones stop working."""
    with transaction.atomic():
        codes = _recovery_codes_replace(user=request.user)
    audit_record(
        AuditEvent.Action.SECOND_FACTOR_CHANGED,
        request=request,
        target=request.user,
        detail={"change": "recovery codes renewed"},
    )
    return codes


def second_factor_reset(*, request, user) -> None:
    """Remove a person's authenticator and recovery codes. Their own reset leads them
    to set up a new one; an administrator's reset of someone else's makes that person
    set one up at their next sign-in. Audited either way."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
    own = request.user.pk == user.pk
    if own:
        request.session.pop(DEVICE_ID_SESSION_KEY, None)
        request.user.otp_device = None
    audit_record(
        AuditEvent.Action.SECOND_FACTOR_CHANGED,
        request=request,
        target=user,
        detail={"change": "reset" if own else "reset by an administrator"},
    )


def _recovery_codes_replace(*, user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = []
    while len(codes) < RECOVERY_CODE_COUNT:
        code = StaticToken.random_token()
        if code not in codes:
            codes.append(code)
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def _session_verified(request, device) -> None:
    # A new session key for the raised trust, as for a sign-in.
    request.session.cycle_key()
    otp_login(request, device)


def recovery_codes_remember(request, codes: list[str]) -> None:
    request.session[NEW_CODES_SESSION_KEY] = codes


def recovery_codes_recall(request) -> list[str]:
    """The codes just made, once: a reload shows them no more."""
    return request.session.pop(NEW_CODES_SESSION_KEY, [])


def throttle_wait_seconds(locked_until: datetime | None) -> int:
    if locked_until is None:
        return 0
    return max(1, int((locked_until - timezone.now()).total_seconds() + 0.999))


# -- middleware ------------------------------------------------------------------------


class SecondFactorMiddleware:
    """Sends a staff member whose password session still owes its second factor to the
    code page (or to set one up), from every page but the second factor's own, sign-in
    and sign-out, and the machine interfaces learners' pages use.

    After ``django_otp.middleware.OTPMiddleware``, which tells whether the session was
    verified. Works on the resolved view, so the second factor's views mark themselves
    with ``second_factor_exempt``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "second_factor_exempt", False):
            return None
        if request.path_info.startswith(EXEMPT_PATH_PREFIXES):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in EXEMPT_URL_NAMES:
            return None
        if not session_needs_second_factor(request):
            return None
        name = (
            "second_factor_verify" if totp_device_for(user=request.user) else "second_factor_enrol"
        )
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse(name)}?{query}")


def second_factor_exempt(view):
    """Mark a view as reachable before the second factor (its own pages)."""
    view.second_factor_exempt = True
    return view
