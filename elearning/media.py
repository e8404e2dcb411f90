"""The development server's ``/media/`` route (on when ``DEBUG`` is): uploaded files
under ``MEDIA_ROOT``, except what the platform keeps private.

Package files and certificate PDFs live outside ``MEDIA_ROOT`` (``common.storage``),
but folders left there by an earlier version, or a ``PACKAGES_ROOT`` set inside it, must
not be served either: a package's page opened from here would run its script on the
platform's own origin, and a certificate would download without signing in."""

import posixpath
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.views.static import serve

# Where earlier versions kept package files and certificate PDFs under MEDIA_ROOT.
PRIVATE_PREFIXES = ("packages/", "certificates/")


def _inside(path: Path, root) -> bool:
    return path == Path(root).resolve() or Path(root).resolve() in path.parents


def media_is_private(path: str) -> bool:
    """Whether ``path`` (relative to ``MEDIA_ROOT``) names a private file or folder."""
    relative = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
    if (relative.lower() + "/").startswith(PRIVATE_PREFIXES):
        return True
    target = (Path(settings.MEDIA_ROOT) / relative).resolve()
    return _inside(target, settings.PACKAGES_ROOT) or _inside(target, settings.PRIVATE_MEDIA_ROOT)


def media_file(request, path: str):
    """One uploaded file, never a private one (404, as for a file that does not exist)."""
    if media_is_private(path):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    return response
