"""The Activities and Agents resources: ``/xapi/activities`` and ``/xapi/agents``.

Both only read: the canonical Activity object, and a Person object for an Agent.
"""

from django.http import HttpResponse, JsonResponse

from .. import definitions, documents
from ..documents import DocumentInvalid
from ..exceptions import LRSForbidden
from ..xapi.formats import without_answer_keys
from .common import error, xapi_endpoint
from .documents import query_parameters, required_parameter, with_etag

# Any credential that may read something may look activities and agents up.
READ = ("define", "all/read", "statements/read", "statements/read/mine", "state", "profile")


def _read_only(request, lookup) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        response = error(request, 405, f"{request.method} is not allowed on this resource")
        response["Allow"] = "GET, HEAD, OPTIONS"
        return response
    try:
        return with_etag(JsonResponse(lookup()))
    except DocumentInvalid as invalid:
        return error(request, 400, str(invalid))
    except LRSForbidden as forbidden:
        return error(request, 403, str(forbidden))


@xapi_endpoint(("GET", READ), ("HEAD", READ))
def activities(request):
    def lookup():
        params = query_parameters(request, {"activityId"})
        iri = documents.parse_activity_id(required_parameter(params, "activityId"))
        if not request.lrs_credential.allows_activity(iri):
            raise LRSForbidden("activityId: these credentials may only read the launched activity")
        activity = definitions.activity_object(iri=iri)
        if request.lrs_credential.actor is not None:
            activity = without_answer_keys(activity)
        return activity

    return _read_only(request, lookup)


@xapi_endpoint(("GET", READ), ("HEAD", READ))
def agents(request):
    def lookup():
        params = query_parameters(request, {"agent"})
        agent = documents.parse_agent(required_parameter(params, "agent"))
        credential = request.lrs_credential
        if not credential.allows_actor(agent):
            raise LRSForbidden("agent: these credentials may only read their own learner")
        # Names come from stored statements, so only credentials that may read those see them.
        return definitions.person_object(
            agent=agent, include_known_names=credential.has_scope("statements/read", "all/read")
        )

    return _read_only(request, lookup)
