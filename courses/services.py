"""Writes about learners' progress. Progress tables are projections: only the projector
(and ``rebuild_progress``) calls the ``progress_*``/``course_completion_*`` services."""

import uuid
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from tracking import builders
from tracking.builders import ActivityRef

from .models import (
    BriefingPage,
    CourseCompletion,
    CoursePage,
    CourseRegistration,
    LessonPage,
    LessonProgress,
)
from .selectors import (
    activity_ref_for,
    briefing_acknowledgement_for,
    briefing_by_key,
    completed_lesson_keys,
    course_assessment_quiz_keys,
    course_by_key,
    course_lesson_keys,
    course_lessons,
    course_workshop_keys,
    lesson_by_key,
)


def registration_current(*, user, course: CoursePage) -> uuid.UUID:
    """The learner's current registration for a course, started on first use. After a
    major revision of the course, the earlier registration is closed (kept as history)
    and a new one starts, so the learner takes the course again."""
    with transaction.atomic():
        registration = (
            CourseRegistration.objects.select_for_update()
            .filter(user=user, course_key=course.translation_key, is_current=True)
            .first()
        )
        if registration is not None and registration.major_version < course.major_version:
            registration.is_current = False
            registration.save(update_fields=["is_current"])
            registration = None
        if registration is None:
            try:
                with transaction.atomic():
                    registration = CourseRegistration.objects.create(
                        user=user,
                        course_key=course.translation_key,
                        major_version=course.major_version,
                    )
            except IntegrityError:  # started at the same moment by another request
                registration = CourseRegistration.objects.get(
                    user=user, course_key=course.translation_key, is_current=True
                )
    return registration.registration


def _lesson_refs(lesson: LessonPage):
    course = lesson.course
    return course, activity_ref_for(lesson), activity_ref_for(course)


@dataclass(frozen=True)
class LessonEvent:
    """A learner at a lesson: the course, the activity references and the current
    registration, resolved once for everything a lesson page records."""

    user: object
    lesson: LessonPage
    course: CoursePage
    registration: uuid.UUID
    language: str
    builder_args: dict


def lesson_event(*, user, lesson: LessonPage, language: str) -> LessonEvent:
    """Resolve the course, the references and the registration (started on first use)."""
    course, lesson_ref, course_ref = _lesson_refs(lesson)
    registration = registration_current(user=user, course=course)
    return LessonEvent(
        user=user,
        lesson=lesson,
        course=course,
        registration=registration,
        language=language,
        builder_args={
            "user": user,
            "lesson": lesson_ref,
            "course": course_ref,
            "registration": registration,
            "language": language,
            "course_version": course.version,
        },
    )


def lesson_visit(*, event: LessonEvent) -> None:
    """A learner opened a lesson: remember it for "resume", and record ``experienced`` the
    first time in this registration."""
    from lrs.models import Statement
    from lrs.services import statement_record

    CourseRegistration.objects.filter(registration=event.registration).update(
        last_lesson_key=event.lesson.translation_key, last_visited_at=timezone.now()
    )
    statement = builders.lesson_experienced(**event.builder_args)
    if not Statement.objects.filter(id=statement["id"]).exists():
        statement_record(statement=statement)


def lesson_complete(
    *,
    user,
    lesson: LessonPage,
    language: str,
    seconds: int | None = None,
    statement_id: uuid.UUID | None = None,
    at: datetime | None = None,
    course_version: str | None = None,
):
    """A learner reached the end of a lesson: record the statement; return the page to show
    next (the next unfinished lesson, or the course when every lesson is done).

    ``statement_id``, ``at`` and ``course_version``: what the learner's device recorded
    the completion with when it could not be sent at once (``offline/app.js`` keeps it in
    its outbox first and sends it when the platform answers), so a record sent twice is
    one statement, and a lesson finished during an outage counts from when it was
    finished (never later than now)."""
    from lrs.services import statement_record

    course, lesson_ref, course_ref = _lesson_refs(lesson)
    registration = registration_current(user=user, course=course)
    already = LessonProgress.objects.filter(
        user=user, lesson_key=lesson.translation_key, registration=registration
    ).exists()
    if not already:
        statement_record(
            statement=builders.lesson_completed(
                user=user,
                lesson=lesson_ref,
                course=course_ref,
                registration=registration,
                language=language,
                course_version=course_version or course.version,
                seconds=seconds,
                statement_id=statement_id,
                at=min(at, timezone.now()) if at is not None else None,
            )
        )
    done = completed_lesson_keys(user=user, course=course, registration=registration)
    remaining = [
        page for page in course_lessons(course=course) if str(page.translation_key) not in done
    ]
    after = [page for page in remaining if page.path > lesson.path]
    if after:
        return after[0]
    return remaining[0] if remaining else course


def lesson_progressed(
    *, user, lesson: LessonPage, language: str, percent: int, seconds: int | None
) -> str:
    """Record how far the learner read a lesson and for how long (``progressed``)."""
    from lrs.services import statement_record

    course, lesson_ref, course_ref = _lesson_refs(lesson)
    return statement_record(
        statement=builders.lesson_progressed(
            user=user,
            lesson=lesson_ref,
            course=course_ref,
            registration=registration_current(user=user, course=course),
            language=language,
            percent=percent,
            seconds=seconds,
            course_version=course.version,
        )
    )


def course_requirements_met(
    *, user, course: CoursePage, registration, at: datetime | None = None
) -> bool:
    """Whether the learner has met the course's completion rule in ``registration``: every
    lesson done, and, when the rule asks for it, every assessment passed. With ``at``,
    as of that moment: only the lessons and passes whose statements the LRS had stored
    by then count (see :func:`progress_evidence_as_of`)."""
    required = set(course_lesson_keys(course=course))
    done = completed_lesson_keys(user=user, course=course, registration=registration)
    if not required or not required <= done:
        return False
    if at is not None:
        # Checked second: most lessons replayed are not a course's last.
        done = completed_lesson_keys(
            user=user, course=course, registration=registration, recorded_by=at
        )
        if not required <= done:
            return False
    if not _workshops_attended(user=user, course=course, at=at):
        return False
    if not course.needs_assessment:
        return True
    from .ports import assessments

    return all(
        assessments().passed(user=user, quiz_key=quiz_key, registration=registration, by=at)
        for quiz_key in course_assessment_quiz_keys(course=course)
    )


def _workshops_attended(*, user, course: CoursePage, at: datetime | None) -> bool:
    """A blended course also asks that the learner attended each of its workshops."""
    from .ports import workshops

    kind = workshops()
    if kind is None:
        return True
    return all(
        kind.attended(user=user, workshop_key=str(key), by=at)
        for key in course_workshop_keys(course=course)
    )


def progress_workshop_attended(
    *, user, workshop_key: str, course_key: str | None, registration: uuid.UUID | None
) -> "LessonOutcome | None":
    """Project an attendance (a workshop ``attended`` statement): say whether it finished
    the blended course the workshop belongs to."""
    if not course_key or registration is None:
        return None
    course = course_by_key(course_key=course_key)
    if course is None:
        return None
    return _outcome(user=user, course=course, registration=registration)


#: The moment the projection in progress is made as of (see progress_evidence_as_of).
_evidence_as_of: ContextVar[datetime | None] = ContextVar("progress_evidence_as_of", default=None)


@contextmanager
def progress_evidence_as_of(moment: datetime):
    """Project statements as of ``moment``: whether a lesson or a pass finishes a course
    is then judged on the lessons and passes whose statements the LRS had stored by
    ``moment``, not on everything known today.

    ``rebuild_progress`` replays the stored statements in the order the LRS stored them,
    each as of its own stored time, and so derives every course completion from the
    statement, and at the time, a live projection did. Without it, a replayed lesson
    would find a pass that came later (the quiz-attempt table is never rebuilt) and
    finish the course at the lesson's time instead of the pass's. A live projection
    needs no moment: what it knows is what had been stored when its statement arrived.
    """
    token = _evidence_as_of.set(moment)
    try:
        yield
    finally:
        _evidence_as_of.reset(token)


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
    return _outcome(user=user, course=course, registration=registration)


def _outcome(*, user, course: CoursePage, registration) -> LessonOutcome:
    already = CourseCompletion.objects.filter(
        user=user, course_key=course.translation_key, registration=registration
    ).exists()
    return LessonOutcome(
        course=activity_ref_for(course),
        registration=registration,
        course_completed=not already
        and course_requirements_met(
            user=user, course=course, registration=registration, at=_evidence_as_of.get()
        ),
        course_version=course.version,
    )


def progress_assessment_passed(
    *, user, quiz_key: str, course_key: str | None, registration: uuid.UUID | None
) -> LessonOutcome | None:
    """Project a passed assessment (a quiz ``passed`` statement): say whether it finished
    the course it was taken in."""
    if not course_key or registration is None:
        return None
    course = course_by_key(course_key=course_key)
    if course is None or not course.needs_assessment:
        return None
    return _outcome(user=user, course=course, registration=registration)


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


def registration_restart(*, user, course: CoursePage) -> uuid.UUID:
    """Start a new run through the course (recertification): the current registration is
    closed and kept as history with its completion and certificate; the learner's lesson
    progress starts again in the new registration, which the next certificate counts as
    a new cycle."""
    with transaction.atomic():
        CourseRegistration.objects.select_for_update().filter(
            user=user, course_key=course.translation_key, is_current=True
        ).update(is_current=False)
        registration = CourseRegistration.objects.create(
            user=user, course_key=course.translation_key, major_version=course.major_version
        )
    return registration.registration


def lesson_offline_statements(*, event: LessonEvent) -> dict:
    """The statements a lesson records, made ready for the learner's browser to record them
    when it is offline (``offline/outbox.js``): ``experienced``, complete but for its
    timestamp (its id is name-based, as online), and ``completed``, without its id,
    timestamp and duration, which the browser adds when the learner reaches the end. Both
    carry the registration and the course version of this moment."""
    experienced = builders.lesson_experienced(**event.builder_args)
    experienced.pop("timestamp")
    completed = builders.lesson_completed(**event.builder_args)
    for name in ("id", "timestamp"):
        completed.pop(name)
    return {"experienced": experienced, "completed": completed}


# -- briefings ---------------------------------------------------------------------------


def briefing_acknowledge(
    *,
    user,
    briefing: BriefingPage,
    language: str,
    statement_id: uuid.UUID | None = None,
    at: datetime | None = None,
    offline: bool = False,
) -> CourseCompletion:
    """The learner confirmed "I have read this briefing": the platform records it with its
    own authority (the projector then marks the briefing done and training re-checks the
    learner's assignments). Once per learner and briefing: a second confirmation, or the
    same record sent twice from a device, returns the first.

    ``statement_id`` and ``at``: what the learner's device recorded the confirmation with
    when it could not be sent at once (never later than now); ``offline`` says it came
    from the device's outbox."""
    from lrs.services import statement_record

    with transaction.atomic():
        existing = briefing_acknowledgement_for(user=user, briefing=briefing)
        if existing is not None:
            return existing
        statement_record(
            statement=builders.briefing_acknowledged(
                actor=builders.actor_for(user),
                briefing=activity_ref_for(briefing),
                language=language,
                at=min(at, timezone.now()) if at is not None else None,
                statement_id=statement_id,
                offline=offline,
            )
        )
        acknowledgement = briefing_acknowledgement_for(user=user, briefing=briefing)
    if acknowledgement is None:  # the projector refused it (a page no longer live)
        raise BriefingNotLive(briefing)
    return acknowledgement


class BriefingNotLive(Exception):
    """The briefing is not published (any more): nothing to acknowledge."""


def briefing_acknowledgement_record(
    *, user, briefing_key: str, completed_at: datetime, statement_id: str
) -> CompletionOutcome | None:
    """Project an ``acknowledged`` statement (the progress keeper's operation): the
    briefing is done for the learner, once."""
    briefing = briefing_by_key(briefing_key=briefing_key)
    if briefing is None:
        return None
    completion, created = CourseCompletion.objects.get_or_create(
        user=user,
        course_key=briefing.translation_key,
        registration=None,
        defaults={"completed_at": completed_at, "statement_id": statement_id},
    )
    return CompletionOutcome(
        course=activity_ref_for(briefing), completion=completion, created=created
    )
