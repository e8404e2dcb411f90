"""The Statement resource: ``/xapi/statements``.

Views parse the request, call :mod:`lrs.services` or :mod:`lrs.selectors`, and turn
their errors into the statuses the specification gives.
"""

import json

from django.http import HttpResponse, JsonResponse
from django.utils.http import http_date

from .. import selectors, services
from ..exceptions import LRSForbidden, StatementConflict
from ..xapi.attachments import build_multipart, split_statement_request
from ..xapi.formats import without_answer_keys
from ..xapi.json_text import parse_json
from ..xapi.validation import StatementInvalid, validate_uuid
from .common import error, media_type, request_body, xapi_endpoint

READ = ("statements/read", "statements/read/mine", "all/read")
FULL_READ = ("statements/read", "all/read")
WRITE = ("statements/write",)


def _statements_body(request):
    """The JSON statement(s) and the attachment parts of a PUT or POST."""
    kind = media_type(request)
    parts = {}
    if kind == "application/json":
        raw = request_body(request)
    elif kind == "multipart/mixed":
        multipart = split_statement_request(
            request_body(request), request.META.get("CONTENT_TYPE", "")
        )
        raw, parts = multipart.statements, multipart.attachments
    else:
        raise StatementInvalid("Content-Type", "must be application/json or multipart/mixed")
    return parse_json(raw, field="body"), parts


@xapi_endpoint(("GET", READ), ("PUT", WRITE), ("POST", WRITE), consistent_through=True)
def statements(request):
    try:
        if request.method in ("GET", "HEAD"):
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
    response = error(request, 405, f"{request.method} is not allowed on statements")
    response["Allow"] = "GET, HEAD, PUT, POST, OPTIONS"
    return response


def _put_statement(request):
    for name in request.GET:
        if name != "statementId":
            raise StatementInvalid(name, "is not a parameter of PUT statements")
    statement_id = request.GET.get("statementId")
    if not statement_id:
        raise StatementInvalid("statementId", "is required as a query parameter for PUT")
    validate_uuid(statement_id, "statementId")
    statement, parts = _statements_body(request)
    if not isinstance(statement, dict):
        raise StatementInvalid("body", "must be a single statement object")
    if "id" in statement and str(statement["id"]).lower() != statement_id.lower():
        raise StatementInvalid("id", "does not match the statementId parameter")
    statement = {**statement, "id": statement_id.lower()}
    services.statements_store(
        statements=[statement],
        credential=request.lrs_credential,
        attachments=parts,
        version=request.xapi_version,
    )
    return HttpResponse(status=204)


def _post_statements(request):
    if request.GET:
        name = next(iter(request.GET))
        raise StatementInvalid(name, "is not a parameter of POST statements")
    body, parts = _statements_body(request)
    batch = isinstance(body, list)
    items = body if batch else [body]
    if not items:
        raise StatementInvalid("body", "must hold at least one statement")
    ids = services.statements_store(
        statements=items,
        credential=request.lrs_credential,
        batch=batch,
        attachments=parts,
        version=request.xapi_version,
    )
    if ids.new_count == 0:
        return HttpResponse(status=204)
    return JsonResponse(list(ids), safe=False)


def _get_statements(request):
    params = request.GET
    credential = request.lrs_credential
    if credential.actor is not None and "agent" in params:
        _check_own_agent(params["agent"], credential)
    options = selectors.read_options(
        params,
        accept_language=request.headers.get("Accept-Language", ""),
        mine=None if credential.has_scope(*FULL_READ) else credential,
    )
    if "statementId" in params or "voidedStatementId" in params:
        result = selectors.statement_get(params=params, options=options)
        if result is None:
            return error(request, 404, "statementId: no statement with that id")
        document = result.statements[0]
        if credential.actor is not None:
            document = without_answer_keys(document)
        response = _respond(document, result, options)
    else:
        result = selectors.statements_query(params=params, options=options, path=request.path)
        document = result.as_json()
        if credential.actor is not None:
            document = without_answer_keys(document)
        response = _respond(document, result, options)
    response["X-Experience-API-Consistent-Through"] = result.consistent_through
    if result.last_modified is not None:
        response["Last-Modified"] = http_date(result.last_modified.timestamp())
    return response


def _check_own_agent(agent_param: str, credential) -> None:
    """A learner-bound credential (a session or a launch token) asks only about its own
    learner: naming anyone else is refused, not answered with an empty page."""
    agent = parse_json(agent_param, field="agent")
    if not isinstance(agent, dict) or not credential.allows_actor(agent):
        raise LRSForbidden("agent: these credentials may only read their own learner")


def _respond(document: dict, result, options) -> HttpResponse:
    if not options.attachments:
        return JsonResponse(document)
    body, content_type = build_multipart(json.dumps(document).encode(), result.attachments)
    return HttpResponse(body, content_type=content_type)
