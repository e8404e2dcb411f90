from django.http import JsonResponse

from ..conf import setting
from .common import error, negotiate_version, xapi_public


def _versions_for(request) -> list[str]:
    """The versions to list: all of them, or only the 1.0.x ones for a caller that
    speaks 1.0.x (whose specification allows no other values in this list)."""
    spoken = negotiate_version(request.headers.get("X-Experience-API-Version"))
    if spoken is not None and spoken.startswith("1."):
        return [version for version in setting("XAPI_VERSIONS") if version.startswith("1.")]
    return list(setting("XAPI_VERSIONS"))


@xapi_public
def about(request):
    """The versions this LRS speaks; open to anyone, no credentials needed."""
    if request.method != "GET":
        return error(request, 405, f"{request.method} is not allowed on about")
    return JsonResponse({"version": _versions_for(request), "extensions": {}})
