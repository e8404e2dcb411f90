"""Template helpers for the site chrome: the language toggle and the navigation."""

from django import template
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page

register = template.Library()


def _other_language() -> str:
    return "en" if (get_language() or "en").startswith("fr") else "fr"


@register.simple_tag(takes_context=True)
def other_language_url(context) -> str:
    """The same page in the other official language (its home when not yet translated)."""
    request = context.get("request")
    other = _other_language()
    page = context.get("page")
    if isinstance(page, Page):
        locale = Locale.objects.filter(language_code=other).first()
        translation = page.get_translation_or_none(locale) if locale else None
        if translation is not None and translation.live:
            return translation.url
        return f"/{other}/"
    if request is None:
        return f"/{other}/"
    return translate_url(request.get_full_path(), other)


@register.simple_tag
def other_language_code() -> str:
    return _other_language()


@register.simple_tag(takes_context=True)
def site_home_url(context) -> str:
    return f"/{get_language() or 'en'}/"


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context) -> list:
    """A page's ancestors below the site root, for the breadcrumbs."""
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    return list(page.get_ancestors().filter(depth__gt=2).specific())


@register.filter
def is_manager(user) -> bool:
    from organisations.selectors import user_is_manager

    return user_is_manager(user=user)


@register.filter
def reads_course_reports(user) -> bool:
    """Trainers, reviewers and administrators (who have no dashboard of their own)."""
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("quizzes.view_item_analysis")
    )
