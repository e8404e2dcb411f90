"""Telling translators that a French page fell behind its English version.

When an English course page goes live and its French page does not follow (a reviewer
approved it without its French, or it was published on schedule before the translation
was done), the people who translate it get one e-mail for that publication, in their own
language: which page, what is left to translate and the address of the French page's
editor. The admin's dashboard and the French page's editor say the same (see
``wagtail_hooks``); the e-mail reaches translators who are not looking at the admin.
Each e-mail sent is recorded (``TranslatorNotice``): a person is told of a publication
once, and the dashboard says when the translators were told.

Who translates a page: the members of a "Translators" group when the site has one;
otherwise the people who translated its texts (wagtail-localize records who last
translated each text) or saved its French page. Only active people with an e-mail
address who may edit the page are written to.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, TranslationSource

from common.tasks import retrying_task

from .translation import TARGET_LANGUAGE, FrenchPageBehind, french_page_behind, translation_status

logger = logging.getLogger(__name__)

TRANSLATORS_GROUP = "Translators"

#: How many of the French page's latest revisions name its translators, when the site has
#: no "Translators" group.
RECENT_REVISIONS = 5


@dataclass
class TranslatorNoticeSummary:
    """The translators told of a page's publication: when the last was, and who."""

    sent_at: datetime
    recipients: list[str]


def _may_edit(user, page: Page) -> bool:
    return page.permissions_for_user(user).can_edit()


def translators_of(*, behind: FrenchPageBehind) -> list:
    """The people to tell that the French of ``behind.english`` is behind (see the
    module's docstring), in a stable order."""
    from django.contrib.auth.models import Group

    User = get_user_model()
    page = behind.french or behind.english
    group = Group.objects.filter(name=TRANSLATORS_GROUP).first()
    if group is not None:
        candidates = User.objects.filter(groups=group)
    else:
        ids = set()
        source = TranslationSource.objects.filter(
            object_id=behind.english.translation_key, locale=behind.english.locale
        ).first()
        if source is not None:
            ids |= set(
                StringTranslation.objects.filter(
                    locale__language_code=TARGET_LANGUAGE,
                    translation_of__segments__source=source,
                    last_translated_by__isnull=False,
                ).values_list("last_translated_by", flat=True)
            )
        if behind.french is not None:
            ids |= {
                user_id
                for user_id in Revision.page_revisions.filter(
                    object_id=str(behind.french.pk), user__isnull=False
                )
                .order_by("-created_at")
                .values_list("user_id", flat=True)[:RECENT_REVISIONS]
            }
        candidates = User.objects.filter(pk__in=ids)
    people = candidates.filter(is_active=True).exclude(email="").order_by("pk").distinct()
    return [person for person in people if _may_edit(person, page)]


def _language(user) -> str:
    """The language the person reads the admin in, else the one they learn in, else the
    site's."""
    from wagtail.users.models import UserProfile

    languages = dict(settings.OFFICIAL_LANGUAGES)
    profile = UserProfile.objects.filter(user=user).first()
    if profile is not None and profile.preferred_language in languages:
        return profile.preferred_language
    learner = getattr(user, "learner_profile", None)
    if learner is not None and learner.preferred_language in languages:
        return learner.preferred_language
    return settings.LANGUAGE_CODE


def _time_zone(user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.objects.filter(user=user).first()
    name = profile.get_current_time_zone() if profile is not None else settings.TIME_ZONE
    return ZoneInfo(name or settings.TIME_ZONE)


def _course_of(page: Page) -> Page | None:
    from .models import CoursePage

    course = page.get_ancestors(inclusive=True).type(CoursePage).last()
    return course.specific if course is not None else None


def french_behind_email(*, behind: FrenchPageBehind, recipient) -> EmailMessage:
    """The e-mail telling ``recipient`` that the French of ``behind.english`` is behind."""
    page = behind.french or behind.english
    language = _language(recipient)
    status = translation_status(behind.english)
    context = {
        "recipient": recipient,
        "english": behind.english,
        "french": behind.french,
        "course": _course_of(behind.english),
        "reason": behind.reason,
        "missing": status.missing,
        "edit_url": settings.WAGTAILADMIN_BASE_URL
        + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "platform_name": settings.PLATFORM_NAME_FR if language == "fr" else settings.PLATFORM_NAME,
    }
    with translation.override(language), timezone.override(_time_zone(recipient)):
        context["published_at"] = timezone.localtime(behind.published_at)
        subject = render_to_string(
            f"courses/emails/{language}/french_behind_subject.txt", context
        ).strip()
        body = render_to_string(f"courses/emails/{language}/french_behind.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient.email])


def translators_notify(*, page: Page, revision_id: int | None = None) -> int:
    """Tell the translators of ``page`` (an English course page just published) when its
    French page is now behind: one e-mail per person and publication (``revision_id``, the
    revision that went live; the page's live one when not given), recorded as a
    :class:`~courses.models.TranslatorNotice`. A person already told of that publication
    is not told again. Returns how many were sent."""
    from .models import TranslatorNotice

    behind = french_page_behind(page)
    revision_id = revision_id or page.live_revision_id
    if behind is None or revision_id is None:
        return 0
    sent = 0
    for recipient in translators_of(behind=behind):
        # Claimed before sending: a run that comes second (a retried task, the same
        # publication signalled twice, even at the same moment) finds the row and stops.
        notice, created = TranslatorNotice.objects.get_or_create(
            page=page,
            revision_id=revision_id,
            email=recipient.email,
            defaults={"recipient": recipient, "language": _language(recipient)},
        )
        if not created:
            continue
        try:
            french_behind_email(behind=behind, recipient=recipient).send()
        except Exception:
            notice.delete()  # so that a retry tells this person
            raise
        notice.sent_at = timezone.now()
        notice.save(update_fields=["sent_at"])
        sent += 1
    return sent


def translator_notices_latest(*, pages: list[Page]) -> dict[int, TranslatorNoticeSummary]:
    """For each of ``pages`` (English pages) whose translators were told of its current
    live revision: when, and who; by page id."""
    from .models import TranslatorNotice

    live = {page.pk: page.live_revision_id for page in pages}
    notices = (
        TranslatorNotice.objects.filter(page_id__in=live, sent_at__isnull=False)
        .select_related("recipient")
        .order_by("sent_at", "pk")
    )
    found: dict[int, TranslatorNoticeSummary] = {}
    for notice in notices:
        if notice.revision_id != live[notice.page_id]:
            continue
        summary = found.setdefault(
            notice.page_id, TranslatorNoticeSummary(sent_at=notice.sent_at, recipients=[])
        )
        summary.sent_at = notice.sent_at  # the latest, in this order
        name = notice.recipient.get_full_name() if notice.recipient else ""
        summary.recipients.append(name or notice.email)
    return found


@retrying_task()
def notify_translators(page_id: int, revision_id: int | None = None) -> int:
    """The background side of :func:`translators_notify`, enqueued once the publication
    is committed (the French page is published, or not, in the same step)."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    return translators_notify(page=page.specific, revision_id=revision_id)


def translators_notify_after_commit(*, page: Page, revision: Revision | None = None) -> None:
    """Enqueue :func:`notify_translators` for ``page`` (and the ``revision`` that went
    live) once the current transaction commits; a failure to enqueue is logged, never
    raised into the publication."""
    revision_id = revision.pk if revision is not None else page.live_revision_id

    def enqueue():
        try:
            notify_translators.enqueue(page_id=page.pk, revision_id=revision_id)
        except Exception:
            logger.exception("courses: the translators of page %s could not be told", page.pk)

    transaction.on_commit(enqueue, robust=True)
