"""Packages as lessons of a course: the lesson is recorded completed when the learner
completes the package, so course completion, certificates and dashboards count it like
any lesson. (The lesson page itself is served by ``views.package_lesson_response``.)"""

from courses.selectors import activity_ref_for, completed_lesson_keys
from courses.services import registration_current
from lrs.services import statement_record
from tracking import builders
from tracking import vocabulary as v

from .models import Package, PackageAttempt


def _lesson_ref(page) -> builders.ActivityRef:
    names = {
        translation.locale.language_code: translation.title
        for translation in page.get_translations(inclusive=True).select_related("locale")
    }
    return builders.ActivityRef(
        kind="lesson", key=str(page.translation_key), activity_type=v.TYPE_LESSON, names=names
    )


def package_lessons_complete(*, user, package: Package, language: str) -> int:
    """Record ``completed`` for each live lesson made of ``package`` that the learner has
    not finished in their current registration of its course. Returns how many."""
    from .models import PackageLessonPage

    recorded = 0
    seen: set = set()
    for page in PackageLessonPage.objects.live().filter(package=package).order_by("locale_id"):
        if page.translation_key in seen:
            continue
        seen.add(page.translation_key)
        course = page.course
        registration = registration_current(user=user, course=course)
        done = completed_lesson_keys(user=user, course=course, registration=registration)
        if str(page.translation_key) in done:
            continue
        statement_record(
            statement=builders.lesson_completed(
                user=user,
                lesson=_lesson_ref(page),
                course=activity_ref_for(course),
                registration=registration,
                language=language,
                course_version=course.version,
            )
        )
        recorded += 1
    return recorded


def attempt_completed(*, attempt: PackageAttempt, language: str) -> None:
    """A learner's run through a package is complete: its lessons are done."""
    package_lessons_complete(user=attempt.user, package=attempt.version.package, language=language)
