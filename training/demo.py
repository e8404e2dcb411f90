"""Demo mandatory training for ``manage.py load_demo`` (idempotent): the two commitments
for border services officers, a recurring requirement for police cadets, targets and one
exemption."""

import uuid
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from organisations.models import LearnerProfile, User

from .models import Exemption, Requirement, RequirementCourse, Target
from .services import assignments_materialise

NAMESPACE = uuid.UUID("6f1e0d62-5d0c-4d0e-9a4f-3f3a1c2b7d10")


def _next(month: int, day: int, today: date) -> date:
    """The next ``month``/``day`` at least a month away."""
    candidate = date(today.year, month, day)
    while candidate < today + timedelta(days=30):
        candidate = date(candidate.year + 1, month, day)
    return candidate


def _requirement(key: str, *, course, audiences, org_units=(), **fields) -> Requirement:
    stable = uuid.uuid5(NAMESPACE, key)
    existing = Requirement.objects.filter(uuid=stable).first()
    if existing is not None:
        return existing
    requirement = Requirement(uuid=stable, **fields)
    requirement.courses = [
        RequirementCourse(course=course, course_key=course.translation_key, sort_order=0)
    ]
    requirement.audiences = list(audiences)
    requirement.org_units = list(org_units)
    requirement.save()
    return requirement


def training_demo_load(*, units: dict, audiences: dict, courses: list) -> None:
    """Requirements, targets and an exemption over the demo organisation, then the
    assignments they call for."""
    today = timezone.localdate()
    by_slug = {course.slug: course for course, _lessons in courses}
    border = by_slug.get("human-trafficking-border-services")
    police = by_slug.get("trafficking-in-persons-police-cadets")
    if border is None or police is None:
        return
    with transaction.atomic():
        cutoff = today - timedelta(days=180)
        # A few officers are new: they started recently.
        for number, username in enumerate(["learner", "learner03", "learner10", "learner16"]):
            LearnerProfile.objects.filter(user__username=username, start_date__isnull=True).update(
                start_date=today - timedelta(days=20 + 25 * number)
            )
        new_officers = _requirement(
            "bso-new",
            course=border,
            audiences=[audiences["border-services-officer"]],
            name_en="Trafficking awareness for new border services officers",
            name_fr="Sensibilisation à la traite pour les nouveaux agents des services frontaliers",
            description="Every new border services officer completes the awareness training "
            "within 90 days of starting.",
            started_from=cutoff,
            due_rule=Requirement.DueRule.DAYS_AFTER_START_DATE,
            due_days=90,
            recurrence=Requirement.Recurrence.MONTHS_AFTER_COMPLETION,
            recurrence_months=24,
            window_days=60,
        )
        existing_officers = _requirement(
            "bso-existing",
            course=border,
            audiences=[audiences["border-services-officer"]],
            org_units=[units["cbsa"]],
            name_en="Trafficking awareness for serving border services officers",
            name_fr="Sensibilisation à la traite pour les agents des services frontaliers en poste",
            description="Serving officers who have not completed the training yet do so by "
            "31 March; it is renewed every two years.",
            started_before=cutoff,
            due_rule=Requirement.DueRule.FIXED_DATE,
            due_date=_next(3, 31, today),
            recurrence=Requirement.Recurrence.MONTHS_AFTER_COMPLETION,
            recurrence_months=24,
            window_days=60,
            grace_days=14,
        )
        _requirement(
            "police-cadets",
            course=police,
            audiences=[audiences["police-cadet"]],
            name_en="Trafficking in persons for police cadets",
            name_fr="La traite de personnes pour les cadets de police",
            due_rule=Requirement.DueRule.DAYS_AFTER_AUDIENCE_JOINED,
            due_days=30,
            recurrence=Requirement.Recurrence.FIXED_ANNIVERSARY,
            recurrence_months=12,
            anniversary=_next(4, 1, today),
            window_days=30,
        )
        deadline = _next(3, 31, today)
        Target.objects.get_or_create(
            requirement=new_officers,
            org_unit=units["cbsa-pacific"],
            defaults={"percentage": 100, "deadline": deadline},
        )
        Target.objects.get_or_create(
            requirement=existing_officers,
            org_unit=units["cbsa"],
            defaults={"percentage": 90, "deadline": deadline},
        )
        on_leave = User.objects.filter(username="learner05").first()
        if on_leave is not None and not Exemption.objects.filter(user=on_leave).exists():
            Exemption.objects.create(
                requirement=existing_officers,
                user=on_leave,
                reason="On extended leave until the summer.",
                granted_by=User.objects.filter(username="admin").first(),
                expires_on=today + timedelta(days=120),
            )
    assignments_materialise()
