"""By when learners must take courses again: the renewal dates their recurring required
training sets. Pages that show a certificate read them through ``courses.ports``, so that
"Renew by" gives the same date there as on the learner's required training."""

from collections import defaultdict
from datetime import date

from django.db.models import Q

from .. import rules
from ..models import Assignment, RequirementCourse
from .status import assignments_with_status


def renewal_dates_for(
    *, user_ids, course_keys, today: date | None = None
) -> dict[tuple[int, str], date]:
    """``{(user_id, course_key): day}``: by when each learner must complete each course
    again, from their open assignments of active requirements whose path holds the course
    (see :func:`training.rules.renewal_due_on`); the earliest day when several
    requirements ask. A learner exempt from a requirement is asked nothing by it."""
    keys = {str(key) for key in course_keys}
    if not keys:
        return {}
    courses_of: dict[int, set[str]] = defaultdict(set)
    for requirement_id, key in RequirementCourse.objects.filter(
        course_key__in=keys, requirement__is_active=True
    ).values_list("requirement_id", "course_key"):
        courses_of[requirement_id].add(str(key))
    if not courses_of:
        return {}
    rows = (
        assignments_with_status(
            queryset=Assignment.objects.filter(
                user_id__in=user_ids, requirement_id__in=list(courses_of)
            ).filter(
                Q(completed_at__isnull=False, expires_on__isnull=False)
                | Q(completed_at__isnull=True, is_recertification=True)
            ),
            today=today,
        )
        .exclude(status=rules.EXEMPT)
        .values_list(
            "user_id",
            "requirement_id",
            "completed_at",
            "expires_on",
            "is_recertification",
            "due_on",
        )
    )
    dates: dict[tuple[int, str], date] = {}
    for user_id, requirement_id, completed_at, expires_on, is_recertification, due_on in rows:
        day = rules.renewal_due_on(
            completed=completed_at is not None,
            expires_on=expires_on,
            is_recertification=is_recertification,
            due_on=due_on,
        )
        if day is None:
            continue
        for key in courses_of[requirement_id]:
            if (user_id, key) not in dates or day < dates[(user_id, key)]:
                dates[(user_id, key)] = day
    return dates
