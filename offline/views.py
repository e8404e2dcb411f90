"""The installable web app: its manifest, the service worker at the root scope, the
offline page, what a course needs to be taken offline, and who is signed in (for the
outbox's sync)."""

from __future__ import annotations

import json
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from courses.selectors import briefing_in_language, course_in_language

from .selectors import briefing_offline_package, course_offline_package
from .shell import shell_urls, shell_version


def _offline_page_urls() -> dict[str, str]:
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("offline:page")
    return urls


@require_GET
def service_worker(request):
    """``/sw.js``: the service worker, at the root so its scope is the whole site."""
    response = render(
        request,
        "offline/sw.js",
        {
            "config": json.dumps(
                {
                    "version": shell_version(),
                    "shellUrls": shell_urls(),
                    "offlinePages": _offline_page_urls(),
                    "staticUrl": settings.STATIC_URL,
                    "mediaUrl": settings.MEDIA_URL,
                    "documentsUrl": "/documents/",
                    "sessionUrl": reverse("offline_session"),
                    "neverCache": ["/xapi/", "/admin/", "/ws/", reverse("offline_session")],
                },
                indent=2,
            ),
            "sync_module": static("offline/sync.js"),
            "outbox_module": static("offline/outbox.js"),
        },
        content_type="text/javascript; charset=utf-8",
    )
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def web_manifest(request):
    """``/manifest.webmanifest``: what makes the site installable."""
    language = translation.get_language_from_request(request) or settings.LANGUAGE_CODE
    french = language.startswith("fr")
    name = settings.PLATFORM_NAME_FR if french else settings.PLATFORM_NAME
    manifest = {
        "id": "/",
        "name": name,
        "short_name": name[:24],
        "lang": "fr-CA" if french else "en-CA",
        "start_url": f"/{'fr' if french else 'en'}/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#26374a",
        "icons": [
            {
                "src": static(f"offline/icons/icon-{size}.png"),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any",
            }
            for size in (192, 512)
        ]
        + [
            {
                "src": static(f"offline/icons/maskable-{size}.png"),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "maskable",
            }
            for size in (192, 512)
        ],
    }
    response = JsonResponse(manifest, content_type="application/manifest+json")
    response["Cache-Control"] = "no-cache"
    return response


def offline_page(request):
    """Shown by the service worker for a page that is not on the device."""
    return render(
        request, "offline/offline_page.html", {"hide_account": True, "offline_page": True}
    )


@never_cache
@require_GET
def session(request):
    """Who is signed in on this browser, and a CSRF token for the outbox's requests (the
    service worker, which cannot read cookies, asks here before it syncs)."""
    user = request.user
    if not user.is_authenticated:
        # No token for nobody: making one would set a new CSRF cookie under a sign-in
        # form that is being filled in another tab.
        return JsonResponse({"learner": None, "csrf_token": None})
    return JsonResponse({"learner": str(user.uuid), "csrf_token": get_token(request)})


@login_required
@require_GET
def course_package(request, course_key: str):
    """What the course (or briefing) needs offline (JSON), in the language of the URL."""
    try:
        course_key = str(uuid.UUID(course_key))
    except ValueError as error:
        raise Http404 from error
    language = request.LANGUAGE_CODE
    course = course_in_language(course_key=course_key, language=language)
    if course is not None:
        package = course_offline_package(course=course, language=language)
    else:
        briefing = briefing_in_language(briefing_key=course_key, language=language)
        if briefing is None:
            raise Http404
        package = briefing_offline_package(briefing=briefing, language=language)
    response = JsonResponse(package)
    response["Cache-Control"] = "no-store"
    return response
