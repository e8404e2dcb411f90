"""The learner's required training: the page, the calendar download and feed, and the
optional e-mail choice."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .calendar import required_training_calendar
from .models import CalendarFeed
from .selectors.learner import assignment_history_for, required_training_for
from .services import calendar_feed_for, calendar_feed_reset, optional_email_set


def _language() -> str:
    return (get_language() or "en")[:2]


@login_required
def my_required_training(request):
    profile = getattr(request.user, "learner_profile", None)
    feed = calendar_feed_for(user=request.user)
    return render(
        request,
        "training/my_required_training.html",
        {
            "lines": required_training_for(user=request.user, language=_language()),
            "history": assignment_history_for(user=request.user),
            "profile": profile,
            "feed_url": request.build_absolute_uri(
                reverse("training:calendar_feed", kwargs={"token": feed.token})
            ),
        },
    )


def _ics_response(*, user, filename: str | None) -> HttpResponse:
    language = _language()
    body = required_training_calendar(
        user=user, lines=required_training_for(user=user, language=language), language=language
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def calendar_download(request):
    return _ics_response(user=request.user, filename="required-training.ics")


def calendar_feed(request, token: str):
    """The subscription address: the secret token stands for the learner."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.is_active:
        raise Http404(
            _(
                "This calendar address is not valid. Copy the current one from your "
                "required training page."
            )
        )
    return _ics_response(user=feed.user, filename=None)


@login_required
@require_POST
def calendar_feed_renew(request):
    calendar_feed_reset(user=request.user)
    messages.success(request, _("Your calendar address has changed; the old one no longer works."))
    return redirect("training:mine")


@login_required
@require_POST
def optional_email(request):
    choice = request.POST.get("optional_email")
    if choice not in ("on", "off"):
        return render(
            request,
            "training/bad_request.html",
            {"message": _("optional_email: choose on or off.")},
            status=400,
        )
    optional_email_set(user=request.user, opted_out=choice == "off")
    messages.success(
        request,
        _("You will receive reminders before due dates.")
        if choice == "on"
        else _("You will receive only mandatory training notices."),
    )
    return redirect("training:mine")
