"""Template helpers of the dashboards: cells of a ``Table`` and the links that keep the
current filters."""

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html

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
        return format_html("{}&nbsp;%", value)
    if column.kind in ("date", "datetime"):
        shown = date_format(
            value, "SHORT_DATE_FORMAT" if column.kind == "date" else "DATETIME_FORMAT"
        )
        return format_html('<time datetime="{}">{}</time>', value.isoformat(), shown)
    return value


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
