"""The ``|date`` filter of every template (a builtin, see ``TEMPLATES`` in the settings):
Django's own, writing the first of the month « 1er » in French (``common.dates``)."""

from django import template
from django.utils import dateformat

from common.dates import date_format

register = template.Library()


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    """Format a date according to the given format, as Django's ``date`` filter does."""
    if value in (None, ""):
        return ""
    try:
        return date_format(value, arg)
    except AttributeError:
        try:
            return dateformat.format(value, arg)
        except AttributeError:
            return ""
