"""A session as a calendar invitation (iCalendar). One UID per session and learner, and
the session's ``sequence``: a calendar that holds the invitation updates it in place when
the session moves, and removes it when the session or the booking is cancelled."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from icalendar import Calendar, Event, vCalAddress, vText


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def session_invitation(*, session, booking, title: str, url: str, language: str) -> bytes:
    """The invitation for one learner's booking: ``METHOD:REQUEST`` while they hold a
    seat, ``METHOD:CANCEL`` once the session or their booking is cancelled."""
    from .models import Booking

    cancelled = session.is_cancelled or booking.status != Booking.Status.BOOKED
    with override(language):
        calendar = Calendar()
        calendar.add("prodid", f"-//{settings.PLATFORM_NAME}//workshops//{language.upper()}")
        calendar.add("version", "2.0")
        calendar.add("method", "CANCEL" if cancelled else "REQUEST")
        event = Event()
        event.add("uid", f"workshop-session-{session.uuid}-{booking.user.uuid}@{_host()}")
        event.add("sequence", session.sequence)
        event.add("dtstamp", timezone.now())
        event.add("dtstart", session.local_start)
        event.add("dtend", session.local_end)
        event.add("summary", title)
        where = [part for part in (session.place, session.online_url) if part]
        if where:
            event.add("location", vText(" · ".join(where)))
        if session.online_url:
            event.add("url", session.online_url)
        description = [_("Workshop session: %(title)s") % {"title": title}, url]
        event.add("description", "\n".join(description))
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        organizer = vCalAddress(f"mailto:{settings.DEFAULT_FROM_EMAIL}")
        organizer.params["cn"] = vText(settings.PLATFORM_NAME)
        event.add("organizer", organizer)
        if booking.user.email:
            attendee = vCalAddress(f"mailto:{booking.user.email}")
            attendee.params["cn"] = vText(booking.user.get_full_name() or booking.user.username)
            attendee.params["role"] = vText("REQ-PARTICIPANT")
            event.add("attendee", attendee)
        calendar.add_component(event)
    return calendar.to_ical()
