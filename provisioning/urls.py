"""``/scim/v2/``: the addresses of RFC 7644 (the namespace ``scim`` is the one
django-scim2's adapters name their routes by)."""

from django.urls import re_path

from . import views

app_name = "scim"

urlpatterns = [
    re_path(r"^$", views.NotImplementedView.as_view(), name="root"),
    re_path(r"^\.search$", views.NotImplementedView.as_view(), name="search"),
    re_path(r"^Users/\.search$", views.UsersSearchView.as_view(), name="users-search"),
    re_path(r"^Users(?:/(?P<uuid>[^/]+))?$", views.UsersView.as_view(), name="users"),
    re_path(r"^Groups/\.search$", views.GroupsSearchView.as_view(), name="groups-search"),
    re_path(r"^Groups(?:/(?P<uuid>[^/]+))?$", views.GroupsView.as_view(), name="groups"),
    re_path(r"^(?:Me|Bulk)$", views.NotImplementedView.as_view(), name="not-offered"),
    re_path(
        r"^ServiceProviderConfig$",
        views.ServiceProviderConfigView.as_view(),
        name="service-provider-config",
    ),
    re_path(
        r"^ResourceTypes(?:/(?P<uuid>[^/]+))?$",
        views.ResourceTypesView.as_view(),
        name="resource-types",
    ),
    re_path(r"^Schemas(?:/(?P<uuid>[^/]+))?$", views.SchemasView.as_view(), name="schemas"),
    re_path(r"^.*$", views.NotFoundView.as_view(), name="not-found"),
]
