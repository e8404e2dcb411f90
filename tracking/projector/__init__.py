"""The projector: turns stored statements into progress, completions and certificates.

It receives every newly stored statement through the LRS's hook (``lrs.hooks``,
registered by this app), inside the same transaction, with the kind of credential that
wrote it. It acts only on evidence the platform verified (``docs/security.md``):

* statements the platform itself recorded (a lesson finished on its page, a graded
  attempt, a course completion it derived, a briefing acknowledged on its page): all of
  them;
* a lesson ``completed`` that the learner's own browser sent with their session (an
  offline replay): only when the lesson's gate holds on arrival (a live lesson, the
  learner's own registration, sequential order), at a time no later than its arrival;
* a workshop ``attended`` that the platform recorded on a trainer's word (attendance
  taken on its page, online or later from the trainer's device): it may finish a
  blended course;
* anything else (LRS clients, content with a launch token, a learner's claim of a
  course completion or a pass): stored, and shown as theirs, but never moves progress.

It reads the statement and writes through the ports the apps above it register
(:mod:`tracking.projector.ports`). It is safe to run twice on the same statement, which
is what ``rebuild_progress`` relies on.
"""

from lrs.auth import Source, source_of
from organisations.selectors import user_for_actor
from tracking import vocabulary as v

from .assessments import assessment_passed
from .briefings import briefing_acknowledged
from .courses import course_completed
from .lessons import lesson_completed, lesson_completed_by_learner
from .workshops import workshop_attended

#: What the projector acts on, by who wrote it: (verb, activity kind) pairs.
_ACTED_ON = {
    Source.PLATFORM: {
        (v.VERB_COMPLETED, "lesson"),
        (v.VERB_COMPLETED, "course"),
        (v.VERB_PASSED, "quiz"),
        (v.VERB_ACKNOWLEDGED, "briefing"),
    },
    Source.SESSION: {(v.VERB_COMPLETED, "lesson")},
    # Attendance a trainer took on the platform's page (the platform and the trainer).
    Source.STAFF: {(v.VERB_ATTENDED, "workshop")},
}


def on_statement_stored(stored) -> None:
    """The receiver registered with :mod:`lrs.hooks`."""
    project(stored.statement, source=stored.source)


def project(statement: dict, *, source: Source | str | None = None) -> None:
    """Project one stored statement. ``source`` is the kind of credential that wrote it;
    without it, it is read from the statement's stored authority (a rebuild)."""
    source = Source(source) if source else source_of(statement.get("authority"))
    acted_on = _ACTED_ON.get(source)
    if not acted_on:
        return
    verb = statement.get("verb", {}).get("id") or ""
    verb = v.verb_platform_suffix(verb) or verb
    parsed = v.parse_activity_iri(statement.get("object", {}).get("id", ""))
    if parsed is None or (verb, parsed[0]) not in acted_on:
        return
    kind, key = parsed
    user = user_for_actor(actor=statement["actor"])
    if user is None:
        return
    if kind == "lesson":
        if source == Source.SESSION:
            lesson_completed_by_learner(statement, user=user, lesson_key=key)
        else:
            lesson_completed(statement, user=user, lesson_key=key)
    elif kind == "course":
        course_completed(statement, user=user, course_key=key)
    elif kind == "briefing":
        briefing_acknowledged(statement, user=user, briefing_key=key)
    elif kind == "workshop":
        workshop_attended(statement, user=user, workshop_key=key)
    else:
        assessment_passed(statement, user=user, quiz_key=key)
