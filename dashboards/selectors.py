"""Reads shared by the dashboards' reports."""

from courses.models import CoursePage


def dashboard_courses(*, language: str) -> list[CoursePage]:
    """The live courses in ``language`` (the default locale's when it has none), in tree
    order: the columns and rows the dashboards report on."""
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    return list(CoursePage.objects.live().filter(locale=locale).order_by("path"))
