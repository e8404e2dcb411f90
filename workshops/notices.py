"""E-mails about a learner's booking, in the learner's language, each with the calendar
invitation when it concerns a seat. Sent once the change is committed."""

from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from .calendar import session_invitation

#: The kinds of notice that carry the invitation (a seat given, moved or taken back).
WITH_INVITATION = {"booked", "promoted", "session_changed", "session_cancelled", "cancelled"}
KINDS = {
    "awaiting_approval",
    "waitlisted",
    "booked",
    "declined",
    "cancelled",
    "promoted",
    "session_changed",
    "session_cancelled",
}


def learner_language(user) -> str:
    profile = getattr(user, "learner_profile", None)
    language = getattr(profile, "preferred_language", None) or settings.LANGUAGE_CODE
    return language if language in dict(settings.OFFICIAL_LANGUAGES) else "en"


def workshop_in(workshop, language: str):
    """The workshop page in ``language`` when it is translated, else as it is."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = workshop.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else workshop


def notify(*, booking, workshop, kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind: one of {sorted(KINDS)}")
    transaction.on_commit(partial(_send, booking.pk, workshop.pk, kind), robust=True)


def _send(booking_id: int, workshop_id: int, kind: str) -> None:
    from .models import Booking, WorkshopPage

    booking = Booking.objects.select_related("session", "user").filter(pk=booking_id).first()
    workshop = WorkshopPage.objects.filter(pk=workshop_id).first()
    if booking is None or workshop is None or not booking.user.email:
        return
    language = learner_language(booking.user)
    page = workshop_in(workshop, language)
    url = settings.SITE_URL.rstrip("/") + page.url
    with translation.override(language):
        context = {
            "booking": booking,
            "session": booking.session,
            "workshop": page,
            "url": url,
            "recipient": booking.user,
            "platform_name": settings.PLATFORM_NAME_FR
            if language == "fr"
            else settings.PLATFORM_NAME,
        }
        subject = render_to_string(f"workshops/emails/{kind}_subject.txt", context).strip()
        body = render_to_string(f"workshops/emails/{kind}.txt", context)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [booking.user.email])
    if kind in WITH_INVITATION:
        invitation = session_invitation(
            session=booking.session, booking=booking, title=page.title, url=url, language=language
        )
        method = "CANCEL" if b"METHOD:CANCEL" in invitation else "REQUEST"
        message.attach("invitation.ics", invitation, f"text/calendar; method={method}")
    message.send()
