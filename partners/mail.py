"""The e-mails partners and the people deciding about them receive.

Each message is written in full in each language (``templates/partners/emails/<lang>/``),
as the training reminders are; invitations, sent before anyone knows the invitee's
language, carry both languages in one message."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def absolute_url(name: str, *, language: str, kwargs=None) -> str:
    """The site's full address of a named page, in ``language``'s words."""
    with translation.override(language):
        return settings.SITE_URL + reverse(name, kwargs=kwargs)


def send_partner_mail(*, to: str, kind: str, language: str, context: dict) -> None:
    """Render ``kind``'s subject and body in ``language`` and send them to one address."""
    language = language if language in dict(settings.OFFICIAL_LANGUAGES) else "en"
    with translation.override(language):
        context = {
            **context,
            "site_url": settings.SITE_URL,
            "platform_name": settings.PLATFORM_NAME_FR
            if language == "fr"
            else settings.PLATFORM_NAME,
        }
        subject = render_to_string(f"partners/emails/{language}/{kind}_subject.txt", context)
        body = render_to_string(f"partners/emails/{language}/{kind}.txt", context)
    send_mail(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, [to])
