"""A learner's required training (open assignments with their status and courses, most
urgent first) and their assignment history."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Case, CharField, QuerySet, Value, When
from django.utils import timezone

from .. import rules
from ..models import Assignment, Exemption, Requirement
from .status import assignments_with_status, status_expression


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

#: The status of a closed assignment that was not completed (see
#: :func:`assignments_of_learner`).
CLOSED = "closed"


def assignment_status_label(status: str) -> str:
    """The status in words, in the active language."""
    if status == CLOSED:
        from django.utils.translation import gettext

        return gettext("Closed")
    return str(STATUS_LABELS[status])


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


def assignments_of_learner(*, user, today: date | None = None) -> list[Assignment]:
    """Every assignment of the learner, open and closed, oldest first, with its
    requirement and ``status``: an open one's as of ``today``, a closed one's
    ``completed`` or :data:`CLOSED`. One query."""
    today = today or timezone.localdate()
    return list(
        Assignment.objects.filter(user=user)
        .annotate(
            status=Case(
                When(
                    closed_at__isnull=False, completed_at__isnull=False, then=Value(rules.COMPLETED)
                ),
                When(closed_at__isnull=False, then=Value(CLOSED)),
                default=status_expression(today=today),
                output_field=CharField(),
            )
        )
        .select_related("requirement")
        .order_by("assigned_on", "requirement_id", "sequence")
    )
