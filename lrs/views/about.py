from django.conf import settings
from django.http import JsonResponse

from .common import _with_headers


def about(request):
    response = JsonResponse({"version": settings.XAPI_VERSIONS, "extensions": {}})
    return _with_headers(response, request)
