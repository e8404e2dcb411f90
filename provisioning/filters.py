"""SCIM filters (``userName eq "…"``, ``externalId eq "…"``, ``displayName eq "…"``,
``members[value eq "…"]``) turned into SQL by django-scim2's parser, over the
platform's tables. People and groups the directory deleted are never found."""

from django_scim.filters import FilterQuery

from .models import DirectoryGroup, DirectoryUser

USERS = "organisations_user"
PEOPLE = "provisioning_directoryuser"
GROUPS = "provisioning_directorygroup"


class DirectoryUserFilterQuery(FilterQuery):
    model_getter = staticmethod(lambda: DirectoryUser)
    joins = (f"INNER JOIN {USERS} ON {USERS}.id = {PEOPLE}.user_id",)
    attr_map = {
        ("id", None, None): f"{PEOPLE}.scim_id",
        ("externalId", None, None): f"{PEOPLE}.scim_external_id",
        ("userName", None, None): f"{USERS}.username",
        ("name", "givenName", None): f"{USERS}.first_name",
        ("name", "familyName", None): f"{USERS}.last_name",
        ("emails", None, None): f"{USERS}.email",
        ("emails", "value", None): f"{USERS}.email",
        ("active", None, None): f"{USERS}.is_active",
    }

    @classmethod
    def get_extras(cls, q, request=None):
        return f" AND {PEOPLE}.removed_at IS NULL", []


class DirectoryGroupFilterQuery(FilterQuery):
    model_getter = staticmethod(lambda: DirectoryGroup)
    joins = (
        f"LEFT JOIN {GROUPS}_members ON {GROUPS}_members.directorygroup_id = {GROUPS}.id",
        f"LEFT JOIN {PEOPLE} ON {PEOPLE}.id = {GROUPS}_members.directoryuser_id",
    )
    attr_map = {
        ("id", None, None): f"{GROUPS}.scim_id",
        ("externalId", None, None): f"{GROUPS}.scim_external_id",
        ("displayName", None, None): f"{GROUPS}.display_name",
        ("members", "value", None): f"{PEOPLE}.scim_id",
        ("members", None, None): f"{PEOPLE}.scim_id",
    }


def extra_filter_kwargs_getter(model):
    """``GET_EXTRA_MODEL_FILTER_KWARGS_GETTER``: a person the directory deleted is gone
    from its point of view (a 404), although the platform keeps them, deactivated."""

    def extra_filter_kwargs(request, *args, **kwargs):
        return {"removed_at": None} if model is DirectoryUser else {}

    return extra_filter_kwargs


def queryset_post_processor_getter(model):
    """``GET_QUERYSET_POST_PROCESSOR_GETTER``: lists in the order resources were made,
    so that a directory paging through them sees each once."""

    def post_process(request, queryset, *args, **kwargs):
        if model is DirectoryUser:
            queryset = queryset.select_related("user")
        return queryset.order_by("pk")

    return post_process


def directory_user_model():
    """``USER_MODEL_GETTER``: the SCIM Users are the directory's people, not every user."""
    return DirectoryUser
