"""The only place where the platform assembles xAPI statements (see docs/xapi-profile.md)."""

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from . import vocabulary as v


def derived_statement_id(name: str) -> str:
    """The id of a statement the platform derives from an event it can name (a course
    completed in a registration, an attempt's score...).

    Deriving the same event twice (a replay, a rebuild) yields the same id, which the
    LRS stores once. The id is keyed with a server secret (``XAPI_STATEMENT_ID_KEY``,
    by default ``SECRET_KEY``): a learner who could compute the id of a statement yet
    to come could store something else under it first. The result is an RFC 9562
    version 8 (custom) UUID.
    """
    key = (settings.XAPI_STATEMENT_ID_KEY or settings.SECRET_KEY).encode()
    digest = hmac.new(key, b"xapi-statement-id|" + name.encode(), hashlib.sha256).digest()
    value = int.from_bytes(digest[:16], "big")
    value &= ~(0xF << 76)
    value |= 0x8 << 76  # version 8
    value &= ~(0x3 << 62)
    value |= 0x2 << 62  # RFC 9562 variant
    return str(uuid.UUID(int=value))


@dataclass(frozen=True)
class ActivityRef:
    """What a statement needs to know of a course, lesson or other activity."""

    kind: str
    key: str
    activity_type: str
    names: dict[str, str]  # {"en": ..., "fr": ...}

    @property
    def iri(self) -> str:
        return v.activity_iri(self.kind, self.key)

    def as_object(self) -> dict:
        return {
            "objectType": "Activity",
            "id": self.iri,
            "definition": {
                "type": self.activity_type,
                "name": {v.XAPI_LANGUAGE[lang]: name for lang, name in self.names.items() if name},
            },
        }


def actor_for(user) -> dict:
    """The learner as an ``account`` agent: no e-mail and no name leave the platform."""
    return {
        "objectType": "Agent",
        "account": {"homePage": settings.SITE_URL, "name": str(user.uuid)},
    }


def actor_key(actor: dict) -> str:
    """A stable string for an agent's identifier, used to index and match statements."""
    if "account" in actor:
        account = actor["account"]
        return f"account:{account.get('homePage')}|{account.get('name')}"
    for ifi in ("mbox", "mbox_sha1sum", "openid"):
        if ifi in actor:
            return f"{ifi}:{actor[ifi]}"
    return ""


def agent_object_key(key: str) -> str:
    """What ``Statement.object_iri`` holds for an identified Agent or Group object: its
    identifier behind an ``@`` (no IRI starts so), so the ``agent`` filter can use the
    column's index while an ``activity`` filter never matches it."""
    return "@" + key


def platform_authority() -> dict:
    """The authority of statements the platform itself records."""
    return {
        "objectType": "Agent",
        "name": settings.PLATFORM_NAME,
        "account": {"homePage": settings.SITE_URL, "name": "platform"},
    }


def _verb(verb_iri: str) -> dict:
    return {"id": verb_iri, "display": v.VERB_DISPLAY[verb_iri]}


def _context(
    *,
    registration: uuid.UUID | None,
    language: str,
    parents: list[ActivityRef],
    course: ActivityRef,
    course_version: str | None = None,
    extensions: dict | None = None,
) -> dict:
    """The context every platform statement shares (see docs/xapi-profile.md)."""
    context: dict = {
        "platform": settings.PLATFORM_NAME,
        "language": v.XAPI_LANGUAGE.get(language, "en-CA"),
        "contextActivities": {
            "grouping": [course.as_object()],
            "category": [{"objectType": "Activity", "id": v.profile_iri()}],
        },
    }
    if registration:
        context["registration"] = str(registration)
    if parents:
        context["contextActivities"]["parent"] = [p.as_object() for p in parents]
    extensions = dict(extensions or {})
    if course_version:
        extensions[v.extension_iri(v.EXTENSION_COURSE_VERSION)] = course_version
    if extensions:
        context["extensions"] = extensions
    return context


def _timestamp(at: datetime | None) -> str:
    return (at or timezone.now()).isoformat()


@dataclass(frozen=True)
class LessonEvent:
    """What every statement about a learner in a lesson shares."""

    user: object
    lesson: ActivityRef
    course: ActivityRef
    registration: uuid.UUID
    language: str
    course_version: str | None = None
    at: datetime | None = None


def _lesson_statement(event: LessonEvent, verb: str, *, statement_id, result=None) -> dict:
    statement = {
        "id": str(statement_id),
        "actor": actor_for(event.user),
        "verb": _verb(verb),
        "object": event.lesson.as_object(),
        "context": _context(
            registration=event.registration,
            language=event.language,
            parents=[event.course],
            course=event.course,
            course_version=event.course_version,
        ),
        "timestamp": _timestamp(event.at),
    }
    if result is not None:
        statement["result"] = result
    return statement


def _with_duration(result: dict, seconds: int | None) -> dict:
    if seconds is not None:
        result["duration"] = duration_iso(seconds)
    return result


def lesson_completed(*, seconds: int | None = None, **event) -> dict:
    """A learner reached the end of a lesson (``seconds``: time spent on it, when measured).
    ``event``: the fields of :class:`LessonEvent`."""
    result = {"completion": True, "extensions": {v.CMI5_PROGRESS_EXTENSION: 100}}
    return _lesson_statement(
        LessonEvent(**event),
        v.VERB_COMPLETED,
        statement_id=uuid.uuid4(),
        result=_with_duration(result, seconds),
    )


def lesson_experienced(**event) -> dict:
    """A learner opened a lesson for the first time in this registration. The id is
    name-based, so a second first visit (two tabs, a retry) is the same statement."""
    lesson_event = LessonEvent(**event)
    statement_id = derived_statement_id(
        f"lesson-experienced|{lesson_event.registration}|{lesson_event.lesson.key}"
    )
    return _lesson_statement(lesson_event, v.VERB_EXPERIENCED, statement_id=statement_id)


def lesson_progressed(*, percent: int, seconds: int | None = None, **event) -> dict:
    """How far a learner got through a lesson (percent read) and for how long, sent when
    they leave it before its end."""
    result = {"extensions": {v.CMI5_PROGRESS_EXTENSION: int(percent)}}
    return _lesson_statement(
        LessonEvent(**event),
        v.VERB_PROGRESSED,
        statement_id=uuid.uuid4(),
        result=_with_duration(result, seconds),
    )


def duration_iso(seconds: int) -> str:
    """An ISO 8601 duration such as ``PT1H2M3S`` (xAPI ``result.duration``)."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if secs or text == "PT":
        text += f"{secs}S"
    return text


def course_completed(
    *,
    actor: dict,
    course: ActivityRef,
    registration: uuid.UUID,
    language: str,
    at: datetime,
    course_version: str | None = None,
) -> dict:
    """Every lesson of a course is done. Derived by the projector, so its id is name-based."""
    statement_id = derived_statement_id(f"course-completed|{registration}|{course.key}")
    return {
        "id": str(statement_id),
        "actor": actor,
        "verb": _verb(v.VERB_COMPLETED),
        "object": course.as_object(),
        "result": {
            "completion": True,
            "extensions": {v.CMI5_PROGRESS_EXTENSION: 100},
        },
        "context": _context(
            registration=registration,
            language=language,
            parents=[],
            course=course,
            course_version=course_version,
        ),
        "timestamp": _timestamp(at),
    }


def certificate_earned(
    *,
    actor: dict,
    certificate_code: str,
    course: ActivityRef,
    registration: uuid.UUID | None,
    language: str,
    at: datetime,
) -> dict:
    """A certificate was issued for a course completion."""
    certificate = ActivityRef(
        kind="certificate",
        key=certificate_code,
        activity_type=v.TYPE_CERTIFICATE,
        names=dict(course.names),
    )
    return {
        "id": str(derived_statement_id(f"certificate-earned|{certificate_code}")),
        "actor": actor,
        "verb": _verb(v.VERB_EARNED),
        "object": certificate.as_object(),
        "context": _context(
            registration=registration,
            language=language,
            parents=[],
            course=course,
            extensions={v.extension_iri(v.EXTENSION_CERTIFICATE_CODE): certificate_code},
        ),
        "timestamp": _timestamp(at),
    }


@dataclass(frozen=True)
class InteractionRef:
    """A question inside a lesson: a knowledge check, a scenario step or an indicator
    checklist, described as a ``choice`` interaction in the lesson's language."""

    iri: str
    language: str  # "en" or "fr": the language of the name, description and choices
    name: str
    description: str
    choices: tuple[tuple[str, str], ...]  # (id, description), in the order shown
    # Each pattern is the set of choice ids of one correct response; empty when none is.
    correct_responses: tuple[tuple[str, ...], ...] = ()

    def as_object(self) -> dict:
        tag = v.XAPI_LANGUAGE.get(self.language, "en-CA")
        definition: dict = {
            "type": v.TYPE_INTERACTION,
            "name": {tag: self.name},
            "description": {tag: self.description},
            "interactionType": v.INTERACTION_CHOICE,
            "choices": [
                {"id": choice_id, "description": {tag: text}} for choice_id, text in self.choices
            ],
        }
        if self.correct_responses:
            definition["correctResponsesPattern"] = [
                v.RESPONSE_SEPARATOR.join(pattern) for pattern in self.correct_responses
            ]
        return {"objectType": "Activity", "id": self.iri, "definition": definition}


def interaction_answered(
    *,
    user,
    interaction: InteractionRef,
    response: list[str],
    success: bool | None,
    lesson: ActivityRef,
    course: ActivityRef,
    registration: uuid.UUID | None,
    language: str,
    course_version: str | None = None,
    at: datetime | None = None,
    statement_id: uuid.UUID | None = None,
) -> dict:
    """A learner answered a question in a lesson (``response``: the ids of the choices they
    selected; ``success`` is left out when the question has no right answer).
    ``statement_id`` and ``at``: the id and time made on the learner's device, for an
    answer given offline."""
    result: dict = {"response": v.RESPONSE_SEPARATOR.join(response)}
    if success is not None:
        result["success"] = success
    return {
        "id": str(statement_id or uuid.uuid4()),
        "actor": actor_for(user),
        "verb": _verb(v.VERB_ANSWERED),
        "object": interaction.as_object(),
        "result": result,
        "context": _context(
            registration=registration,
            language=language,
            parents=[lesson],
            course=course,
            course_version=course_version,
        ),
        "timestamp": _timestamp(at),
    }


# --- quiz attempts -----------------------------------------------------------------------


@dataclass(frozen=True)
class QuizAttemptRef:
    """What every statement about one quiz attempt shares. ``course`` is the course the
    quiz was taken in, when it was."""

    user: object
    quiz: ActivityRef
    attempt_id: uuid.UUID
    number: int
    registration: uuid.UUID | None
    language: str
    course: ActivityRef | None = None

    def statement_id(self, what: str) -> str:
        """Name-based, so recording the same event of the attempt twice is one statement."""
        return str(derived_statement_id(f"quiz-attempt|{self.attempt_id}|{what}"))


def _quiz_context(attempt: QuizAttemptRef, *, in_quiz: bool) -> dict:
    """The context of a quiz statement: ``in_quiz`` for a question's, whose parent is the
    quiz (and the course, when there is one, groups both)."""
    activities: dict = {"category": [{"objectType": "Activity", "id": v.profile_iri()}]}
    course = [attempt.course.as_object()] if attempt.course else []
    if in_quiz:
        activities["parent"] = [attempt.quiz.as_object()]
        activities["grouping"] = [attempt.quiz.as_object(), *course]
    elif course:
        activities["parent"] = course
        activities["grouping"] = course
    context: dict = {
        "platform": settings.PLATFORM_NAME,
        "language": v.XAPI_LANGUAGE.get(attempt.language, "en-CA"),
        "contextActivities": activities,
        "extensions": {
            v.extension_iri(v.EXTENSION_QUIZ_ATTEMPT): str(attempt.attempt_id),
            v.extension_iri(v.EXTENSION_QUIZ_ATTEMPT_NUMBER): attempt.number,
        },
    }
    if attempt.registration:
        context["registration"] = str(attempt.registration)
    return context


def _quiz_statement(
    attempt: QuizAttemptRef, verb: str, *, what: str, at: datetime, result=None
) -> dict:
    statement = {
        "id": attempt.statement_id(what),
        "actor": actor_for(attempt.user),
        "verb": _verb(verb),
        "object": attempt.quiz.as_object(),
        "context": _quiz_context(attempt, in_quiz=False),
        "timestamp": _timestamp(at),
    }
    if result is not None:
        statement["result"] = result
    return statement


def quiz_attempted(*, attempt: QuizAttemptRef, at: datetime) -> dict:
    """A learner started an attempt at a quiz."""
    return _quiz_statement(attempt, v.VERB_ATTEMPTED, what="attempted", at=at)


def quiz_question_answered(
    *,
    attempt: QuizAttemptRef,
    position: int,
    question_key: str,
    definition: dict,
    response: str,
    success: bool,
    score: float,
    max_score: float,
    at: datetime,
) -> dict:
    """The learner's answer to the question at ``position`` of a graded attempt.
    ``definition`` is the question's ``cmi.interaction`` definition
    (``quizzes.grading.interaction_definition``), ``response`` its xAPI response pattern
    ("" when unanswered)."""
    scaled = score / max_score if max_score else 0
    return {
        "id": attempt.statement_id(f"answered|{position}"),
        "actor": actor_for(attempt.user),
        "verb": _verb(v.VERB_ANSWERED),
        "object": {
            "objectType": "Activity",
            "id": v.quiz_question_iri(attempt.quiz.iri, question_key),
            "definition": definition,
        },
        "result": {
            "response": response,
            "success": success,
            "score": {"scaled": scaled, "raw": score, "min": 0, "max": max_score},
        },
        "context": _quiz_context(attempt, in_quiz=True),
        "timestamp": _timestamp(at),
    }


def _attempt_result(
    *, score: float, max_score: float, scaled: float, seconds: int | None, **more
) -> dict:
    result = {"score": {"scaled": scaled, "raw": score, "min": 0, "max": max_score}, **more}
    return _with_duration(result, seconds)


def quiz_scored(
    *,
    attempt: QuizAttemptRef,
    score: float,
    max_score: float,
    scaled: float,
    seconds: int | None,
    at: datetime,
) -> dict:
    """The score of a graded attempt."""
    result = _attempt_result(score=score, max_score=max_score, scaled=scaled, seconds=seconds)
    return _quiz_statement(attempt, v.VERB_SCORED, what="scored", at=at, result=result)


def quiz_passed_or_failed(
    *,
    attempt: QuizAttemptRef,
    passed: bool,
    score: float,
    max_score: float,
    scaled: float,
    seconds: int | None,
    at: datetime,
) -> dict:
    """``passed`` or ``failed``: whether the attempt reached the quiz's pass mark."""
    verb = v.VERB_PASSED if passed else v.VERB_FAILED
    result = _attempt_result(
        score=score, max_score=max_score, scaled=scaled, seconds=seconds, success=passed
    )
    return _quiz_statement(attempt, verb, what="outcome", at=at, result=result)


def quiz_completed(
    *,
    attempt: QuizAttemptRef,
    passed: bool,
    score: float,
    max_score: float,
    scaled: float,
    seconds: int | None,
    at: datetime,
) -> dict:
    """The attempt is over (submitted, or closed at its deadline)."""
    result = _attempt_result(
        score=score,
        max_score=max_score,
        scaled=scaled,
        seconds=seconds,
        success=passed,
        completion=True,
    )
    return _quiz_statement(attempt, v.VERB_COMPLETED, what="completed", at=at, result=result)


def certificate_revoked(
    *,
    actor: dict,
    certificate_code: str,
    course: ActivityRef,
    registration: uuid.UUID | None,
    reason: str,
    at: datetime,
) -> dict:
    """An administrator revoked a learner's certificate. The actor is the learner whose
    certificate it was (so it sits in their record next to ``earned``); the reason goes
    in a platform extension."""
    certificate = ActivityRef(
        kind="certificate",
        key=certificate_code,
        activity_type=v.TYPE_CERTIFICATE,
        names=dict(course.names),
    )
    return {
        "id": str(derived_statement_id(f"certificate-revoked|{certificate_code}")),
        "actor": actor,
        "verb": {
            "id": v.platform_iri(v.VERB_CERTIFICATE_REVOKED),
            "display": dict(v.VERB_CERTIFICATE_REVOKED_DISPLAY),
        },
        "object": certificate.as_object(),
        "context": _context(
            registration=registration,
            language="en",
            parents=[],
            course=course,
            extensions={
                v.extension_iri(v.EXTENSION_CERTIFICATE_CODE): certificate_code,
                v.extension_iri(v.EXTENSION_REVOCATION_REASON): reason,
            },
        ),
        "timestamp": _timestamp(at),
    }


# --- content packages (SCORM run-times) --------------------------------------------------


@dataclass(frozen=True)
class PackageRunRef:
    """What every statement about one learner's run through a package shares."""

    user: object
    package: ActivityRef
    attempt_id: uuid.UUID
    registration: uuid.UUID
    language: str
    version: int

    def statement_id(self, what: str) -> str:
        """Name-based, so committing the same outcome twice is one statement."""
        return str(derived_statement_id(f"package-run|{self.attempt_id}|{what}"))


@dataclass(frozen=True)
class PackageScoRef:
    """A SCO of a package, named in the package's language."""

    identifier: str
    title: str

    def as_object(self, run: PackageRunRef) -> dict:
        return {
            "objectType": "Activity",
            "id": v.package_sco_iri(run.package.iri, self.identifier),
            "definition": {
                "type": v.TYPE_PACKAGE_SCO,
                "name": {v.XAPI_LANGUAGE.get(run.language, "en-CA"): self.title},
            },
        }


def _package_context(run: PackageRunRef, parents: list[dict]) -> dict:
    return {
        "registration": str(run.registration),
        "platform": settings.PLATFORM_NAME,
        "language": v.XAPI_LANGUAGE.get(run.language, "en-CA"),
        "contextActivities": {
            "parent": parents,
            "grouping": [run.package.as_object()],
            "category": [{"objectType": "Activity", "id": v.profile_iri()}],
        },
        "extensions": {v.extension_iri(v.EXTENSION_PACKAGE_VERSION): run.version},
    }


def package_score(
    *, scaled: float | None, raw: float | None, low: float | None, high: float | None
) -> dict | None:
    """An xAPI score from SCORM's, keeping only the parts that agree with each other."""
    score: dict = {}
    if scaled is not None and -1 <= scaled <= 1:
        score["scaled"] = scaled
    if raw is not None:
        if (low is None or low <= raw) and (high is None or raw <= high):
            score["raw"] = raw
            if low is not None:
                score["min"] = low
            if high is not None and (low is None or low <= high):
                score["max"] = high
    return score or None


def package_sco_completed(
    *,
    run: PackageRunRef,
    sco: PackageScoRef,
    sequence: int,
    score: dict | None,
    at: datetime | None = None,
) -> dict:
    """A SCO reported itself completed (SCORM ``completion_status``/``lesson_status``);
    ``sequence`` is the commit that said so."""
    result: dict = {"completion": True}
    if score:
        result["score"] = score
    return {
        "id": run.statement_id(f"sco|{sco.identifier}|{sequence}|completed"),
        "actor": actor_for(run.user),
        "verb": _verb(v.VERB_COMPLETED),
        "object": sco.as_object(run),
        "result": result,
        "context": _package_context(run, [run.package.as_object()]),
        "timestamp": _timestamp(at),
    }


def package_sco_outcome(
    *,
    run: PackageRunRef,
    sco: PackageScoRef,
    sequence: int,
    passed: bool,
    score: dict | None,
    at: datetime | None = None,
) -> dict:
    """``passed`` or ``failed``: a SCO's ``success_status`` (or 1.2 ``lesson_status``)."""
    outcome = "passed" if passed else "failed"
    result: dict = {"success": passed}
    if score:
        result["score"] = score
    return {
        "id": run.statement_id(f"sco|{sco.identifier}|{sequence}|{outcome}"),
        "actor": actor_for(run.user),
        "verb": _verb(v.VERB_PASSED if passed else v.VERB_FAILED),
        "object": sco.as_object(run),
        "result": result,
        "context": _package_context(run, [run.package.as_object()]),
        "timestamp": _timestamp(at),
    }


def package_interaction_answered(
    *,
    run: PackageRunRef,
    sco: PackageScoRef,
    fingerprint: str,
    interaction_id: str,
    interaction_type: str,
    description: str,
    response: str,
    correct_patterns: list[str],
    result: str,
    at: datetime | None = None,
) -> dict:
    """A learner answered a question inside a SCO (``cmi.interactions.n``); ``fingerprint``
    identifies this answer (the same answer committed twice is one statement); ``result``
    is SCORM's (``correct``, ``wrong``/``incorrect``, ``neutral``, ``unanticipated``
    or a number)."""
    sco_object = sco.as_object(run)
    tag = v.XAPI_LANGUAGE.get(run.language, "en-CA")
    definition: dict = {
        "type": v.TYPE_INTERACTION,
        "interactionType": (
            interaction_type if interaction_type in v.PACKAGE_INTERACTION_TYPES else "other"
        ),
    }
    if description:
        definition["description"] = {tag: description}
    if correct_patterns:
        definition["correctResponsesPattern"] = list(correct_patterns)
    statement_result: dict = {"response": response}
    if result == "correct":
        statement_result["success"] = True
    elif result in ("wrong", "incorrect"):
        statement_result["success"] = False
    return {
        "id": run.statement_id(f"sco|{sco.identifier}|interaction|{fingerprint}"),
        "actor": actor_for(run.user),
        "verb": _verb(v.VERB_ANSWERED),
        "object": {
            "objectType": "Activity",
            "id": v.package_interaction_iri(sco_object["id"], interaction_id),
            "definition": definition,
        },
        "result": statement_result,
        "context": _package_context(run, [sco_object]),
        "timestamp": _timestamp(at),
    }


def package_completed(*, run: PackageRunRef, at: datetime | None = None) -> dict:
    """Every SCO of the package the learner runs is completed."""
    return {
        "id": run.statement_id("package|completed"),
        "actor": actor_for(run.user),
        "verb": _verb(v.VERB_COMPLETED),
        "object": run.package.as_object(),
        "result": {"completion": True, "extensions": {v.CMI5_PROGRESS_EXTENSION: 100}},
        "context": {
            **_package_context(run, []),
            "contextActivities": {"category": [{"objectType": "Activity", "id": v.profile_iri()}]},
        },
        "timestamp": _timestamp(at),
    }


# --- cmi5, LMS side ----------------------------------------------------------------------


@dataclass(frozen=True)
class Cmi5SessionRef:
    """One launch of a cmi5 AU: what the statements the LMS records about it share.
    ``au_iri`` is the AU's LMS-generated activity id, ``publisher_id`` its id in the
    course structure."""

    user: object
    au_iri: str
    publisher_id: str
    registration: uuid.UUID
    session_id: uuid.UUID


def _cmi5_context(session: Cmi5SessionRef, *, moveon: bool = False, extensions=None) -> dict:
    categories = [{"objectType": "Activity", "id": v.CMI5_CATEGORY}]
    if moveon:
        categories.append({"objectType": "Activity", "id": v.CMI5_MOVEON_CATEGORY})
    return {
        "registration": str(session.registration),
        "contextActivities": {
            "grouping": [{"objectType": "Activity", "id": session.publisher_id}],
            "category": categories,
        },
        "extensions": {v.CMI5_EXTENSION_SESSION: str(session.session_id), **(extensions or {})},
    }


def cmi5_launch_data(
    *,
    session: Cmi5SessionRef,
    launch_mode: str,
    move_on: str,
    return_url: str,
    launch_parameters: str = "",
    mastery_score: float | None = None,
    entitlement_key: str = "",
) -> dict:
    """The ``LMS.LaunchData`` state document of a cmi5 session."""
    document: dict = {
        "contextTemplate": {
            "contextActivities": {
                "grouping": [{"objectType": "Activity", "id": session.publisher_id}]
            },
            "extensions": {v.CMI5_EXTENSION_SESSION: str(session.session_id)},
        },
        "launchMode": launch_mode,
        "moveOn": move_on,
        "returnURL": return_url,
    }
    if launch_parameters:
        document["launchParameters"] = launch_parameters
    if mastery_score is not None:
        document["masteryScore"] = mastery_score
    if entitlement_key:
        document["entitlementKey"] = {"courseStructure": entitlement_key}
    return document


def cmi5_launched(
    *,
    session: Cmi5SessionRef,
    launch_mode: str,
    launch_url: str,
    move_on: str,
    launch_parameters: str = "",
    at: datetime | None = None,
) -> dict:
    """The LMS launched an AU (recorded before the AU starts)."""
    extensions = {
        v.CMI5_EXTENSION_LAUNCH_MODE: launch_mode,
        v.CMI5_EXTENSION_LAUNCH_URL: launch_url,
        v.CMI5_EXTENSION_MOVE_ON: move_on,
    }
    if launch_parameters:
        extensions[v.CMI5_EXTENSION_LAUNCH_PARAMETERS] = launch_parameters
    return {
        "id": str(derived_statement_id(f"cmi5-launched|{session.session_id}")),
        "actor": actor_for(session.user),
        "verb": _verb(v.VERB_LAUNCHED),
        "object": {"objectType": "Activity", "id": session.au_iri},
        "context": _cmi5_context(session, extensions=extensions),
        "timestamp": _timestamp(at),
    }


def cmi5_satisfied(
    *,
    session: Cmi5SessionRef,
    activity_iri: str,
    activity_type: str | None = None,
    at: datetime | None = None,
) -> dict:
    """An AU, block or course is satisfied (its moveOn criteria are met); recorded once
    per registration."""
    obj: dict = {"objectType": "Activity", "id": activity_iri}
    if activity_type:
        obj["definition"] = {"type": activity_type}
    return {
        "id": str(derived_statement_id(f"cmi5-satisfied|{session.registration}|{activity_iri}")),
        "actor": actor_for(session.user),
        "verb": _verb(v.VERB_SATISFIED),
        "object": obj,
        "context": _cmi5_context(session),
        "timestamp": _timestamp(at),
    }


def cmi5_waived(*, session: Cmi5SessionRef, reason: str, at: datetime | None = None) -> dict:
    """The LMS waived an AU for the learner (``reason``: Tested Out, Equivalent AU,
    Equivalent Outside Activity or Administrative)."""
    return {
        "id": str(derived_statement_id(f"cmi5-waived|{session.session_id}")),
        "actor": actor_for(session.user),
        "verb": _verb(v.VERB_WAIVED),
        "object": {"objectType": "Activity", "id": session.au_iri},
        "result": {
            "success": True,
            "completion": True,
            "extensions": {v.CMI5_EXTENSION_REASON: reason},
        },
        "context": _cmi5_context(session, moveon=True),
        "timestamp": _timestamp(at),
    }


def cmi5_abandoned(
    *, session: Cmi5SessionRef, seconds: int | None = None, at: datetime | None = None
) -> dict:
    """A session ended without the AU terminating it."""
    statement = {
        "id": str(derived_statement_id(f"cmi5-abandoned|{session.session_id}")),
        "actor": actor_for(session.user),
        "verb": _verb(v.VERB_ABANDONED),
        "object": {"objectType": "Activity", "id": session.au_iri},
        "context": _cmi5_context(session),
        "timestamp": _timestamp(at),
    }
    if seconds is not None:
        statement["result"] = {"duration": duration_iso(seconds)}
    return statement
