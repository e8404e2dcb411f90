"""The xAPI HTTP interface: ``/xapi/about`` and ``/xapi/statements``.

Views parse the request, call :mod:`lrs.services` or :mod:`lrs.selectors`, and turn
their errors into the statuses the specification gives.
"""

import json
import uuid
from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from . import selectors, services
from .auth import client_from_request
from .exceptions import StatementConflict
from .xapi.validation import StatementInvalid


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
            client = client_from_request(request)
            if client is None:
                response = error(request, 401, "Authorization: valid credentials are required")
                response["WWW-Authenticate"] = 'Basic realm="xAPI"'
                return response
            wanted = dict(scopes_by_method).get(request.method, ())
            if wanted and not client.has_scope(*wanted):
                return error(request, 403, "the credentials do not allow this request")
            request.lrs_client = client
            return _with_headers(view(request, *args, **kwargs), request)

        return wrapper

    return decorator


def about(request):
    response = JsonResponse({"version": settings.XAPI_VERSIONS, "extensions": {}})
    return _with_headers(response, request)


def _json_body(request):
    try:
        return json.loads(request.body or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise StatementInvalid("body", "must be valid JSON") from None


READ = ("statements/read", "all/read")
WRITE = ("statements/write",)


@xapi_endpoint(("GET", READ), ("PUT", WRITE), ("POST", WRITE))
def statements(request):
    try:
        if request.method == "GET":
            return _get_statements(request)
        if request.method == "PUT":
            return _put_statement(request)
        if request.method == "POST":
            return _post_statements(request)
    except StatementInvalid as invalid:
        return error(request, 400, str(invalid))
    except StatementConflict as conflict:
        return error(request, 409, str(conflict))
    return error(request, 405, f"{request.method} is not allowed on statements")


def _put_statement(request):
    statement_id = request.GET.get("statementId")
    if not statement_id:
        raise StatementInvalid("statementId", "is required as a query parameter for PUT")
    try:
        statement_id = str(uuid.UUID(statement_id))
    except ValueError:
        raise StatementInvalid("statementId", "must be a UUID") from None
    statement = _json_body(request)
    if not isinstance(statement, dict):
        raise StatementInvalid("body", "must be a single statement object")
    if "id" in statement and str(statement["id"]).lower() != statement_id:
        raise StatementInvalid("id", "does not match the statementId parameter")
    statement = {**statement, "id": statement_id}
    services.statements_store(statements=[statement], client=request.lrs_client)
    return HttpResponse(status=204)


def _post_statements(request):
    body = _json_body(request)
    batch = isinstance(body, list)
    items = body if batch else [body]
    if not items:
        raise StatementInvalid("body", "must hold at least one statement")
    ids = services.statements_store(statements=items, client=request.lrs_client, batch=batch)
    return JsonResponse(ids, safe=False)


def _get_statements(request):
    params = request.GET
    single = params.get("statementId") or params.get("voidedStatementId")
    if single:
        statement = selectors.statement_get(
            statement_id=single, voided="voidedStatementId" in params
        )
        if statement is None:
            return error(request, 404, "no statement with that id")
        return JsonResponse(statement)
    result = selectors.statements_query(params=params)
    response = JsonResponse(result.as_json(request))
    response["X-Experience-API-Consistent-Through"] = result.consistent_through
    return response
