"""Writes about learners' progress. Progress tables are projections: only the projector
(and ``rebuild_progress``) calls the ``progress_*``/``course_completion_*`` services."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction

from lrs.xapi import builders
from lrs.xapi.builders import ActivityRef

from .models import CourseCompletion, CoursePage, CourseRegistration, LessonPage, LessonProgress
from .selectors import (
    activity_ref_for,
    completed_lesson_keys,
    course_by_key,
    course_lesson_keys,
    lesson_by_key,
)


def registration_current(*, user, course: CoursePage) -> uuid.UUID:
    """The learner's current registration for a course, started on first use."""
    registration, _ = CourseRegistration.objects.get_or_create(
        user=user, course_key=course.translation_key, is_current=True
    )
    return registration.registration


def lesson_complete(*, user, lesson: LessonPage, language: str):
    """A learner finished a lesson: record the statement; return the page to show next."""
    from lrs.services import statement_record

    course = lesson.course
    statement_record(
        statement=builders.lesson_completed(
            user=user,
            lesson=activity_ref_for(lesson),
            course=activity_ref_for(course),
            registration=registration_current(user=user, course=course),
            language=language,
            course_version=str(course.live_revision_id or ""),
        )
    )
    done = completed_lesson_keys(user=user, course=course)
    remaining = [page for page in course.lessons() if str(page.translation_key) not in done]
    return remaining[0] if remaining else course


@dataclass
class LessonOutcome:
    course: ActivityRef
    registration: uuid.UUID | None
    course_completed: bool
    course_version: str


def progress_lesson_completed(
    *,
    user,
    lesson_key: str,
    registration: uuid.UUID | None,
    completed_at: datetime,
    statement_id: str,
) -> LessonOutcome | None:
    """Project a lesson ``completed`` statement; say whether it finished the course."""
    lesson = lesson_by_key(lesson_key=lesson_key)
    if lesson is None:
        return None
    course = lesson.course
    try:
        with transaction.atomic():
            LessonProgress.objects.get_or_create(
                user=user,
                lesson_key=lesson.translation_key,
                registration=registration,
                defaults={
                    "course_key": course.translation_key,
                    "completed_at": completed_at,
                    "statement_id": statement_id,
                },
            )
    except IntegrityError:  # the same lesson recorded concurrently: already projected
        pass
    required = set(course_lesson_keys(course=course))
    done = completed_lesson_keys(user=user, course=course)
    already = CourseCompletion.objects.filter(
        user=user, course_key=course.translation_key, registration=registration
    ).exists()
    return LessonOutcome(
        course=activity_ref_for(course),
        registration=registration,
        course_completed=bool(required) and required <= done and not already,
        course_version=str(course.live_revision_id or ""),
    )


@dataclass
class CompletionOutcome:
    course: ActivityRef
    completion: CourseCompletion
    created: bool


def course_completion_record(
    *,
    user,
    course_key: str,
    registration: uuid.UUID | None,
    completed_at: datetime,
    statement_id: str,
) -> CompletionOutcome | None:
    """Project a course ``completed`` statement into a completion (once per registration)."""
    course = course_by_key(course_key=course_key)
    if course is None:
        return None
    completion, created = CourseCompletion.objects.get_or_create(
        user=user,
        course_key=course.translation_key,
        registration=registration,
        defaults={"completed_at": completed_at, "statement_id": statement_id},
    )
    return CompletionOutcome(
        course=activity_ref_for(course), completion=completion, created=created
    )
