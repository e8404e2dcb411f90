"""Directory tokens under Settings in the Wagtail admin."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import (
    DirectoryTokenCreateView,
    DirectoryTokenEditView,
    DirectoryTokenRevokeView,
    forbidden_as_403,
    permission_policy,
)
from .models import DirectoryToken


class DirectoryTokenViewSet(ModelViewSet):
    url_prefix = "directory-tokens"
    model = DirectoryToken
    icon = "key"
    menu_label = _("Directory tokens")
    add_to_settings_menu = True
    menu_order = 910
    list_display = ["name", "prefix", "default_unit", "created_at", "last_used_at", "revoked_at"]
    form_fields = ["name", "default_unit"]
    add_view_class = DirectoryTokenCreateView
    edit_view_class = DirectoryTokenEditView
    permission_policy = permission_policy
    copy_view_enabled = False
    inspect_view_enabled = False

    def construct_view(self, view_class, **kwargs):
        return forbidden_as_403(super().construct_view(view_class, **kwargs))

    @property
    def edit_view(self):
        return self.construct_view(
            self.edit_view_class,
            **self.get_edit_view_kwargs(),
            revoke_url_name=self.get_url_name("revoke"),
        )

    @property
    def revoke_view(self):
        return forbidden_as_403(
            DirectoryTokenRevokeView.as_view(index_url_name=self.get_url_name("index"))
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("revoke/<int:pk>/", self.revoke_view, name="revoke"),
        ]


@hooks.register("register_admin_viewset")
def register_directory_token_viewset():
    return DirectoryTokenViewSet("directory_tokens")
