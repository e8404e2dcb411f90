"""The learner's due dates and renewal dates as an iCalendar document."""

from datetime import date, timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from icalendar import Alarm, Calendar, Event

from . import rules

#: Reminders before a due date, in days: the same as the e-mail reminders.
DUE_REMINDER_DAYS = (14, 3)
#: Reminders fire at this hour (the calendar's own time zone) on their day.
REMINDER_HOUR = 9


def event_uid(*, requirement, user, cycle: int, host: str) -> str:
    """One learner's cycle of one requirement. The renewal date of a completed cycle and
    the due date of the recertification cycle that follows are the same event, so the
    event keeps its UID when the cycle changes and calendars update it in place."""
    return f"training-{requirement.uuid}-{user.uuid}-{cycle}@{host}"


def reminder_days(*, window_days: int) -> list[int]:
    """How many days before a renewal date its reminders fire: when recertification opens
    (the requirement's window), then as before a due date; largest first, no repeats."""
    days = {*DUE_REMINDER_DAYS, *([window_days] if window_days else [])}
    return sorted(days, reverse=True)


def _alarm(*, days_before: int, summary: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    # Relative to the start of an all-day event (midnight): at REMINDER_HOUR that day.
    alarm.add("trigger", timedelta(days=-days_before, hours=REMINDER_HOUR))
    return alarm


def _event(*, uid: str, day: date, summary: str, description: str, url: str, reminders) -> Event:
    event = Event()
    event.add("uid", uid)
    # Now: a calendar app takes the newest copy of an event as its update.
    event.add("dtstamp", timezone.now())
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    for days_before in reminders:
        event.add_component(_alarm(days_before=days_before, summary=summary))
    return event


def required_training_calendar(*, user, lines, language: str) -> bytes:
    """One all-day event per open requirement: on its due date while it is to be done,
    on its renewal date once completed when it recurs (nothing for training completed
    once and for good, or waived). Each event has reminders (VALARM) and a UID stable
    across cycles (see :func:`event_uid`)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.PLATFORM_NAME}//required training//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Required training"))
    calendar.add("method", "PUBLISH")
    with override(language):
        page_url = settings.SITE_URL + reverse("training:mine")
    host = settings.SITE_URL.split("//", 1)[-1].split("/", 1)[0]
    for line in lines:
        if line.status == rules.EXEMPT:
            continue
        assignment = line.assignment
        name = line.requirement.name
        titles = ", ".join(step.title for step in line.courses if step.title)
        if assignment.completed_at is None:
            day, cycle = line.due_on, assignment.cycle
            summary = _("Due: %(name)s") % {"name": name}
            description = _("Required training: %(courses)s") % {"courses": titles}
            reminders = list(DUE_REMINDER_DAYS)
        elif assignment.expires_on is not None:
            day, cycle = assignment.expires_on, assignment.cycle + 1
            summary = _("Renewal due: %(name)s") % {"name": name}
            description = _(
                "Your completion counts until this day. Take the training again to renew "
                "it: %(courses)s"
            ) % {"courses": titles}
            reminders = reminder_days(window_days=line.requirement.window_days or 0)
        else:
            continue
        calendar.add_component(
            _event(
                uid=event_uid(requirement=line.requirement, user=user, cycle=cycle, host=host),
                day=day,
                summary=summary,
                description=description,
                url=page_url,
                reminders=reminders,
            )
        )
    return calendar.to_ical()
