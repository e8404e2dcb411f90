"""The Statement resource: ``/xapi/statements``.

Views parse the request, call :mod:`lrs.services` or :mod:`lrs.selectors`, and turn
their errors into the statuses the specification gives.
"""

import json
import uuid

from django.http import HttpResponse, JsonResponse

from .. import selectors, services
from ..exceptions import LRSForbidden, StatementConflict
from ..xapi.validation import StatementInvalid
from .common import error, xapi_endpoint


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
    except LRSForbidden as forbidden:
        return error(request, 403, str(forbidden))
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
    services.statements_store(statements=[statement], credential=request.lrs_credential)
    return HttpResponse(status=204)


def _post_statements(request):
    body = _json_body(request)
    batch = isinstance(body, list)
    items = body if batch else [body]
    if not items:
        raise StatementInvalid("body", "must hold at least one statement")
    ids = services.statements_store(
        statements=items, credential=request.lrs_credential, batch=batch
    )
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
