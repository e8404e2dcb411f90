"""What ``/scim/v2/Schemas``, ``/ResourceTypes`` and ``/ServiceProviderConfig`` publish.

The schemas are django-scim2's copies of RFC 7643's, cut down to the attributes the
platform keeps (``provisioning.resources``): a directory, and scim2-tester, then send
only what is stored and returned. The others (phone numbers, addresses, titles…) are
accepted and ignored."""

import copy

from django_scim.constants import SchemaURI
from django_scim.schemas import ALL as LIBRARY_SCHEMAS

from .resources import ENTERPRISE_USER, GROUP_SCHEMA, USER_SCHEMA

_KEPT = {
    USER_SCHEMA: {
        "userName": None,
        "name": ("givenName", "familyName"),
        "preferredLanguage": None,
        "active": None,
        "emails": ("value", "type", "primary"),
        "groups": ("value", "$ref", "display"),
    },
    GROUP_SCHEMA: {"displayName": None, "members": ("value", "$ref")},
    ENTERPRISE_USER: {"employeeNumber": None, "department": None, "organization": None},
}


def _trimmed(schema: dict) -> dict:
    kept = _KEPT.get(schema["id"])
    if kept is None:
        return schema
    schema = copy.deepcopy(schema)
    attributes = []
    for attribute in schema["attributes"]:
        if attribute["name"] not in kept:
            continue
        parts = kept[attribute["name"]]
        if parts is not None:
            attribute["subAttributes"] = [
                part for part in attribute.get("subAttributes", []) if part["name"] in parts
            ]
        attributes.append(attribute)
    for attribute in attributes:
        if attribute["name"] == "preferredLanguage":
            attribute["canonicalValues"] = ["en", "fr"]
            attribute["description"] = "The person's language on the platform: en or fr."
        if attribute["name"] in ("department", "organization"):
            attribute["description"] += (
                " When it is the code of one of the platform's units, the person is "
                "placed in that unit."
            )
        if attribute["name"] == "displayName" and schema["id"] == GROUP_SCHEMA:
            attribute["required"] = True  # RFC 7643 §4.2: REQUIRED
        if attribute["name"] == "members":
            for part in attribute["subAttributes"]:
                if part["name"] == "$ref":
                    part["referenceTypes"] = ["User"]
                part["mutability"] = "immutable"
    schema["attributes"] = attributes
    return schema


def schemas() -> list[dict]:
    """Every schema the endpoint publishes (django-scim2's ``SCHEMAS_GETTER``)."""
    return [_trimmed(schema) for schema in LIBRARY_SCHEMAS]


class ServiceProviderConfig:
    """What the endpoint supports (django-scim2's ``SERVICE_PROVIDER_CONFIG_MODEL``)."""

    def __init__(self, request=None):
        self.request = request

    def to_dict(self) -> dict:
        from django.urls import reverse

        from .views import base_location

        return {
            "schemas": [SchemaURI.SERVICE_PROVIDER_CONFIG],
            "documentationUri": None,
            "patch": {"supported": True},
            "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
            "filter": {"supported": True, "maxResults": 500},
            "changePassword": {"supported": False},
            "sort": {"supported": False},
            "etag": {"supported": False},
            "authenticationSchemes": [
                {
                    "type": "oauthbearertoken",
                    "name": "Bearer token",
                    "description": "A token made under Settings › Directory tokens in "
                    "the platform's administration, sent as 'Authorization: Bearer …'.",
                    "primary": True,
                }
            ],
            "meta": {
                "resourceType": "ServiceProviderConfig",
                "location": base_location(self.request) + reverse("scim:service-provider-config"),
            },
        }
