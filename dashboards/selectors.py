"""Completion figures for a manager's part of the organisation, and nothing outside it."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count

from courses.models import CourseCompletion, CoursePage
from organisations.models import LearnerProfile, OrgUnit
from organisations.selectors import org_units_in_scope


@dataclass
class UnitRow:
    unit: OrgUnit
    depth: int
    learners: int = 0
    completed: dict[str, int] = field(default_factory=dict)  # course key -> learners done

    def percent(self, course_key: str) -> int:
        if not self.learners:
            return 0
        return round(100 * self.completed.get(course_key, 0) / self.learners)

    def as_json(self, course_keys: list[str]) -> dict:
        return {
            "unit": self.unit.pk,
            "learners": self.learners,
            "courses": {
                key: {"completed": self.completed.get(key, 0), "percent": self.percent(key)}
                for key in course_keys
            },
        }


@dataclass
class CompletionReport:
    courses: list[CoursePage]
    rows: list[UnitRow]

    @property
    def course_keys(self) -> list[str]:
        return [str(course.translation_key) for course in self.courses]

    def as_json(self) -> dict:
        keys = self.course_keys
        return {"rows": [row.as_json(keys) for row in self.rows]}


def dashboard_courses(*, language: str) -> list[CoursePage]:
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    return list(CoursePage.objects.live().filter(locale=locale).order_by("path"))


def completion_report(*, user, language: str) -> CompletionReport:
    """For each unit in the manager's scope: learners in its subtree and how many finished
    each course. Counts roll up, so a region's row includes all of its units."""
    units = list(org_units_in_scope(user=user))
    courses = dashboard_courses(language=language)
    if not units:
        return CompletionReport(courses=courses, rows=[])
    base_depth = min(unit.depth for unit in units)
    rows = {unit.path: UnitRow(unit=unit, depth=unit.depth - base_depth) for unit in units}
    unit_paths = {unit.pk: unit.path for unit in units}

    direct_learners = (
        LearnerProfile.objects.filter(org_unit__in=units).values("org_unit").annotate(n=Count("pk"))
    )
    learners_by_path = {unit_paths[item["org_unit"]]: item["n"] for item in direct_learners}

    completions_by_path: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    finished = (
        CourseCompletion.objects.filter(
            user__learner_profile__org_unit__in=units,
            course_key__in=[course.translation_key for course in courses],
        )
        .values("user__learner_profile__org_unit", "course_key")
        .annotate(n=Count("user", distinct=True))
    )
    for item in finished:
        path = unit_paths[item["user__learner_profile__org_unit"]]
        completions_by_path[path][str(item["course_key"])] += item["n"]

    for path, row in rows.items():
        for other_path, count in learners_by_path.items():
            if other_path.startswith(path):
                row.learners += count
        for other_path, per_course in completions_by_path.items():
            if other_path.startswith(path):
                for key, count in per_course.items():
                    row.completed[key] = row.completed.get(key, 0) + count
    return CompletionReport(courses=courses, rows=[rows[unit.path] for unit in units])


def recent_completions(*, user, limit: int = 10):
    """The latest completions in the manager's scope, newest first."""
    return (
        CourseCompletion.objects.filter(
            user__learner_profile__org_unit__in=org_units_in_scope(user=user)
        )
        .select_related("user", "user__learner_profile__org_unit")
        .order_by("-completed_at")[:limit]
    )


@dataclass
class ScopeCompliance:
    """Required training in one of a manager's top units: assignment statuses over its
    subtree, and the targets set on it or below it."""

    unit: OrgUnit
    counts: object
    targets: list


def compliance_for(*, user, today=None) -> list[ScopeCompliance]:
    """For each unit the manager oversees (their outermost scopes), the required-training
    figures of its subtree (``training.selectors``). Nothing outside the scope."""
    from organisations.selectors import manager_scope_roots
    from training.selectors import targets_for_unit, unit_status_counts

    return [
        ScopeCompliance(
            unit=unit,
            counts=unit_status_counts(org_unit=unit, today=today),
            targets=targets_for_unit(org_unit=unit, today=today),
        )
        for unit in manager_scope_roots(user=user)
    ]
