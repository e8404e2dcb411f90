"""What a course (or a briefing) needs offline: its pages in one language, the quizzes to
prepare, and the version that says when a downloaded copy is out of date."""

from __future__ import annotations

from django.urls import reverse


def course_offline_package(*, course, language: str) -> dict:
    """The pages of ``course`` (a live course page in ``language``) to keep on the device:
    the course page, every live lesson and quiz page in course order; the quizzes (each
    prepared as an attempt at download); and the course version."""
    lessons = list(course.lessons().specific())
    assessments = list(course.assessments().specific())
    pages = sorted([*lessons, *assessments], key=lambda page: page.path)
    return {
        "course": {
            "key": str(course.translation_key),
            "title": course.title,
            "url": course.url,
            "language": language,
            "version": course.version,
        },
        "pages": [course.url, *(page.url for page in pages)],
        "lessons": [
            {"key": str(page.translation_key), "title": page.title, "url": page.url}
            for page in lessons
        ],
        "quizzes": [
            {
                "key": str(page.quiz.translation_key),
                "page_url": page.url,
                "title": page.title,
                "prepare_url": reverse(
                    "quizzes:attempt_start", kwargs={"quiz_key": page.quiz.translation_key}
                ),
            }
            for page in assessments
        ],
    }


def briefing_offline_package(*, briefing, language: str) -> dict:
    """What a briefing needs offline, in the shape of a course's: its one page, no quiz,
    and its published revision as the version (a corrected briefing is kept again)."""
    return {
        "course": {
            "key": str(briefing.translation_key),
            "title": briefing.title,
            "url": briefing.url,
            "language": language,
            "version": f"b.{briefing.live_revision_id or 0}",
        },
        "pages": [briefing.url],
        "lessons": [],
        "quizzes": [],
    }
