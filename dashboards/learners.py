"""Reads for a manager's view of individual learners: one learner's record (required
training, courses, quiz attempts, certificates and the statements behind them), and the
per-learner compliance report over the manager's units.

Callers pass a learner or a scope that ``dashboards.access`` has already checked; every
query here is then narrowed to that learner or to that scope's units."""

from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlencode

from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from certificates.models import Certificate
from lrs.auth import Source, source_of
from lrs.models import Statement
from organisations.models import Audience, LearnerProfile, OrgUnit, User
from quizzes.models import Quiz, QuizAttempt
from tracking import builders
from tracking.vocabulary import XAPI_LANGUAGE
from training import rules
from training.models import Requirement
from training.selectors.learner import STATUS_LABELS, RequiredTraining, required_training_for

from .access import Scope
from .filters import audience_field, requirement_field
from .models import ComplianceRecord, CourseRecord
from .projections import compliance_status
from .tables import Column, Table

#: Rows per screen of the compliance report and of a learner's statements.
COMPLIANCE_PAGE_SIZE = 100
STATEMENTS_PAGE_SIZE = 50
#: Rows the compliance export reads from the database at a time.
EXPORT_CHUNK = 2000


def _bilingual(name_en: str, name_fr: str, language: str) -> str:
    if language.startswith("fr"):
        return name_fr or name_en
    return name_en


def learner_name(user: User) -> str:
    return user.get_full_name() or user.get_username()


# -- one learner --------------------------------------------------------------------------


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
    """The learner's courses with any activity, most recently active first."""
    from courses.selectors import course_in_language, course_titles_for

    records = list(
        CourseRecord.objects.filter(user=user).order_by(
            "-last_activity_at", "-started_at", "course_key"
        )
    )
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
    """The entry of an xAPI language map in ``language``, else English, else any."""
    if not isinstance(names, dict) or not names:
        return ""
    wanted = XAPI_LANGUAGE.get(language[:2], language)
    for tag in (wanted, language, "en-CA", "en-US", "en", "und"):
        if names.get(tag):
            return str(names[tag])
    for tag, value in names.items():
        if tag.lower().startswith(language[:2]) and value:
            return str(value)
    return str(next(iter(names.values())))


def _result_text(result) -> str:
    if not isinstance(result, dict):
        return ""
    parts = []
    scaled = (result.get("score") or {}).get("scaled")
    if isinstance(scaled, int | float) and not isinstance(scaled, bool):
        parts.append(_("score %(percent)s %%") % {"percent": _percent_text(100 * scaled)})
    if result.get("success") is True:
        parts.append(_("passed"))
    elif result.get("success") is False:
        parts.append(_("not passed"))
    if result.get("completion") is True:
        parts.append(_("completed"))
    return "; ".join(parts)


def _percent_text(value: float) -> str:
    """A percentage to one decimal at most, written the reader's way (87,5 in French)."""
    return floatformat(value, -1)


#: Who recorded a statement, as a manager reads it: only the platform's own records and
#: the learner's lesson completions it checked count toward completion (docs/security.md).
RECORDED_BY = {
    Source.PLATFORM: gettext_lazy("Platform (verified)"),
    Source.SESSION: gettext_lazy("Learner's device"),
    Source.TOKEN: gettext_lazy("Course content"),
    Source.CLIENT: gettext_lazy("Another system"),
}


def statement_line(*, statement: Statement, language: str) -> StatementLine:
    """What a statement says, read in ``language``: its verb's display, its object's
    name (or identifier) and its result."""
    data = statement.data or {}
    verb = data.get("verb") or {}
    target = data.get("object") or {}
    activity = _in_language((target.get("definition") or {}).get("name"), language)
    return StatementLine(
        id=str(statement.id),
        timestamp=statement.timestamp,
        verb=_in_language(verb.get("display"), language) or verb.get("id", ""),
        activity=activity or target.get("id", ""),
        result=_result_text(data.get("result")),
        recorded_by=str(RECORDED_BY[source_of(data.get("authority"))]),
    )


# -- the compliance report ----------------------------------------------------------------


def _status_choices():
    return [(status, STATUS_LABELS[status]) for status in rules.STATUSES]


def units_in_scope(*, scope: Scope) -> list[OrgUnit]:
    """The units a manager may pick, in tree order."""
    within = Q()
    for path in scope.unit_paths():
        within |= Q(path__startswith=path)
    return list(OrgUnit.objects.filter(within).order_by("path"))


@dataclass(frozen=True)
class ComplianceFilters:
    unit: OrgUnit | None = None
    audience: Audience | None = None
    requirement: Requirement | None = None
    status: str = ""

    def query(self, **changes) -> str:
        """The query string of these filters with ``changes`` (``None`` drops one)."""
        values = {
            "unit": self.unit.pk if self.unit else None,
            "audience": self.audience.code if self.audience else None,
            "requirement": str(self.requirement.uuid) if self.requirement else None,
            "status": self.status or None,
        }
        values.update(changes)
        pairs = [(key, value) for key, value in values.items() if value not in (None, "")]
        return f"?{urlencode(pairs)}" if pairs else ""


class ComplianceFilterForm(forms.Form):
    """The GET form of the compliance report. ``unit`` goes through the scope, so that a
    unit outside it, forged or malformed, is answered 404 as everywhere else."""

    unit = forms.CharField(label=gettext_lazy("Unit"), required=False, widget=forms.Select)
    audience = audience_field()
    requirement = requirement_field()
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Choose a status from the list.")},
    )

    def __init__(self, data, *, scope: Scope):
        super().__init__(data)
        self.scope = scope
        self.fields["unit"].widget.choices = [
            ("", _("All my units")),
            *(
                (unit.pk, "\u2003" * (unit.depth - 1) + unit.name)
                for unit in units_in_scope(scope=scope)
            ),
        ]
        self.fields["status"].choices = [("", _("All statuses")), *_status_choices()]

    def clean_unit(self):
        value = self.cleaned_data.get("unit")
        return self.scope.unit(value) if value else None

    def filters(self) -> ComplianceFilters:
        data = self.cleaned_data
        return ComplianceFilters(
            unit=data.get("unit"),
            audience=data.get("audience"),
            requirement=data.get("requirement"),
            status=data.get("status") or "",
        )


COMPLIANCE_VALUES = (
    "user__uuid",
    "user__first_name",
    "user__last_name",
    "user__username",
    "user__learner_profile__employee_number",
    "org_unit__name_en",
    "org_unit__name_fr",
    "requirement__name_en",
    "requirement__name_fr",
    "status",
    "assigned_on",
    "due_on",
    "completed_at",
    "expires_on",
)


def compliance_records(
    *, scope: Scope, filters: ComplianceFilters, today: date | None = None
) -> QuerySet:
    """One row (a dict of ``COMPLIANCE_VALUES``) per learner and active requirement in
    the scope's units, with the status on ``today``, ordered by learner then
    requirement."""
    today = today or timezone.localdate()
    paths = scope.unit_paths()
    if not paths:
        return ComplianceRecord.objects.none().values(*COMPLIANCE_VALUES)
    within = Q()
    for path in paths:
        within |= Q(org_unit__path__startswith=path)
    records = ComplianceRecord.objects.filter(within, requirement__is_active=True)
    if filters.unit is not None:
        records = records.filter(org_unit__path__startswith=filters.unit.path)
    if filters.audience is not None:
        held = LearnerProfile.audiences.through.objects.filter(
            learnerprofile__user_id=OuterRef("user_id"), audience=filters.audience
        )
        records = records.filter(Exists(held))
    if filters.requirement is not None:
        records = records.filter(requirement=filters.requirement)
    records = records.annotate(status=compliance_status(today=today))
    if filters.status:
        records = records.filter(status=filters.status)
    return records.order_by(
        "user__last_name", "user__first_name", "user_id", "requirement__name_en", "requirement_id"
    ).values(*COMPLIANCE_VALUES)


def compliance_columns() -> list[Column]:
    return [
        Column("learner", _("Learner"), "text"),
        Column("employee_number", _("Employee number"), "text"),
        Column("unit", _("Unit"), "text"),
        Column("requirement", _("Required training"), "text"),
        Column("status", _("Status"), "text"),
        Column("assigned_on", _("Assigned on"), "date"),
        Column("due_on", _("Due on"), "date"),
        Column("completed_on", _("Completed on"), "date"),
        Column("expires_on", _("Expires on"), "date"),
    ]


def _learner_url_maker():
    """A function from a learner's uuid to their detail page: the address is reversed
    once, not once per row of a long export."""
    marker = "00000000-0000-0000-0000-000000000000"
    pattern = reverse("dashboards:learner", kwargs={"user_uuid": marker})
    return lambda user_uuid: pattern.replace(marker, str(user_uuid))


def compliance_row(record: dict, *, language: str, labels: dict, learner_url) -> dict:
    """One record as a table row; ``url`` and ``status_code`` are for the page only.
    ``labels``: status labels as text; ``learner_url``: see :func:`_learner_url_maker`."""
    full_name = f"{record['user__first_name']} {record['user__last_name']}".strip()
    completed_at = record["completed_at"]
    return {
        "learner": full_name or record["user__username"],
        "url": learner_url(record["user__uuid"]),
        "employee_number": record["user__learner_profile__employee_number"] or "",
        "unit": _bilingual(record["org_unit__name_en"], record["org_unit__name_fr"], language),
        "requirement": _bilingual(
            record["requirement__name_en"], record["requirement__name_fr"], language
        ),
        "status_code": record["status"],
        "status": labels[record["status"]],
        "assigned_on": record["assigned_on"],
        "due_on": record["due_on"],
        "completed_on": timezone.localdate(completed_at) if completed_at else None,
        "expires_on": record["expires_on"],
    }


def compliance_table(*, records, language: str) -> Table:
    """The compliance report as a table. ``records`` may be a page of rows or a whole
    queryset's iterator: rows are made one at a time as the table is read."""
    labels = {status: str(label) for status, label in STATUS_LABELS.items()}
    learner_url = _learner_url_maker()
    return Table(
        name="compliance",
        caption=_("Required training by learner"),
        columns=compliance_columns(),
        rows=(
            compliance_row(record, language=language, labels=labels, learner_url=learner_url)
            for record in records
        ),
    )


def compliance_export_table(
    *, scope: Scope, filters: ComplianceFilters, language: str, today: date | None = None
) -> Table:
    """Every row matching the filters, read from the database in chunks."""
    records = compliance_records(scope=scope, filters=filters, today=today)
    return compliance_table(records=records.iterator(chunk_size=EXPORT_CHUNK), language=language)
