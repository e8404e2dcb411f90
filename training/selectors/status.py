"""Assignment statuses (the SQL twin of ``training.rules.status``) and counts of them
over a unit's subtree, for dashboards and reminders."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import (
    Case,
    CharField,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone

from .. import rules
from ..models import Assignment, Exemption, Requirement, RequirementCourse


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
