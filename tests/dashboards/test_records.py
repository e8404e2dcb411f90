"""The dashboards' read models follow the source tables: whatever happens to a learner
(lessons, completions, attempts, certificates, assignments, exemptions, a move), their
rows equal what a rebuild from scratch gives, and a row's status equals the training
app's own status of the assignment behind it."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.services import lesson_complete
from dashboards.models import ComplianceRecord, CourseRecord
from dashboards.projections import compliance_status, records_refresh
from tests import factories
from tests.training.helpers import at, complete, requirement
from training import rules
from training.models import Assignment, Exemption
from training.selectors.status import assignments_with_status
from training.services import assignments_materialise, exemption_grant

pytestmark = pytest.mark.django_db


def snapshot():
    compliance = sorted(
        ComplianceRecord.objects.values_list(
            "assignment_id",
            "user_id",
            "org_unit_id",
            "requirement_id",
            "due_on",
            "completed_at",
            "expires_on",
            "started",
            "exempt_forever",
            "exempt_until",
        )
    )
    courses = sorted(
        CourseRecord.objects.values_list(
            "user_id",
            "org_unit_id",
            "course_key",
            "started_at",
            "lessons_completed",
            "completed_at",
            "seconds_to_complete",
            "passed",
            "certificate_expires_at",
        )
    )
    return compliance, courses


def assert_same_as_rebuild():
    kept = snapshot()
    records_refresh()
    assert snapshot() == kept


def statuses_agree(today):
    ours = dict(
        ComplianceRecord.objects.annotate(status=compliance_status(today=today)).values_list(
            "assignment_id", "status"
        )
    )
    theirs = dict(assignments_with_status(today=today).values_list("pk", "status"))
    assert ours == theirs


def test_learning_through_the_services_keeps_course_records_right(units, course):
    course_page, lessons = course
    learner = factories.learner(units["yvr"])
    lesson_complete(user=learner, lesson=lessons[0], language="en")

    record = CourseRecord.objects.get(user=learner)
    assert record.org_unit == units["yvr"]
    assert record.course_key == course_page.translation_key
    assert record.started_at is not None
    assert (record.lessons_completed, record.completed_at) == (1, None)

    for lesson in lessons[1:]:
        lesson_complete(user=learner, lesson=lesson, language="en")
    record = CourseRecord.objects.get(user=learner)
    assert record.lessons_completed == len(lessons)
    assert record.completed_at is not None
    assert record.seconds_to_complete is not None
    # The projector issued a certificate; with no validity it never expires.
    assert record.certificate_expires_at is None
    assert_same_as_rebuild()


def test_assignments_exemptions_and_moves_keep_compliance_records_right(units, course):
    course_page, _lessons = course
    today = timezone.localdate()
    first = factories.learner(units["yvr"])
    second = factories.learner(units["douglas"])
    item = requirement(courses=[course_page], units=[units["agency"]], due_days=30)
    assignments_materialise(requirement=item)
    assert set(ComplianceRecord.objects.values_list("user_id", flat=True)) == {
        first.pk,
        second.pk,
    }

    complete(first, course_page, at(today))
    assignments_materialise(user_ids=[first.pk])
    assert ComplianceRecord.objects.get(user=first).completed_at is not None

    exemption_grant(requirement=item, user=second, reason="On leave")
    assert ComplianceRecord.objects.get(user=second).exempt_forever

    profile = second.learner_profile
    profile.org_unit = units["yvr"]
    profile.save()
    assert ComplianceRecord.objects.get(user=second).org_unit == units["yvr"]
    assert CourseRecord.objects.filter(user=second).count() == 0

    # Moved out of every requirement's scope: the open assignment closes, its row goes.
    profile.org_unit = units["police"]
    profile.save()
    assert not ComplianceRecord.objects.filter(user=second).exists()
    statuses_agree(today)
    assert_same_as_rebuild()


def test_rebuild_command_restores_deleted_rows(units, course):
    course_page, lessons = course
    learner = factories.learner(units["yvr"])
    item = requirement(courses=[course_page], units=[units["agency"]], due_days=30)
    assignments_materialise(requirement=item)
    lesson_complete(user=learner, lesson=lessons[0], language="en")
    kept = snapshot()
    ComplianceRecord.objects.all().delete()
    CourseRecord.objects.all().delete()

    call_command("rebuild_dashboard_records", stdout=open("/dev/null", "w"))
    assert snapshot() == kept


DAYS = st.integers(min_value=-120, max_value=120)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {
                "assigned": DAYS,
                "due": st.integers(min_value=0, max_value=90),
                "grace": st.integers(min_value=0, max_value=30),
                "completed": st.one_of(st.none(), DAYS),
                "expires": st.one_of(st.none(), DAYS),
                "recertification": st.booleans(),
                "started": st.booleans(),
                "exemption": st.one_of(st.none(), st.just("forever"), DAYS),
            }
        ),
        min_size=1,
        max_size=6,
    )
)
def test_a_records_status_is_the_assignments_status(course, rows):
    """Whatever the dates, exemptions and progress, the read model's status (one flat
    row) equals the training app's status of the assignment (joins and subqueries)."""
    today = date(2026, 6, 15)
    from django.db import transaction

    with transaction.atomic():
        unit = factories.org_unit("Unit")
        course_page, _lessons = course
        # No scope: nobody is assigned by the rules, the rows below are made by hand.
        item = requirement(courses=[course_page], due_days=30)
        for row in rows:
            learner = factories.learner(unit)
            assigned = today + timedelta(days=row["assigned"])
            due = assigned + timedelta(days=row["due"])
            Assignment.objects.create(
                requirement=item,
                user=learner,
                assigned_on=assigned,
                due_on=due,
                overdue_after=due + timedelta(days=row["grace"]),
                completed_at=(
                    None
                    if row["completed"] is None
                    else at(today + timedelta(days=row["completed"]))
                ),
                expires_on=(
                    None if row["expires"] is None else today + timedelta(days=row["expires"])
                ),
                is_recertification=row["recertification"],
                rule_signature="test",
            )
            if row["started"]:
                from courses.services import registration_current

                registration_current(user=learner, course=course_page)
            if row["exemption"] is not None:
                Exemption.objects.create(
                    requirement=item,
                    user=learner,
                    reason="test",
                    expires_on=(
                        None
                        if row["exemption"] == "forever"
                        else today + timedelta(days=row["exemption"])
                    ),
                )
        records_refresh()
        statuses_agree(today)
        assert set(
            ComplianceRecord.objects.annotate(s=compliance_status(today=today)).values_list(
                "s", flat=True
            )
        ) <= set(rules.STATUSES)
        transaction.set_rollback(True)


def summary_counts(today):
    from dashboards.projections import summaries_for

    return sorted(
        summaries_for(today=today).values_list(
            "org_unit_id", "requirement_id", "status", "records", "expiring_90", "recent"
        )
    )


def record_counts(today):
    from django.db.models import Count, Q

    from dashboards.projections import expiring_within

    since = at(today - timedelta(days=28), hour=0)
    return sorted(
        ComplianceRecord.objects.annotate(status=compliance_status(today=today))
        .values("org_unit_id", "requirement_id", "status")
        .annotate(
            n=Count("pk"),
            expiring=Count("pk", filter=expiring_within(today=today, days=90)),
            recent=Count("pk", filter=Q(completed_at__gte=since)),
        )
        .values_list("org_unit_id", "requirement_id", "status", "n", "expiring", "recent")
    )


def test_daily_summaries_follow_each_change_and_each_new_day(units, course):
    course_page, _lessons = course
    today = timezone.localdate()
    first = factories.learner(units["yvr"])
    second = factories.learner(units["douglas"])
    factories.learner(units["douglas"])
    item = requirement(courses=[course_page], units=[units["agency"]], due_days=10)
    assignments_materialise(requirement=item)
    assert summary_counts(today) == record_counts(today)  # counted on first read

    complete(first, course_page, at(today))
    assignments_materialise(user_ids=[first.pk])
    exemption_grant(requirement=item, user=second, reason="On leave")
    profile = first.learner_profile
    profile.org_unit = units["douglas"]
    profile.save()
    counts = summary_counts(today)
    assert counts == record_counts(today)
    assert {row[2] for row in counts} == {"completed", "exempt", "due_soon"}

    # A full rebuild counts them again, once.
    records_refresh()
    assert summary_counts(today) == counts

    # Days later the same records read differently (due soon turns overdue).
    later = today + timedelta(days=30)
    assert summary_counts(later) == record_counts(later)
    assert "overdue" in {row[2] for row in summary_counts(later)}
