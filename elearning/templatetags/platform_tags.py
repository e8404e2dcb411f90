"""Template helpers for the site chrome: the language toggle and the navigation."""

from dataclasses import dataclass, replace
from urllib.parse import quote

from django import template
from django.urls import reverse, translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext as _
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


@dataclass(frozen=True)
class NavigationEntry:
    """One entry of the header's main menu; ``current`` marks the section being read."""

    label: str
    url: str
    current: bool = False


def _catalogue_url() -> str | None:
    """The course catalogue in the reader's language (or the default one's)."""
    from courses.models import CourseIndexPage

    catalogues = CourseIndexPage.objects.live().select_related("locale")
    language = get_language() or "en"
    catalogue = catalogues.filter(locale__language_code=language).first() or catalogues.first()
    return catalogue.url if catalogue is not None else None


def _mark_current(entries: list[NavigationEntry], path: str) -> list[NavigationEntry]:
    """The entry whose address is the longest start of ``path`` is current (My learning's
    address starts Required training's, so the longer one wins on its pages)."""
    matching = [entry for entry in entries if path.startswith(entry.url)]
    if not matching:
        return entries
    current = max(matching, key=lambda entry: len(entry.url))
    return [replace(entry, current=entry is current) for entry in entries]


@register.simple_tag(takes_context=True)
def site_navigation(context) -> list[NavigationEntry]:
    """The header's main menu for the reader: the catalogue for everyone; a learner's
    own pages once signed in; the dashboard for managers, trainers and reviewers; the
    administration for people who may open it."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    entries = []
    catalogue = _catalogue_url()
    if catalogue:
        entries.append(NavigationEntry(_("Courses"), catalogue))
    if user is not None and user.is_authenticated:
        entries += [
            NavigationEntry(_("My learning"), reverse("my_learning")),
            NavigationEntry(_("Required training"), reverse("training:mine")),
            NavigationEntry(_("My certificates"), reverse("certificates:mine")),
        ]
        if is_manager(user):
            entries.append(NavigationEntry(_("Dashboard"), reverse("dashboards:manager")))
        elif reads_course_reports(user):
            entries.append(NavigationEntry(_("Dashboard"), reverse("dashboards:courses")))
        if user.has_perm("wagtailadmin.access_admin"):
            entries.append(NavigationEntry(_("Administration"), reverse("wagtailadmin_home")))
    return _mark_current(entries, request.path if request is not None else "")


@register.simple_tag(takes_context=True)
def sign_in_url(context) -> str:
    """The sign-in page, bringing the reader back to the page they are on; from the home
    page (or the sign-in page itself) there is nothing to come back to, so each role
    lands where its work is (``elearning.views.SignInView``)."""
    request = context.get("request")
    url = reverse("login")
    path = request.path if request is not None else ""
    if not path or path in (url, site_home_url(context)):
        return url
    return f"{url}?next={quote(path)}"
