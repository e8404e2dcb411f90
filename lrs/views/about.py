from django.conf import settings
from django.http import JsonResponse

from .common import error, xapi_public


@xapi_public
def about(request):
    """The versions this LRS speaks; open to anyone, no credentials needed."""
    if request.method != "GET":
        return error(request, 405, f"{request.method} is not allowed on about")
    return JsonResponse({"version": settings.XAPI_VERSIONS, "extensions": {}})
