"""Where package content is served from, and which origins may frame it.

SCORM content finds its run-time by reading ``API`` / ``API_1484_11`` on its parent
windows, so the window that holds the run-time (the runner, see ``runner.js``) must
share the content's origin, and that origin must never be the platform's: the content
would then read the learner's pages with their session. Content is therefore served
from an origin of its own:

* ``CONTENT_ORIGIN`` when it is set (production: a host name of its own, e.g.
  ``https://content.training.example.ca``, served by the same application);
* otherwise, for a platform reached on a loopback name (``make run``, the tests), the
  other loopback name on the same port: ``localhost`` beside ``127.0.0.1``. Browsers keep
  cookies per host name, so the two are separate sites;
* otherwise none: SCORM content then runs in an opaque sandbox with a run-time reached
  over ``postMessage`` (content that searches its parents for the API does not find it;
  ``manage.py check --deploy`` says so).
"""

from urllib.parse import urlsplit

from django.conf import settings

from .manifests import SCORM12, SCORM2004

_OTHER_LOOPBACK = {"127.0.0.1": "localhost", "localhost": "127.0.0.1"}


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _split_host(host: str) -> tuple[str, str]:
    name, _sep, port = host.rpartition(":")
    if not name or not port.isdigit():
        return host, ""
    return name, port


def other_loopback_origin(request) -> str:
    """The same server under the other loopback name, or ``""``."""
    if not settings.PACKAGES_LOOPBACK_CONTENT_ORIGIN:
        return ""
    name, port = _split_host(request.get_host())
    other = _OTHER_LOOPBACK.get(name.lower())
    if other is None:
        return ""
    return f"{request.scheme}://{other}" + (f":{port}" if port else "")


def content_origin(request, kind: str) -> str:
    """The origin a package of ``kind`` is served from for this request, or ``""`` for
    the platform's own origin (opaque sandbox). The loopback pair applies to SCORM
    packages; xAPI and cmi5 content reports to the LRS itself and stays where
    ``CONTENT_ORIGIN`` puts it."""
    if settings.CONTENT_ORIGIN:
        return settings.CONTENT_ORIGIN
    if kind in (SCORM12, SCORM2004) and request is not None:
        return other_loopback_origin(request)
    return ""


def platform_origins(request) -> list[str]:
    """The origins of the platform's pages that may frame the runner served to
    ``request`` (a request to the content origin)."""
    origins = [origin_of(settings.SITE_URL)]
    loopback = other_loopback_origin(request)
    if loopback:
        origins.append(loopback)
    return [origin for origin in origins if origin]


def is_content_host(request) -> bool:
    """Whether ``request`` came to ``CONTENT_ORIGIN``'s host (which serves package
    content and static files only)."""
    if not settings.CONTENT_ORIGIN:
        return False
    return request.get_host().lower() == urlsplit(settings.CONTENT_ORIGIN).netloc.lower()
