"""The document resources: ``/xapi/activities/state``, ``/xapi/activities/profile`` and
``/xapi/agents/profile``.

Views parse the query and the headers, call :mod:`lrs.documents`, and turn its errors
into the statuses the specification gives. The three resources differ only in what owns
their documents, which :class:`DocumentResource` describes.
"""

from dataclasses import dataclass

from django.http import HttpResponse, JsonResponse
from django.utils.http import http_date

from .. import documents
from ..documents import (
    DocumentConflict,
    DocumentInvalid,
    DocumentPreconditionFailed,
    DocumentScope,
    DocumentTooLarge,
)
from ..exceptions import LRSForbidden
from ..models import Document
from .common import RequestTooLarge, error, request_body, request_version, xapi_endpoint

STATE_READ = ("state", "state/read", "all/read")
STATE_WRITE = ("state",)
PROFILE_READ = ("profile", "profile/read", "all/read")
PROFILE_WRITE = ("profile",)


@dataclass(frozen=True)
class DocumentResource:
    """What owns a resource's documents, and the name of its document id parameter."""

    kind: str
    id_parameter: str
    activity: bool = False
    agent: bool = False
    registration: bool = False
    delete_all: bool = False
    agent_may_be_group: bool = False

    def owner_parameters(self) -> set[str]:
        names = {"activityId"} if self.activity else set()
        if self.agent:
            names.add("agent")
        if self.registration:
            names.add("registration")
        return names


STATE = DocumentResource(
    kind=Document.Kind.STATE,
    id_parameter="stateId",
    activity=True,
    agent=True,
    registration=True,
    delete_all=True,
    agent_may_be_group=True,
)
ACTIVITY_PROFILE = DocumentResource(
    kind=Document.Kind.ACTIVITY_PROFILE, id_parameter="profileId", activity=True
)
AGENT_PROFILE = DocumentResource(
    kind=Document.Kind.AGENT_PROFILE, id_parameter="profileId", agent=True
)


# Helpers shared with the Activities and Agents resources --------------------------------


def query_parameters(request, allowed: set[str]) -> dict[str, str]:
    """The query's parameters, each one the resource knows for this method (matching
    case included) and each given once, as both versions of the specification require."""
    values = {}
    for name in request.GET:
        if name not in allowed:
            raise DocumentInvalid(name, f"is not a parameter of {request.method} on this resource")
        given = request.GET.getlist(name)
        if len(given) > 1:
            raise DocumentInvalid(name, "must be given only once")
        values[name] = given[0]
    return values


def required_parameter(params: dict[str, str], name: str) -> str:
    if name not in params:
        raise DocumentInvalid(name, "is required")
    return params[name]


def with_etag(response: HttpResponse, etag: str | None = None) -> HttpResponse:
    """Adds the quoted ETag: the given one, or the SHA-1 of the response's content."""
    response["ETag"] = f'"{etag or documents.content_etag(response.content)}"'
    return response


# The three document resources ----------------------------------------------------------


def _allowed_parameters(resource: DocumentResource, method: str) -> set[str]:
    names = resource.owner_parameters() | {resource.id_parameter}
    return (names | {"since"}) if method == "GET" else names


def _scope(resource: DocumentResource, params: dict[str, str]) -> DocumentScope:
    activity_iri = ""
    if resource.activity:
        activity_iri = documents.parse_activity_id(required_parameter(params, "activityId"))
    agent = None
    if resource.agent:
        agent = documents.parse_agent(
            required_parameter(params, "agent"), allow_group=resource.agent_may_be_group
        )
    registration = None
    if "registration" in params:
        registration = documents.parse_registration(params["registration"])
    return DocumentScope(
        kind=resource.kind, activity_iri=activity_iri, agent=agent, registration=registration
    )


def _document_id(resource: DocumentResource, params: dict[str, str]) -> str:
    value = required_parameter(params, resource.id_parameter)
    return documents.parse_document_id(value, parameter=resource.id_parameter)


def _body(request) -> bytes:
    """The request body, read no further than one byte past the size limit (so that a
    huge upload is refused without being held in memory)."""
    limit = documents.max_document_bytes()
    try:
        return request_body(request, limit=limit)
    except RequestTooLarge:
        raise DocumentTooLarge(limit) from None


def _get(request, resource, scope, params):
    since = documents.parse_since(params["since"]) if "since" in params else None
    if resource.id_parameter in params:
        # ``since`` only narrows the list of ids; with an id it is checked, then has no
        # effect (the conformance requirements leave it to the LRS to ignore it).
        document_id = _document_id(resource, params)
        row = documents.document_get(scope=scope, document_id=document_id)
        if row is None:
            return error(request, 404, f"{resource.id_parameter}: no document with that id")
        response = HttpResponse(bytes(row.content), content_type=row.content_type)
        response["Last-Modified"] = http_date(row.updated.timestamp())
        return with_etag(response, row.etag)
    listing = documents.document_ids_since(scope=scope, since=since)
    response = JsonResponse(listing.ids, safe=False)
    if listing.last_modified is not None:
        response["Last-Modified"] = http_date(listing.last_modified.timestamp())
    return with_etag(response)


def _put(request, resource, scope, params):
    documents.document_put(
        scope=scope,
        document_id=_document_id(resource, params),
        content=_body(request),
        content_type=request.META.get("CONTENT_TYPE", ""),
        if_match=request.headers.get("If-Match"),
        if_none_match=request.headers.get("If-None-Match"),
        require_precondition=documents.precondition_required(
            kind=resource.kind, version=request_version(request)
        ),
        require_precondition_to_create=documents.precondition_required_to_create(
            kind=resource.kind, version=request_version(request)
        ),
    )
    return HttpResponse(status=204)


def _post(request, resource, scope, params):
    documents.document_post_merge(
        scope=scope,
        document_id=_document_id(resource, params),
        content=_body(request),
        content_type=request.META.get("CONTENT_TYPE", ""),
        if_match=request.headers.get("If-Match"),
        if_none_match=request.headers.get("If-None-Match"),
    )
    return HttpResponse(status=204)


def _delete(request, resource, scope, params):
    if resource.id_parameter in params or not resource.delete_all:
        documents.document_delete(
            scope=scope,
            document_id=_document_id(resource, params),
            if_match=request.headers.get("If-Match"),
            if_none_match=request.headers.get("If-None-Match"),
        )
    else:
        documents.documents_delete_all(scope=scope)
    return HttpResponse(status=204)


_HANDLERS = {"GET": _get, "PUT": _put, "POST": _post, "DELETE": _delete}


def _conflict(message: str) -> HttpResponse:
    # Plain text, as xAPI 1.0.x first worded it: the explanation is meant for people, and
    # clients that parse JSON bodies still receive it as a string.
    return HttpResponse(message, status=409, content_type="text/plain; charset=utf-8")


def _document_resource(request, resource: DocumentResource) -> HttpResponse:
    method = "GET" if request.method == "HEAD" else request.method
    handler = _HANDLERS.get(method)
    if handler is None:
        response = error(request, 405, f"{request.method} is not allowed on this resource")
        response["Allow"] = "GET, HEAD, PUT, POST, DELETE, OPTIONS"
        return response
    try:
        params = query_parameters(request, _allowed_parameters(resource, method))
        scope = _scope(resource, params)
        documents.documents_check_allowed(credential=request.lrs_credential, scope=scope)
        return handler(request, resource, scope, params)
    except DocumentInvalid as invalid:
        return error(request, 400, str(invalid))
    except LRSForbidden as forbidden:
        return error(request, 403, str(forbidden))
    except DocumentConflict as conflict:
        return _conflict(str(conflict))
    except DocumentPreconditionFailed as failed:
        return error(request, 412, str(failed))
    except DocumentTooLarge as too_large:
        return error(request, 413, str(too_large))


@xapi_endpoint(
    ("GET", STATE_READ),
    ("HEAD", STATE_READ),
    ("PUT", STATE_WRITE),
    ("POST", STATE_WRITE),
    ("DELETE", STATE_WRITE),
)
def activities_state(request):
    return _document_resource(request, STATE)


@xapi_endpoint(
    ("GET", PROFILE_READ),
    ("HEAD", PROFILE_READ),
    ("PUT", PROFILE_WRITE),
    ("POST", PROFILE_WRITE),
    ("DELETE", PROFILE_WRITE),
)
def activities_profile(request):
    return _document_resource(request, ACTIVITY_PROFILE)


@xapi_endpoint(
    ("GET", PROFILE_READ),
    ("HEAD", PROFILE_READ),
    ("PUT", PROFILE_WRITE),
    ("POST", PROFILE_WRITE),
    ("DELETE", PROFILE_WRITE),
)
def agents_profile(request):
    return _document_resource(request, AGENT_PROFILE)
