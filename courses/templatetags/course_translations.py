"""Template tags about a course page's two languages."""

from django import template

from courses.translation import english_newer

register = template.Library()


@register.simple_tag
def newer_english_version(page, with_pages_under=False):
    """The English version of a French course page when it is newer (it went live without
    its French), else None. ``with_pages_under``: also when one of its lessons is."""
    return english_newer(page, with_pages_under=with_pages_under)
