"""The second factor's pages: set up an authenticator, enter a code, keep the recovery
codes, manage one's own, and an administrator's reset of someone else's.

The policy and the writes are in :mod:`identity.second_factor`; these views parse,
call one of them, and render."""

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from . import second_factor as policy

User = get_user_model()


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        error_messages={"required": _("Enter the code.")},
    )


def _staff_only(request):
    """The second factor's pages exist for staff only: to a learner they are not there."""
    if not policy.user_staff_roles(user=request.user):
        raise Http404


def _with_next(name: str, next_url: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def _refusal(form: CodeForm, outcome: policy.VerifyOutcome, *, wrong: str) -> None:
    """Name what went wrong on the code field: a wrong code, or the wait before the next."""
    if outcome.locked_until is not None:
        seconds = policy.throttle_wait_seconds(outcome.locked_until)
        form.add_error(
            "code",
            ngettext(
                "Too many wrong codes. Wait %(seconds)d second, then try again.",
                "Too many wrong codes. Wait %(seconds)d seconds, then try again.",
                seconds,
            )
            % {"seconds": seconds},
        )
    else:
        form.add_error("code", wrong)


@policy.second_factor_exempt
@login_required
@require_http_methods(["GET", "POST"])
def second_factor_enrol(request):
    """Set up an authenticator app: its QR code and secret, then a code it shows."""
    _staff_only(request)
    next_url = policy.safe_next_url(request, request.POST.get("next") or request.GET.get("next"))
    if policy.totp_device_for(user=request.user) is not None:
        # Someone with an authenticator proves it; only their own verified reset (the
        # account page) lets them set up another.
        return redirect(_with_next("second_factor_verify", next_url))
    device = policy.totp_enrolment_start(user=request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome, codes = policy.totp_enrolment_confirm(
            request=request, device=device, code=form.cleaned_data["code"]
        )
        if outcome.accepted:
            policy.recovery_codes_remember(request, codes)
            return redirect(_with_next("second_factor_recovery_codes", next_url))
        _refusal(
            form,
            outcome,
            wrong=_(
                "That code does not match. Enter the six digits your app shows now for "
                "this account."
            ),
        )
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "next": next_url,
        "qr_code": qr.svg_data_uri(scale=5, border=4),
        "secret": policy.totp_secret_text(device),
    }
    return render(request, "identity/second_factor_enrol.html", context)


@policy.second_factor_exempt
@login_required
@require_http_methods(["GET", "POST"])
def second_factor_verify(request):
    """Ask for a code from the authenticator, or a recovery code."""
    next_url = policy.safe_next_url(request, request.POST.get("next") or request.GET.get("next"))
    if policy.totp_device_for(user=request.user) is None:
        _staff_only(request)
        return redirect(_with_next("second_factor_enrol", next_url))
    if request.user.is_verified():
        return redirect(next_url)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = policy.second_factor_verify(request=request, code=form.cleaned_data["code"])
        if outcome.accepted:
            return redirect(next_url)
        _refusal(
            form,
            outcome,
            wrong=_(
                "That code does not match. Enter the six digits your app shows now, or "
                "one of your recovery codes that you have not used yet."
            ),
        )
    return render(request, "identity/second_factor_verify.html", {"form": form, "next": next_url})


@login_required
@require_http_methods(["GET"])
def second_factor_recovery_codes(request):
    """The recovery codes just made, shown this once."""
    _staff_only(request)
    context = {
        "codes": policy.recovery_codes_recall(request),
        "next": policy.safe_next_url(request, request.GET.get("next")),
    }
    return render(request, "identity/second_factor_recovery_codes.html", context)


def _verified_owner(request):
    """Changes to one's own second factor need the second factor first, even where the
    policy does not ask for it: a password alone must not replace it."""
    if policy.totp_device_for(user=request.user) and not request.user.is_verified():
        return redirect(_with_next("second_factor_verify", request.get_full_path()))
    return None


@login_required
@require_http_methods(["GET", "POST"])
def second_factor_account(request):
    """One's own second factor: whether it is set up, how many recovery codes are left;
    new recovery codes, or a new authenticator."""
    _staff_only(request)
    refusal = _verified_owner(request)
    if refusal is not None:
        return refusal
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "recovery-codes":
            policy.recovery_codes_remember(
                request, policy.recovery_codes_regenerate(request=request)
            )
            return redirect(
                _with_next("second_factor_recovery_codes", reverse("second_factor_account"))
            )
        if action == "reset":
            policy.second_factor_reset(request=request, user=request.user)
            return redirect(_with_next("second_factor_enrol", reverse("second_factor_account")))
        return render(request, "identity/second_factor_account.html", _account(request), status=400)
    return render(request, "identity/second_factor_account.html", _account(request))


def _account(request) -> dict:
    return {
        "device": policy.totp_device_for(user=request.user),
        "codes_left": policy.recovery_codes_left(user=request.user),
        "signed_in_with_sso": policy.session_signed_in_with_sso(request),
        "required": policy.second_factor_required(user=request.user),
    }


def _administrator_only(request):
    if not request.user.is_superuser:
        raise PermissionDenied


@login_required
@require_http_methods(["GET"])
def second_factor_people(request):
    """Staff and their second factor, for an administrator to reset one that was lost."""
    _administrator_only(request)
    people = [
        {
            "user": person,
            "roles": sorted(policy.user_staff_roles(user=person)),
            "device": policy.totp_device_for(user=person),
        }
        for person in policy.staff_users()
    ]
    return render(request, "identity/second_factor_people.html", {"people": people})


@login_required
@require_POST
def second_factor_reset_for(request, user_id: int):
    """An administrator removes someone's second factor (a lost phone): they set up a
    new one at their next sign-in."""
    _administrator_only(request)
    person = get_object_or_404(User, pk=user_id)
    policy.second_factor_reset(request=request, user=person)
    messages.success(
        request,
        _("The second factor of %(name)s was reset. They set up a new one when they next sign in.")
        % {"name": person.get_full_name() or person.get_username()},
    )
    return redirect("second_factor_people")
