"""Due dates, recurrence and assignment status: pure functions of plain values.

Nothing here touches the database, so every rule can be tested with plain dates (see
``tests/training/test_rules.py``). The materialisation service and the status selectors
apply these rules; the SQL status expression in ``selectors`` mirrors ``status``.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from django.utils.translation import gettext_lazy as _

# Due rules
FIXED_DATE = "fixed_date"
DAYS_AFTER_ASSIGNMENT = "days_after_assignment"
DAYS_AFTER_START_DATE = "days_after_start_date"
DAYS_AFTER_AUDIENCE_JOINED = "days_after_audience_joined"
DUE_RULES = (FIXED_DATE, DAYS_AFTER_ASSIGNMENT, DAYS_AFTER_START_DATE, DAYS_AFTER_AUDIENCE_JOINED)

# Recurrence
ONCE = "once"
MONTHS_AFTER_COMPLETION = "months_after_completion"
FIXED_ANNIVERSARY = "fixed_anniversary"
RECURRENCES = (ONCE, MONTHS_AFTER_COMPLETION, FIXED_ANNIVERSARY)

# Statuses
NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
DUE_SOON = "due_soon"
OVERDUE = "overdue"
EXPIRED = "expired"
EXEMPT = "exempt"
STATUSES = (NOT_STARTED, IN_PROGRESS, COMPLETED, DUE_SOON, OVERDUE, EXPIRED, EXEMPT)

#: How many days before its due date an assignment counts as "due soon".
DUE_SOON_DAYS = 14

#: A safety net: no learner needs more recertification cycles computed in one go.
MAX_CYCLES = 500


@dataclass(frozen=True)
class Rule:
    """The date rules of a requirement."""

    due_rule: str = DAYS_AFTER_ASSIGNMENT
    due_date: date | None = None
    due_days: int | None = None
    recurrence: str = ONCE
    recurrence_months: int | None = None
    anniversary: date | None = None
    window_days: int = 0
    grace_days: int = 0


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months; the 31st becomes the month's last day when needed."""
    return day + relativedelta(months=months)


def first_due_on(
    rule: Rule, *, assigned_on: date, start_date: date | None = None, joined_on: date | None = None
) -> date:
    """The due date of a learner's first cycle.

    A rule counted from a start date or an audience join uses the assignment date when
    the learner has no such date on record."""
    if rule.due_rule == FIXED_DATE:
        if rule.due_date is None:
            raise ValueError("due_date: a fixed-date rule needs a due date")
        return rule.due_date
    days = timedelta(days=rule.due_days or 0)
    if rule.due_rule == DAYS_AFTER_START_DATE:
        return (start_date or assigned_on) + days
    if rule.due_rule == DAYS_AFTER_AUDIENCE_JOINED:
        return (joined_on or assigned_on) + days
    return assigned_on + days


def anniversaries_after(anchor: date, months: int, after: date) -> date:
    """The first date ``anchor + k * months`` (k >= 0) strictly after ``after``."""
    if months <= 0:
        raise ValueError("recurrence_months: must be at least 1")
    if anchor > after:
        # Step back to the earliest anniversary still after ``after``.
        k = 0
        while k > -MAX_CYCLES * 12 and add_months(anchor, (k - 1) * months) > after:
            k -= 1
        return add_months(anchor, k * months)
    elapsed = (after.year - anchor.year) * 12 + (after.month - anchor.month)
    k = max(0, elapsed // months - 1)
    candidate = add_months(anchor, k * months)
    while candidate <= after:
        k += 1
        candidate = add_months(anchor, k * months)
    return candidate


def completion_expires_on(rule: Rule, *, completed_on: date) -> date | None:
    """When a completion stops counting, or None when it counts for good.

    Every M months from completion: ``completed_on + M months``. On a fixed anniversary:
    the first anniversary after the completion, except that a completion made inside
    the recertification window before an anniversary already counts for that
    anniversary's cycle, so it lasts until the one after."""
    if rule.recurrence == ONCE:
        return None
    months = rule.recurrence_months or 0
    if rule.recurrence == MONTHS_AFTER_COMPLETION:
        return add_months(completed_on, months)
    anchor = rule.anniversary or completed_on
    upcoming = anniversaries_after(anchor, months, completed_on)
    if completed_on >= upcoming - timedelta(days=rule.window_days):
        return anniversaries_after(anchor, months, upcoming)
    return upcoming


def renewal_opens_on(rule: Rule, *, expires_on: date) -> date:
    """The first day a learner may recertify: the window before the expiry."""
    return expires_on - timedelta(days=rule.window_days)


def renewal_due_on(
    *, completed: bool, expires_on: date | None, is_recertification: bool, due_on: date
) -> date | None:
    """By when an open assignment asks the learner to take the training again: the day
    its completion stops counting, or the due date of a recertification cycle not done
    yet. None for a first cycle not done yet and for training taken once."""
    if completed:
        return expires_on
    if is_recertification:
        return due_on
    return None


def overdue_after(rule: Rule, *, due_on: date) -> date:
    """The last day of grace: the assignment is overdue from the day after."""
    return due_on + timedelta(days=rule.grace_days)


def path_completed_at(
    completions: Mapping[str, Iterable[datetime]],
    course_keys: Sequence[str],
    *,
    after: datetime | None = None,
) -> datetime | None:
    """When a learner finished every course of a path, counting only completions made
    after ``after``: the latest of each course's first such completion, or None."""
    if not course_keys:
        return None
    finished = []
    for key in course_keys:
        eligible = [
            moment for moment in completions.get(key, ()) if after is None or moment > after
        ]
        if not eligible:
            return None
        finished.append(min(eligible))
    return max(finished)


@dataclass(frozen=True)
class Cycle:
    """One cycle of a requirement for one learner."""

    number: int
    due_on: date
    counts_after: datetime | None
    completed_at: datetime | None
    expires_on: date | None
    is_recertification: bool


def cycles_plan(
    rule: Rule,
    *,
    course_keys: Sequence[str],
    completions: Mapping[str, Iterable[datetime]],
    today: date,
    assigned_on: date,
    start_date: date | None = None,
    joined_on: date | None = None,
    local_date=lambda moment: moment.date(),
) -> list[Cycle]:
    """The learner's cycles up to today: the first one, then one per renewal whose
    window has opened. The last cycle is the current one."""
    due_on = first_due_on(rule, assigned_on=assigned_on, start_date=start_date, joined_on=joined_on)
    cycles: list[Cycle] = []
    counts_after: datetime | None = None
    is_recertification = False
    for number in range(1, MAX_CYCLES + 1):
        completed_at = path_completed_at(completions, course_keys, after=counts_after)
        expires_on = (
            completion_expires_on(rule, completed_on=local_date(completed_at))
            if completed_at is not None
            else None
        )
        cycles.append(
            Cycle(number, due_on, counts_after, completed_at, expires_on, is_recertification)
        )
        if expires_on is None or renewal_opens_on(rule, expires_on=expires_on) > today:
            break
        due_on, counts_after, is_recertification = expires_on, completed_at, True
    return cycles


def status(
    *,
    today: date,
    due_on: date,
    overdue_after: date,
    completed_on: date | None = None,
    expires_on: date | None = None,
    is_recertification: bool = False,
    started: bool = False,
    exempt: bool = False,
) -> str:
    """The status of one assignment on ``today``.

    Exempt wins; a completion counts until it expires; a recertification cycle not done
    by its due date means the certification has expired; otherwise an assignment is
    overdue after its grace period, due soon in the last ``DUE_SOON_DAYS`` days, in
    progress once started."""
    if exempt:
        return EXEMPT
    if completed_on is not None:
        if expires_on is not None and today >= expires_on:
            return EXPIRED
        return COMPLETED
    if is_recertification and today >= due_on:
        return EXPIRED
    if today > overdue_after:
        return OVERDUE
    if today >= due_on - timedelta(days=DUE_SOON_DAYS):
        return DUE_SOON
    if started:
        return IN_PROGRESS
    return NOT_STARTED


def rule_problems(rule: Rule, *, today: date, due_date_changed: bool = True) -> dict[str, str]:
    """What is contradictory or impossible in a rule, by field name (empty when sound)."""
    problems: dict[str, str] = {}
    if rule.due_rule not in DUE_RULES:
        problems["due_rule"] = _("Unknown due rule.")
    if rule.due_rule == FIXED_DATE:
        if rule.due_date is None:
            problems["due_date"] = _("Required when the due rule is a fixed date.")
        elif due_date_changed and rule.due_date < today:
            problems["due_date"] = _("Must not be in the past.")
        if rule.due_days is not None:
            problems["due_days"] = _("Leave empty when the due rule is a fixed date.")
    else:
        if rule.due_days is None:
            problems["due_days"] = _("Required when the due date is counted in days.")
        if rule.due_date is not None:
            problems["due_date"] = _("Leave empty unless the due rule is a fixed date.")
    if rule.recurrence not in RECURRENCES:
        problems["recurrence"] = _("Unknown recurrence.")
    if rule.recurrence == ONCE:
        if rule.recurrence_months is not None:
            problems["recurrence_months"] = _("Leave empty when the training is taken once.")
        if rule.anniversary is not None:
            problems["anniversary"] = _("Leave empty unless the recurrence is a fixed anniversary.")
        if rule.window_days:
            problems["window_days"] = _("A recertification window needs a recurrence.")
    else:
        if not rule.recurrence_months:
            problems["recurrence_months"] = _("Required when the training recurs.")
        elif rule.window_days and rule.window_days >= rule.recurrence_months * 28:
            problems["window_days"] = _("Must be shorter than the recurrence period.")
        if rule.recurrence == FIXED_ANNIVERSARY and rule.anniversary is None:
            problems["anniversary"] = _("Required when the training recurs on an anniversary.")
        if rule.recurrence == MONTHS_AFTER_COMPLETION and rule.anniversary is not None:
            problems["anniversary"] = _("Leave empty unless the recurrence is a fixed anniversary.")
    return problems
