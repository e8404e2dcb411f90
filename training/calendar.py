"""The learner's due dates as an iCalendar document."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from . import rules


def required_training_calendar(*, user, lines, language: str) -> bytes:
    """One all-day event per open requirement not yet completed or waived, on its due
    date. UIDs are stable, so a calendar app updates events rather than duplicating them."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.PLATFORM_NAME}//required training//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Required training"))
    calendar.add("method", "PUBLISH")
    from django.urls import reverse
    from django.utils.translation import override

    with override(language):
        page_path = reverse("training:mine")
    host = settings.SITE_URL.split("//", 1)[-1].split("/", 1)[0]
    for line in lines:
        if line.status in (rules.COMPLETED, rules.EXEMPT):
            continue
        event = Event()
        event.add("uid", f"training-{line.assignment.pk}@{host}")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", line.due_on)
        event.add("dtend", line.due_on + timedelta(days=1))
        event.add("summary", _("Due: %(name)s") % {"name": line.requirement.name})
        titles = ", ".join(step.title for step in line.courses if step.title)
        event.add("description", _("Required training: %(courses)s") % {"courses": titles})
        event.add("url", settings.SITE_URL + page_path)
        calendar.add_component(event)
    return calendar.to_ical()
