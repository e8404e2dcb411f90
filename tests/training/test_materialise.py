"""Assignments follow requirements, learners' places and completions; history is kept."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from organisations.models import LearnerProfile
from tests import factories
from tests.training.helpers import at, complete, requirement
from training import rules
from training.models import Assignment
from training.selectors.status import assignments_with_status, unit_status_counts
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


def open_rows(user, item=None):
    rows = Assignment.objects.filter(user=user, closed_at__isnull=True)
    return rows.filter(requirement=item) if item else rows


def status_of(user, item, today=None):
    return assignments_with_status(queryset=open_rows(user, item), today=today).get().status


def test_learners_in_scope_are_assigned_and_others_are_not(course, units, bso):
    page, _lessons = course
    inside = factories.learner(units["yvr"])
    elsewhere = factories.learner(units["police"])
    item = requirement(courses=[page], audiences=[bso], units=[units["region"]], due_days=30)

    assignments_materialise(requirement=item)

    row = open_rows(inside, item).get()
    assert row.due_on == timezone.localdate() + timedelta(days=30)
    assert status_of(inside, item) == rules.NOT_STARTED
    assert not open_rows(elsewhere).exists()


def test_running_twice_changes_nothing(course, units, bso):
    page, _ = course
    factories.learner(units["yvr"])
    item = requirement(courses=[page], audiences=[bso])
    assignments_materialise()
    before = list(Assignment.objects.values())
    result = assignments_materialise()
    assert (result.created, result.closed, result.updated) == (0, 0, 0)
    assert list(Assignment.objects.values()) == before
    assert Assignment.objects.filter(requirement=item).count() == 1


def test_excluded_subtree_is_left_out(course, units, bso):
    page, _ = course
    yvr = factories.learner(units["yvr"])
    douglas = factories.learner(units["douglas"])
    requirement(courses=[page], audiences=[bso], excluded_units=[units["douglas"]])
    assignments_materialise()
    assert open_rows(yvr).exists()
    assert not open_rows(douglas).exists()


def test_a_move_out_of_scope_closes_the_assignment_with_a_reason(course, units, bso):
    page, _ = course
    user = factories.learner(units["yvr"])
    item = requirement(courses=[page], units=[units["region"]])
    assignments_materialise()

    profile = user.learner_profile
    profile.org_unit = units["police"]
    profile.save()  # the profile signal re-materialises this learner

    row = Assignment.objects.get(user=user, requirement=item)
    assert row.closed_at is not None
    assert row.closed_reason == Assignment.CloseReason.OUT_OF_SCOPE

    # Moving back opens a new assignment; the closed one stays as history.
    profile.org_unit = units["douglas"]
    profile.save()
    assert Assignment.objects.filter(user=user, requirement=item).count() == 2
    assert open_rows(user, item).get().sequence == 2


def test_joining_an_audience_assigns_and_leaving_it_closes(course, units, bso, cadet):
    page, _ = course
    user = factories.learner(units["police"])
    item = requirement(courses=[page], audiences=[cadet], due_rule="days_after_audience_joined")
    assert not open_rows(user).exists()

    user.learner_profile.audiences.add(cadet)
    row = open_rows(user, item).get()
    membership = user.learner_profile.audience_memberships.get(audience=cadet)
    assert row.due_on == membership.joined_on + timedelta(days=30)

    user.learner_profile.audiences.remove(cadet)
    assert not open_rows(user, item).exists()
    membership.refresh_from_db()
    assert membership.left_on is not None


def test_a_rule_change_closes_and_remakes_keeping_the_history(course, units, bso):
    page, _ = course
    user = factories.learner(units["yvr"])
    item = requirement(courses=[page], audiences=[bso], due_days=30)
    assignments_materialise()
    first = open_rows(user, item).get()

    item.due_days = 60
    item.save()
    assignments_materialise(requirement=item)

    first.refresh_from_db()
    assert first.closed_reason == Assignment.CloseReason.REQUIREMENT_CHANGED
    current = open_rows(user, item).get()
    # Still counted from the first assignment date.
    assert current.assigned_on == first.assigned_on
    assert current.due_on == first.assigned_on + timedelta(days=60)


def test_deactivating_a_requirement_closes_its_assignments(course, units, bso):
    page, _ = course
    user = factories.learner(units["yvr"])
    item = requirement(courses=[page], audiences=[bso])
    assignments_materialise()
    item.is_active = False
    item.save()
    assignments_materialise(requirement=item)
    row = Assignment.objects.get(user=user, requirement=item)
    assert row.closed_reason == Assignment.CloseReason.REQUIREMENT_INACTIVE


def test_a_learner_who_already_completed_is_completed(course, units, bso):
    page, _ = course
    user = factories.learner(units["yvr"])
    complete(user, page, at(timezone.localdate() - timedelta(days=100)))
    item = requirement(courses=[page], audiences=[bso])
    assignments_materialise()
    assert status_of(user, item) == rules.COMPLETED


def test_a_learning_path_needs_every_course(units, bso):
    first, _ = factories.course(title="Part one", french=False)
    second, _ = factories.course(title="Part two", french=False)
    user = factories.learner(units["yvr"])
    item = requirement(courses=[first, second], audiences=[bso])
    complete(user, first, at(timezone.localdate()))
    assignments_materialise()
    assert open_rows(user, item).get().completed_at is None
    complete(user, second, at(timezone.localdate()))
    assignments_materialise(user_ids=[user.pk])
    assert open_rows(user, item).get().completed_at is not None


def test_recertification_cycle_opens_with_the_window_and_expires(course, units, bso):
    page, _ = course
    user = factories.learner(units["yvr"])
    done = date(2025, 1, 10)
    complete(user, page, at(done))
    item = requirement(
        courses=[page],
        audiences=[bso],
        recurrence="months_after_completion",
        recurrence_months=12,
        window_days=30,
    )
    # Before the window: the completed first cycle is current.
    assignments_materialise(today=date(2025, 12, 1))
    row = open_rows(user, item).get()
    assert row.expires_on == date(2026, 1, 10)
    assert status_of(user, item, today=date(2025, 12, 1)) == rules.COMPLETED

    # In the window: a renewal cycle due on the expiry date; the old one is history.
    assignments_materialise(today=date(2025, 12, 15))
    renewal = open_rows(user, item).get()
    assert renewal.is_recertification and renewal.cycle == 2
    assert renewal.due_on == date(2026, 1, 10)
    assert Assignment.objects.get(user=user, requirement=item, cycle=1).closed_reason == "renewed"
    counts = unit_status_counts(
        org_unit=units["agency"], requirement=item, today=date(2025, 12, 15)
    )
    assert counts.expiring == 1

    # Past the expiry without renewal: expired.
    assert status_of(user, item, today=date(2026, 1, 10)) == rules.EXPIRED

    # Renewing completes the new cycle.
    complete(user, page, at(date(2026, 1, 20)))
    assignments_materialise(today=date(2026, 1, 21))
    assert status_of(user, item, today=date(2026, 1, 21)) == rules.COMPLETED
    assert open_rows(user, item).get().expires_on == date(2027, 1, 20)


def test_profiles_without_audience_or_unit_match_are_never_assigned(course, units, bso):
    """A user without a learner profile has no unit: no requirement applies to them."""
    page, _ = course
    stranger = factories.UserFactory()
    requirement(courses=[page], audiences=[bso], units=[units["agency"]])
    assignments_materialise()
    assert not Assignment.objects.filter(user=stranger).exists()
    assert not LearnerProfile.objects.filter(user=stranger).exists()


def test_unit_counts_cover_the_subtree_only(course, units, bso):
    page, _ = course
    today = timezone.localdate()
    done = factories.learner(units["yvr"])
    factories.learner(units["douglas"])
    factories.learner(units["police"])
    complete(done, page, at(today))
    item = requirement(courses=[page], audiences=[bso], due_days=5)
    assignments_materialise()
    counts = unit_status_counts(org_unit=units["region"], requirement=item)
    assert (counts.assigned, counts.completed, counts.due_soon) == (3 - 1, 1, 1)
    later = unit_status_counts(
        org_unit=units["region"], requirement=item, today=today + timedelta(days=6)
    )
    assert later.overdue == 1


def test_sql_status_agrees_with_the_rules(course, units, bso):
    """The SQL twin of the status rule gives the same answer as the pure function."""
    page, _ = course
    users = [factories.learner(units["yvr"]) for _ in range(3)]
    complete(users[0], page, at(timezone.localdate()))
    item = requirement(courses=[page], audiences=[bso], due_days=20, grace_days=3)
    assignments_materialise()
    for offset in (0, 7, 20, 22, 24, 400):
        today = timezone.localdate() + timedelta(days=offset)
        for row in assignments_with_status(
            queryset=Assignment.objects.filter(requirement=item), today=today
        ):
            expected = rules.status(
                today=today,
                due_on=row.due_on,
                overdue_after=row.overdue_after,
                completed_on=row.completed_at and row.completed_at.date(),
                expires_on=row.expires_on,
                is_recertification=row.is_recertification,
            )
            assert row.status == expected


def test_unit_counts_agree_with_row_statuses(course, units, bso):
    """The set-based counts give what counting each row's own status gives."""
    from collections import Counter

    from courses.services import registration_current
    from training.services import exemption_grant

    page, _ = course
    users = [factories.learner(units["yvr"]) for _ in range(5)]
    item = requirement(courses=[page], audiences=[bso], due_days=40)
    complete(users[0], page, at(timezone.localdate()))
    registration_current(user=users[1], course=page)
    exemption_grant(requirement=item, user=users[2], reason="On leave")
    assignments_materialise()
    for offset in (0, 30, 45):
        today = timezone.localdate() + timedelta(days=offset)
        rows = assignments_with_status(
            queryset=Assignment.objects.filter(requirement=item), today=today
        )
        expected = Counter(row.status for row in rows)
        counts = unit_status_counts(org_unit=units["agency"], today=today)
        assert counts.assigned == 5
        for status in rules.STATUSES:
            assert getattr(counts, status) == expected.get(status, 0), (offset, status)
    assert unit_status_counts(org_unit=units["agency"]).in_progress == 1


def test_an_exemption_needs_a_reason(course, units, bso):
    from training.models import Exemption
    from training.services import exemption_grant

    page, _ = course
    user = factories.learner(units["yvr"])
    item = requirement(courses=[page], audiences=[bso])
    with pytest.raises(ValueError, match="reason"):
        exemption_grant(requirement=item, user=user, reason="   ")
    assert not Exemption.objects.exists()
