"""Briefings as training: which requirements are briefings, what a trainer sent of one
briefing, and the briefings a learner still has to acknowledge."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from .. import rules
from ..models import Assignment, Requirement, RequirementCourse
from .status import assignments_with_status


def briefing_requirements(requirements: QuerySet[Requirement]) -> dict[int, list[str]]:
    """Of ``requirements``, those whose every item is a briefing (what "Send this
    briefing" makes), each with its briefing keys in order. Their reminders are worded
    for briefings, and My learning lists them under "Briefings to acknowledge" rather
    than in the required-training summary."""
    from courses.selectors import briefing_keys_among

    items: dict[int, list[str]] = defaultdict(list)
    for requirement_id, key in (
        RequirementCourse.objects.filter(requirement__in=requirements, course_key__isnull=False)
        .order_by("requirement_id", "sort_order", "pk")
        .values_list("requirement_id", "course_key")
    ):
        items[requirement_id].append(str(key))
    briefings = briefing_keys_among(keys={key for keys in items.values() for key in keys})
    return {
        requirement_id: keys
        for requirement_id, keys in items.items()
        if all(key in briefings for key in keys)
    }


@dataclass
class BriefingSend:
    """One earlier send of a briefing: the requirement it made, whom it covers, by when,
    and how many learners it assigned and how many of them acknowledged."""

    requirement: Requirement
    sent_at: datetime
    due_on: date | None
    audiences: list
    org_units: list
    assigned: int
    acknowledged: int


def briefing_sends_of(*, briefing_key) -> list[BriefingSend]:
    """Every requirement that asks for the briefing (sent from its page or made in
    Settings › Training requirements), newest first, with its open assignments counted."""
    requirements = (
        Requirement.objects.filter(courses__course_key=briefing_key)
        .distinct()
        .annotate(
            assigned=Count("assignments", filter=Q(assignments__closed_at__isnull=True)),
            acknowledged=Count(
                "assignments",
                filter=Q(
                    assignments__closed_at__isnull=True,
                    assignments__completed_at__isnull=False,
                ),
            ),
        )
        .prefetch_related("audiences", "org_units")
        .order_by("-created_at", "-pk")
    )
    return [
        BriefingSend(
            requirement=item,
            sent_at=item.created_at,
            due_on=item.due_date,
            audiences=list(item.audiences.all()),
            org_units=list(item.org_units.all()),
            assigned=item.assigned,
            acknowledged=item.acknowledged,
        )
        for item in requirements
    ]


def identical_send_of(
    *, briefing_key, audiences, org_units, acknowledge_by: date
) -> Requirement | None:
    """An active requirement for this briefing alone with exactly this scope and date: a
    form sent twice, which must not assign (and e-mail) the same learners again."""
    wanted = ({audience.pk for audience in audiences}, {unit.pk for unit in org_units})
    candidates = (
        Requirement.objects.filter(
            is_active=True,
            courses__course_key=briefing_key,
            due_rule=rules.FIXED_DATE,
            due_date=acknowledge_by,
        )
        .distinct()
        .prefetch_related("audiences", "org_units", "courses")
    )
    for item in candidates:
        scope = ({a.pk for a in item.audiences.all()}, {u.pk for u in item.org_units.all()})
        if scope == wanted and len(item.courses.all()) == 1:
            return item
    return None


@dataclass
class BriefingToAcknowledge:
    """A briefing the learner must still confirm having read."""

    title: str
    url: str | None
    due_on: date
    overdue: bool


def briefings_to_acknowledge_for(
    *, user, language: str = "en", today: date | None = None
) -> list[BriefingToAcknowledge]:
    """The briefings the learner's open assignments ask for and the learner has not
    acknowledged, each once (by its most urgent assignment), most urgent first, titled
    and linked in ``language``."""
    from courses.selectors import (
        briefing_keys_among,
        course_completions_for,
        course_titles_for,
        course_urls_for,
    )

    today = today or timezone.localdate()
    rows = list(
        assignments_with_status(
            queryset=Assignment.objects.filter(user=user, requirement__is_active=True),
            today=today,
        )
        .exclude(status__in=[rules.COMPLETED, rules.EXEMPT])
        .prefetch_related("requirement__courses")
    )
    keys = {str(step.course_key) for row in rows for step in row.requirement.courses.all()}
    briefings = briefing_keys_among(keys=keys)
    if not briefings:
        return []
    done: dict[str, list] = defaultdict(list)
    for _user, key, completed_at in course_completions_for(
        course_keys=briefings, user_ids=[user.pk]
    ):
        done[str(key)].append(completed_at)
    earliest: dict[str, Assignment] = {}
    for row in rows:
        for step in row.requirement.courses.all():
            key = str(step.course_key)
            if key not in briefings or any(
                row.counts_after is None or moment > row.counts_after for moment in done[key]
            ):
                continue
            if key not in earliest or row.due_on < earliest[key].due_on:
                earliest[key] = row
    titles = course_titles_for(course_keys=earliest, language=language)
    urls = course_urls_for(course_keys=earliest, language=language)
    lines = [
        BriefingToAcknowledge(
            title=titles[key],
            url=urls.get(key),
            due_on=row.due_on,
            overdue=row.status in (rules.OVERDUE, rules.EXPIRED),
        )
        for key, row in earliest.items()
        if key in titles  # a briefing withdrawn from the site cannot be read
    ]
    lines.sort(key=lambda line: (line.due_on, line.title))
    return lines
