"""Exporting a native course as a package another LMS can run: cmi5 (one AU per lesson,
reporting to that LMS's LRS) or SCORM 1.2 (one SCO per lesson, reporting to its SCORM
API). Each lesson becomes a standalone page with its body rendered; images and links to
the platform's files stay absolute addresses of the platform (``SITE_URL``).
"""

import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

from tracking import vocabulary as v

from .manifests import CMI5, CMI5_NAMESPACE, SCORM12

EXPORT_FORMATS = (CMI5, SCORM12)
XAPI_LANGUAGES = {"en": "en-CA", "fr": "fr-CA"}
_ROOT_RELATIVE = re.compile(r'(\s(?:src|href|poster)=")/(?!/)')


class ExportRefused(Exception):
    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def exportable_lessons(course) -> list:
    """The course's native lessons, in order (package lessons and quizzes stay behind)."""
    from .models import PackageLessonPage

    package_lessons = set(
        PackageLessonPage.objects.descendant_of(course).values_list("pk", flat=True)
    )
    return [page.specific for page in course.lessons() if page.pk not in package_lessons]


def _translations(page, field: str = "title") -> dict[str, str]:
    """A text of the page in each language, keyed by xAPI language tag (the title where
    ``field`` is empty)."""
    return {
        XAPI_LANGUAGES.get(t.locale.language_code, t.locale.language_code): (
            getattr(t, field, "") or t.title
        )
        for t in page.get_translations(inclusive=True).select_related("locale").specific()
    }


def _langstrings(element: str, strings: dict[str, str]) -> str:
    inner = "".join(
        f"<langstring lang={quoteattr(lang)}>{escape(text)}</langstring>"
        for lang, text in sorted(strings.items())
    )
    return f"<{element}>{inner}</{element}>"


def _lesson_html(*, lesson, course, kind: str, number: int, total: int) -> str:
    body = lesson.body.render_as_block(context={"page": lesson, "self": lesson})
    body = _ROOT_RELATIVE.sub(lambda m: f"{m.group(1)}{settings.SITE_URL}/", str(body))
    return render_to_string(
        "packages/export/lesson.html",
        {
            "lesson": lesson,
            "course": course,
            "body": body,
            "kind": kind,
            "number": number,
            "total": total,
            "script": "au.js" if kind == CMI5 else "sco.js",
        },
    )


def cmi5_course_structure(*, course, lessons: list) -> str:
    """The ``cmi5.xml`` of a course: one AU per lesson, whose id is the lesson's activity,
    satisfied when completed."""
    aus = "".join(
        f"<au id={quoteattr(v.activity_iri('lesson', str(lesson.translation_key)))} "
        'moveOn="Completed" launchMethod="AnyWindow">'
        + _langstrings("title", _translations(lesson))
        + _langstrings("description", _translations(lesson, "summary"))
        + f"<url>lessons/{number}/index.html</url></au>"
        for number, lesson in enumerate(lessons, start=1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<courseStructure xmlns="{CMI5_NAMESPACE}">'
        f"<course id={quoteattr(v.activity_iri('course', str(course.translation_key)))}>"
        + _langstrings("title", _translations(course))
        + _langstrings("description", _translations(course, "summary"))
        + "</course>"
        + aus
        + "</courseStructure>"
    )


def scorm12_manifest(*, course, lessons: list) -> str:
    items = "".join(
        f'<item identifier="lesson-{number}" identifierref="resource-{number}">'
        f"<title>{escape(lesson.title)}</title></item>"
        for number, lesson in enumerate(lessons, start=1)
    )
    resources = "".join(
        f'<resource identifier="resource-{number}" type="webcontent" adlcp:scormtype="sco" '
        f'href="lessons/{number}/index.html"><file href="lessons/{number}/index.html"/>'
        '<file href="sco.js"/></resource>'
        for number, _lesson in enumerate(lessons, start=1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<manifest identifier="course-{course.translation_key}" version="1" '
        'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">'
        "<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>"
        f'<organizations default="course"><organization identifier="course">'
        f"<title>{escape(course.title)}</title>{items}</organization></organizations>"
        f"<resources>{resources}</resources></manifest>"
    )


def course_export(*, course, kind: str, language: str = "en") -> bytes:
    """A zip of ``course`` (in ``language``) as a cmi5 or SCORM 1.2 package."""
    if kind not in EXPORT_FORMATS:
        raise ExportRefused("format", f"must be one of {', '.join(EXPORT_FORMATS)}")
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise ExportRefused("language", f"no locale {language}")
    localized = course.get_translation_or_none(locale) or course
    lessons = exportable_lessons(localized)
    if not lessons:
        raise ExportRefused("course", "has no lesson to export")
    buffer = io.BytesIO()
    with (
        translation.override(language),
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        if kind == CMI5:
            archive.writestr("cmi5.xml", cmi5_course_structure(course=localized, lessons=lessons))
        else:
            archive.writestr("imsmanifest.xml", scorm12_manifest(course=localized, lessons=lessons))
        script = "au.js" if kind == CMI5 else "sco.js"
        with open(finders.find(f"packages/export/{script}"), "rb") as source:
            archive.writestr(script, source.read())
        for number, lesson in enumerate(lessons, start=1):
            archive.writestr(
                f"lessons/{number}/index.html",
                _lesson_html(
                    lesson=lesson, course=localized, kind=kind, number=number, total=len(lessons)
                ),
            )
    return buffer.getvalue()
