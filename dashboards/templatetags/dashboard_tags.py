from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    return mapping.get(key, 0)


@register.filter
def percent_for(row, course_key):
    return row.percent(course_key)
