"""Template helpers of the dashboards: cells of a ``Table`` (dates in the language's date
format, percentages as ``{% load formats %}`` writes them) and the links that keep the
current filters."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils import timezone
from django.utils.html import format_html

from common.dates import date_format
from common.templatetags.formats import format_percent

register = template.Library()


@register.filter
def cell(row: dict, column):
    """The value of ``column`` in ``row``."""
    return row.get(column.key)


@register.simple_tag
def cell_html(row: dict, column):
    """A cell's value as shown on screen, by column kind."""
    value = row.get(column.key)
    if value is None:
        return "–"
    if column.kind == "percent":
        return percent_figure(value)
    if column.kind in ("date", "datetime"):
        if column.kind == "datetime" and timezone.is_aware(value):
            value = timezone.localtime(value)
        shown = date_format(value, "DATE_FORMAT" if column.kind == "date" else "DATETIME_FORMAT")
        return format_html('<time datetime="{}">{}</time>', value.isoformat(), shown)
    return value


@register.filter
def percent_figure(value, places=0):
    """A figure already in percent (87 for 87 %), written the way ``percent`` writes a
    ratio in the page's language: "87%", "87 %". The dashboards keep percentages as the
    numbers their exports hold."""
    if value is None or value == "":
        return format_percent(None)
    try:
        ratio = Decimal(str(value)) / 100
    except (InvalidOperation, ValueError):
        return format_percent(None)
    return format_percent(ratio, int(places))


@register.simple_tag
def filter_query(filters, **changes) -> str:
    """The current filters as a query string, with ``changes`` (``None`` drops one)."""
    return filters.query(**changes)


@register.simple_tag
def sort_query(filters, key: str) -> str:
    """The query string that sorts by ``key``: ascending first, then the other way."""
    descending = filters.sort == key and not filters.descending
    return filters.query(sort=key, dir="desc" if descending else "asc", page=None)


@register.simple_tag
def aria_sort(filters, key: str) -> str:
    if filters.sort != key:
        return ""
    return format_html(' aria-sort="{}"', "descending" if filters.descending else "ascending")
