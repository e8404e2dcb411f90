"""django-scim2 adapters: how the library's views read, create, change and delete the
platform's directory people and groups. The rules live in ``provisioning.resources``
(what a request means) and ``provisioning.services`` (what it changes)."""

from __future__ import annotations

from django.urls import reverse
from django_scim.adapters import SCIMMixin
from django_scim.constants import SchemaURI

from . import services
from .resources import (
    ENTERPRISE_USER,
    GROUP_SCHEMA,
    USER_SCHEMA,
    attributes_selected,
    group_state_from_resource,
    group_state_patch,
    user_state_from_resource,
    user_state_patch,
)


class _Adapter(SCIMMixin):
    """What both resource types share: the SCIM id, the location, the selection of
    attributes a client asks for, and a state read from the request before saving."""

    id_field = "scim_id"

    def __init__(self, obj, request=None):
        super().__init__(obj, request=request)
        self.state: dict | None = None

    @property
    def location(self) -> str:
        from .views import base_location

        return base_location(self.request) + self.path

    @property
    def token(self):
        return getattr(self.request, "directory_token", None)

    def _selected(self, resource: dict) -> dict:
        request = self.request
        params = request.GET if request.method == "GET" else {}
        return attributes_selected(
            resource,
            attributes=params.get("attributes", ""),
            excluded=params.get("excludedAttributes", ""),
        )

    def _meta(self) -> dict:
        return {
            "resourceType": self.resource_type,
            "created": self.obj.created_at.isoformat(),
            "lastModified": self.obj.updated_at.isoformat(),
            "location": self.location,
        }

    def validate_dict(self, d):
        """Checked whole in :meth:`from_dict`."""

    @classmethod
    def resource_type_dict(cls, request=None) -> dict:
        from .views import base_location

        resource = {
            "schemas": [SchemaURI.RESOURCE_TYPE],
            "id": cls.resource_type,
            "name": cls.resource_type,
            "endpoint": cls.endpoint,
            "description": cls.description,
            "schema": cls.schema,
            "meta": {
                "location": base_location(request)
                + reverse("scim:resource-types", kwargs={"uuid": cls.resource_type}),
                "resourceType": "ResourceType",
            },
        }
        if cls.extensions:
            resource["schemaExtensions"] = [
                {"schema": urn, "required": False} for urn in cls.extensions
            ]
        return resource


class DirectoryUserAdapter(_Adapter):
    """A person as a SCIM ``User`` (``USER_ADAPTER``)."""

    url_name = "scim:users"
    resource_type = "User"
    endpoint = "/Users"
    description = "A person of the agency, a learner on the platform"
    schema = USER_SCHEMA
    extensions = (ENTERPRISE_USER,)

    @property
    def display_name(self) -> str:
        return self.obj.user.get_full_name() or self.obj.user.get_username()

    def to_dict(self) -> dict:
        state = dict(self.obj.attributes)
        schemas = [USER_SCHEMA] + ([ENTERPRISE_USER] if ENTERPRISE_USER in state else [])
        groups = [
            {
                "value": group.scim_id,
                "$ref": DirectoryGroupAdapter(group, request=self.request).location,
                "display": group.display_name,
            }
            for group in self.obj.groups.all()
        ]
        resource = {"schemas": schemas, "id": self.obj.scim_id, **state}
        resource["userName"] = self.obj.user.get_username()
        if groups:
            resource["groups"] = groups
        resource["meta"] = self._meta()
        return self._selected(resource)

    def from_dict(self, d):
        self.state = user_state_from_resource(d)

    def save(self):
        if self.obj.pk is None:
            self.obj = services.directory_person_create(token=self.token, state=self.state)
        else:
            self.obj = services.directory_person_update(account=self.obj, state=self.state)

    def delete(self):
        services.directory_person_remove(account=self.obj)

    def handle_operations(self, operations):
        self.state = user_state_patch(self.obj.attributes, {"Operations": operations})
        self.save()


class DirectoryGroupAdapter(_Adapter):
    """A directory group as a SCIM ``Group`` (``GROUP_ADAPTER``)."""

    url_name = "scim:groups"
    resource_type = "Group"
    endpoint = "/Groups"
    description = "A group of the directory: an audience or a unit on the platform"
    schema = GROUP_SCHEMA
    extensions = ()

    @property
    def display_name(self) -> str:
        return self.obj.display_name

    def _state(self) -> dict:
        state = {"displayName": self.obj.display_name}
        if self.obj.scim_external_id:
            state["externalId"] = self.obj.scim_external_id
        state["members"] = [account.scim_id for account in self.obj.members.all()]
        return state

    def to_dict(self) -> dict:
        state = self._state()
        members = [
            {
                "value": account.scim_id,
                "$ref": DirectoryUserAdapter(account, request=self.request).location,
            }
            for account in self.obj.members.select_related("user")
        ]
        resource = {"schemas": [GROUP_SCHEMA], "id": self.obj.scim_id}
        resource.update({key: value for key, value in state.items() if key != "members"})
        if members:
            resource["members"] = members
        resource["meta"] = self._meta()
        return self._selected(resource)

    def from_dict(self, d):
        self.state = group_state_from_resource(d)

    def save(self):
        if self.obj.pk is None:
            self.obj = services.directory_group_create(token=self.token, state=self.state)
        else:
            self.obj = services.directory_group_update(group=self.obj, state=self.state)

    def delete(self):
        services.directory_group_delete(group=self.obj)

    def handle_operations(self, operations):
        self.state = group_state_patch(self._state(), {"Operations": operations})
        self.save()
