"""Loads the demo courses and briefings (``courses/demo/data/``, read by
``courses.demo.content``) into the page tree.

English is the source language. The French pages are made the way a trainer's French
would reach them: through wagtail-localize, as translations of the English pages' strings,
so each French page stays synchronised with its source and its status shows in the admin.
An open course (``courses.demo.content.demo_open_courses``) is translated the same way into
each learner language too.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections import defaultdict
from datetime import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image as PillowImage
from wagtail.blocks import StreamValue
from wagtail.images.models import Image
from wagtail.models import Collection, DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    SegmentOverride,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments.extract import StringSegmentValue, extract_segments

from courses.blocks import BriefingBodyBlock, LessonBodyBlock
from courses.content_cache import content_changed
from courses.demo.bilingual import in_language
from courses.demo.content import demo_site
from courses.models import (
    BriefingIndexPage,
    BriefingPage,
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
    Topic,
)


def topics_get_or_create() -> dict[str, Topic]:
    return {
        code: Topic.objects.get_or_create(code=code, defaults={"name_en": en, "name_fr": fr})[0]
        for code, en, fr in demo_site()["topics"]
    }


def _stream(body: list, stream_block=None) -> object:
    """A lesson body (``[(block type, plain value), ...]``) as a StreamValue with ids (of
    ``stream_block``, a lesson's body by default)."""
    stream_block = stream_block or LessonBodyBlock()
    value = stream_block.to_python([{"type": kind, "value": value} for kind, value in body])
    list(value)  # bind every block, so saving stores list items with their ids too
    return value


def _merge(source, translated):
    """The source's raw stream data (with its block and item ids) carrying the translated
    texts: both are parallel, so ids, keys and flags stay and only strings change."""
    if isinstance(source, dict) and "type" in source and "value" in source and "id" in source:
        return {**source, "value": _merge(source["value"], translated)}
    if isinstance(source, dict):
        # A field the data file leaves out (an optional one, saved with its default) is
        # the same in every language.
        return {
            key: _merge(value, translated[key]) if key in translated else value
            for key, value in source.items()
        }
    if isinstance(source, list):
        if len(source) != len(translated):
            raise ValueError("the translated content is not parallel to the English content")
        return [_merge(item, other) for item, other in zip(source, translated, strict=True)]
    if isinstance(source, str) and isinstance(translated, str):
        return translated
    return source


def _translated_stream(english: StreamValue, translated: list) -> list[dict]:
    """A translated stream's raw data (``translated``: ``[(block type, value), ...]`` in
    one language), with the English stream's block and item ids."""
    english_raw = list(english.raw_data)
    if [item["type"] for item in english_raw] != [kind for kind, _ in translated]:
        raise ValueError("the translated blocks are not the English blocks")
    raw = [
        {**item, "value": _merge(item["value"], value)}
        for item, (_, value) in zip(english_raw, translated, strict=True)
    ]
    return raw


def translate_instance(instance, fields: dict, locale: Locale):
    """Translate a page or snippet into ``locale`` (French, or a learner language)
    through wagtail-localize, and publish the translation when the model has drafts.

    ``fields`` are the translated values of the instance's translatable fields (or
    functions of the stored English instance that give them: streams, so they keep its
    block ids, and child rows, so they keep their keys); the instance, given those values,
    yields the translated string of every segment."""
    model = type(instance)
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translated_instance = model.objects.get(pk=instance.pk)
    english = model.objects.get(pk=instance.pk)
    for name, value in fields.items():
        setattr(translated_instance, name, value(english) if callable(value) else value)
    translated_by_path: dict[str, list[str]] = defaultdict(list)
    for segment in extract_segments(translated_instance):
        if isinstance(segment, StringSegmentValue):
            translated_by_path[segment.path].append(segment.string.data)
    po = translation.export_po()
    position: dict[str, int] = defaultdict(int)
    for entry in po:
        if entry.obsolete:
            continue
        candidates = translated_by_path.get(entry.msgctxt, [])
        index = position[entry.msgctxt]
        position[entry.msgctxt] += 1
        if index < len(candidates):
            entry.msgstr = candidates[index]
    translation.import_po(po)
    # Publish now rather than when the transaction commits (wagtail-localize's way): a
    # deferred publish of a course would save it with the child count it had before its
    # lessons were translated, and the translated lessons would not be found.
    has_drafts = isinstance(instance, (Page, DraftStateMixin))
    translation.save_target(publish=not has_drafts)
    translated = instance.get_translation(locale)
    if has_drafts:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def page_translations_load(page: Page, texts: dict, languages=("fr",)) -> None:
    """``page``'s translations into ``languages`` (language codes), each made from
    ``texts`` (a field's values by language code, by field name) if missing."""
    for language in languages:
        locale = Locale.objects.get(language_code=language)
        if page.get_translation_or_none(locale) is None:
            translate_instance(page, {name: text[language] for name, text in texts.items()}, locale)


def catalogue_get_or_create(home: HomePage) -> CourseIndexPage:
    catalogue = demo_site()["catalogue"]
    french = Locale.objects.get(language_code="fr")
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = _publish(
            home.add_child(
                instance=CourseIndexPage(
                    title=catalogue["title"]["en"],
                    slug=catalogue["slug"]["en"],
                    intro=catalogue["intro"]["en"],
                )
            )
        )
    if index.get_translation_or_none(french) is None:
        translate_instance(
            index,
            {
                "title": catalogue["title"]["fr"],
                "slug": catalogue["slug"]["fr"],
                "intro": catalogue["intro"]["fr"],
            },
            french,
        )
    return index


def course_load(
    content: dict,
    *,
    index: CourseIndexPage,
    audiences: dict,
    topics: dict,
    assessed: bool = False,
) -> tuple[CoursePage, list[LessonPage]]:
    """One demo course and its lessons, in English and French, and in the other languages
    of its ``languages`` when it has them (idempotent). An ``assessed`` course is completed
    by passing its final assessment, which ``quizzes.demo.loader.assessment_page_load``
    adds after the lessons (quiz pages belong to the quizzes app, which builds on
    courses)."""
    with transaction.atomic():
        course = CoursePage.objects.child_of(index).filter(slug=content["slug"]).first()
        if course is None:
            course = index.add_child(
                instance=CoursePage(
                    title=content["title"]["en"],
                    slug=content["slug"],
                    summary=content["summary"]["en"],
                    intro=content["intro"]["en"],
                    objectives=[("objective", text) for text in content["objectives"]["en"]],
                    estimated_minutes=content["estimated_minutes"],
                    navigation=CoursePage.NAVIGATION_SEQUENTIAL
                    if content.get("sequential")
                    else CoursePage.NAVIGATION_FREE,
                    completion_rule=CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT
                    if assessed
                    else CoursePage.COMPLETION_ALL_LESSONS,
                )
            )
            course.audiences.set([audiences[code] for code in content["audiences"]])
            course.topics.set([topics[code] for code in content["topics"]])
            course = _publish(course)
        lessons = []
        for lesson_content in content["lessons"]:
            lesson = LessonPage.objects.child_of(course).filter(slug=lesson_content["slug"]).first()
            if lesson is None:
                lesson = _publish(
                    course.add_child(
                        instance=LessonPage(
                            title=lesson_content["title"]["en"],
                            slug=lesson_content["slug"],
                            summary=lesson_content["summary"]["en"],
                            estimated_minutes=lesson_content["estimated_minutes"],
                            body=_stream(lesson_content["body_en"]),
                        )
                    )
                )
            lessons.append(lesson)
        for language in content.get("languages", ("en", "fr")):
            if language != "en":
                _course_translate(course, lessons, content, language)
    return course, lessons


def _course_translate(course: CoursePage, lessons: list, content: dict, language: str) -> None:
    """The course's and its lessons' translations into ``language``, made if missing."""
    locale = Locale.objects.get(language_code=language)
    if course.get_translation_or_none(locale) is None:
        translate_instance(
            course,
            {
                "title": content["title"][language],
                "slug": content[f"slug_{language}"],
                "summary": content["summary"][language],
                "intro": content["intro"][language],
                "objectives": lambda english: _translated_stream(
                    english.objectives,
                    [("objective", text) for text in content["objectives"][language]],
                ),
            },
            locale,
        )
    for lesson, lesson_content in zip(lessons, content["lessons"], strict=True):
        if lesson.get_translation_or_none(locale) is None:
            translate_instance(
                lesson,
                {
                    "title": lesson_content["title"][language],
                    "slug": lesson_content[f"slug_{language}"],
                    "summary": lesson_content["summary"][language],
                    "body": lambda english, body=lesson_content[f"body_{language}"]: (
                        _translated_stream(english.body, body)
                    ),
                },
                locale,
            )


def _cover_image(cover: dict, *, language: str, title: str, collection: Collection) -> Image:
    """The Wagtail image of a course cover in one language, with that language's alt text
    (its description), made from the cover's file the first time. The file is stored
    under a name of its own; a load that finds the same artwork there already (an earlier
    load into another database) uses it rather than storing another copy."""
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image
    artwork = cover["file"].read_bytes()
    image = Image(title=title, description=cover["alt"][language], collection=collection)
    name = image.get_upload_to(f"cover-{cover['file'].parent.name}-{language}.png")
    storage = image.file.storage
    stored = None
    if storage.exists(name):
        with storage.open(name) as file:
            stored = file.read()
    if stored == artwork:
        image.file = name
    else:
        image.file.save(name.rsplit("/", 1)[-1], ContentFile(artwork), save=False)
    with PillowImage.open(io.BytesIO(artwork)) as picture:
        image.width, image.height = picture.size
    image._set_image_file_metadata()
    image.save()
    return image


def course_cover_load(course: CoursePage, cover: dict | None, *, collection: Collection) -> None:
    """A demo course's cover image (``cover`` as read by ``courses.demo.content``), in
    English and in French (idempotent; a course that shows a cover already keeps it).

    Each language has its image, whose description is its alt text. The French course
    shows the French one through a wagtail-localize override of its cover image, the way
    a translator would change it in the translation editor, so synchronising the
    translation again keeps it."""
    if cover is None:
        return
    french_locale = Locale.objects.get(language_code="fr")
    french = course.get_translation(french_locale)
    titles = {"en": f"Cover: {course.title}", "fr": f"Couverture\u00a0: {french.title}"}
    if course.cover_image is not None and course.cover_image.title != titles["en"]:
        return
    images = {
        language: _cover_image(cover, language=language, title=title, collection=collection)
        for language, title in titles.items()
    }
    if course.cover_image_id is None:
        course.cover_image = images["en"]
        course = _publish(course)
    if french.cover_image_id not in (None, images["en"].pk):
        return
    source, _ = TranslationSource.update_or_create_from_instance(course)
    SegmentOverride.objects.update_or_create(
        locale=french_locale,
        context=TranslationContext.objects.get(object_id=source.object_id, path="cover_image"),
        defaults={"data_json": json.dumps(images["fr"].pk)},
    )
    Translation.objects.get(source=source, target_locale=french_locale).save_target(publish=False)
    course.get_translation(french_locale).get_latest_revision().publish()


def briefings_index_get_or_create(home: HomePage, content: dict) -> BriefingIndexPage:
    """The briefings page under the home page, in English and French (``content``: its
    title, slug and intro, as ``courses.demo.content.demo_briefings`` gives its
    ``index``)."""
    french = Locale.objects.get(language_code="fr")
    index = BriefingIndexPage.objects.child_of(home).first()
    if index is None:
        index = _publish(
            home.add_child(
                instance=BriefingIndexPage(
                    title=content["title"]["en"],
                    slug=content["slug"]["en"],
                    intro=content["intro"]["en"],
                )
            )
        )
    if index.get_translation_or_none(french) is None:
        translate_instance(
            index,
            {name: content[name]["fr"] for name in ("title", "slug", "intro")},
            french,
        )
    return index


def briefing_load(content: dict, *, index: BriefingIndexPage, sent_at: datetime) -> BriefingPage:
    """One demo briefing (as ``courses.demo.content.demo_briefings`` gives it), in English
    and French (idempotent). A briefing published by this load is dated ``sent_at`` in
    both languages (the briefings page lists them newest first, each "sent on" the day
    it was first published)."""
    french = Locale.objects.get(language_code="fr")
    with transaction.atomic():
        briefing = BriefingPage.objects.child_of(index).filter(slug=content["slug"]).first()
        if briefing is None:
            briefing = _publish(
                index.add_child(
                    instance=BriefingPage(
                        title=content["title"]["en"],
                        slug=content["slug"],
                        summary=content["summary"]["en"],
                        estimated_minutes=content["estimated_minutes"],
                        body=_stream(content["body_en"], BriefingBodyBlock()),
                        first_published_at=sent_at,
                    )
                )
            )
        if briefing.get_translation_or_none(french) is None:
            translate_instance(
                briefing,
                {
                    "title": content["title"]["fr"],
                    "slug": content["slug_fr"],
                    "summary": content["summary"]["fr"],
                    "body": lambda english: _translated_stream(english.body, content["body_fr"]),
                },
                french,
            )
        # Only pages published by this load are later than the day it sends them.
        if BriefingPage.objects.filter(
            translation_key=briefing.translation_key, first_published_at__gt=sent_at
        ).update(first_published_at=sent_at, last_published_at=sent_at):
            content_changed()
    briefing.refresh_from_db()
    return briefing


def fact_sheet_html(sheet: dict, *, language: str, course_title: str) -> str:
    """A fact sheet (as ``courses.demo.content.demo_fact_sheets`` gives it) in one
    language, as a self-contained HTML document: its language (and its direction, right to
    left in Arabic), title, headings and a table with header cells, so the PDF made from
    it is tagged and reads in order."""
    from html import escape

    from django.utils.translation import get_language_info

    def text(pair) -> str:
        return escape(in_language(pair, language))

    title = f"{text(sheet['title'])} – {escape(course_title)}"
    direction = ' dir="rtl"' if get_language_info(language)["bidi"] else ""
    parts = [
        f'<!DOCTYPE html><html lang="{_html_language(language)}"{direction}><head>'
        '<meta charset="utf-8">',
        f"<title>{title}</title><style>{FACT_SHEET_CSS}</style></head><body>",
        f"<h1>{text(sheet['title'])}</h1>",
        f'<p class="course">{escape(course_title)}. {text(sheet["for"])}.</p>',
    ]
    for fact in sheet["facts"]:
        parts.append(f"<h2>{text(fact['heading'])}</h2><p>{text(fact['text'])}</p>")
    parts.append(f"<h2>{text(sheet['law_heading'])}</h2><table><thead><tr>")
    parts.extend(f'<th scope="col">{text(cell)}</th>' for cell in sheet["law_columns"])
    parts.append("</tr></thead><tbody>")
    for row in sheet["laws"]:
        first, *rest = row
        cells = "".join(f"<td>{text(cell)}</td>" for cell in rest)
        parts.append(f'<tr><th scope="row">{text(first)}</th>{cells}</tr>')
    parts.append(f"</tbody></table><p>{text(sheet['law_note'])}</p></body></html>")
    return "".join(parts)


def _html_language(language: str) -> str:
    """A content language's tag in a fact sheet: Canadian English and French, and each
    learner language by itself (Chinese with its script's capital, zh-Hans)."""
    if language in ("en", "fr"):
        return f"{language}-CA"
    code, _, script = language.partition("-")
    return f"{code}-{script.title()}" if script else code


# The Latin font first, then those of the learner languages' scripts (Debian's
# fonts-noto-core and fonts-wqy-microhei).
FACT_SHEET_CSS = (
    "@page{size:letter;margin:1.6cm}body{font-family:'Noto Sans','Noto Sans Arabic',"
    "'Noto Sans Gurmukhi','WenQuanYi Micro Hei',sans-serif;"
    "font-size:10pt;line-height:1.35;color:#1a1a1a}h1{font-size:18pt;margin:0 0 .3em}"
    "h2{font-size:12pt;margin:.9em 0 .3em}p{margin:0 0 .4em}.course{color:#444}"
    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #777;"
    "padding:4pt 6pt;text-align:start;vertical-align:top}thead th{background:#e8e8e8}"
)


def fact_sheet_pdf(html: str) -> bytes:
    """A tagged PDF (PDF/UA-1) of a fact sheet's HTML."""
    import weasyprint

    return weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")


def _fact_sheet_document(
    sheet: dict, *, language: str, title: str, course_title: str, slug, collection
):
    """The Wagtail document of a fact sheet in one language, made the first time."""
    from wagtail.documents import get_document_model

    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is not None:
        return document
    html = fact_sheet_html(sheet, language=language, course_title=course_title)
    document = document_model(title=title, collection=collection)
    # Named after its text: a load that finds it stored already (an earlier load into
    # another database) uses that file rather than storing another copy.
    digest = hashlib.sha256(html.encode()).hexdigest()[:12]
    name = document.file.field.generate_filename(
        document, f"fact-sheet-{slug}-{language}-{digest}.pdf"
    )
    storage = document.file.storage
    if storage.exists(name):
        document.file = name
    else:
        document.file.save(name.rsplit("/", 1)[-1], ContentFile(fact_sheet_pdf(html)), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def _fact_sheet_title(language: str, course: CoursePage, translated: CoursePage) -> str:
    """A fact sheet document's title (the admin's, in English or French): in a learner
    language, the English one followed by the language's own name."""
    from django.conf import settings

    if language == "en":
        return f"Fact sheet: {course.title}"
    if language == "fr":
        return f"Fiche d’information\u00a0: {translated.title}"
    return f"Fact sheet: {course.title} ({dict(settings.LANGUAGES)[language]})"


def fact_sheet_load(
    sheet: dict, *, course: CoursePage, lesson: LessonPage, collection: Collection
) -> None:
    """A demo course's fact sheet, a PDF in English and one in French (and one in each
    other language of the sheet's ``languages``, when it has them), offered for download
    at the end of ``lesson`` through its ``document`` block (idempotent). Each translated
    lesson offers the PDF in its language through a wagtail-localize override of the
    block's document, the way a translator would change it, so synchronising the
    translation again keeps it."""
    languages = sheet.get("languages", ("en", "fr"))
    translated_courses = {
        language: course.get_translation(Locale.objects.get(language_code=language))
        for language in languages
    }
    documents = {
        language: _fact_sheet_document(
            sheet,
            language=language,
            title=_fact_sheet_title(language, course, page),
            course_title=page.title,
            slug=course.slug,
            collection=collection,
        )
        for language, page in translated_courses.items()
    }
    lesson = LessonPage.objects.get(pk=lesson.pk)
    if not any(block.block_type == "document" for block in lesson.body):
        raw = list(lesson.body.raw_data)
        raw.append(
            {
                "type": "document",
                "value": {
                    "document": documents["en"].pk,
                    "description": in_language(sheet["description"], "en"),
                },
            }
        )
        lesson.body = raw
        lesson = _publish(lesson)
    block_id = next(block.id for block in lesson.body if block.block_type == "document")
    source = None
    for language in languages:
        if language == "en":
            continue
        locale = Locale.objects.get(language_code=language)
        translated = lesson.get_translation(locale)
        if any(
            block.block_type == "document" and block.value["document"] == documents[language]
            for block in translated.body
        ):
            continue
        if source is None:
            source, _ = TranslationSource.update_or_create_from_instance(lesson)
        translation = Translation.objects.get(source=source, target_locale=locale)
        po = translation.export_po()
        for entry in po:
            if entry.msgctxt == f"body.{block_id}.description":
                entry.msgstr = in_language(sheet["description"], language)
        translation.import_po(po)
        SegmentOverride.objects.update_or_create(
            locale=locale,
            context=TranslationContext.objects.get(
                object_id=source.object_id, path=f"body.{block_id}.document"
            ),
            defaults={"data_json": json.dumps(documents[language].pk)},
        )
        translation.save_target(publish=False)
        lesson.get_translation(locale).get_latest_revision().publish()
