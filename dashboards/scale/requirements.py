"""The training rules of the scale data set: requirements over the agency and some
audiences, targets on some regions, and a few exemptions."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from .bulk import _insert
from .common import ScaleCourse


def _requirements_create(*, courses: list[ScaleCourse], audiences, agency, regions, today, rng):
    from training.models import Requirement, RequirementCourse, Target

    specs = [
        ("Core awareness", None, {"due_rule": "days_after_start_date", "due_days": 90}),
        (
            "Officer procedures",
            "officer",
            {"due_rule": "fixed_date", "due_date": today - timedelta(days=14)},
        ),
        ("Cadet induction", "cadet", {"due_rule": "days_after_assignment", "due_days": 30}),
        (
            "Six-monthly refresher",
            None,
            {
                "due_rule": "days_after_start_date",
                "due_days": 60,
                "recurrence": "months_after_completion",
                "recurrence_months": 6,
                "window_days": 30,
            },
        ),
        (
            "Inspector practice",
            "inspector",
            {"due_rule": "fixed_date", "due_date": today + timedelta(days=45)},
        ),
    ]
    requirements = []
    for position, (name, audience, rule) in enumerate(specs):
        course = courses[position % len(courses)].page
        requirement = Requirement(name_en=f"Scale: {name}", name_fr=f"Échelle : {name}", **rule)
        requirement.courses = [
            RequirementCourse(course=course, course_key=course.translation_key, sort_order=0)
        ]
        requirement.audiences = [audiences[audience]] if audience else []
        requirement.org_units = [agency]
        requirement.save()
        requirements.append(requirement)
    for region in regions[: max(1, len(regions) // 2)]:
        Target.objects.create(
            requirement=requirements[0],
            org_unit=region,
            percentage=rng.choice([70, 80, 90]),
            deadline=today + timedelta(days=rng.randint(30, 120)),
        )
    Target.objects.create(
        requirement=requirements[1],
        org_unit=regions[0],
        percentage=95,
        deadline=today + timedelta(days=60),
    )
    return requirements


def _exemptions_create(*, requirement, learners, rng, today) -> int:
    from training.models import Exemption

    now = timezone.now()
    chosen = [learner for learner in learners if rng.random() < 0.003]
    return _insert(
        Exemption,
        ["requirement_id", "user_id", "reason", "expires_on", "granted_by_id", "created_at"],
        (
            (
                requirement.pk,
                learner.user_id,
                "On extended leave",
                None if rng.random() < 0.5 else today + timedelta(days=rng.randint(10, 120)),
                None,
                now,
            )
            for learner in chosen
        ),
    )
