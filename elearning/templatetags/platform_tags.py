"""Template helpers for the site chrome: the language toggle and the navigation."""

from dataclasses import dataclass, replace
from urllib.parse import quote

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info, override
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from common.languages import is_official, official_language
from courses.content_cache import content_remembered

register = template.Library()


def _other_language() -> str:
    return "en" if (get_language() or "en").startswith("fr") else "fr"


@register.simple_tag(takes_context=True)
def other_language_url(context) -> str:
    """The same page in the other official language (its home when not yet translated)."""
    return _same_page_url(context, _other_language())


def _same_page_url(context, language: str) -> str:
    """The page being read in ``language``: a site page's translation (that language's
    home when it has none live), or a view's own address in that language."""
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page):
        return content_remembered(
            ("translation url", page.pk, language), lambda: _translation_url(page, language)
        )
    if request is None:
        return f"/{language}/"
    return translate_url(request.get_full_path(), language)


def _translation_url(page: Page, language: str) -> str:
    return _live_translation_url(page, language) or f"/{language}/"


@dataclass(frozen=True)
class LanguageLink:
    """A link to the page being read in another language, named in that language."""

    code: str
    name: str
    url: str
    rtl: bool


def _link(code: str, url: str) -> LanguageLink:
    names = dict(settings.LANGUAGES)
    return LanguageLink(code, names[code], url, get_language_info(code)["bidi"])


def _live_translation_url(page: Page, language: str) -> str | None:
    locale = Locale.objects.filter(language_code=language).first()
    translation = page.get_translation_or_none(locale) if locale else None
    return translation.url if translation is not None and translation.live else None


@register.simple_tag(takes_context=True)
def official_language_links(context) -> list[LanguageLink]:
    """English and French, for the header of a page in a learner language (where the
    design system's toggle, which knows only the two, is not shown)."""
    return [
        _link(code, _same_page_url(context, code)) for code, _name in settings.OFFICIAL_LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def other_language_links(context) -> list[LanguageLink]:
    """The languages the page being read is also published in, beyond the current one
    and the official one the header's toggle already offers. Pages of the site only:
    other learner pages (My learning) are reached in a language from its home page."""
    page = context.get("page")
    if not isinstance(page, Page) or page.pk is None:
        return []
    current = get_language() or settings.LANGUAGE_CODE
    toggled = _other_language() if is_official(current) else None
    links = []
    for code, _name in settings.LANGUAGES:
        if code in (current, toggled):
            continue
        url = content_remembered(
            ("live translation url", page.pk, code),
            lambda code=code: _live_translation_url(page, code),
        )
        if url:
            links.append(_link(code, url))
    return links


@register.simple_tag
def is_official_language() -> bool:
    return is_official()


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
    return content_remembered(
        ("breadcrumbs", page.pk),
        lambda: list(page.get_ancestors().filter(depth__gt=2).specific()),
    )


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
    language = get_language() or "en"
    return content_remembered(("catalogue url", language), lambda: _catalogue_url_in(language))


def _catalogue_url_in(language: str) -> str | None:
    from courses.models import CourseIndexPage

    catalogues = CourseIndexPage.objects.live().select_related("locale")
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
        # Staff pages are in the official languages only (common/languages.py).
        with override(official_language()):
            dashboard = (
                reverse("dashboards:manager")
                if is_manager(user)
                else reverse("dashboards:courses")
                if reads_course_reports(user)
                else None
            )
        if dashboard:
            entries.append(NavigationEntry(_("Dashboard"), dashboard))
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
