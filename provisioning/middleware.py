"""The bearer-token check of ``/scim/v2/`` (django-scim2's ``AUTH_CHECK_MIDDLEWARE``,
which wraps each of its views): a request without a live directory token is answered
with a SCIM 401 error and reaches no view, so it changes nothing."""

import json

from django.http import HttpResponse
from django_scim.constants import SCIM_CONTENT_TYPE, SchemaURI

from .selectors import directory_token_for
from .services import directory_token_used


def scim_error(status: int, detail: str, scim_type: str | None = None) -> HttpResponse:
    """A SCIM error response (RFC 7644 §3.12)."""
    body = {"schemas": [SchemaURI.ERROR], "status": str(status), "detail": detail}
    if scim_type:
        body["scimType"] = scim_type
    return HttpResponse(json.dumps(body), content_type=SCIM_CONTENT_TYPE, status=status)


class DirectoryTokenMiddleware:
    """Lets a request through only with ``Authorization: Bearer <token>`` naming a
    directory token that is not revoked; the token is kept as ``request.directory_token``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request, *args, **kwargs):
        scheme, _space, raw = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
        if scheme.lower() != "bearer" or not raw.strip():
            response = scim_error(401, "A directory token is required: Authorization: Bearer …")
        else:
            token = directory_token_for(raw.strip())
            if token is None:
                response = scim_error(401, "The directory token is unknown or revoked.")
            else:
                directory_token_used(token=token)
                request.directory_token = token
                return self.get_response(request, *args, **kwargs)
        response["WWW-Authenticate"] = 'Bearer realm="scim"'
        return response
