"""The content host serves package content and nothing of the platform's."""

from django.http import HttpResponseNotFound
from django.utils.translation import gettext as _

from .origins import is_content_host

_CONTENT_PATH = "/packages/content/"


class ContentHostMiddleware:
    """On ``CONTENT_ORIGIN``'s host, answer only package content (and the static files
    WhiteNoise serves before this): a platform page there would be a second copy of the
    platform on the content's origin, where packages' scripts could read it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_content_host(request) and not request.path.startswith(_CONTENT_PATH):
            return HttpResponseNotFound(
                _("This address serves course content only."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
