"""Keeping the dashboards' read models (``dashboards.models``) equal to the source tables.

A learner's rows are rebuilt from scratch whenever something about that learner changes:
deleting and re-inserting a handful of rows is cheaper and far harder to get wrong than
patching counters. Rebuilding everything walks the learners in id ranges, so memory stays
bounded at any size. ``records_refresh`` is idempotent: running it twice changes nothing."""

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from django.db import connection, transaction
from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    DateTimeField,
    Exists,
    F,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.utils import timezone

from .models import ComplianceDay, ComplianceRecord, ComplianceSummary, CourseRecord

#: Learners rebuilt per step of a full rebuild.
CHUNK = 5000

#: The certification windows the summaries count, in days.
EXPIRING_WINDOWS = (30, 60, 90)
#: How far back "recent" completions go (the pace that projects a target), in days.
PACE_DAYS = 28

_COMPLIANCE_COLUMNS = (
    "assignment_id",
    "user_id",
    "org_unit_id",
    "requirement_id",
    "assigned_on",
    "due_on",
    "overdue_after",
    "completed_at",
    "expires_on",
    "is_recertification",
    "started",
    "exempt_forever",
    "exempt_until",
)

_COURSE_COLUMNS = (
    "user_id",
    "org_unit_id",
    "course_key",
    "started_at",
    "last_activity_at",
    "lessons_completed",
    "completed_at",
    "seconds_to_complete",
    "passed",
    "certificate_expires_at",
)


def compliance_status(*, today: date):
    """The status of a :class:`ComplianceRecord` row on ``today``: the same rules, in the
    same order, as ``training.selectors.status.status_expression`` (and
    ``training.rules.status``)."""
    from training import rules
    from training.selectors.status import dated_status_whens

    return Case(
        When(Q(exempt_forever=True) | Q(exempt_until__gte=today), then=Value(rules.EXEMPT)),
        *dated_status_whens(today=today),
        When(started=True, then=Value(rules.IN_PROGRESS)),
        default=Value(rules.NOT_STARTED),
        output_field=CharField(),
    )


def expiring_within(*, today: date, days: int) -> Q:
    """Completed records whose certification ends in the next ``days`` days (not yet)."""
    return Q(
        completed_at__isnull=False,
        expires_on__gt=today,
        expires_on__lte=today + timedelta(days=days),
    )


# -- refreshing ---------------------------------------------------------------------------


def records_refresh(*, user_ids: Iterable[int] | None = None) -> None:
    """Rebuild both read models for these learners (``None``: for everyone)."""
    if user_ids is not None:
        ids = sorted(set(user_ids))
        for start in range(0, len(ids), CHUNK):
            condition = Q(user_id__in=ids[start : start + CHUNK])
            with transaction.atomic():
                _compliance_rebuild(condition)
                _courses_rebuild(condition)
        return
    for condition in _user_ranges():
        with transaction.atomic():
            _compliance_rebuild(condition, summaries=False)
            _courses_rebuild(condition)
    summaries_forget()
    # Rows of people who no longer have a learner profile, or wait for approval.
    from organisations.models import LearnerProfile

    placed = LearnerProfile.objects.filter(awaiting_approval=False).values("user_id")
    ComplianceRecord.objects.exclude(user_id__in=placed).delete()
    CourseRecord.objects.exclude(user_id__in=placed).delete()


def compliance_refresh(*, user_ids: Iterable[int] | None = None, requirement=None) -> None:
    """Rebuild the compliance rows only (what assignments and exemptions change): for
    some learners, for one requirement, or for everything."""
    if user_ids is not None:
        ids = sorted(set(user_ids))
        for start in range(0, len(ids), CHUNK):
            with transaction.atomic():
                _compliance_rebuild(Q(user_id__in=ids[start : start + CHUNK]))
        return
    extra = Q() if requirement is None else Q(requirement_id=requirement.pk)
    for condition in _user_ranges():
        with transaction.atomic():
            _compliance_rebuild(condition & extra, summaries=False)
    summaries_forget()


def course_records_refresh(*, user_id: int, course_key) -> None:
    """Rebuild one learner's row for one course (what lessons, completions, attempts and
    certificates change)."""
    with transaction.atomic():
        _courses_rebuild(Q(user_id=user_id), course_key=course_key)


def _user_ranges():
    from organisations.models import LearnerProfile

    ids = list(LearnerProfile.objects.order_by("user_id").values_list("user_id", flat=True))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        yield Q(user_id__gte=chunk[0], user_id__lte=chunk[-1])


def _compliance_rebuild(condition: Q, *, summaries: bool = True) -> None:
    """Replace the compliance rows matching ``condition`` by a set-based INSERT … SELECT,
    then (unless the caller forgets them all) the summaries of the units concerned."""
    from courses.selectors import course_registrations
    from training.models import Assignment, Exemption, RequirementCourse

    matching = ComplianceRecord.objects.filter(condition)
    units = set(matching.values_list("org_unit_id", flat=True).distinct()) if summaries else ()
    matching.delete()
    exemptions = Exemption.objects.filter(
        requirement_id=OuterRef("requirement_id"), user_id=OuterRef("user_id")
    )
    started = course_registrations().filter(
        user_id=OuterRef("user_id"),
        course_key__in=RequirementCourse.objects.filter(
            requirement_id=OuterRef(OuterRef("requirement_id"))
        ).values("course_key"),
    )
    # Every selected value is an annotation, so that the SELECT list keeps this order.
    source = (
        Assignment.objects.filter(condition, closed_at__isnull=True)
        # Partners awaiting approval are in no agency's figures.
        .filter(user__learner_profile__isnull=False, user__learner_profile__awaiting_approval=False)
        .annotate(
            c_assignment=F("pk"),
            c_user=F("user_id"),
            c_org_unit=F("user__learner_profile__org_unit_id"),
            c_requirement=F("requirement_id"),
            c_assigned_on=F("assigned_on"),
            c_due_on=F("due_on"),
            c_overdue_after=F("overdue_after"),
            c_completed_at=F("completed_at"),
            c_expires_on=F("expires_on"),
            c_is_recertification=F("is_recertification"),
            c_started=Exists(started),
            c_exempt_forever=Exists(exemptions.filter(expires_on__isnull=True)),
            c_exempt_until=Subquery(
                exemptions.order_by("-expires_on").values("expires_on")[:1],
                output_field=DateField(),
            ),
        )
        .values_list(*(f"c_{column.removesuffix('_id')}" for column in _COMPLIANCE_COLUMNS))
    )
    sql, params = source.query.sql_with_params()
    table = ComplianceRecord._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({', '.join(_COMPLIANCE_COLUMNS)}) {sql}", params)
    if summaries:
        units |= set(
            ComplianceRecord.objects.filter(condition)
            .values_list("org_unit_id", flat=True)
            .distinct()
        )
        _summaries_rebuild(unit_ids=units)


# -- daily summaries -------------------------------------------------------------------------


def summaries_for(*, today: date):
    """The compliance summaries counted for ``today``, counting them first if the day
    has turned (or after a full rebuild): once a day, one grouped scan of the records."""
    if not ComplianceDay.objects.filter(day=today).exists():
        with transaction.atomic():
            _, created = ComplianceDay.objects.get_or_create(day=today)
            if created:  # a request at the same moment waits on the row, then reads
                ComplianceDay.objects.exclude(day=today).delete()
                ComplianceSummary.objects.all().delete()
                _summaries_insert(day=today, condition=Q())
    return ComplianceSummary.objects.filter(day=today)


def summaries_forget() -> None:
    """After a bulk change: the next read counts the summaries again."""
    ComplianceDay.objects.all().delete()
    ComplianceSummary.objects.all().delete()


def _summaries_rebuild(*, unit_ids) -> None:
    """Count the summaries of these units again, for every day already counted."""
    unit_ids = list(unit_ids)
    if not unit_ids:
        return
    for day in ComplianceDay.objects.values_list("day", flat=True):
        ComplianceSummary.objects.filter(day=day, org_unit_id__in=unit_ids).delete()
        _summaries_insert(day=day, condition=Q(org_unit_id__in=unit_ids))


def _summaries_insert(*, day: date, condition: Q) -> None:
    """INSERT … SELECT the summaries of the records matching ``condition`` on ``day``."""
    since = timezone.make_aware(datetime.combine(day - timedelta(days=PACE_DAYS), time.min))
    # Every selected value is an annotation, in the table's column order.
    source = (
        ComplianceRecord.objects.filter(condition)
        .order_by()
        .annotate(
            c_day=Value(day, output_field=DateField()),
            c_unit=F("org_unit_id"),
            c_requirement=F("requirement_id"),
            c_status=compliance_status(today=day),
        )
        .values("c_day", "c_unit", "c_requirement", "c_status")
        .annotate(
            c_records=Count("pk"),
            **{
                f"c_expiring_{days}": Count("pk", filter=expiring_within(today=day, days=days))
                for days in EXPIRING_WINDOWS
            },
            c_recent=Count(
                "pk",
                filter=Q(completed_at__gte=Value(since, output_field=DateTimeField())),
            ),
        )
        .values_list(
            "c_day",
            "c_unit",
            "c_requirement",
            "c_status",
            "c_records",
            *(f"c_expiring_{days}" for days in EXPIRING_WINDOWS),
            "c_recent",
        )
    )
    sql, params = source.query.sql_with_params()
    columns = (
        "day",
        "org_unit_id",
        "requirement_id",
        "status",
        "records",
        *(f"expiring_{days}" for days in EXPIRING_WINDOWS),
        "recent",
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {ComplianceSummary._meta.db_table} ({', '.join(columns)}) {sql}",
            params,
        )


def _courses_rebuild(condition: Q, *, course_key=None) -> None:
    """Replace the course rows matching ``condition`` (and ``course_key``) from the
    registrations, lessons, completions, attempts and certificates."""
    from certificates.models import Certificate
    from courses.models import CourseCompletion, CourseRegistration, LessonProgress
    from organisations.models import LearnerProfile
    from quizzes.models import QuizAttempt

    def scoped(queryset):
        queryset = queryset.filter(condition)
        return queryset if course_key is None else queryset.filter(course_key=course_key)

    scoped(CourseRecord.objects.all()).delete()
    # Partners awaiting approval take open courses but are in no agency's figures.
    placed = LearnerProfile.objects.filter(condition, awaiting_approval=False)
    units = dict(placed.values_list("user_id", "org_unit_id"))
    if not units:
        return
    rows: dict[tuple, dict] = {}

    def row(user_id, key):
        found = rows.get((user_id, key))
        if found is None:
            found = rows[(user_id, key)] = {
                "started_at": None,
                "last_activity_at": None,
                "current": None,
                "lessons": {},
                "completed_at": None,
                "seconds": None,
                "passed": None,
                "expires": None,
            }
        return found

    started_at_of = {}
    registrations = scoped(CourseRegistration.objects.all()).values_list(
        "user_id", "course_key", "registration", "started_at", "last_visited_at", "is_current"
    )
    for user_id, key, registration, started_at, visited_at, is_current in registrations:
        item = row(user_id, key)
        started_at_of[registration] = started_at
        if item["started_at"] is None or started_at < item["started_at"]:
            item["started_at"] = started_at
        latest = visited_at or started_at
        if item["last_activity_at"] is None or latest > item["last_activity_at"]:
            item["last_activity_at"] = latest
        if is_current:
            item["current"] = registration
    lessons = (
        scoped(LessonProgress.objects.all())
        .values("user_id", "course_key", "registration")
        .annotate(done=Count("lesson_key", distinct=True), last=Max("completed_at"))
        .values_list("user_id", "course_key", "registration", "done", "last")
    )
    for user_id, key, registration, done, last in lessons:
        item = row(user_id, key)
        item["lessons"][registration] = done
        if item["last_activity_at"] is None or last > item["last_activity_at"]:
            item["last_activity_at"] = last
    completions = (
        scoped(CourseCompletion.objects.all())
        .order_by("completed_at")
        .values_list("user_id", "course_key", "registration", "completed_at")
    )
    for user_id, key, registration, completed_at in completions:
        item = row(user_id, key)
        item["completed_at"] = completed_at
        began = started_at_of.get(registration)
        item["seconds"] = (
            max(0, int((completed_at - began).total_seconds())) if began is not None else None
        )
        if item["last_activity_at"] is None or completed_at > item["last_activity_at"]:
            item["last_activity_at"] = completed_at
    attempts = (
        scoped(QuizAttempt.objects.filter(course_key__isnull=False, passed__isnull=False))
        .values("user_id", "course_key")
        .annotate(
            any_passed=Max(Case(When(passed=True, then=1), default=0)),
        )
        .values_list("user_id", "course_key", "any_passed")
    )
    for user_id, key, any_passed in attempts:
        row(user_id, key)["passed"] = bool(any_passed)
    certificates = (
        scoped(Certificate.objects.filter(revoked_at__isnull=True))
        .order_by("issued_at")
        .values_list("user_id", "course_key", "expires_at")
    )
    for user_id, key, expires_at in certificates:
        row(user_id, key)["expires"] = expires_at

    def lessons_done(item) -> int:
        if item["current"] is not None:
            return item["lessons"].get(item["current"], 0)
        return max(item["lessons"].values(), default=0)

    _write(
        CourseRecord,
        _COURSE_COLUMNS,
        [
            (
                user_id,
                units[user_id],
                key,
                item["started_at"],
                item["last_activity_at"],
                lessons_done(item),
                item["completed_at"],
                item["seconds"],
                item["passed"],
                item["expires"],
            )
            for (user_id, key), item in rows.items()
            if user_id in units
        ],
    )


def _write(model, columns, rows: list[tuple]) -> None:
    """Insert rows in bulk: COPY on PostgreSQL, batched inserts elsewhere."""
    if not rows:
        return
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            statement = f"COPY {model._meta.db_table} ({', '.join(columns)}) FROM STDIN"
            with cursor.cursor.copy(statement) as copy:
                for values in rows:
                    copy.write_row(values)
        return
    model.objects.bulk_create(
        [model(**dict(zip(columns, values, strict=True))) for values in rows], batch_size=1000
    )
