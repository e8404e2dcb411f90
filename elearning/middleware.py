"""Project middleware: language-neutral paths, security headers, private pages."""

import functools
import logging
import zoneinfo

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import timezone
from django.utils.cache import patch_cache_control

from common.frames import frames_allowed


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware, minus its 404-to-/en/ redirect on language-neutral paths.

    A 404 from the LRS (an unknown statement id) must stay a 404 for xAPI clients,
    not become a redirect to a page that the site's catch-all would then serve.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(settings.LANGUAGE_NEUTRAL_PATHS):
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy and frames a page may add.

    Under ``/admin/`` the policy is ``CONTENT_SECURITY_POLICY_ADMIN`` (the Wagtail admin
    still needs inline scripts), without the nonce: a nonce would make browsers ignore
    ``'unsafe-inline'``. A view whose page frames another origin (a cmi5 unit hosted
    elsewhere) names it with :func:`common.frames.frames_allow`. A response that already
    has a policy (package files) keeps it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if request.path_info.startswith("/admin/"):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
            parts.nonce = None
        origins = frames_allowed(request)
        if origins:
            parts.update = {**(parts.update or {}), "frame-src": sorted(origins)}
        return parts


class PermissionsPolicyMiddleware:
    """``Permissions-Policy`` from ``settings.PERMISSIONS_POLICY`` (feature: allowed
    origins, none for refused) on every response that has none, so that neither a page
    nor the content framed in it can ask for the camera, the microphone or the location."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.header
        return response


class SignedInNoStoreMiddleware:
    """``Cache-Control: private, no-store`` on every response to a signed-in user that did
    not set its own: such pages show a learner's training and certificates, or a
    manager's view of other people's, and no shared cache nor the browser's disk may keep
    them. Offline copies are unaffected: ``offline/download.js`` fetches the lesson pages
    itself and puts them in Cache Storage, which does not look at ``Cache-Control``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_store=True)
        return response


class PlatformErrorPagesMiddleware:
    """Under ``DEBUG`` (the demo that ``make run`` serves), the platform's own 404, 403 and
    500 pages, in the page's language, instead of Django's debug pages, which list every
    address of the site to whoever mistypes one. The traceback of a 500 still goes to the
    console. Left out with ``PLATFORM_ERROR_PAGES=false`` (``elearning/settings/dev.py``),
    for a developer who wants the debug pages; without ``DEBUG`` it does nothing, as
    Django then shows these pages itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.core.exceptions import PermissionDenied
        from django.http import Http404
        from django.views import defaults

        if not settings.DEBUG:
            return None
        if isinstance(exception, Http404):
            return defaults.page_not_found(request, exception)
        if isinstance(exception, PermissionDenied):
            return defaults.permission_denied(request, exception)
        logging.getLogger("django.request").error(
            "Server error: %s", request.path, exc_info=exception
        )
        return defaults.server_error(request)


TIME_ZONE_COOKIE = "tz"


@functools.cache
def _known_time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def learner_time_zone(request) -> zoneinfo.ZoneInfo | None:
    """The time zone the learner's device reported (the ``tz`` cookie that
    ``elearning/js/timezone.js`` keeps), when it names a real one."""
    name = request.COOKIES.get(TIME_ZONE_COOKIE, "")
    if not name or len(name) > 64 or name not in _known_time_zones():
        return None
    return zoneinfo.ZoneInfo(name)


#: The session key under which the zone last stored on the learner's profile is noted.
TIME_ZONE_SESSION_KEY = "learner_time_zone"


class LearnerTimeZoneMiddleware:
    """Pages show times in the learner's own time zone, the one their device's clock uses,
    so that a time written by the server and one written by the page's script agree; an
    unknown or missing zone falls back to ``settings.TIME_ZONE``.

    A signed-in learner's zone is also kept on their profile, for what is made for them
    outside their requests (their certificate's PDF). The session notes the zone stored,
    so the profile is written once per session, or when the device's zone changes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = learner_time_zone(request)
        if zone is None:
            timezone.deactivate()
        else:
            timezone.activate(zone)
        try:
            response = self.get_response(request)
        finally:
            timezone.deactivate()
        if zone is not None:
            self._remember(request, zone.key)
        return response

    @staticmethod
    def _remember(request, name: str) -> None:
        user = getattr(request, "user", None)
        session = getattr(request, "session", None)
        if user is None or session is None or not user.is_authenticated:
            return
        if session.get(TIME_ZONE_SESSION_KEY) == name:
            return
        from organisations.services import learner_time_zone_set

        learner_time_zone_set(user=user, time_zone=name)
        session[TIME_ZONE_SESSION_KEY] = name


class OfficialLanguagesOnlyMiddleware:
    """Staff pages in English and French only (common/languages.py).

    A page asked for under one of the learner languages (``/ar/dashboard/``) that is not
    a learner's page is redirected to the same page in English: the admin, dashboards,
    approvals, attendance sheets, partner and second-factor pages and the public report
    are written in the official languages only. Learner pages are the site's pages (the
    Wagtail tree) and the views of ``LEARNER_VIEWS``; a page of the tree that is for staff
    (a workshop's attendance sheet) sends people on itself.
    """

    LEARNER_NAMESPACES = frozenset({"quizzes", "offline", "packages"})
    LEARNER_VIEWS = frozenset(
        {
            "wagtail_serve",
            "login",
            "logout",
            "my_learning",
            "my_records",
            "certificates:mine",
            "certificates:verify_lookup",
            "certificates:verify",
            "certificates:credential_verify",
            "certificates:pdf",
            "certificates:credential",
            "certificates:renew",
            "certificates:public_name",
            "training:mine",
            "training:calendar_download",
            "training:calendar_feed",
            "training:calendar_feed_renew",
            "training:optional_email",
            "set_language",
        }
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from django.http import HttpResponseRedirect
        from django.urls import translate_url

        from common.languages import is_official, official_language

        if is_official() or request.method not in ("GET", "HEAD"):
            return None
        match = request.resolver_match
        if match is None or request.path_info.startswith(settings.LANGUAGE_NEUTRAL_PATHS):
            return None
        if match.view_name in self.LEARNER_VIEWS or match.namespace in self.LEARNER_NAMESPACES:
            return None
        return HttpResponseRedirect(translate_url(request.get_full_path(), official_language()))
