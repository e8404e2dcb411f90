"""Loads the demo courses (``courses/demo/data/``, read by ``courses.demo.content``) into
the page tree.

English is the source language. The French pages are made the way a trainer's French
would reach them: through wagtail-localize, as translations of the English pages' strings,
so each French page stays synchronised with its source and its status shows in the admin.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict

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

from courses.blocks import LessonBodyBlock
from courses.demo.content import demo_site
from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage, Topic


def topics_get_or_create() -> dict[str, Topic]:
    return {
        code: Topic.objects.get_or_create(code=code, defaults={"name_en": en, "name_fr": fr})[0]
        for code, en, fr in demo_site()["topics"]
    }


def _stream(body: list) -> object:
    """A lesson body (``[(block type, plain value), ...]``) as a StreamValue with ids."""
    value = LessonBodyBlock().to_python([{"type": kind, "value": value} for kind, value in body])
    list(value)  # bind every block, so saving stores list items with their ids too
    return value


def _merge(source, french):
    """The source's raw stream data (with its block and item ids) carrying the French
    texts: both are parallel, so ids, keys and flags stay and only strings change."""
    if isinstance(source, dict) and "type" in source and "value" in source and "id" in source:
        return {**source, "value": _merge(source["value"], french)}
    if isinstance(source, dict):
        # A field the data file leaves out (an optional one, saved with its default) is
        # the same in both languages.
        return {
            key: _merge(value, french[key]) if key in french else value
            for key, value in source.items()
        }
    if isinstance(source, list):
        if len(source) != len(french):
            raise ValueError("the French content is not parallel to the English content")
        return [_merge(item, other) for item, other in zip(source, french, strict=True)]
    if isinstance(source, str) and isinstance(french, str):
        return french
    return source


def _french_stream(english: StreamValue, french: list) -> list[dict]:
    """The French stream's raw data, with the English stream's block and item ids."""
    english_raw = list(english.raw_data)
    if [item["type"] for item in english_raw] != [kind for kind, _ in french]:
        raise ValueError("the French blocks are not the English blocks")
    raw = [
        {**item, "value": _merge(item["value"], value)}
        for item, (_, value) in zip(english_raw, french, strict=True)
    ]
    return raw


def translate_instance(instance, french_fields: dict, french_locale: Locale):
    """Translate a page or snippet into French through wagtail-localize, and publish the
    French version when the model has drafts.

    ``french_fields`` are the French values of the instance's translatable fields (or
    functions of the stored English instance that give them: streams, so they keep its
    block ids, and child rows, so they keep their keys); the instance, given those values,
    yields the French string of every segment."""
    model = type(instance)
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=french_locale, defaults={"enabled": True}
    )
    french_instance = model.objects.get(pk=instance.pk)
    english = model.objects.get(pk=instance.pk)
    for name, value in french_fields.items():
        setattr(french_instance, name, value(english) if callable(value) else value)
    french_by_path: dict[str, list[str]] = defaultdict(list)
    for segment in extract_segments(french_instance):
        if isinstance(segment, StringSegmentValue):
            french_by_path[segment.path].append(segment.string.data)
    po = translation.export_po()
    position: dict[str, int] = defaultdict(int)
    for entry in po:
        if entry.obsolete:
            continue
        candidates = french_by_path.get(entry.msgctxt, [])
        index = position[entry.msgctxt]
        position[entry.msgctxt] += 1
        if index < len(candidates):
            entry.msgstr = candidates[index]
    translation.import_po(po)
    # Publish now rather than when the transaction commits (wagtail-localize's way): a
    # deferred publish of a course would save it with the child count it had before its
    # lessons were translated, and the French lessons would not be found.
    has_drafts = isinstance(instance, (Page, DraftStateMixin))
    translation.save_target(publish=not has_drafts)
    french = instance.get_translation(french_locale)
    if has_drafts:
        french.get_latest_revision().publish()
        french.refresh_from_db()
    return french


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


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
    """One demo course and its lessons, in English and French (idempotent). An
    ``assessed`` course is completed by passing its final assessment, which
    ``quizzes.demo.loader.assessment_page_load`` adds after the lessons (quiz pages
    belong to the quizzes app, which builds on courses)."""
    french = Locale.objects.get(language_code="fr")
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
        if course.get_translation_or_none(french) is None:
            translate_instance(
                course,
                {
                    "title": content["title"]["fr"],
                    "slug": content["slug_fr"],
                    "summary": content["summary"]["fr"],
                    "intro": content["intro"]["fr"],
                    "objectives": lambda english: _french_stream(
                        english.objectives,
                        [("objective", text) for text in content["objectives"]["fr"]],
                    ),
                },
                french,
            )
        for lesson, lesson_content in zip(lessons, content["lessons"], strict=True):
            if lesson.get_translation_or_none(french) is None:
                translate_instance(
                    lesson,
                    {
                        "title": lesson_content["title"]["fr"],
                        "slug": lesson_content["slug_fr"],
                        "summary": lesson_content["summary"]["fr"],
                        "body": lambda english, body=lesson_content["body_fr"]: _french_stream(
                            english.body, body
                        ),
                    },
                    french,
                )
    return course, lessons


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
