"""The cmi5 endpoints: launching an AU from the player, the fetch URL, and the xAPI
endpoint given to AUs, which applies the cmi5 rules to an AU's statements before the
LRS stores them (every other request goes to the LRS unchanged)."""

import dataclasses
import json
import re

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from common.json_body import JSONBodyInvalid, json_body_error, request_json
from lrs import throttle as lrs_throttle
from lrs import views as lrs_views
from lrs.auth import credential_from_request
from lrs.exceptions import LRSForbidden, StatementConflict
from lrs.services import statements_store
from lrs.views.common import RequestTooLarge, negotiate_version, request_body
from lrs.xapi.json_text import parse_json
from lrs.xapi.validation import StatementInvalid, validate_statement
from tracking import vocabulary as v

from . import cmi5, cmi5_services
from .selectors import cmi5_activity_iri
from .views import own_attempt_for_post

LRS_RESOURCES = {
    "about": lrs_views.about,
    "statements": lrs_views.statements,
    "activities": lrs_views.activities,
    "activities/state": lrs_views.activities_state,
    "activities/profile": lrs_views.activities_profile,
    "agents": lrs_views.agents,
    "agents/profile": lrs_views.agents_profile,
}


def _error(status: int, message: str, **extra) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status)


def _cors(request, response):
    response["Access-Control-Allow-Origin"] = request.headers.get("Origin") or "*"
    response["Access-Control-Allow-Methods"] = "POST, OPTIONS"
    response["Access-Control-Allow-Headers"] = "Content-Type"
    response["Vary"] = "Origin"
    return response


def endpoint_url(request) -> str:
    return request.build_absolute_uri(reverse("packages_cmi5:xapi", args=["about"])).removesuffix(
        "about"
    )


def launch(request, attempt_uuid):
    """``POST {"au": publisher id, "launchMode": "Normal"}``: launch an AU for the signed-in
    learner (CSRF-protected). Answers the launch URL and how to open it."""
    attempt, refusal = own_attempt_for_post(
        request, attempt_uuid, sign_in_message=_("Sign in to start this content.")
    )
    if refusal is not None:
        return refusal
    try:
        body = request_json(request)
    except JSONBodyInvalid as error:
        return json_body_error(error)
    if not isinstance(body, dict) or not isinstance(body.get("au"), str):
        return _error(400, _("au: names no AU"), field="au")
    fetch_base = request.build_absolute_uri(reverse("packages_cmi5:fetch", args=["-"]))[:-2]
    player = request.build_absolute_uri(
        reverse("packages:player", args=[attempt.version.package.key])
    )
    try:
        session, url = cmi5_services.cmi5_launch(
            attempt=attempt,
            au_id=body["au"],
            launch_mode=body.get("launchMode", "Normal"),
            endpoint=endpoint_url(request),
            fetch_base=fetch_base,
            return_url=player,
        )
    except cmi5_services.Cmi5Refused as refused:
        return _error(400, f"{refused.field}: {refused.message}", field=refused.field)
    au = attempt.version.item(body["au"])
    return JsonResponse(
        {
            "url": url,
            "launchMethod": au.get("launchMethod", "AnyWindow"),
            "sessionId": str(session.session_id),
            "language": get_language(),
        }
    )


@csrf_exempt
def fetch(request, fetch_key: str):
    """The cmi5 fetch URL: a POST answers ``{"auth-token": ...}`` once; any later call
    answers 200 with ``error-code`` 1 (already in use), an unknown key ``error-code`` 2
    (cmi5 8.2.2.0-3: the status of a valid request is 200, error or not)."""
    if request.method == "OPTIONS":
        return _cors(request, JsonResponse({}))
    if request.method != "POST":
        response = _cors(
            request, JsonResponse({"error-code": "3", "error-text": "POST only"}, status=405)
        )
        response["Allow"] = "POST, OPTIONS"
        return response
    try:
        token = cmi5_services.cmi5_fetch(fetch_key=fetch_key)
    except cmi5_services.Cmi5Refused as refused:
        return _cors(
            request,
            JsonResponse(
                {
                    "error-code": refused.code or "3",
                    "error-text": f"{refused.field}: {refused.message}",
                }
            ),
        )
    return _cors(request, JsonResponse({"auth-token": token}))


def _statements_in(request) -> tuple[list[dict], bool] | None:
    """The statements a POST or PUT carries and whether they came as a batch, or
    ``None`` when the body is not JSON statements. Read as the LRS reads them (up to
    its request size, :class:`~lrs.views.common.RequestTooLarge` beyond)."""
    if request.content_type != "application/json":
        return None
    try:
        body = parse_json(request_body(request), field="body")
    except StatementInvalid:
        return None
    if isinstance(body, dict):
        return [body], False
    if isinstance(body, list) and body and all(isinstance(item, dict) for item in body):
        return body, True
    return None


def _store(request, statements: list[dict], *, batch: bool, credential):
    """Write an AU's statements as the LRS would (same validation and projector), with
    the session's token allowed to write."""
    version = negotiate_version(request.headers.get("X-Experience-API-Version"))
    if version is None:
        return _xapi_error(request, 400, "X-Experience-API-Version: is missing or not supported")
    try:
        ids = statements_store(
            statements=statements,
            credential=dataclasses.replace(credential, scopes=cmi5_services.WRITE_SCOPES),
            batch=batch,
            version=version,
        )
    except StatementInvalid as invalid:
        return _xapi_error(request, 400, str(invalid))
    except StatementConflict as conflict:
        return _xapi_error(request, 409, str(conflict))
    except LRSForbidden as forbidden:
        return _xapi_error(request, 403, str(forbidden))
    if request.method == "PUT" or ids.new_count == 0:
        response = HttpResponse(status=204)
    else:
        response = JsonResponse(list(ids), safe=False)
    return _xapi_headers(request, response, version)


def _xapi_headers(request, response, version="1.0.3"):
    response["X-Experience-API-Version"] = version
    response["Access-Control-Allow-Origin"] = request.headers.get("Origin") or "*"
    response["Vary"] = "Origin"
    return response


def _xapi_error(request, status: int, message: str):
    return _xapi_headers(request, JsonResponse({"error": message}, status=status))


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*\Z")
_WRITES = ("PUT", "POST", "DELETE")


def _session_of(request):
    """The cmi5 session whose AU token the request carries, if any."""
    credential = credential_from_request(request)
    if credential is None or credential.token is None:
        return None, credential
    return cmi5_services.session_for_token(token_key=credential.token.key), credential


def learner_preferences_problem(content_type: str, body: bytes) -> str | None:
    """What is wrong with a learner preferences document an AU writes (cmi5 11.0.0.0-5,
    11.1.0.0-1), or ``None``."""
    if content_type != "application/json":
        return "Content-Type: must be application/json"
    try:
        document = json.loads(body)
    except ValueError:
        return "body: must be a JSON object"
    if not isinstance(document, dict):
        return "body: must be a JSON object"
    languages = document.get("languagePreference")
    if not isinstance(languages, str) or not all(
        _LANGUAGE_TAG.match(tag) for tag in languages.split(",")
    ):
        return "languagePreference: must be a comma-separated list of language tags"
    if document.get("audioPreference") not in ("on", "off"):
        return 'audioPreference: must be "on" or "off"'
    return None


def _document(request, resource: str, view):
    """Documents for an AU's token: it reads what the LRS lets it read; it writes its
    own state (never ``LMS.LaunchData``, which is the LMS's) and its learner's
    preferences (when valid), nothing else. Reading the preferences is noted, since the
    AU must do so before ``initialized``."""
    session, _credential = _session_of(request)
    if session is None:
        return view(request)
    if request.method in _WRITES:
        if resource == "activities/state":
            state_id = request.GET.get("stateId")
            if state_id is None and request.method == "DELETE":
                return _xapi_error(
                    request, 403, "stateId: the AU may not delete all of its state at once"
                )
            if state_id == v.CMI5_LAUNCH_DATA:
                return _xapi_error(
                    request, 403, f"stateId: {v.CMI5_LAUNCH_DATA} is written by the LMS only"
                )
            request.lrs_scopes_granted = frozenset({"state"})
        elif resource == "agents/profile":
            if "agent" not in request.GET:
                return _xapi_error(request, 400, "agent: is required")
            if request.GET.get("profileId") != cmi5_services.LEARNER_PREFERENCES:
                return _xapi_error(
                    request,
                    403,
                    f"profileId: the AU may write only {cmi5_services.LEARNER_PREFERENCES}",
                )
            if request.method == "DELETE":
                return _xapi_error(request, 403, "profileId: the AU may not delete it")
            try:
                problem = learner_preferences_problem(request.content_type, request_body(request))
            except RequestTooLarge as too_large:
                return _xapi_error(request, 413, str(too_large))
            if problem is not None:
                return _xapi_error(request, 403, problem)
            request.lrs_scopes_granted = frozenset({"profile"})
        return view(request)
    response = view(request)
    if (
        resource == "agents/profile"
        and request.GET.get("profileId") == cmi5_services.LEARNER_PREFERENCES
        and response.status_code in (200, 404)
    ):
        cmi5_services.cmi5_preferences_read(session=session)
    return response


@csrf_exempt
def xapi(request, resource: str):
    """The xAPI endpoint of cmi5 AUs. A cmi5 session's token may read here and in the
    LRS, but write only here: each statement is checked against the cmi5 rules first
    (403 naming the rule when one is broken), then stored through the LRS's service,
    and the session's state follows; documents as :func:`_document` says. Other
    requests go to the LRS unchanged. ``resource`` may follow extra slashes (an
    endpoint ending in "/" joined with "/statements")."""
    resource = resource.strip("/")
    view = LRS_RESOURCES.get(resource)
    if view is None:
        return _error(404, f"{resource}: is not an xAPI resource")
    if "method" in request.GET:
        return _xapi_error(
            request, 403, "method: the alternate request syntax is not accepted here"
        )
    if request.method == "OPTIONS":
        return view(request)
    if lrs_throttle.retry_after(request) is not None:
        # An address held off for wrong credentials gets the LRS's 429 here too: no
        # secret is checked, so this door is no way around the limit.
        return view(request)
    if resource in ("activities/state", "agents/profile"):
        return _document(request, resource, view)
    if resource != "statements" or request.method not in ("POST", "PUT"):
        return view(request)
    session, credential = _session_of(request)
    if session is None:
        return view(request)
    try:
        body = _statements_in(request)
    except RequestTooLarge as too_large:
        return _xapi_error(request, 413, str(too_large))
    if body is None:
        return _xapi_error(
            request, 400, "body: must be JSON statements (attachments are not accepted here)"
        )
    statements, batch = body
    if request.method == "PUT":
        if batch:
            return _xapi_error(request, 400, "body: must be a single statement object")
        statement_id = request.GET.get("statementId", "")
        if not statement_id:
            return _xapi_error(
                request, 400, "statementId: is required as a query parameter for PUT"
            )
        statements = [{**statements[0], "id": statement_id.lower()}]
    state = cmi5_services.session_state(session=session)
    au_iri = cmi5_activity_iri(version=session.attempt.version, publisher_id=session.au_id)
    version = negotiate_version(request.headers.get("X-Experience-API-Version")) or "1.0.3"
    for index, statement in enumerate(statements):
        prefix = f"[{index}]." if batch else ""
        try:
            # The xAPI rules first, so that the cmi5 rules only ever read a valid statement.
            validate_statement(statement, version=version)
            cmi5.check_au_statement(statement, state, au_iri=au_iri, actor=credential.token.actor)
        except StatementInvalid as invalid:
            return _xapi_error(request, 400, f"{prefix}{invalid}")
        except cmi5.Cmi5Forbidden as forbidden:
            return _xapi_error(request, 403, f"{prefix}{forbidden.rule}: {forbidden.message}")
    response = _store(request, statements, batch=batch, credential=credential)
    if response.status_code in (200, 204):
        cmi5_services.cmi5_statements_stored(session=session, state=state)
    return response
