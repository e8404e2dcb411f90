"""Reads about courses and a learner's progress through them."""

import re
import uuid
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef
from wagtail.models import Locale, Page

from common.keys import titles_by_key
from tracking import vocabulary as v
from tracking.builders import ActivityRef

from .content_cache import content_remembered
from .models import (
    BriefingIndexPage,
    BriefingPage,
    CourseCompletion,
    CourseIndexPage,
    CoursePage,
    CourseRegistration,
    HomePage,
    LessonPage,
    LessonProgress,
    ModulePage,
    Topic,
)
from .ports import assessments


def activity_ref_for(page: Page) -> ActivityRef:
    """The xAPI identity of a course or lesson: one IRI for all its translations."""
    return content_remembered(("activity", page.pk), lambda: _activity_ref(page))


def _activity_ref(page: Page) -> ActivityRef:
    page = page.specific
    from .ports import workshops

    kinds = {
        CoursePage: ("course", v.TYPE_COURSE),
        LessonPage: ("lesson", v.TYPE_LESSON),
        BriefingPage: ("briefing", v.platform_iri(v.TYPE_BRIEFING)),
    }
    if workshops() is not None:
        kinds[workshops().page_model] = ("workshop", v.TYPE_MEETING)
    kind, activity_type = kinds[type(page)]
    names = {
        translation.locale.language_code: translation.title
        for translation in page.get_translations(inclusive=True).select_related("locale")
    }
    return ActivityRef(
        kind=kind, key=str(page.translation_key), activity_type=activity_type, names=names
    )


def page_names(*, keys) -> dict[str, dict[str, str]]:
    """The title of each page (course, lesson) with one of these translation keys, in
    every language it exists in, by key: ``{key: {"en": ..., "fr": ...}}``."""
    return titles_by_key(Page.objects.all(), keys)


def lesson_block_names(*, blocks) -> dict[tuple, dict[str, str]]:
    """The name of each question of a lesson body, ``(lesson key, block id, step key or
    None)``, in every language its lesson exists in (see
    :func:`courses.interactions.block_activity_name`)."""
    from .interactions import block_activity_name

    blocks = list(blocks)
    valid = []
    for lesson_key, _block_id, _step in blocks:
        try:
            valid.append(uuid.UUID(str(lesson_key)))
        except ValueError:
            continue
    wanted: dict[str, list[tuple]] = {}
    for block in blocks:
        wanted.setdefault(str(block[0]), []).append(block)
    names: dict[tuple, dict[str, str]] = {}
    for lesson in LessonPage.objects.filter(translation_key__in=valid).select_related("locale"):
        language = lesson.locale.language_code
        by_id = {child.id: child for child in lesson.body}
        for block in wanted.get(str(lesson.translation_key), []):
            child = by_id.get(block[1])
            if child is None:
                continue
            name = block_activity_name(
                block_type=child.block_type, value=child.value, step_key=block[2], language=language
            )
            if name:
                names.setdefault(block, {})[language] = name
    return names


def _in_default_locale_first(queryset):
    """One page of a translation group: the one in the default locale, or any other."""
    pages = list(queryset.select_related("locale"))
    default = Locale.get_default()
    pages.sort(key=lambda page: page.locale_id != default.pk)
    return pages[0] if pages else None


def lesson_by_key(*, lesson_key: str) -> LessonPage | None:
    return content_remembered(
        ("lesson", str(lesson_key)),
        lambda: _in_default_locale_first(
            LessonPage.objects.live().filter(translation_key=lesson_key)
        ),
    )


def course_by_key(*, course_key: str) -> CoursePage | None:
    return content_remembered(
        ("course", str(course_key)),
        lambda: _in_default_locale_first(
            CoursePage.objects.live().filter(translation_key=course_key)
        ),
    )


def course_lesson_keys(*, course: CoursePage) -> list[str]:
    """The lessons a learner must finish, by key, in course order."""
    return [str(lesson.translation_key) for lesson in course_lessons(course=course)]


def course_assessment_quiz_keys(*, course: CoursePage) -> list[str]:
    """The quizzes of the course's live assessments (its quiz pages), by key, in order."""
    return [str(page.quiz.translation_key) for page in course_assessment_pages(course=course)]


def course_workshop_keys(*, course: CoursePage) -> list[str]:
    """The translation keys of the course's live workshops (none unless it is blended)."""
    return content_remembered(
        ("workshop keys", course.pk),
        lambda: [str(page.translation_key) for page in course.workshops()],
    )


def course_lessons(*, course: CoursePage) -> list[LessonPage]:
    """The course's live lessons, modules included, in course order."""
    return content_remembered(("lessons", course.pk), lambda: list(course.lessons()))


def course_modules(*, course: CoursePage) -> dict[str, ModulePage]:
    """The course's live modules by their place in the page tree."""
    return content_remembered(
        ("modules", course.pk),
        lambda: {module.path: module for module in ModulePage.objects.live().child_of(course)},
    )


def course_assessment_pages(*, course: CoursePage) -> list[Page]:
    """The course's live assessments (quiz pages, with their quiz), in course order."""
    return content_remembered(
        ("assessments", course.pk), lambda: list(course.assessments().select_related("quiz"))
    )


def course_of(page: Page) -> CoursePage | None:
    """The course a page (lesson, module, assessment) belongs to."""
    return content_remembered(
        ("course of", page.pk), lambda: CoursePage.objects.ancestor_of(page).first()
    )


_NO_REGISTRATION = object()


def current_registration(*, user, course: CoursePage) -> CourseRegistration | None:
    """The learner's registration for the course's current major version, if started."""
    if not user.is_authenticated:
        return None
    return CourseRegistration.objects.filter(
        user=user,
        course_key=course.translation_key,
        is_current=True,
        major_version__gte=course.major_version,
    ).first()


def registration_major_versions(*, user, course: CoursePage) -> dict:
    """The major version of the course each of the learner's runs of it was taken in, by
    registration (a UUID)."""
    if not user.is_authenticated:
        return {}
    return dict(
        CourseRegistration.objects.filter(user=user, course_key=course.translation_key).values_list(
            "registration", "major_version"
        )
    )


def major_version_published_at(*, course: CoursePage):
    """When the course's current major version went live: the first publication, in
    any of its languages, of a revision with this major version (``None`` when the
    course has had no major revision, or no such publication is on record)."""
    from wagtail.models import PageLogEntry, Revision

    if course.major_version <= 1:
        return None
    pages = [str(pk) for pk in course.get_translations(inclusive=True).values_list("pk", flat=True)]
    revisions = Revision.page_revisions.filter(
        object_id__in=pages, content__major_version=course.major_version
    )
    published = (
        PageLogEntry.objects.filter(action="wagtail.publish", revision__in=revisions)
        .order_by("timestamp")
        .values_list("timestamp", flat=True)
        .first()
    )
    return published


def completed_lesson_keys(
    *, user, course: CoursePage, registration=_NO_REGISTRATION, recorded_by=None
) -> set[str]:
    """Lessons the learner finished in ``registration`` (by default their current one).

    With ``recorded_by`` (a moment), only those whose ``completed`` statement the LRS had
    stored by then: what a projection saw at that moment (see
    ``courses.services.progress_evidence_as_of``)."""
    if not user.is_authenticated:
        return set()
    if registration is _NO_REGISTRATION:
        current = current_registration(user=user, course=course)
        if current is None:
            return set()
        registration = current.registration
    rows = LessonProgress.objects.filter(
        user=user, course_key=course.translation_key, registration=registration
    )
    if recorded_by is not None:
        from lrs.models import Statement

        rows = rows.filter(
            Exists(Statement.objects.filter(pk=OuterRef("statement_id"), stored__lte=recorded_by))
        )
    return {str(key) for key in rows.values_list("lesson_key", flat=True)}


def course_completion_for(
    *, user, course: CoursePage, registration=_NO_REGISTRATION
) -> CourseCompletion | None:
    """The learner's completion of the course's current version, if any (``registration``:
    their current registration, when the caller has already read it)."""
    if registration is _NO_REGISTRATION:
        registration = current_registration(user=user, course=course)
    if registration is None:
        return None
    return CourseCompletion.objects.filter(
        user=user, course_key=course.translation_key, registration=registration.registration
    ).first()


def earlier_completion_for(*, user, course: CoursePage) -> CourseCompletion | None:
    """A completion of an earlier major version of the course (history), if any."""
    if not user.is_authenticated:
        return None
    earlier = CourseRegistration.objects.filter(
        user=user, course_key=course.translation_key, major_version__lt=course.major_version
    ).values("registration")
    return (
        CourseCompletion.objects.filter(
            user=user, course_key=course.translation_key, registration__in=earlier
        )
        .order_by("-completed_at")
        .first()
    )


@dataclass
class LessonLine:
    page: LessonPage
    number: int
    done: bool
    locked: bool = False
    module: ModulePage | None = None


@dataclass
class ModuleGroup:
    module: ModulePage | None
    lessons: list[LessonLine] = field(default_factory=list)


@dataclass
class AssessmentLine:
    page: object  # quizzes.models.QuizPage
    passed: bool
    locked: bool = False


@dataclass
class CourseOutline:
    course: CoursePage
    lessons: list[LessonLine] = field(default_factory=list)
    assessments: list[AssessmentLine] = field(default_factory=list)
    completion: CourseCompletion | None = None
    earlier_completion: CourseCompletion | None = None
    certificate: object | None = None
    resume_key: str | None = None

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
    def lessons_done(self) -> bool:
        """Whether every lesson of the course is done (a course without lessons has none
        left to do)."""
        return all(line.done for line in self.lessons)

    @property
    def next_assessment(self):
        """The assessment to take next once every lesson is done (the first not passed
        yet), or None: lessons are left, or every assessment is passed."""
        if not self.lessons_done:
            return None
        return next((line.page for line in self.assessments if not line.passed), None)

    @property
    def resume_lesson(self) -> LessonPage | None:
        """Where "Continue" leads: the lesson last opened if it is unfinished and open,
        otherwise the first unfinished lesson."""
        for line in self.lessons:
            if str(line.page.translation_key) == self.resume_key and not line.done:
                if not line.locked:
                    return line.page
        return self.next_lesson

    def blocking(self, lesson: LessonPage) -> LessonPage | None:
        """The lesson that keeps ``lesson`` closed to this learner (the first unfinished one
        before it in a sequential course), or None when it is open."""
        line = next((line for line in self.lessons if line.page.pk == lesson.pk), None)
        if line is None or not line.locked:
            return None
        return next(line.page for line in self.lessons if not line.done)

    def unfinished_before(self, page: Page) -> list[dict]:
        """The unfinished lessons before ``page`` (a lesson or an assessment of the course:
        key, title and address), in course order."""
        before = []
        for line in self.lessons:
            if line.page.path >= page.path:
                break
            if not line.done:
                before.append(
                    {
                        "key": str(line.page.translation_key),
                        "title": line.page.title,
                        "url": line.page.url,
                    }
                )
        return before

    @property
    def started(self) -> bool:
        return self.done_count > 0 or self.resume_key is not None

    @property
    def minutes_remaining(self) -> int:
        """The estimated time of the lessons not done and the assessments not passed."""
        lessons = sum(line.page.estimated_minutes for line in self.lessons if not line.done)
        return lessons + sum(
            line.page.estimated_minutes for line in self.assessments if not line.passed
        )

    @property
    def modules(self) -> list[ModuleGroup]:
        """The lessons grouped by module, in order (lessons outside modules in ``None``)."""
        groups: list[ModuleGroup] = []
        for line in self.lessons:
            if not groups or groups[-1].module != line.module:
                groups.append(ModuleGroup(module=line.module))
            groups[-1].lessons.append(line)
        return groups

    @property
    def has_modules(self) -> bool:
        return any(line.module is not None for line in self.lessons)


def course_outline_for(*, user, course: CoursePage) -> CourseOutline:
    """The course's lessons with the learner's progress, gates, completion and certificate."""
    from .ports import certificate_for_course

    registration = current_registration(user=user, course=course)
    done = (
        completed_lesson_keys(user=user, course=course, registration=registration.registration)
        if registration is not None
        else set()
    )
    modules = course_modules(course=course)
    outline = CourseOutline(course=course)
    if registration is not None and registration.last_lesson_key:
        outline.resume_key = str(registration.last_lesson_key)
    pages = course_lessons(course=course)
    gated = course.is_sequential and user.is_authenticated
    for number, lesson in enumerate(pages, start=1):
        outline.lessons.append(
            LessonLine(
                page=lesson,
                number=number,
                done=str(lesson.translation_key) in done,
                locked=gated and _first_unfinished_before(pages, done, lesson.path) is not None,
                module=modules.get(lesson.path[: -Page.steplen]),
            )
        )
    if course.needs_assessment:
        kind = assessments()
        for page in course_assessment_pages(course=course):
            outline.assessments.append(
                AssessmentLine(
                    page=page,
                    passed=registration is not None
                    and kind.passed(
                        user=user,
                        quiz_key=page.quiz.translation_key,
                        registration=registration.registration,
                    ),
                    locked=gated and _first_unfinished_before(pages, done, page.path) is not None,
                )
            )
    outline.completion = course_completion_for(user=user, course=course, registration=registration)
    if outline.completion is None:
        outline.earlier_completion = earlier_completion_for(user=user, course=course)
    if outline.completion is not None:
        outline.certificate = certificate_for_course(user=user, course_key=course.translation_key)
    return outline


def _first_unfinished_before(pages, done: set[str], path: str) -> LessonPage | None:
    """The sequential-order rule: the first of the lessons ``pages`` (in course order)
    placed before ``path`` (a lesson's or an assessment's place in the page tree) that is
    not done: it keeps that page closed. None when the page is open."""
    for page in pages:
        if page.path >= path:
            return None
        if str(page.translation_key) not in done:
            return page
    return None


def lesson_keys_done_in(*, user, registration) -> set[str]:
    """The lessons the learner finished in ``registration``, by key."""
    return {
        str(key)
        for key in LessonProgress.objects.filter(user=user, registration=registration).values_list(
            "lesson_key", flat=True
        )
    }


def lesson_completion_admissible(*, user, lesson_key: str, registration) -> bool:
    """Whether a lesson ``completed`` that the learner's own browser sent (an offline
    replay) may count: the lesson is live, the registration is one of the learner's own
    in that lesson's course, and in a sequential course every lesson before it is done
    in that registration. The same gate the lesson page applies online, checked on
    arrival."""
    lesson = lesson_by_key(lesson_key=lesson_key)
    if lesson is None or registration is None:
        return False
    course = lesson.course
    owned = CourseRegistration.objects.filter(
        user=user, course_key=course.translation_key, registration=registration
    ).exists()
    if not owned:
        return False
    if not course.is_sequential:
        return True
    done = completed_lesson_keys(user=user, course=course, registration=registration)
    return _first_unfinished_before(course_lessons(course=course), done, lesson.path) is None


def lesson_gate_for(*, user, lesson: LessonPage) -> LessonPage | None:
    """In a sequential course, the first unfinished lesson before ``lesson`` (which keeps it
    closed to this learner); None when the lesson is open."""
    course = lesson.course
    if not course.is_sequential or not user.is_authenticated:
        return None
    done = completed_lesson_keys(user=user, course=course)
    return _first_unfinished_before(course_lessons(course=course), done, lesson.path)


def assessment_gate_for(*, user, page: Page, registration=_NO_REGISTRATION) -> LessonPage | None:
    """In a sequential course, the first unfinished lesson before the assessment ``page``
    (a quiz page of the course), which keeps it closed to this learner; None when it is
    open. The lessons count in ``registration`` (by default the learner's current one)."""
    course = course_of(page)
    if course is None or not course.is_sequential or not user.is_authenticated:
        return None
    done = completed_lesson_keys(user=user, course=course, registration=registration)
    return _first_unfinished_before(course_lessons(course=course), done, page.path)


def course_cards_for(*, user, home: HomePage) -> list[CourseOutline]:
    """The learner's courses in progress or done, for the home page."""
    if not user.is_authenticated:
        return []
    started = set(CourseRegistration.objects.filter(user=user).values_list("course_key", flat=True))
    courses = CoursePage.objects.live().descendant_of(home).filter(translation_key__in=started)
    return [course_outline_for(user=user, course=course) for course in courses.order_by("path")]


@dataclass
class Catalogue:
    courses: list[CourseOutline]
    audiences: list
    topics: list
    languages: list[tuple[str, str]]
    query: str = ""
    audience: str = ""
    topic: str = ""
    language: str = ""

    @property
    def filtered(self) -> bool:
        return bool(self.query or self.audience or self.topic or self.language)


_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def _parameter(params, name: str) -> str:
    """A catalogue filter as typed, without control characters (the NUL character
    among them, which PostgreSQL refuses in a query)."""
    return _CONTROL_CHARACTERS.sub("", params.get(name) or "").strip()


def catalogue_for(*, user, index: CourseIndexPage, params) -> Catalogue:
    """The catalogue's courses, filtered by audience (or "mine"), topic, language and a
    search of titles, summaries and introductions."""
    from django.conf import settings

    from organisations.models import Audience

    courses = (
        CoursePage.objects.live()
        .child_of(index)
        .prefetch_related("audiences", "topics")
        .select_related("cover_image")
    )
    audience = _parameter(params, "audience")
    if audience == "mine":
        profile = getattr(user, "learner_profile", None) if user.is_authenticated else None
        codes = list(profile.audiences.values_list("code", flat=True)) if profile else []
        courses = courses.filter(audiences__code__in=codes)
    elif audience:
        courses = courses.filter(audiences__code=audience)
    topic = _parameter(params, "topic")
    if topic:
        courses = courses.filter(topics__code=topic)
    language = (params.get("language") or "").strip()
    if language in dict(settings.LANGUAGES):
        available = CoursePage.objects.live().filter(locale__language_code=language)
        courses = courses.filter(translation_key__in=available.values("translation_key"))
    pages = list(courses.distinct().order_by("path"))
    query = _parameter(params, "q")[:200]
    if query:
        # Words only: SQLite's full-text search reads a double quote as syntax (an
        # unbalanced one is an error), and no database takes the NUL character.
        words = query.replace('"', " ")
        found = CoursePage.objects.live().child_of(index).search(words) if words.strip() else []
        order = {page.pk: rank for rank, page in enumerate(found)}
        pages = sorted((p for p in pages if p.pk in order), key=lambda p: order[p.pk])
    return Catalogue(
        courses=[course_outline_for(user=user, course=page) for page in pages],
        audiences=list(Audience.objects.filter(courses__isnull=False).distinct()),
        topics=list(Topic.objects.filter(courses__isnull=False).distinct()),
        languages=list(settings.LANGUAGES),
        query=query,
        audience=audience,
        topic=topic,
        language=language if language in dict(settings.LANGUAGES) else "",
    )


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


@dataclass
class MyLearning:
    for_my_role: list[CourseOutline]
    in_progress: list[CourseOutline]
    completed: list[CourseOutline]


def my_learning_for(*, user, language: str) -> MyLearning:
    """The learner's courses in their language: those for their role not started yet, those
    in progress (with where to resume) and those completed (with certificates)."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    profile = getattr(user, "learner_profile", None)
    codes = set(profile.audiences.values_list("code", flat=True)) if profile else set()
    started = set(
        CourseRegistration.objects.filter(user=user, is_current=True).values_list(
            "course_key", flat=True
        )
    )
    mine = MyLearning(for_my_role=[], in_progress=[], completed=[])
    for course, audiences in _live_courses_in(locale):
        # A completion of the current version belongs to a current registration: a
        # course neither started nor for the learner's role is not on the page.
        if course.translation_key not in started and not codes & audiences:
            continue
        outline = course_outline_for(user=user, course=course)
        if outline.completion is not None:
            mine.completed.append(outline)
        elif course.translation_key in started:
            mine.in_progress.append(outline)
        else:
            mine.for_my_role.append(outline)
    return mine


def _live_courses_in(locale: Locale) -> list[tuple[CoursePage, set[str]]]:
    """The live courses of a locale in tree order, each with its audiences' codes."""
    return content_remembered(
        ("courses in", locale.pk),
        lambda: [
            (course, {audience.code for audience in course.audiences.all()})
            for course in CoursePage.objects.live()
            .filter(locale=locale)
            .prefetch_related("audiences")
            .order_by("path")
        ],
    )


@dataclass
class CourseCertificatePolicy:
    """What a certificate for the course needs to know: validity, renewal window, version."""

    validity_months: int | None
    recertification_window_days: int
    version: str
    estimated_minutes: int


def course_certificate_policy(*, course_key: str) -> CourseCertificatePolicy | None:
    """The certificate rules of the live course with this key (None when it is gone)."""
    course = course_by_key(course_key=course_key)
    if course is None:
        return None
    return CourseCertificatePolicy(
        validity_months=course.certificate_validity_months,
        recertification_window_days=course.recertification_window_days or 0,
        version=course.version,
        estimated_minutes=course.estimated_minutes,
    )


def course_completions_for(*, course_keys, user_ids=None):
    """Completions of any of ``course_keys`` (every version and language), as
    ``(user_id, course_key, completed_at)`` rows, optionally for some users only."""
    rows = CourseCompletion.objects.filter(course_key__in=list(course_keys))
    if user_ids is not None:
        rows = rows.filter(user_id__in=list(user_ids))
    return rows.values_list("user_id", "course_key", "completed_at")


def course_registrations():
    """Every learner's course registrations: a queryset a caller may filter by user and
    course key (e.g. in an ``Exists``) to tell whether a learner has begun a course."""
    return CourseRegistration.objects.all()


def _courses_and_briefings(keys) -> list[Page]:
    """The live courses and briefings with these keys, every translation: what a training
    requirement may ask for."""
    keys = list(keys)
    return [
        *CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale"),
        *BriefingPage.objects.live().filter(translation_key__in=keys).select_related("locale"),
    ]


def course_titles_for(*, course_keys, language: str) -> dict[str, str]:
    """Course (or briefing) titles by key in ``language`` (falling back to any live
    translation)."""
    titles: dict[str, str] = {}
    for page in _courses_and_briefings(course_keys):
        key = str(page.translation_key)
        if key not in titles or page.locale.language_code == language:
            titles[key] = page.title
    return titles


def course_urls_for(*, course_keys, language: str) -> dict[str, str]:
    """Course (or briefing) page addresses by key in ``language`` (falling back to any
    translation)."""
    urls: dict[str, str] = {}
    for page in _courses_and_briefings(course_keys):
        key = str(page.translation_key)
        if key not in urls or page.locale.language_code == language:
            urls[key] = page.url
    return urls


def course_in_language(*, course_key: str, language: str) -> CoursePage | None:
    """The live course with this key in ``language``, else in the default language."""
    courses = list(
        CoursePage.objects.live().filter(translation_key=course_key).select_related("locale")
    )
    courses.sort(key=lambda page: page.locale.language_code != language)
    return courses[0] if courses else None


def briefing_in_language(*, briefing_key: str, language: str) -> BriefingPage | None:
    """The live briefing with this key in ``language``, else in another language."""
    briefings = list(
        BriefingPage.objects.live().filter(translation_key=briefing_key).select_related("locale")
    )
    briefings.sort(key=lambda page: page.locale.language_code != language)
    return briefings[0] if briefings else None


def course_registrations_of(*, user) -> list[CourseRegistration]:
    """The learner's runs through courses (current and earlier), oldest first."""
    return list(CourseRegistration.objects.filter(user=user).order_by("started_at", "pk"))


def lesson_progress_of(*, user) -> list[LessonProgress]:
    """The lessons the learner finished, in every run, oldest first."""
    return list(LessonProgress.objects.filter(user=user).order_by("completed_at", "pk"))


def course_completions_of(*, user) -> list[CourseCompletion]:
    """The courses the learner finished, in every run, oldest first."""
    return list(CourseCompletion.objects.filter(user=user).order_by("completed_at", "pk"))


# -- briefings ---------------------------------------------------------------------------


def briefing_by_key(*, briefing_key: str) -> BriefingPage | None:
    return content_remembered(
        ("briefing", str(briefing_key)),
        lambda: _in_default_locale_first(
            BriefingPage.objects.live().filter(translation_key=briefing_key)
        ),
    )


def briefing_keys_among(*, keys) -> set[str]:
    """Which of ``keys`` are briefings (live or not): a requirement's briefing steps."""
    return {
        str(key)
        for key in BriefingPage.objects.filter(translation_key__in=list(keys))
        .values_list("translation_key", flat=True)
        .distinct()
    }


def briefing_acknowledgement_for(*, user, briefing: BriefingPage) -> CourseCompletion | None:
    """When the learner acknowledged the briefing (in any language), or ``None``."""
    return (
        CourseCompletion.objects.filter(user=user, course_key=briefing.translation_key)
        .order_by("completed_at")
        .first()
    )


@dataclass
class BriefingLine:
    briefing: BriefingPage
    acknowledged_at: object = None


def briefings_listed_for(*, user, index: BriefingIndexPage) -> list[BriefingLine]:
    """The live briefings of the briefings page, newest first, each with when the learner
    acknowledged it."""
    briefings = list(
        BriefingPage.objects.live().child_of(index).order_by("-first_published_at", "-pk")
    )
    acknowledged: dict[str, object] = {}
    if user.is_authenticated:
        for key, at in CourseCompletion.objects.filter(
            user=user, course_key__in=[page.translation_key for page in briefings]
        ).values_list("course_key", "completed_at"):
            acknowledged.setdefault(str(key), at)
    return [
        BriefingLine(briefing=page, acknowledged_at=acknowledged.get(str(page.translation_key)))
        for page in briefings
    ]
