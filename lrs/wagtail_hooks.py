"""The LRS in the Wagtail admin: its clients and the forwarding outbox (administrators only)."""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import (
    ForwardingView,
    LRSAdministratorPolicy,
    LRSClientCreateView,
    LRSClientEditView,
    SecretRotateView,
    forbidden_as_403,
)
from .conf import setting
from .forms import LRSClientCreateForm, LRSClientForm
from .models import LRSClient


def _scopes_text(client: LRSClient) -> str:
    return ", ".join(client.scopes)


class LRSClientViewSet(ModelViewSet):
    name = "lrs_clients"
    url_prefix = "lrs/clients"
    model = LRSClient
    icon = "key"
    menu_label = _("LRS clients")
    add_view_class = LRSClientCreateView
    edit_view_class = LRSClientEditView
    copy_view_enabled = False
    list_display = [
        "name",
        "key",
        Column("scopes", label=_("Scopes"), accessor=_scopes_text),
        BooleanColumn("is_active", label=_("Active")),
        DateColumn("created_at", label=_("Created")),
    ]
    list_filter = ["is_active"]

    @cached_property
    def permission_policy(self):
        return LRSAdministratorPolicy(self.model)

    def construct_view(self, view_class, **kwargs):
        return forbidden_as_403(super().construct_view(view_class, **kwargs))

    def get_form_class(self, for_update=False):
        return LRSClientForm if for_update else LRSClientCreateForm

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(rotate_url_name=self.get_url_name("rotate"), **kwargs)

    @property
    def rotate_view(self):
        return self.construct_view(
            SecretRotateView,
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("index"),
            edit_url_name=self.get_url_name("edit"),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"rotate/<{self.pk_path_converter}:pk>/", self.rotate_view, name="rotate"),
        ]


class ForwardingViewSet(ViewSet):
    name = "lrs_forwarding"
    url_prefix = "lrs/forwarding"
    icon = "resubmit"
    menu_label = _("Forwarding")

    def get_urlpatterns(self):
        return [path("", forbidden_as_403(ForwardingView.as_view()), name="index")]

    @cached_property
    def menu_item_class(self):
        policy = ForwardingView.permission_policy

        class ForwardingMenuItem(MenuItem):
            def is_shown(self, request):
                return bool(setting("LRS_FORWARD_URL")) and policy.user_has_permission(
                    request.user, "change"
                )

        return ForwardingMenuItem


class LRSViewSetGroup(ViewSetGroup):
    items = (LRSClientViewSet, ForwardingViewSet)
    menu_icon = "key"
    menu_label = _("Learning Record Store")
    menu_name = "lrs"


@hooks.register("register_admin_viewset")
def register_lrs_viewsets():
    return LRSViewSetGroup()


@hooks.register("register_log_actions")
def register_lrs_log_actions(actions):
    actions.register_action("lrs.rotate_secret", _("Rotate secret"), _("Secret rotated"))
