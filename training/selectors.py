"""Reads of the training app: who a requirement applies to, assignment statuses, unit
counts for dashboards, targets, a learner's required training."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone

from . import rules
from .models import Assignment, Exemption, Requirement, RequirementCourse, Target

SAMPLE_SIZE = 20


# -- scope --------------------------------------------------------------------------------


def learners_for_scope(
    *, audience_ids=(), org_units=(), excluded_audience_ids=(), excluded_org_units=()
):
    """Learner profiles a scope (audiences, unit subtrees, exclusions) covers."""
    from organisations.selectors import learners_matching

    return learners_matching(
        audience_ids=list(audience_ids),
        org_unit_paths=[unit.path for unit in org_units],
        excluded_audience_ids=list(excluded_audience_ids),
        excluded_org_unit_paths=[unit.path for unit in excluded_org_units],
    )


def learners_started_within(profiles, *, started_from=None, started_before=None):
    """Keep learners who started on or after ``started_from`` and before
    ``started_before``; a learner with no start date counts as started before any day."""
    if started_from is not None:
        profiles = profiles.filter(start_date__gte=started_from)
    if started_before is not None:
        profiles = profiles.filter(Q(start_date__lt=started_before) | Q(start_date__isnull=True))
    return profiles


def requirement_scope(*, requirement: Requirement, today: date | None = None):
    """The learners a requirement applies to, as ``(user_id, start_date, joined_on)``
    rows (``joined_on`` only for rules counted from joining an audience)."""
    from organisations.selectors import audience_joined_on_subquery

    audience_ids = list(requirement.audiences.values_list("pk", flat=True))
    profiles = learners_for_scope(
        audience_ids=audience_ids,
        org_units=list(requirement.org_units.all()),
        excluded_audience_ids=list(requirement.excluded_audiences.values_list("pk", flat=True)),
        excluded_org_units=list(requirement.excluded_org_units.all()),
    )
    profiles = learners_started_within(
        profiles, started_from=requirement.started_from, started_before=requirement.started_before
    )
    if requirement.due_rule == rules.DAYS_AFTER_AUDIENCE_JOINED and audience_ids:
        profiles = profiles.annotate(
            joined_on=audience_joined_on_subquery(audience_ids=audience_ids)
        )
    else:
        profiles = profiles.annotate(joined_on=Value(None, output_field=Assignment.due_on.field))
    return profiles.values_list("user_id", "start_date", "joined_on")


@dataclass
class ScopePreview:
    count: int
    sample: list
    newly_assigned: int | None = None
    leaving: int | None = None


def requirement_scope_preview(
    *,
    audience_ids=(),
    org_units=(),
    excluded_audience_ids=(),
    excluded_org_units=(),
    started_from=None,
    started_before=None,
    requirement: Requirement | None = None,
) -> ScopePreview:
    """Who a requirement would apply to, before it is saved: how many learners, a sample,
    and (for a saved requirement) how many would be newly assigned or leave."""
    profiles = learners_for_scope(
        audience_ids=audience_ids,
        org_units=org_units,
        excluded_audience_ids=excluded_audience_ids,
        excluded_org_units=excluded_org_units,
    )
    profiles = learners_started_within(
        profiles, started_from=started_from, started_before=started_before
    )
    preview = ScopePreview(
        count=profiles.count(),
        sample=list(
            profiles.select_related("user", "org_unit").order_by("user__last_name", "pk")[
                :SAMPLE_SIZE
            ]
        ),
    )
    if requirement is not None and requirement.pk:
        open_users = Assignment.objects.filter(
            requirement=requirement, closed_at__isnull=True
        ).values("user_id")
        preview.newly_assigned = profiles.exclude(user_id__in=open_users).count()
        preview.leaving = (
            Assignment.objects.filter(requirement=requirement, closed_at__isnull=True)
            .exclude(user_id__in=profiles.values("user_id"))
            .count()
        )
    return preview


# -- status -------------------------------------------------------------------------------


def _exempt_condition(*, today: date):
    """An assignment whose learner holds an exemption from its requirement on ``today``."""
    return Exists(
        Exemption.objects.filter(
            requirement_id=OuterRef("requirement_id"), user_id=OuterRef("user_id")
        ).filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
    )


def _started_condition():
    """An assignment whose learner has begun one of the requirement's courses."""
    from courses.selectors import course_registrations

    return Exists(
        course_registrations().filter(
            user_id=OuterRef("user_id"),
            course_key__in=RequirementCourse.objects.filter(
                requirement_id=OuterRef(OuterRef("requirement_id"))
            ).values("course_key"),
        )
    )


def dated_status_whens(*, today: date) -> list[When]:
    """The status rules that depend only on an assignment's own dates (fields
    ``completed_at``, ``expires_on``, ``is_recertification``, ``due_on``, ``overdue_after``;
    the dashboards' read model has the same ones)."""
    return [
        When(completed_at__isnull=False, expires_on__lte=today, then=Value(rules.EXPIRED)),
        When(completed_at__isnull=False, then=Value(rules.COMPLETED)),
        When(is_recertification=True, due_on__lte=today, then=Value(rules.EXPIRED)),
        When(overdue_after__lt=today, then=Value(rules.OVERDUE)),
        When(due_on__lte=today + timedelta(days=rules.DUE_SOON_DAYS), then=Value(rules.DUE_SOON)),
    ]


def status_expression(*, today: date):
    """The SQL twin of :func:`training.rules.status` for assignment rows."""
    return Case(
        When(_exempt_condition(today=today), then=Value(rules.EXEMPT)),
        *dated_status_whens(today=today),
        When(_started_condition(), then=Value(rules.IN_PROGRESS)),
        default=Value(rules.NOT_STARTED),
        output_field=CharField(),
    )


def assignments_with_status(
    *, queryset: QuerySet[Assignment] | None = None, today: date | None = None
) -> QuerySet[Assignment]:
    """Open assignments annotated with ``status`` (as of ``today``)."""
    today = today or timezone.localdate()
    rows = queryset if queryset is not None else Assignment.objects.all()
    return rows.filter(closed_at__isnull=True).annotate(status=status_expression(today=today))


def assignments_in_subtree(*, org_unit, requirement: Requirement | None = None):
    """Open assignments of learners placed in ``org_unit`` or below it."""
    from organisations.selectors import learners_matching

    learners = learners_matching(org_unit_paths=[org_unit.path]).values("user_id")
    rows = Assignment.objects.filter(closed_at__isnull=True, user_id__in=learners)
    if requirement is not None:
        rows = rows.filter(requirement=requirement)
    return rows


@dataclass
class StatusCounts:
    """Assignment counts for a part of the organisation."""

    assigned: int = 0
    not_started: int = 0
    in_progress: int = 0
    completed: int = 0
    due_soon: int = 0
    overdue: int = 0
    expired: int = 0
    exempt: int = 0
    expiring: int = 0

    @property
    def completion_percent(self) -> int:
        counted = self.assigned - self.exempt
        return round(100 * self.completed / counted) if counted else 0


def unit_status_counts(
    *, org_unit, requirement: Requirement | None = None, today: date | None = None
) -> StatusCounts:
    """How many open assignments in ``org_unit``'s subtree are in each status, plus how
    many certifications are expiring (a renewal due while the last one still counts).

    The statuses are those of :func:`status_expression`, computed in one set-based
    statement: exemptions and started courses are joined once as sets rather than
    looked up row by row, which keeps a unit of ten thousand learners fast."""
    from django.db import connection

    from courses.selectors import course_registrations
    from organisations.selectors import learners_matching

    today = today or timezone.localdate()
    learners = learners_matching(org_unit_paths=[org_unit.path]).values("user_id")
    scoped = Assignment.objects.filter(closed_at__isnull=True, user_id__in=learners)
    requirement_courses = RequirementCourse.objects.all()
    if requirement is not None:
        scoped = scoped.filter(requirement=requirement)
        requirement_courses = requirement_courses.filter(requirement=requirement)
    scoped = scoped.values(
        "requirement_id",
        "user_id",
        "due_on",
        "overdue_after",
        "completed_at",
        "expires_on",
        "is_recertification",
    )
    exempt = (
        Exemption.objects.filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
        .filter(user_id__in=learners)
        .values("requirement_id", "user_id")
        .distinct()
    )
    registrations = (
        course_registrations().filter(user_id__in=learners).values("user_id", "course_key")
    )
    parts = {
        name: queryset.query.sql_with_params()
        for name, queryset in (
            ("scoped", scoped),
            ("exempt", exempt),
            ("registrations", registrations),
            ("requirement_courses", requirement_courses.values("requirement_id", "course_key")),
        )
    }
    day = connection.ops.adapt_datefield_value(today)
    soon = connection.ops.adapt_datefield_value(today + timedelta(days=rules.DUE_SOON_DAYS))
    sql = f"""
        WITH scoped AS ({parts["scoped"][0]}),
        exempt AS ({parts["exempt"][0]}),
        registrations AS ({parts["registrations"][0]}),
        requirement_courses AS ({parts["requirement_courses"][0]}),
        started AS (
            SELECT DISTINCT rc.requirement_id, r.user_id
            FROM registrations r JOIN requirement_courses rc ON rc.course_key = r.course_key
        )
        SELECT CASE
            WHEN ex.user_id IS NOT NULL THEN %s
            WHEN s.completed_at IS NOT NULL AND s.expires_on <= %s THEN %s
            WHEN s.completed_at IS NOT NULL THEN %s
            WHEN s.is_recertification AND s.due_on <= %s THEN %s
            WHEN s.overdue_after < %s THEN %s
            WHEN s.due_on <= %s THEN %s
            WHEN st.user_id IS NOT NULL THEN %s
            ELSE %s END AS status,
          COUNT(*),
          SUM(CASE WHEN ex.user_id IS NULL AND s.is_recertification
                    AND s.completed_at IS NULL AND s.due_on > %s THEN 1 ELSE 0 END)
        FROM scoped s
        LEFT JOIN exempt ex ON ex.requirement_id = s.requirement_id AND ex.user_id = s.user_id
        LEFT JOIN started st ON st.requirement_id = s.requirement_id AND st.user_id = s.user_id
        GROUP BY 1
    """
    params = [
        *parts["scoped"][1],
        *parts["exempt"][1],
        *parts["registrations"][1],
        *parts["requirement_courses"][1],
        rules.EXEMPT,
        day,
        rules.EXPIRED,
        rules.COMPLETED,
        day,
        rules.EXPIRED,
        day,
        rules.OVERDUE,
        soon,
        rules.DUE_SOON,
        rules.IN_PROGRESS,
        rules.NOT_STARTED,
        day,
    ]
    counts = StatusCounts()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for status, number, expiring in cursor.fetchall():
            setattr(counts, status, getattr(counts, status) + number)
            counts.assigned += number
            counts.expiring += expiring or 0
    return counts


def unit_status_by_requirement(*, org_unit, today: date | None = None) -> list[tuple]:
    """``(requirement, StatusCounts)`` for every requirement with assignments in the
    subtree."""
    requirements = Requirement.objects.filter(
        pk__in=assignments_in_subtree(org_unit=org_unit).values("requirement_id")
    )
    return [
        (requirement, unit_status_counts(org_unit=org_unit, requirement=requirement, today=today))
        for requirement in requirements
    ]


def overdue_learners_in_scope(*, manager, today: date | None = None) -> list[Assignment]:
    """Overdue or expired open assignments of the learners a manager may see."""
    from organisations.selectors import manager_scope_roots

    today = today or timezone.localdate()
    roots = manager_scope_roots(user=manager)
    if not roots:
        return []
    within = Q()
    for root in roots:
        within |= Q(user__learner_profile__org_unit__path__startswith=root.path)
    return list(
        assignments_with_status(queryset=Assignment.objects.filter(within), today=today)
        .filter(status__in=[rules.OVERDUE, rules.EXPIRED])
        .select_related("user", "requirement", "user__learner_profile__org_unit")
        .order_by("user__last_name", "user__first_name", "due_on")
    )


# -- targets ------------------------------------------------------------------------------


@dataclass
class TargetProgress:
    """Where a target stands: attainment now, and where the recent pace leads."""

    target: Target
    population: int
    completed: int
    recent_completions: int
    days_left: int

    @property
    def attainment(self) -> int:
        return round(100 * self.completed / self.population) if self.population else 0

    @property
    def needed(self) -> int:
        """Completions still needed to reach the target."""
        goal = -(-self.population * self.target.percentage // 100)
        return max(0, goal - self.completed)

    @property
    def projected(self) -> int:
        """The attainment expected at the deadline if the last 28 days' pace holds."""
        if not self.population:
            return 0
        rate = self.recent_completions / 28
        expected = min(self.population, self.completed + rate * max(0, self.days_left))
        return round(100 * expected / self.population)

    @property
    def met(self) -> bool:
        return self.population > 0 and self.attainment >= self.target.percentage

    @property
    def on_track(self) -> bool:
        return self.met or self.projected >= self.target.percentage


def target_progress(*, target: Target, today: date | None = None) -> TargetProgress:
    """A target's attainment (completed share of the learners it covers, exempt learners
    left out) and trajectory (the last 28 days' pace carried to the deadline)."""
    today = today or timezone.localdate()
    rows = assignments_with_status(
        queryset=assignments_in_subtree(org_unit=target.org_unit, requirement=target.requirement),
        today=today,
    ).exclude(status=rules.EXEMPT)
    totals = rows.aggregate(
        population=Count("pk"),
        completed=Count("pk", filter=Q(status=rules.COMPLETED)),
        recent=Count(
            "pk",
            filter=Q(status=rules.COMPLETED, completed_at__date__gte=today - timedelta(days=28)),
        ),
    )
    return TargetProgress(
        target=target,
        population=totals["population"],
        completed=totals["completed"],
        recent_completions=totals["recent"],
        days_left=(target.deadline - today).days,
    )


def targets_for_unit(*, org_unit, today: date | None = None) -> list[TargetProgress]:
    """Targets set on ``org_unit`` or any unit below it, with their progress."""
    targets = Target.objects.filter(org_unit__path__startswith=org_unit.path).select_related(
        "requirement", "org_unit"
    )
    return [target_progress(target=target, today=today) for target in targets]


# -- the learner --------------------------------------------------------------------------


@dataclass
class CourseStep:
    key: str
    title: str
    url: str | None
    done: bool


@dataclass
class RequiredTraining:
    """One line of a learner's required training."""

    assignment: Assignment
    status: str
    courses: list[CourseStep] = field(default_factory=list)
    exemption: Exemption | None = None

    @property
    def requirement(self) -> Requirement:
        return self.assignment.requirement

    @property
    def due_on(self) -> date:
        return self.assignment.due_on

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])


def _labels():
    from django.utils.translation import gettext_lazy as _

    return {
        rules.NOT_STARTED: _("Not started"),
        rules.IN_PROGRESS: _("In progress"),
        rules.COMPLETED: _("Completed"),
        rules.DUE_SOON: _("Due soon"),
        rules.OVERDUE: _("Overdue"),
        rules.EXPIRED: _("Expired: recertification needed"),
        rules.EXEMPT: _("Exempt"),
    }


STATUS_LABELS = _labels()

_STATUS_ORDER = {
    rules.OVERDUE: 0,
    rules.EXPIRED: 1,
    rules.DUE_SOON: 2,
    rules.IN_PROGRESS: 3,
    rules.NOT_STARTED: 4,
    rules.EXEMPT: 5,
    rules.COMPLETED: 6,
}


def required_training_for(
    *, user, language: str = "en", today: date | None = None
) -> list[RequiredTraining]:
    """The learner's open assignments with status and courses, most urgent first."""
    from courses.selectors import course_completions_for, course_titles_for, course_urls_for

    today = today or timezone.localdate()
    rows = list(
        assignments_with_status(
            queryset=Assignment.objects.filter(user=user, requirement__is_active=True),
            today=today,
        )
        .select_related("requirement")
        .prefetch_related("requirement__courses")
    )
    keys = {str(step.course_key) for row in rows for step in row.requirement.courses.all()}
    titles = course_titles_for(course_keys=keys, language=language)
    urls = course_urls_for(course_keys=keys, language=language)
    completions: dict[str, list] = {}
    for _user, key, completed_at in course_completions_for(course_keys=keys, user_ids=[user.pk]):
        completions.setdefault(str(key), []).append(completed_at)
    exemptions = {
        exemption.requirement_id: exemption
        for exemption in Exemption.objects.filter(user=user).order_by("created_at")
        if exemption.is_active_on(today)
    }
    lines = []
    for row in rows:
        steps = [
            CourseStep(
                key=str(step.course_key),
                title=titles.get(str(step.course_key), ""),
                url=urls.get(str(step.course_key)),
                done=any(
                    row.counts_after is None or moment > row.counts_after
                    for moment in completions.get(str(step.course_key), [])
                ),
            )
            for step in row.requirement.courses.all()
        ]
        lines.append(
            RequiredTraining(
                assignment=row,
                status=row.status,
                courses=steps,
                exemption=exemptions.get(row.requirement_id),
            )
        )
    lines.sort(key=lambda line: (_STATUS_ORDER[line.status], line.due_on))
    return lines


def requirements_active() -> QuerySet[Requirement]:
    return Requirement.objects.filter(is_active=True)


def assignment_history_for(*, user, limit: int = 50) -> list[Assignment]:
    """The learner's closed assignments (earlier cycles, moves, changed rules), newest
    first."""
    return list(
        Assignment.objects.filter(user=user, closed_at__isnull=False)
        .select_related("requirement")
        .order_by("-closed_at", "-sequence")[:limit]
    )
