"""Reads for a manager's view of one learner: required training, courses, quiz attempts,
certificates and the statements behind them.

Callers pass a learner that ``dashboards.access`` has already checked; every query here is
then narrowed to that learner."""

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from certificates.models import Certificate
from common.templatetags.formats import format_percent
from lrs.auth import Source, source_of
from lrs.definitions import activity_names
from lrs.models import Statement
from organisations.models import Audience, LearnerProfile, OrgUnit, User
from quizzes.models import Quiz, QuizAttempt
from tracking import builders
from tracking import vocabulary as v
from tracking.vocabulary import XAPI_LANGUAGE
from training.selectors.learner import RequiredTraining, required_training_for

from .activity_names import platform_activity_names
from .briefings import kind_label, status_label
from .models import CourseRecord
from .selectors import briefing_requirement_ids

#: Rows per screen of a learner's statements.
STATEMENTS_PAGE_SIZE = 50


def learner_name(user: User) -> str:
    return user.get_full_name() or user.get_username()


@dataclass
class CourseLine:
    """Where the learner stands in one course."""

    course_key: str
    title: str
    lessons_completed: int
    lessons_total: int | None
    started_at: datetime | None
    last_activity_at: datetime | None
    completed_at: datetime | None
    passed: bool | None
    certificate_expires_at: datetime | None


@dataclass
class AttemptLine:
    """One quiz attempt, as a manager reads it."""

    quiz_title: str
    number: int
    status: str
    submitted_at: datetime | None
    score_percent: float | None
    passed: bool | None


@dataclass
class RequiredLine:
    """One line of the learner's required training as a manager reads it: a briefing's
    status in its own words (acknowledged, not acknowledged yet, overdue)."""

    line: RequiredTraining
    is_briefing: bool

    @property
    def status_label(self) -> str:
        return status_label(self.line.status, briefing=self.is_briefing)

    @property
    def kind(self) -> str:
        return kind_label(briefing=self.is_briefing)


@dataclass
class LearnerDetail:
    user: User
    profile: LearnerProfile
    unit: OrgUnit
    audiences: list[Audience]
    required: list[RequiredTraining] = field(default_factory=list)
    courses: list[CourseLine] = field(default_factory=list)
    attempts: list[AttemptLine] = field(default_factory=list)
    certificates: list[Certificate] = field(default_factory=list)

    @property
    def name(self) -> str:
        return learner_name(self.user)

    @cached_property
    def required_lines(self) -> list[RequiredLine]:
        """The required training, each line saying whether it is a briefing."""
        briefings = briefing_requirement_ids(
            requirement_ids={line.assignment.requirement_id for line in self.required}
        )
        return [
            RequiredLine(line=line, is_briefing=line.assignment.requirement_id in briefings)
            for line in self.required
        ]


def learner_detail_for(*, user: User, language: str, today: date | None = None) -> LearnerDetail:
    """Everything a manager may read about one learner, except the statements (paged
    separately by :func:`learner_statements`)."""
    profile = user.learner_profile
    return LearnerDetail(
        user=user,
        profile=profile,
        unit=profile.org_unit,
        audiences=list(profile.audiences.order_by("name_en")),
        required=required_training_for(user=user, language=language, today=today),
        courses=learner_courses(user=user, language=language),
        attempts=learner_quiz_attempts(user=user, language=language),
        certificates=list(Certificate.objects.filter(user=user).order_by("-issued_at")),
    )


def learner_courses(*, user: User, language: str) -> list[CourseLine]:
    """The learner's courses with any activity, most recently active first (briefings
    acknowledged are not courses: they show in the required training and the activity)."""
    from courses.selectors import briefing_keys_among, course_in_language, course_titles_for

    records = list(
        CourseRecord.objects.filter(user=user).order_by(
            "-last_activity_at", "-started_at", "course_key"
        )
    )
    briefings = briefing_keys_among(keys={record.course_key for record in records})
    records = [record for record in records if str(record.course_key) not in briefings]
    keys = [str(record.course_key) for record in records]
    titles = course_titles_for(course_keys=keys, language=language)
    lines = []
    for record in records:
        key = str(record.course_key)
        course = course_in_language(course_key=key, language=language)
        lines.append(
            CourseLine(
                course_key=key,
                title=titles.get(key) or _("Course no longer published"),
                lessons_completed=record.lessons_completed,
                lessons_total=course.lessons().count() if course else None,
                started_at=record.started_at,
                last_activity_at=record.last_activity_at,
                completed_at=record.completed_at,
                passed=record.passed,
                certificate_expires_at=record.certificate_expires_at,
            )
        )
    return lines


def _quiz_titles(*, quiz_keys, language: str) -> dict[str, str]:
    titles: dict[str, str] = {}
    quizzes = Quiz.objects.filter(translation_key__in=list(quiz_keys)).select_related("locale")
    for quiz in quizzes:
        key = str(quiz.translation_key)
        if key not in titles or quiz.locale.language_code == language:
            titles[key] = quiz.title
    return titles


def learner_quiz_attempts(*, user: User, language: str) -> list[AttemptLine]:
    """The learner's quiz attempts, newest first, with titles in ``language``."""
    attempts = list(
        QuizAttempt.objects.filter(user=user)
        .select_related("quiz")
        .order_by("-started_at", "-number")
    )
    titles = _quiz_titles(quiz_keys={attempt.quiz_key for attempt in attempts}, language=language)
    lines = []
    for attempt in attempts:
        if attempt.scaled is not None:
            percent = round(100 * attempt.scaled, 1)
        elif attempt.score is not None and attempt.max_score:
            percent = round(float(100 * attempt.score / attempt.max_score), 1)
        else:
            percent = None
        title = titles.get(str(attempt.quiz_key)) or (attempt.quiz.title if attempt.quiz else "")
        lines.append(
            AttemptLine(
                quiz_title=title or _("Quiz no longer available"),
                number=attempt.number,
                status=attempt.get_status_display(),
                submitted_at=attempt.submitted_at,
                score_percent=percent,
                passed=attempt.passed,
            )
        )
    return lines


@dataclass
class StatementLine:
    """One xAPI statement about the learner, in words."""

    id: str
    timestamp: datetime
    verb: str
    activity: str
    result: str
    recorded_by: str = ""


def learner_statements(*, user: User) -> QuerySet[Statement]:
    """The statements the learner is the actor of, newest first (voided ones left out)."""
    key = builders.actor_key(builders.actor_for(user))
    return Statement.objects.filter(actor_key=key, voided=False).order_by(
        "-timestamp", "-stored", "-id"
    )


def _in_language(names, language: str) -> str:
    """The entry of an xAPI language map in ``language`` (any of its regional tags), else
    in the platform's other language, else in any."""
    if not isinstance(names, dict) or not names:
        return ""
    entries = {str(tag): value for tag, value in names.items() if value}
    if not entries:
        return ""
    primary = language[:2].lower()
    others = [code for code in XAPI_LANGUAGE if code != primary]
    for code in (primary, *others):
        exact = XAPI_LANGUAGE.get(code, code)
        if entries.get(exact):
            return str(entries[exact])
        for tag, value in entries.items():
            if tag.lower().split("-")[0] == code:
                return str(value)
    return str(next(iter(entries.values())))


def _result_text(result) -> str:
    if not isinstance(result, dict):
        return ""
    parts = []
    scaled = (result.get("score") or {}).get("scaled")
    if isinstance(scaled, int | float) and not isinstance(scaled, bool):
        parts.append(_("score %(percent)s") % {"percent": format_percent(scaled, 1)})
    if result.get("success") is True:
        parts.append(_("passed"))
    elif result.get("success") is False:
        parts.append(_("not passed"))
    if result.get("completion") is True:
        parts.append(_("completed"))
    return "; ".join(parts)


#: Who recorded a statement, as a manager reads it: only the platform's own records and
#: the learner's lesson completions it checked count toward completion (docs/security.md).
RECORDED_BY = {
    Source.PLATFORM: gettext_lazy("Platform (verified)"),
    Source.SESSION: gettext_lazy("Learner's device"),
    Source.TOKEN: gettext_lazy("Course content"),
    Source.CLIENT: gettext_lazy("Another system"),
}


# What a manager reads for the platform's own verbs: words of the trade, not xAPI's
# ("experienced" is how xAPI says a lesson was opened). Other verbs keep their display.
ACTIONS = {
    v.VERB_LAUNCHED: gettext_lazy("Launched"),
    v.VERB_INITIALIZED: gettext_lazy("Started"),
    v.VERB_EXPERIENCED: gettext_lazy("Opened"),
    v.VERB_PROGRESSED: gettext_lazy("Progressed"),
    v.VERB_COMPLETED: gettext_lazy("Completed"),
    v.VERB_ATTEMPTED: gettext_lazy("Started an attempt"),
    v.VERB_ANSWERED: gettext_lazy("Answered"),
    v.VERB_PASSED: gettext_lazy("Passed"),
    v.VERB_FAILED: gettext_lazy("Failed"),
    v.VERB_VOIDED: gettext_lazy("Cancelled a record"),
    v.VERB_EARNED: gettext_lazy("Earned"),
}

#: The same for verbs in the platform's own namespace, by their part after it.
PLATFORM_ACTIONS = {
    v.VERB_ACKNOWLEDGED: gettext_lazy("Acknowledged"),
}


def _action(verb_iri) -> str:
    """The platform's word for a verb, or "" for a verb it has none for."""
    if not isinstance(verb_iri, str):
        return ""
    if verb_iri in ACTIONS:
        return str(ACTIONS[verb_iri])
    suffix = v.verb_platform_suffix(verb_iri)
    return str(PLATFORM_ACTIONS.get(suffix, "")) if suffix else ""


def statement_line(
    *,
    statement: Statement,
    language: str,
    known_names: dict[str, dict] | None = None,
    platform_names: dict[str, dict] | None = None,
) -> StatementLine:
    """What a statement says, read in ``language``: its verb's display, its object's
    name (or identifier) and its result. A statement names its activity in the language
    it was made in (a question answered in French carries its French text only);
    ``known_names`` (from :func:`statement_lines`) holds every name the LRS knows for
    each activity, and ``platform_names`` the names the platform's own content gives its
    courses, lessons, quizzes and questions in each language it is written in. The name
    is the platform's in the reader's language, else the LRS's in it, else one in
    another language, else the activity's identifier."""
    data = statement.data or {}
    verb = data.get("verb") or {}
    target = data.get("object") or {}
    own = (target.get("definition") or {}).get("name")
    names = {
        **(known_names or {}).get(target.get("id"), {}),
        **(own if isinstance(own, dict) else {}),
        **(platform_names or {}).get(target.get("id"), {}),
    }
    activity = _in_language(names, language)
    return StatementLine(
        id=str(statement.id),
        timestamp=statement.timestamp,
        verb=_action(verb.get("id"))
        or _in_language(verb.get("display"), language)
        or verb.get("id", ""),
        activity=activity or target.get("id", ""),
        result=_result_text(data.get("result")),
        recorded_by=str(RECORDED_BY[source_of(data.get("authority"))]),
    )


def statement_lines(*, statements, language: str) -> list[StatementLine]:
    """The statements in words (see :func:`statement_line`), with the names the LRS knows
    for their activities read in one query."""
    statements = list(statements)
    iris = {
        (statement.data or {}).get("object", {}).get("id")
        for statement in statements
        if isinstance((statement.data or {}).get("object"), dict)
    }
    iris = [iri for iri in iris if isinstance(iri, str)]
    known = activity_names(iris=iris)
    platform = platform_activity_names(iris=iris)
    return [
        statement_line(
            statement=statement, language=language, known_names=known, platform_names=platform
        )
        for statement in statements
    ]
