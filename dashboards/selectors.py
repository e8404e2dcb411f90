"""Reads shared by the dashboards' reports."""

from courses.content_cache import content_remembered
from courses.models import CoursePage


def dashboard_courses(*, language: str) -> list[CoursePage]:
    """The live courses in ``language`` (the default locale's when it has none), in tree
    order: the columns and rows the dashboards report on."""
    from wagtail.models import Locale

    def read() -> list[CoursePage]:
        locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
        return list(CoursePage.objects.live().filter(locale=locale).order_by("path"))

    return list(content_remembered(("dashboard courses", language), read))


def briefing_requirement_ids(*, requirement_ids=None) -> set[int]:
    """The requirements (of ``requirement_ids``, or every one) whose items are all
    briefings: what the dashboards report as acknowledgement rather than completion. A
    requirement with no item left is not one."""
    from courses.selectors import briefing_keys_among
    from training.models import RequirementCourse

    items = RequirementCourse.objects.all()
    if requirement_ids is not None:
        items = items.filter(requirement_id__in=list(requirement_ids))
    keys_of: dict[int, set[str]] = {}
    for requirement_id, key in items.values_list("requirement_id", "course_key"):
        keys_of.setdefault(requirement_id, set()).add(str(key) if key else "")
    every_key = {key for keys in keys_of.values() for key in keys if key}
    briefings = briefing_keys_among(keys=every_key) if every_key else set()
    return {
        requirement_id
        for requirement_id, keys in keys_of.items()
        if keys and all(key in briefings for key in keys)
    }
