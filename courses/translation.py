"""Keeping a course's two languages together.

English is the source language of course content; French pages are wagtail-localize
translations of the English pages. The rule: a course page (course, module or lesson) in
the source language is not published while its French translation is missing or out of
date, unless a reviewer approves it anyway and records why (see ``CourseReviewTask``).

- ``translation_status`` says how far the French translation is from the English page
  as it stands in its latest revision (the draft about to be published, when there is one).
- ``translation_source_sync`` brings the translation source up to date with that latest
  revision, so translators always work on the text that will be published; it runs each
  time a trainer saves a course page. A text whose wording did not change keeps its
  French, even when the editor rewrote its markup (see ``editor_equivalent``).
- ``translation_publish`` publishes the French page with what has been translated, right
  after its English page is published.
- ``english_newer`` and ``french_pages_behind`` find French pages left behind when an
  English page went live without them (a reviewer's approval with a recorded reason, a
  scheduled publication): learners of the French page are told, and its translators see
  it in the admin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
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


# The rich text editor stores bold as <b> and italic as <i>. Text that reached a page some
# other way (the demo's data files, an import) may say <strong> and <em>: the first save
# from the editor rewrites them, which changes the text's markup, not its wording.
_EDITOR_TAGS = {"strong": "b", "em": "i"}
_SYNONYM_TAG = re.compile(r"<(/?)(strong|em)(?=[\s/>])", re.IGNORECASE)
# Layout spacing only: the no-break spaces of French typography are part of the text.
_LAYOUT_SPACES = re.compile(r"[ \t\r\n]+")


def _editor_tags(text: str) -> str:
    return _SYNONYM_TAG.sub(lambda tag: f"<{tag[1]}{_EDITOR_TAGS[tag[2].lower()]}", text)


def editor_equivalent(text: str) -> str:
    """A text segment as the rich text editor would write it: the same wording and the same
    emphasis read the same, whatever tag names and layout spacing the markup used."""
    return _LAYOUT_SPACES.sub(" ", _editor_tags(text)).strip()


def _keep_translations_of_rewritten_texts(source: TranslationSource, french: Locale) -> int:
    """Give each untranslated text of ``source`` the French of an earlier text at the same
    place that the editor would write the same way. wagtail-localize matches translations
    by exact text and place, so a rewrite of markup alone would otherwise send translated
    texts back to the translators. Returns how many translations were carried over."""
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    translated = set(
        StringTranslation.objects.filter(
            locale=french, context__in=[segment.context for segment in segments]
        ).values_list("translation_of_id", "context_id")
    )
    untranslated = [
        segment for segment in segments if (segment.string_id, segment.context_id) not in translated
    ]
    if not untranslated:
        return 0
    earlier = {}
    for translation in (
        StringTranslation.objects.filter(
            locale=french,
            has_error=False,
            context__in=[segment.context for segment in untranslated],
        )
        .select_related("translation_of")
        .order_by("updated_at")
    ):
        key = (translation.context_id, editor_equivalent(translation.translation_of.data))
        earlier[key] = translation  # the latest translation of an equivalent text wins
    carried = 0
    for segment in untranslated:
        match = earlier.get((segment.context_id, editor_equivalent(segment.string.data)))
        if match is None:
            continue
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=french,
            context=segment.context,
            data=_editor_tags(match.data),
            translation_type=match.translation_type,
            tool_name=match.tool_name,
            last_translated_by=match.last_translated_by,
        )
        carried += 1
    return carried


@transaction.atomic
def translation_source_sync(page: Page) -> Translation:
    """Update the translation source from the page's latest revision, and make sure its
    French translation exists (as a draft when it is new). Texts whose wording did not
    change keep their French translation."""
    french = Locale.objects.get(language_code=TARGET_LANGUAGE)
    source, _ = TranslationSource.update_or_create_from_instance(_latest(page))
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=french, defaults={"enabled": True}
    )
    _keep_translations_of_rewritten_texts(source, french)
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


# -- French pages behind their English page ------------------------------------------------
#
# Whenever the French translation of a page is complete, publishing the English page
# publishes the French one right after it (``signal_handlers``). An English page published
# later than its French page therefore went live without it: approved by a reviewer with a
# recorded reason, or published on schedule before the translation was done. The French
# page stays behind until the French is published again (from the translation editor, or
# with the next English publication once the translation is complete).


def _behind(english_pages: QuerySet) -> QuerySet:
    """The live English pages among ``english_pages`` whose French page is missing, not
    live, or older: only pages that have a French page or a French translation under way
    (English-only pages are not meant to be translated)."""
    french = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=TARGET_LANGUAGE
    )
    return (
        english_pages.live()
        .filter(locale__language_code=SOURCE_LANGUAGE, last_published_at__isnull=False)
        .annotate(
            french_exists=Exists(french),
            french_published_at=Subquery(french.filter(live=True).values("last_published_at")[:1]),
            french_started=Exists(
                Translation.objects.filter(
                    source__object_id=OuterRef("translation_key"),
                    target_locale__language_code=TARGET_LANGUAGE,
                )
            ),
        )
        .filter(Q(french_exists=True) | Q(french_started=True))
        .filter(
            Q(french_published_at__isnull=True) | Q(french_published_at__lt=F("last_published_at"))
        )
    )


def english_newer(page: Page, *, with_pages_under: bool = False) -> Page | None:
    """The live English version of the French course page ``page`` when it is newer than
    ``page``, else None. ``with_pages_under``: also when a page under it (a lesson of the
    course) is newer in English than in French."""
    if page.locale.language_code != TARGET_LANGUAGE or not is_course_content(page):
        return None
    english = page.get_translation_or_none(Locale.objects.get(language_code=SOURCE_LANGUAGE))
    if english is None or not english.live:
        return None
    pages = (
        english.get_descendants(inclusive=True)
        if with_pages_under
        else Page.objects.filter(pk=english.pk)
    )
    return english if _behind(pages).exists() else None


@dataclass
class FrenchPageBehind:
    """A course page whose English version went live without its French."""

    english: Page
    french: Page | None  # None when the French page has not been made yet
    published_at: datetime  # when the English version went live
    reason: str  # the reviewer's reason, when it was approved without its French


def _page_behind(english: Page, french_locale: Locale) -> FrenchPageBehind:
    """``english``: a page of ``_behind``'s queryset (annotated with its French's date)."""
    french = english.get_translation_or_none(french_locale)
    overrides = PageLogEntry.objects.filter(
        page=english, action="courses.bilingual_override"
    ).order_by("-timestamp")
    if english.french_published_at is not None:
        overrides = overrides.filter(timestamp__gt=english.french_published_at)
    override = overrides.first()
    return FrenchPageBehind(
        english=english.specific,
        french=french.specific if french else None,
        published_at=english.last_published_at,
        reason=override.data.get("reason", "") if override else "",
    )


def french_page_behind(page: Page) -> FrenchPageBehind | None:
    """How the French version of ``page`` (a page in either language) is behind its
    English version, or None when it is not."""
    french_locale = Locale.objects.get(language_code=TARGET_LANGUAGE)
    if not is_course_content(page):
        return None
    english = _behind(Page.objects.filter(translation_key=page.translation_key)).first()
    return _page_behind(english, french_locale) if english is not None else None


def french_pages_behind(*, user=None) -> list[FrenchPageBehind]:
    """Course pages whose English version is newer than their French one, the most recent
    first; only pages ``user`` may edit, when given."""
    french_locale = Locale.objects.get(language_code=TARGET_LANGUAGE)
    found = []
    for english in _behind(Page.objects.all()).order_by("-last_published_at"):
        if not is_course_content(english):
            continue
        item = _page_behind(english, french_locale)
        editable = item.french or item.english
        if user is not None and not editable.permissions_for_user(user).can_edit():
            continue
        found.append(item)
    return found
