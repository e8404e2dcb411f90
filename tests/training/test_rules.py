"""The due-date, recurrence and status rules, as pure functions, with property tests."""

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from training import rules
from training.rules import Rule

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
months = st.integers(min_value=1, max_value=60)
small = st.integers(min_value=0, max_value=400)


def moment(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


# -- first due date -------------------------------------------------------------------------


@given(assigned=days, n=small)
def test_days_after_assignment_is_never_before_assignment(assigned, n):
    rule = Rule(due_rule=rules.DAYS_AFTER_ASSIGNMENT, due_days=n)
    assert rules.first_due_on(rule, assigned_on=assigned) == assigned + timedelta(days=n)


@given(assigned=days, start=st.one_of(st.none(), days), n=small)
def test_days_after_start_date_falls_back_to_assignment_without_a_start_date(assigned, start, n):
    rule = Rule(due_rule=rules.DAYS_AFTER_START_DATE, due_days=n)
    due = rules.first_due_on(rule, assigned_on=assigned, start_date=start)
    assert due == (start or assigned) + timedelta(days=n)


@given(assigned=days, joined=st.one_of(st.none(), days), n=small)
def test_days_after_joining_counts_from_the_join(assigned, joined, n):
    rule = Rule(due_rule=rules.DAYS_AFTER_AUDIENCE_JOINED, due_days=n)
    due = rules.first_due_on(rule, assigned_on=assigned, joined_on=joined)
    assert due == (joined or assigned) + timedelta(days=n)


@given(assigned=days, fixed=days)
def test_fixed_date_ignores_the_learner(assigned, fixed):
    rule = Rule(due_rule=rules.FIXED_DATE, due_date=fixed)
    assert rules.first_due_on(rule, assigned_on=assigned) == fixed


# -- recurrence -----------------------------------------------------------------------------


def test_month_arithmetic_clamps_to_the_end_of_short_months():
    assert rules.add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert rules.add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)


@given(done=days, m=months)
def test_months_after_completion_expires_m_months_later(done, m):
    rule = Rule(recurrence=rules.MONTHS_AFTER_COMPLETION, recurrence_months=m)
    expires = rules.completion_expires_on(rule, completed_on=done)
    assert expires == rules.add_months(done, m)
    assert expires > done


@given(done=days)
def test_a_one_off_requirement_never_expires(done):
    assert rules.completion_expires_on(Rule(), completed_on=done) is None


@given(anchor=days, m=months, after=days)
def test_the_next_anniversary_is_on_the_cycle_and_just_after(anchor, m, after):
    upcoming = rules.anniversaries_after(anchor, m, after)
    assert upcoming > after
    # It lies on the cycle: some k >= 0 gives it.
    months_between = (upcoming.year - anchor.year) * 12 + upcoming.month - anchor.month
    assert months_between % m == 0
    assert upcoming == rules.add_months(anchor, months_between)
    # And it is the first one: the previous anniversary (when there is one) is not after.
    if months_between >= m:
        assert rules.add_months(anchor, months_between - m) <= after


@given(anchor=days, m=months, done=days, window=st.integers(min_value=0, max_value=27))
def test_an_anniversary_completion_lasts_at_least_past_the_window(anchor, m, done, window):
    rule = Rule(
        recurrence=rules.FIXED_ANNIVERSARY,
        recurrence_months=m,
        anniversary=anchor,
        window_days=window,
    )
    expires = rules.completion_expires_on(rule, completed_on=done)
    # A completion never expires before its renewal window has opened after it.
    assert rules.renewal_opens_on(rule, expires_on=expires) > done


def test_a_completion_inside_the_window_counts_for_the_coming_anniversary():
    rule = Rule(
        recurrence=rules.FIXED_ANNIVERSARY,
        recurrence_months=12,
        anniversary=date(2027, 3, 31),
        window_days=30,
    )
    assert rules.completion_expires_on(rule, completed_on=date(2027, 1, 10)) == date(2027, 3, 31)
    assert rules.completion_expires_on(rule, completed_on=date(2027, 3, 15)) == date(2028, 3, 31)


# -- cycles ---------------------------------------------------------------------------------


@settings(max_examples=60)
@given(
    assigned=days,
    m=months,
    completions=st.lists(days, max_size=6),
    today_offset=st.integers(min_value=0, max_value=3000),
)
def test_cycles_follow_each_other_and_the_last_is_current(assigned, m, completions, today_offset):
    today = assigned + timedelta(days=today_offset)
    rule = Rule(
        due_rule=rules.DAYS_AFTER_ASSIGNMENT,
        due_days=30,
        recurrence=rules.MONTHS_AFTER_COMPLETION,
        recurrence_months=m,
        window_days=14,
    )
    history = {"c": [moment(day) for day in completions]}
    plan = rules.cycles_plan(
        rule, course_keys=["c"], completions=history, today=today, assigned_on=assigned
    )
    assert [cycle.number for cycle in plan] == list(range(1, len(plan) + 1))
    for earlier, later in zip(plan, plan[1:], strict=False):
        # A cycle follows only a completed one, is due when that one expires and counts
        # only completions made after it.
        assert earlier.completed_at is not None
        assert later.due_on == earlier.expires_on
        assert later.counts_after == earlier.completed_at
        assert later.is_recertification
        assert later.completed_at is None or later.completed_at > earlier.completed_at
    current = plan[-1]
    # The current cycle's renewal window has not opened yet (or it is not completed).
    assert (
        current.expires_on is None
        or rules.renewal_opens_on(rule, expires_on=current.expires_on) > today
    )


@given(assigned=days, completions=st.lists(days, max_size=4))
def test_a_one_off_requirement_has_a_single_cycle(assigned, completions):
    plan = rules.cycles_plan(
        Rule(due_days=10),
        course_keys=["c"],
        completions={"c": [moment(day) for day in completions]},
        today=assigned + timedelta(days=5000),
        assigned_on=assigned,
    )
    assert len(plan) == 1
    assert (plan[0].completed_at is None) == (not completions)


def test_a_path_is_complete_only_when_every_course_is():
    first, second = moment(date(2027, 1, 5)), moment(date(2027, 2, 1))
    assert rules.path_completed_at({"a": [first]}, ["a", "b"]) is None
    assert rules.path_completed_at({"a": [first], "b": [second]}, ["a", "b"]) == second
    assert rules.path_completed_at({"a": [first], "b": [second]}, ["a", "b"], after=first) is None


# -- status ---------------------------------------------------------------------------------


@given(
    today=days,
    due_offset=st.integers(min_value=-400, max_value=400),
    grace=st.integers(min_value=0, max_value=60),
    done=st.booleans(),
    recert=st.booleans(),
    started=st.booleans(),
    exempt=st.booleans(),
)
def test_status_is_one_of_the_known_ones_and_exempt_wins(
    today, due_offset, grace, done, recert, started, exempt
):
    due = today + timedelta(days=due_offset)
    status = rules.status(
        today=today,
        due_on=due,
        overdue_after=due + timedelta(days=grace),
        completed_on=today - timedelta(days=1) if done else None,
        is_recertification=recert,
        started=started,
        exempt=exempt,
    )
    assert status in rules.STATUSES
    if exempt:
        assert status == rules.EXEMPT
    elif done:
        assert status == rules.COMPLETED
    elif status == rules.OVERDUE:
        # Overdue only once the grace period is over.
        assert today > due + timedelta(days=grace)
    if status == rules.DUE_SOON:
        assert today >= due - timedelta(days=rules.DUE_SOON_DAYS)


def test_grace_period_delays_overdue():
    due = date(2027, 3, 31)
    kwargs = {"due_on": due, "overdue_after": due + timedelta(days=7)}
    assert rules.status(today=date(2027, 4, 7), **kwargs) == rules.DUE_SOON
    assert rules.status(today=date(2027, 4, 8), **kwargs) == rules.OVERDUE


def test_a_lapsed_certification_reads_expired():
    due = date(2027, 3, 31)
    assert (
        rules.status(today=due, due_on=due, overdue_after=due, is_recertification=True)
        == rules.EXPIRED
    )
    assert (
        rules.status(
            today=due,
            due_on=due,
            overdue_after=due,
            completed_on=date(2026, 3, 1),
            expires_on=due,
        )
        == rules.EXPIRED
    )


# -- validation -----------------------------------------------------------------------------


def test_contradictory_rules_are_named_by_field():
    today = date(2027, 1, 1)
    problems = rules.rule_problems(
        Rule(due_rule=rules.FIXED_DATE, due_date=date(2026, 1, 1), due_days=10), today=today
    )
    assert set(problems) == {"due_date", "due_days"}
    problems = rules.rule_problems(
        Rule(due_days=10, recurrence=rules.ONCE, recurrence_months=12, window_days=5), today=today
    )
    assert set(problems) == {"recurrence_months", "window_days"}
    problems = rules.rule_problems(
        Rule(due_days=10, recurrence=rules.FIXED_ANNIVERSARY, recurrence_months=1, window_days=40),
        today=today,
    )
    assert set(problems) == {"anniversary", "window_days"}
    assert rules.rule_problems(Rule(due_days=10), today=today) == {}


def test_an_unchanged_past_due_date_is_accepted_on_edit():
    rule = Rule(due_rule=rules.FIXED_DATE, due_date=date(2026, 1, 1))
    assert rules.rule_problems(rule, today=date(2027, 1, 1), due_date_changed=False) == {}
