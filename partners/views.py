"""Pages of the partners app: signing up, confirming, deciding, inviting.

Thin: each parses the request, calls one service or selector and renders. Pages for
managers answer 403 to anyone who manages no unit and 404 for a registration outside
the reader's scope, as the dashboards do."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from organisations.audit import client_address

from . import limits, selectors, services
from .forms import DecisionForm, InvitationAcceptForm, InvitationForm, RegistrationForm
from .links import LinkRefused


def _language() -> str:
    return (get_language() or "en")[:2]


def _link_refused(request, refusal: LinkRefused, *, kind: str):
    """The page for a link that cannot be used: what happened and what to do."""
    status = 400 if refusal.reason == "invalid" else 410
    return render(
        request,
        "partners/link_refused.html",
        {"reason": refusal.reason, "kind": kind},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def register(request):
    if request.user.is_authenticated:
        return redirect("my_learning")
    if request.method == "POST":
        if not limits.registration_allowed(address=client_address(request)):
            return render(request, "partners/too_many.html", status=429)
        form = RegistrationForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            if limits.message_allowed(email=data["email"]):
                services.registration_start(
                    email=data["email"],
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    password=data["password"],
                    preferred_language=data["preferred_language"],
                    org_unit=data["org_unit"],
                    organisation_name=data["organisation"],
                )
            return redirect("partners:register_sent")
    else:
        form = RegistrationForm(initial={"preferred_language": _language()})
    return render(
        request,
        "partners/register.html",
        {"form": form, "organisations": selectors.partner_organisations_open()},
    )


def register_sent(request):
    return render(request, "partners/register_sent.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The link of the confirmation e-mail. A GET only shows a button: mail scanners
    open links, and opening must not be what makes the account."""
    try:
        services.registration_to_confirm(token=token)
    except LinkRefused as refusal:
        return _link_refused(request, refusal, kind="confirmation")
    if request.method == "GET":
        return render(request, "partners/confirm.html")
    try:
        registration = services.registration_confirm(token=token)
    except LinkRefused as refusal:
        return _link_refused(request, refusal, kind="confirmation")
    return render(request, "partners/confirmed.html", {"registration": registration})


def _manager(request):
    if not selectors.may_manage_partners(user=request.user):
        raise PermissionDenied
    return request.user


@login_required
def registrations(request):
    user = _manager(request)
    return render(
        request,
        "partners/registrations.html",
        {"registrations": selectors.registrations_awaiting(user=user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def registration_decide(request, registration_uuid):
    user = _manager(request)
    registration = selectors.registration_to_decide(user=user, registration_uuid=registration_uuid)
    if registration is None:
        raise Http404
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        approve = form.cleaned_data["decision"] == "approve"
        try:
            services.registration_decide(
                registration=registration,
                approve=approve,
                reason=form.cleaned_data["reason"],
                actor=user,
                request=request,
            )
        except services.DecisionRefused:
            raise Http404 from None
        if approve:
            message = _("%(name)s is approved.") % {"name": registration.full_name}
        else:
            message = _("%(name)s is refused.") % {"name": registration.full_name}
        messages.success(request, message)
        return redirect("partners:registrations")
    return render(
        request,
        "partners/registration_decide.html",
        {
            "registration": registration,
            "form": form,
            "new_organisation": selectors.organisation_is_pending(org_unit=registration.org_unit),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def invitation_new(request):
    user = _manager(request)
    form = InvitationForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.invitation_create(
            email=data["email"],
            org_unit=data["org_unit"],
            audiences=data["audiences"],
            days=data["days"],
            actor=user,
            language=_language(),
        )
        messages.success(
            request, _("The invitation is sent to %(email)s.") % {"email": data["email"]}
        )
        return redirect("partners:invitation_new")
    return render(
        request,
        "partners/invitation_new.html",
        {"form": form, "invitations": selectors.invitations_sent(user=user)},
    )


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    try:
        found = services.invitation_for_token(token=token)
    except LinkRefused as refusal:
        return _link_refused(request, refusal, kind="invitation")
    if request.user.is_authenticated:
        return redirect("my_learning")
    form = InvitationAcceptForm(
        request.POST or None, email=found.email, initial={"preferred_language": _language()}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.invitation_accept(
                token=token,
                first_name=data["first_name"],
                last_name=data["last_name"],
                password=data["password"],
                preferred_language=data["preferred_language"],
                request=request,
            )
        except LinkRefused as refusal:
            return _link_refused(request, refusal, kind="invitation")
        messages.success(
            request, _("Your account is ready. Sign in with your e-mail and password.")
        )
        return redirect("login")
    return render(request, "partners/invitation.html", {"invitation": found, "form": form})
