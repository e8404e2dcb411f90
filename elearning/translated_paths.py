"""French addresses written in English words still lead to their pages.

The language-prefixed routes are translated (``elearning/urls.py`` and the URL
configurations it includes, with their French words in ``locale/``): ``/en/my-learning/``
is ``/fr/mon-apprentissage/``. Before, the French addresses used the English words
(``/fr/my-learning/``, ``/fr/certificates/verify/<code>/``), and they live on in
bookmarks, in e-mails, in the QR codes of printed certificates and in the pages a device
kept for offline use. Such an address is still answered:

* a navigation (a GET or HEAD that a person makes, not a script) is redirected
  permanently (301) to the address in French words, with its query string, so that the
  browser and search engines learn the new one;
* any other request (a kept page's script, or a record replayed from the offline outbox,
  both of which refuse redirects, and every POST) is served as if it had been made to the
  French address: same view, same checks.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.urls import URLResolver, get_resolver, get_script_prefix, resolve, reverse
from django.urls.exceptions import NoReverseMatch, Resolver404
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from django.utils.encoding import iri_to_uri
from django.utils.translation import get_language_from_path

#: The language the routes are written in (their msgids).
ROUTE_LANGUAGE = "en"
#: Wagtail's catch-all for pages: a path that only it matches is no route of the site's.
PAGE_VIEW_NAME = "wagtail_serve"
NAVIGATION_METHODS = ("GET", "HEAD")


def _route_match(path: str, language: str):
    """What ``path`` resolves to among the routes in ``language``; None when it is only a
    Wagtail page's address, or nothing at all."""
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
    if match.url_name is None or match.url_name == PAGE_VIEW_NAME:
        return None
    return match


@lru_cache(maxsize=8)
def _top_level_routes(resolver: URLResolver, language: str) -> tuple[tuple[str, str], ...]:
    """The first words of the language-prefixed routes whose words differ between
    ``language`` and the routes' own: ``("hors-ligne/", "offline/")``, ... (per URL
    configuration: ``get_resolver()`` gives one resolver per configuration)."""
    pairs = []
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            for route in pattern.url_patterns:
                with translation.override(language):
                    translated = str(route.pattern)
                with translation.override(ROUTE_LANGUAGE):
                    original = str(route.pattern)
                if translated != original:
                    pairs.append((translated, original))
    return tuple(pairs)


def translated_path(path: str) -> str | None:
    """The address in its own language's words for ``path``, a language-prefixed path
    (without the script prefix) written in the routes' English words, in whole or in part
    (``/fr/my-learning/`` or ``/fr/hors-ligne/courses/<key>/``); None when ``path`` is
    already right, is a Wagtail page's address, or is no address of the site."""
    language = get_language_from_path(path)
    if not language or language == ROUTE_LANGUAGE:
        return None
    if _route_match(path, language) is not None:
        return None
    rest = path[len(language) + 2 :]
    candidates = [rest]
    for translated, original in _top_level_routes(get_resolver(), language):
        if rest.startswith(translated):
            candidates.append(original + rest[len(translated) :])
    for candidate in candidates:
        match = _route_match(f"/{ROUTE_LANGUAGE}/{candidate}", ROUTE_LANGUAGE)
        if match is None:
            continue
        with translation.override(language):
            try:
                found = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                continue
        found = "/" + found[len(get_script_prefix()) :]
        if found != path:
            return found
    return None


def _is_navigation(request) -> bool:
    # Browsers say what a request is for; a request that does not say is treated as a
    # person's (a bookmark opened by an older browser, a link followed by a crawler).
    mode = request.headers.get("Sec-Fetch-Mode", "navigate")
    return request.method in NAVIGATION_METHODS and mode == "navigate"


class TranslatedPathMiddleware:
    """Answers the French addresses in English words (see the module's docstring). Sits
    after the locale middleware and before anything that reads the path."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.LANGUAGE_NEUTRAL_PATHS):
            return self.get_response(request)
        found = translated_path(request.path_info)
        if found is None:
            return self.get_response(request)
        if _is_navigation(request):
            target = get_script_prefix() + found[1:]
            query = request.META.get("QUERY_STRING", "")
            if query:
                target += f"?{query}"
            return HttpResponsePermanentRedirect(iri_to_uri(target))
        request.path = request.path[: len(request.path) - len(request.path_info)] + found
        request.path_info = found
        return self.get_response(request)
