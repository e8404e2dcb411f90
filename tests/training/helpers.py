"""Builders for training tests: each test makes only what it needs."""

import uuid
from datetime import datetime, time

from django.utils import timezone

from courses.models import CourseCompletion
from training.models import Requirement, RequirementCourse


def requirement(
    *,
    courses,
    audiences=(),
    units=(),
    excluded_units=(),
    excluded_audiences=(),
    name="Trafficking awareness",
    **rule,
) -> Requirement:
    """A saved requirement for ``courses`` (course pages) with a scope and date rules."""
    rule.setdefault("due_rule", "days_after_assignment")
    if rule["due_rule"] != "fixed_date":
        rule.setdefault("due_days", 30)
    item = Requirement(name_en=name, name_fr=f"{name} (FR)", **rule)
    item.courses = [
        RequirementCourse(course=course, course_key=course.translation_key, sort_order=index)
        for index, course in enumerate(courses)
    ]
    item.audiences = list(audiences)
    item.org_units = list(units)
    item.excluded_org_units = list(excluded_units)
    item.excluded_audiences = list(excluded_audiences)
    item.save()
    return Requirement.objects.get(pk=item.pk)


def at(day, hour: int = 12) -> datetime:
    """A moment on ``day`` in the site's time zone."""
    return timezone.make_aware(datetime.combine(day, time(hour)))


def complete(user, course, when) -> CourseCompletion:
    """Record that ``user`` finished ``course`` at ``when`` (as the projector does)."""
    return CourseCompletion.objects.create(
        user=user,
        course_key=course.translation_key,
        registration=uuid.uuid4(),
        completed_at=when,
        statement_id=uuid.uuid4(),
    )
