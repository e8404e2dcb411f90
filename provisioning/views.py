"""``/scim/v2/``: django-scim2's views, with the platform's answers where the library
leaves them bare (errors as SCIM JSON, malformed JSON as ``invalidSyntax``, pages of up
to 500 resources, the locations of the schemas) and an error for any other address."""

from __future__ import annotations

import json

from django.http import HttpResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import View
from django_scim import exceptions
from django_scim import views as scim_views
from django_scim.constants import ENCODING, SCIM_CONTENT_TYPE, SchemaURI

from .middleware import DirectoryTokenMiddleware, scim_error

PAGE_SIZE = 100
SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema"
MAX_PAGE_SIZE = 500


def base_location(request=None) -> str:
    """The address the endpoint is reached at (``BASE_LOCATION_GETTER``): the request's
    own scheme and host, else ``SITE_URL``."""
    from django.conf import settings

    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return settings.SITE_URL


class _Answers:
    """What every view of the endpoint answers the same way."""

    def status_501(self, request, *args, **kwargs):
        return scim_error(501, "This SCIM operation is not supported.")

    def load_body(self, body):
        try:
            text = body.decode(ENCODING).strip() or "{}"
            return json.loads(text)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise exceptions.BadRequestError(
                f"The request body is not valid JSON: {error}", scim_type="invalidSyntax"
            ) from None

    def _page(self, request):
        try:
            start = int(request.GET.get("startIndex", 1))
            count = int(request.GET.get("count", PAGE_SIZE))
        except ValueError:
            raise exceptions.BadRequestError(
                "startIndex and count must be whole numbers.", scim_type="invalidValue"
            ) from None
        return max(start, 1), min(max(count, 0), MAX_PAGE_SIZE)


class UsersView(_Answers, scim_views.UsersView):
    pass


class UsersSearchView(_Answers, scim_views.UserSearchView):
    pass


class GroupsView(_Answers, scim_views.GroupsView):
    pass


class GroupsSearchView(_Answers, scim_views.GroupSearchView):
    pass


class ServiceProviderConfigView(_Answers, scim_views.ServiceProviderConfigView):
    pass


def _list_response(resources: list[dict]) -> HttpResponse:
    document = {
        "schemas": [SchemaURI.LIST_RESPONSE],
        "totalResults": len(resources),
        "itemsPerPage": len(resources),
        "startIndex": 1,
        "Resources": resources,
    }
    return HttpResponse(json.dumps(document), content_type=SCIM_CONTENT_TYPE)


class ResourceTypesView(_Answers, scim_views.ResourceTypesView):
    def get(self, request, uuid=None, *args, **kwargs):
        types = self.type_dict_by_type_id(request)
        if uuid is None:
            return _list_response([types[name] for name in sorted(types)])
        if uuid not in types:
            return scim_error(404, f"No resource type {uuid!r}.")
        return HttpResponse(json.dumps(types[uuid]), content_type=SCIM_CONTENT_TYPE)


class SchemasView(_Answers, scim_views.SchemasView):
    def get(self, request, uuid=None, *args, **kwargs):
        if uuid:
            schema = self.schemas_by_uri.get(uuid)
            if schema is None:
                return scim_error(404, f"No schema {uuid!r}.")
            return self._answer(self._located(request, schema))
        return _list_response(
            [self._located(request, schema) for _id, schema in sorted(self.schemas_by_uri.items())]
        )

    @staticmethod
    def _located(request, schema: dict) -> dict:
        location = base_location(request) + reverse("scim:schemas", kwargs={"uuid": schema["id"]})
        return (
            {"schemas": [SCHEMA]}
            | schema
            | {"meta": {"resourceType": "Schema", "location": location}}
        )

    @staticmethod
    def _answer(document: dict) -> HttpResponse:
        return HttpResponse(json.dumps(document), content_type=SCIM_CONTENT_TYPE)


@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(DirectoryTokenMiddleware, name="dispatch")
class NotFoundView(View):
    """Any other address under ``/scim/v2/``: a SCIM 404 (after the token check)."""

    def dispatch(self, request, *args, **kwargs):
        return scim_error(404, f"Nothing at {request.path}.")


@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(DirectoryTokenMiddleware, name="dispatch")
class NotImplementedView(View):
    """``/scim/v2/``, ``/.search``, ``/Me`` and ``/Bulk``: not offered (a SCIM 501)."""

    def dispatch(self, request, *args, **kwargs):
        return scim_error(501, "This SCIM operation is not supported.")
