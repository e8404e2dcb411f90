"""Managers decide their learners' requests for seats in workshops that need approval:
the requests awaiting them, and approving or declining one. Anyone who manages no unit
is refused (403); a request of a learner outside the manager's units does not exist
for them (404)."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from organisations.selectors import manager_scope_roots

from .models import Booking, WorkshopPage
from .selectors import request_in_scope, requests_awaiting
from .services import BookingRefused, booking_decide

DECISIONS = {"approve": True, "decline": False}


@dataclass
class RequestRow:
    booking: Booking
    workshop: WorkshopPage | None

    @property
    def learner_name(self) -> str:
        user = self.booking.user
        return user.get_full_name() or user.username

    @property
    def unit(self) -> str:
        profile = getattr(self.booking.user, "learner_profile", None)
        return profile.org_unit.name if profile is not None else ""


def _manager(request):
    if not manager_scope_roots(user=request.user):
        raise PermissionDenied
    return request.user


def _workshops(keys) -> dict:
    """The workshop pages of these keys, in the reader's language when translated."""
    language = (get_language() or "en")[:2]
    pages: dict = {}
    for page in WorkshopPage.objects.filter(translation_key__in=set(keys)).select_related("locale"):
        if page.translation_key not in pages or page.locale.language_code == language:
            pages[page.translation_key] = page
    return pages


def _rows(bookings) -> list[RequestRow]:
    pages = _workshops(booking.session.workshop_key for booking in bookings)
    return [
        RequestRow(booking=booking, workshop=pages.get(booking.session.workshop_key))
        for booking in bookings
    ]


def _page(request, manager, *, error: str = "", status: int = 200):
    bookings = requests_awaiting(manager=manager)
    return render(
        request,
        "workshops/approvals.html",
        {"rows": _rows(bookings), "error": error},
        status=status,
    )


@login_required
@require_GET
def approvals(request):
    """The requests for seats awaiting the manager's decision, oldest first."""
    return _page(request, _manager(request))


@login_required
@require_POST
def approval_decide(request, booking_id: int):
    """POST ``decision=approve`` or ``decision=decline`` for one request."""
    manager = _manager(request)
    booking = request_in_scope(manager=manager, booking_id=booking_id)
    if booking is None:
        raise Http404
    name = RequestRow(booking=booking, workshop=None).learner_name
    decision = request.POST.get("decision", "")
    if decision not in DECISIONS:
        return _page(
            request,
            manager,
            error=_("Choose to approve or to decline the request of %(name)s.") % {"name": name},
            status=400,
        )
    workshop = _workshops([booking.session.workshop_key]).get(booking.session.workshop_key)
    if workshop is None:
        raise Http404
    try:
        booking = booking_decide(
            booking=booking, workshop=workshop, manager=manager, approve=DECISIONS[decision]
        )
    except BookingRefused:
        booking.refresh_from_db()
        return _page(
            request,
            manager,
            error=_("The request of %(name)s was already decided (%(status)s).")
            % {"name": name, "status": booking.get_status_display()},
            status=409,
        )
    if booking.status == Booking.Status.BOOKED:
        message = _("%(name)s has a seat.")
    elif booking.status == Booking.Status.WAITLISTED:
        message = _("%(name)s is approved: the session is full, so they are on the waiting list.")
    else:
        message = _("The request of %(name)s is declined.")
    messages.success(request, message % {"name": name})
    return redirect("workshops:approvals")
