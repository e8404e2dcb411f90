"""What every xAPI resource shares: version negotiation, credentials and scopes, CORS,
and error responses that name the field and the rule."""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from ..auth import credential_from_request


def _version_for(request) -> str:
    requested = request.headers.get("X-Experience-API-Version", "")
    return "2.0.0" if requested.startswith("2.0") else "1.0.3"


def _with_headers(response: HttpResponse, request) -> HttpResponse:
    response["X-Experience-API-Version"] = _version_for(request)
    response["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    response["Access-Control-Expose-Headers"] = (
        "ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through"
    )
    return response


def error(request, status: int, message: str) -> HttpResponse:
    return _with_headers(JsonResponse({"error": message}, status=status), request)


def xapi_endpoint(*scopes_by_method):
    """Checks the version header and the client's credentials and scopes."""

    def decorator(view):
        @csrf_exempt
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "OPTIONS":
                response = HttpResponse(status=204)
                response["Access-Control-Allow-Methods"] = "GET, PUT, POST, DELETE, OPTIONS"
                response["Access-Control-Allow-Headers"] = (
                    "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match"
                )
                return _with_headers(response, request)
            requested = request.headers.get("X-Experience-API-Version")
            if not requested:
                return error(request, 400, "X-Experience-API-Version: header is required")
            if not any(requested.startswith(v[:3]) for v in settings.XAPI_VERSIONS):
                return error(
                    request, 400, f"X-Experience-API-Version: {requested} is not supported"
                )
            credential = credential_from_request(request)
            if credential is None:
                response = error(request, 401, "Authorization: valid credentials are required")
                response["WWW-Authenticate"] = 'Basic realm="xAPI"'
                return response
            wanted = dict(scopes_by_method).get(request.method, ())
            if wanted and not credential.has_scope(*wanted):
                return error(request, 403, "the credentials do not allow this request")
            request.lrs_credential = credential
            return _with_headers(view(request, *args, **kwargs), request)

        return wrapper

    return decorator
