"""What the projector needs from the apps above it, registered by those apps.

The projector knows what a statement means; the apps above it know how a learner's
progress, certificates and assignments are kept. Rather than importing them (which would
make the profile depend on the apps that depend on it), it asks through two ports that
those apps fill in their ``AppConfig.ready``:

* :class:`Progress`, registered by the app that keeps learners' progress (``courses``):
  the lesson gate and the writes of progress and course completions;
* course completion receivers, each handed a :class:`CourseCompleted` once a course
  completion is recorded (``certificates`` issues the certificate; ``training``
  re-checks the learner's assignments).
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Progress:
    """The progress keeper's operations, each keyword-only.

    * ``lesson_completion_admissible(user, lesson_key, registration) -> bool``: whether a
      lesson completion the learner sent counts now (live lesson, own registration,
      sequential order);
    * ``lesson_keys_done_in(user, registration) -> set[str]``;
    * ``lesson_completed(user, lesson_key, registration, completed_at, statement_id)``
      and ``assessment_passed(user, quiz_key, course_key, registration)``: record them
      and return an outcome with ``course_completed``, ``course``, ``course_version`` and
      ``registration`` (or ``None`` when nothing applies);
    * ``course_completed(user, course_key, registration, completed_at, statement_id)``:
      record the completion and return it (with ``course`` and ``created``), or ``None``;
    * ``briefing_acknowledged(user, briefing_key, completed_at, statement_id)``: record
      that the learner read a briefing, in the same way (a briefing is done when it is
      acknowledged), or ``None`` when no live briefing has the key;
    * ``workshop_attended(user, workshop_key, course_key, registration)``: a learner
      attended a workshop of a blended course; return an outcome as for an assessment.
    """

    lesson_completion_admissible: Callable[..., bool]
    lesson_keys_done_in: Callable[..., set]
    lesson_completed: Callable
    assessment_passed: Callable
    course_completed: Callable
    briefing_acknowledged: Callable
    workshop_attended: Callable


@dataclass(frozen=True)
class CourseCompleted:
    """A course completion the platform stated and the progress keeper recorded:
    ``completion`` is what ``Progress.course_completed`` returned (``created`` is false
    when it was recorded before: a replay or a rebuild)."""

    user: object
    completion: object
    actor: dict
    statement_id: str
    registration: uuid.UUID | None
    completed_at: datetime
    language: str
    #: ``"course"``, or ``"briefing"`` for an acknowledged briefing (which requirements
    #: count like a course, and which earns no certificate).
    kind: str = "course"


#: Called with a :class:`CourseCompleted` after each recorded course completion.
CourseCompletionReceiver = Callable[[CourseCompleted], None]

_progress: list[Progress] = []
_course_completion_receivers: list[CourseCompletionReceiver] = []


def progress_register(progress: Progress) -> None:
    """Make ``progress`` the projector's progress keeper (the last registered wins)."""
    _progress[:] = [progress]


def progress_keeper() -> Progress:
    if not _progress:
        raise ImproperlyConfigured(
            "No progress keeper is registered with tracking.projector.ports: install the "
            "app that keeps learners' progress (courses)."
        )
    return _progress[0]


def course_completion_receiver_register(receiver: CourseCompletionReceiver) -> None:
    """Call ``receiver`` after each recorded course completion (once, however often
    registered)."""
    if receiver not in _course_completion_receivers:
        _course_completion_receivers.append(receiver)


def course_completion_receivers() -> tuple[CourseCompletionReceiver, ...]:
    return tuple(_course_completion_receivers)
