"""Keeping a course's two languages together.

English is the source language of course content; French pages are wagtail-localize
translations of the English pages. The rule: a course page (course, module or lesson) in
the source language is not published while its French translation is missing or out of
date, unless a reviewer approves it anyway and records why (see ``CourseReviewTask``).

- ``translation_status`` says how far the French translation is from the English page
  as it stands in its latest revision (the draft about to be published, when there is one).
- ``translation_source_sync`` brings the translation source up to date with that latest
  revision, so translators always work on the text that will be published; it runs each
  time a trainer saves a course page.
- ``translation_publish`` publishes the French page with what has been translated, right
  after its English page is published.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments.extract import StringSegmentValue, extract_segments

SOURCE_LANGUAGE = "en"
TARGET_LANGUAGE = "fr"


def is_course_content(page: Page) -> bool:
    from .models import CoursePage, LessonPage, ModulePage
    from .ports import assessments

    kind = assessments()
    course_types = (CoursePage, ModulePage, LessonPage) + ((kind.page_model,) if kind else ())
    return isinstance(page.specific, course_types)


def is_source(page: Page) -> bool:
    return page.locale.language_code == SOURCE_LANGUAGE


@dataclass
class TranslationStatus:
    """Where the French translation of a source page stands."""

    exists: bool  # a French page exists
    total: int  # strings in the source page as it now stands
    translated: int  # of those, how many have a French translation
    stale: int  # strings of the page that its translation source does not have yet
    live: bool  # the French page is published

    @property
    def missing(self) -> int:
        return self.total - self.translated + self.stale

    @property
    def ready(self) -> bool:
        """The French translation covers every string of the page as it now stands."""
        return self.exists and self.stale == 0 and self.translated == self.total

    def problems(self) -> list[str]:
        from django.utils.translation import gettext as _
        from django.utils.translation import ngettext

        if not self.exists:
            return [_("The French translation of this page has not been started.")]
        if self.ready:
            return []
        return [
            ngettext(
                "%(count)s text of this page has no French translation yet.",
                "%(count)s texts of this page have no French translation yet.",
                self.missing,
            )
            % {"count": self.missing}
        ]


def _latest(page: Page) -> Page:
    """The page as its latest revision has it (the draft, if there is one)."""
    if page.pk is not None:  # the caller's instance may predate the latest revision
        page = Page.objects.get(pk=page.pk)
    revision = page.get_latest_revision()
    return revision.as_object() if revision is not None else page.specific


def _strings(instance) -> list[tuple[str, str]]:
    return [
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def translation_status(page: Page) -> TranslationStatus:
    """How complete and current the French translation of ``page`` is."""
    french = Locale.objects.get(language_code=TARGET_LANGUAGE)
    french_page = page.get_translation_or_none(french)
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale=page.locale
    ).first()
    current = _strings(_latest(page))
    if source is None:
        return TranslationStatus(
            exists=french_page is not None,
            total=len(current),
            translated=0,
            stale=len(current),
            live=bool(french_page and french_page.live),
        )
    known = set(
        StringSegment.objects.filter(source=source).values_list("context__path", "string__data")
    )
    stale = sum(1 for item in current if item not in known)
    translation = Translation.objects.filter(source=source, target_locale=french).first()
    total, translated = translation.get_progress() if translation else (len(known), 0)
    return TranslationStatus(
        exists=french_page is not None,
        total=total,
        translated=translated,
        stale=stale,
        live=bool(french_page and french_page.live),
    )


@transaction.atomic
def translation_source_sync(page: Page) -> Translation:
    """Update the translation source from the page's latest revision, and make sure its
    French translation exists (as a draft when it is new)."""
    french = Locale.objects.get(language_code=TARGET_LANGUAGE)
    source, _ = TranslationSource.update_or_create_from_instance(_latest(page))
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=french, defaults={"enabled": True}
    )
    return translation


def translation_publish(page: Page) -> Page | None:
    """Publish the French page from the current translation of the (published) source
    page. Returns the French page, or None when there is nothing to publish."""
    french = Locale.objects.get(language_code=TARGET_LANGUAGE)
    parent = page.get_parent()
    if parent.get_translation_or_none(french) is None:
        return None  # its parent is not translated yet: nothing can be placed
    translation = translation_source_sync(page)
    translation.save_target(publish=False)
    french_page = page.get_translation(french)
    french_page.get_latest_revision().publish()
    return french_page
