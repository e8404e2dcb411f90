"""Reads about courses and a learner's progress through them."""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page

from lrs.xapi import vocabulary as v
from lrs.xapi.builders import ActivityRef

from .models import CourseCompletion, CoursePage, HomePage, LessonPage, LessonProgress


def activity_ref_for(page: Page) -> ActivityRef:
    """The xAPI identity of a course or lesson: one IRI for all its translations."""
    page = page.specific
    kind, activity_type = {
        CoursePage: ("course", v.TYPE_COURSE),
        LessonPage: ("lesson", v.TYPE_LESSON),
    }[type(page)]
    names = {
        translation.locale.language_code: translation.title
        for translation in page.get_translations(inclusive=True).select_related("locale")
    }
    return ActivityRef(
        kind=kind, key=str(page.translation_key), activity_type=activity_type, names=names
    )


def _in_default_locale_first(queryset):
    """One page of a translation group: the one in the default locale, or any other."""
    pages = list(queryset.select_related("locale"))
    default = Locale.get_default()
    pages.sort(key=lambda page: page.locale_id != default.pk)
    return pages[0] if pages else None


def lesson_by_key(*, lesson_key: str) -> LessonPage | None:
    return _in_default_locale_first(LessonPage.objects.live().filter(translation_key=lesson_key))


def course_by_key(*, course_key: str) -> CoursePage | None:
    return _in_default_locale_first(CoursePage.objects.live().filter(translation_key=course_key))


def course_lesson_keys(*, course: CoursePage) -> list[str]:
    """The lessons a learner must finish, by key, in course order."""
    return [str(key) for key in course.lessons().values_list("translation_key", flat=True)]


def completed_lesson_keys(*, user, course: CoursePage) -> set[str]:
    if not user.is_authenticated:
        return set()
    return {
        str(key)
        for key in LessonProgress.objects.filter(
            user=user, course_key=course.translation_key
        ).values_list("lesson_key", flat=True)
    }


def course_completion_for(*, user, course: CoursePage) -> CourseCompletion | None:
    if not user.is_authenticated:
        return None
    return (
        CourseCompletion.objects.filter(user=user, course_key=course.translation_key)
        .order_by("-completed_at")
        .first()
    )


@dataclass
class LessonLine:
    page: LessonPage
    number: int
    done: bool


@dataclass
class CourseOutline:
    course: CoursePage
    lessons: list[LessonLine] = field(default_factory=list)
    completion: CourseCompletion | None = None
    certificate: object | None = None

    @property
    def done_count(self) -> int:
        return sum(1 for line in self.lessons if line.done)

    @property
    def percent(self) -> int:
        if not self.lessons:
            return 0
        return round(100 * self.done_count / len(self.lessons))

    @property
    def next_lesson(self) -> LessonPage | None:
        return next((line.page for line in self.lessons if not line.done), None)

    @property
    def started(self) -> bool:
        return self.done_count > 0


def course_outline_for(*, user, course: CoursePage) -> CourseOutline:
    """The course's lessons with the learner's progress, completion and certificate."""
    from certificates.selectors import certificate_for_course

    done = completed_lesson_keys(user=user, course=course)
    outline = CourseOutline(course=course)
    for number, lesson in enumerate(course.lessons(), start=1):
        outline.lessons.append(
            LessonLine(page=lesson, number=number, done=str(lesson.translation_key) in done)
        )
    outline.completion = course_completion_for(user=user, course=course)
    if outline.completion is not None:
        outline.certificate = certificate_for_course(user=user, course_key=course.translation_key)
    return outline


def course_cards_for(*, user, home: HomePage) -> list[CourseOutline]:
    return [
        course_outline_for(user=user, course=course)
        for course in CoursePage.objects.live().child_of(home).order_by("path")
    ]


def lesson_context_for(*, user, lesson: LessonPage) -> dict:
    """What a lesson page shows around its body: position, progress, previous and next."""
    course = lesson.course
    outline = course_outline_for(user=user, course=course)
    pages = [line.page for line in outline.lessons]
    position = next((i for i, page in enumerate(pages) if page.pk == lesson.pk), 0)
    return {
        "course": course,
        "outline": outline,
        "lesson_number": position + 1,
        "lesson_done": bool(outline.lessons) and outline.lessons[position].done,
        "previous_lesson": pages[position - 1] if position > 0 else None,
        "next_lesson": pages[position + 1] if position + 1 < len(pages) else None,
    }


def learner_courses(*, user, language: str) -> list[CourseOutline]:
    """Every live course in the learner's language, with their progress."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    return [
        course_outline_for(user=user, course=course)
        for course in CoursePage.objects.live().filter(locale=locale).order_by("path")
    ]
