"""Wagtail admin screens of the directory tokens (Settings › Directory tokens): made
with a name and a default unit, shown once, revoked; only administrators (superusers,
or holders of ``provisioning.manage_directorytoken``) see them."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy

from organisations.audit import Action, audit_record, changes

from .models import DirectoryToken
from .services import directory_token_create, directory_token_revoke


class DirectoryTokenPolicy(ModelPermissionPolicy):
    """Directory tokens let a system create and deactivate people: administrators only.
    Nobody deletes one (a revoked token stays, for the record)."""

    def user_has_permission(self, user, action):
        return (
            action != "delete"
            and user.is_active
            and (user.is_superuser or user.has_perm("provisioning.manage_directorytoken"))
        )

    def users_with_any_permission(self, actions):
        return self._get_users_with_any_permission_codenames({"manage_directorytoken"})


permission_policy = DirectoryTokenPolicy(DirectoryToken)


def forbidden_as_403(view):
    """A 403 page for people without the permission (instead of the admin's redirect)."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            title = _("Permission denied")
            return TemplateResponse(
                request,
                "provisioning/admin/forbidden.html",
                {"page_title": title, "header_title": title, "header_icon": "warning"},
                status=403,
            )

    return checked


class DirectoryTokenCreateView(CreateView):
    """Makes a token through :func:`provisioning.services.directory_token_create` and
    shows it on the page that answers the form, never again."""

    def save_instance(self):
        data = self.form.cleaned_data
        token, self.raw_token = directory_token_create(
            name=data["name"], default_unit=data["default_unit"], created_by=self.request.user
        )
        return token

    def save_action(self):
        index_url = reverse(self.index_url_name)
        title = _("Directory token created")
        response = TemplateResponse(
            self.request,
            "provisioning/admin/token_created.html",
            {
                "token": self.object,
                "raw_token": self.raw_token,
                "endpoint": self.request.build_absolute_uri(reverse("scim:root")),
                "page_title": title,
                "header_title": title,
                "header_icon": "key",
                "index_url": index_url,
            },
        )
        add_never_cache_headers(response)
        return response


class DirectoryTokenEditView(EditView):
    """Renames a token or changes its default unit (recorded); “Revoke” stops it."""

    revoke_url_name = None

    def save_instance(self):
        before = (
            DirectoryToken.objects.filter(pk=self.object.pk)
            .values("name", "default_unit_id")
            .first()
        )
        token = super().save_instance()
        changed = changes(
            before or {}, {"name": token.name, "default_unit_id": token.default_unit_id}
        )
        if changed:
            audit_record(
                Action.DIRECTORY_TOKEN_CHANGED,
                actor=self.request.user,
                target=token,
                detail=changed,
            )
        return token

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if not self.object.is_revoked:
            buttons.append(
                Button(
                    _("Revoke"),
                    url=reverse(self.revoke_url_name, args=[self.object.pk]),
                    icon_name="cross",
                    priority=5,
                )
            )
        return buttons


class DirectoryTokenRevokeView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks, then revokes a token: the directory's next request is refused (401)."""

    permission_policy = permission_policy
    permission_required = "change"
    template_name = "provisioning/admin/token_revoke.html"
    page_title = _("Revoke directory token")
    header_icon = "cross"
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if self.user_has_permission(self.permission_required):
            self.object = get_object_or_404(DirectoryToken, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        return super().get_context_data(token=self.object, **kwargs)

    def post(self, request, *args, **kwargs):
        directory_token_revoke(token=self.object, revoked_by=request.user)
        messages.success(
            request, _("The directory token “%(name)s” was revoked.") % {"name": self.object}
        )
        return redirect(self.index_url_name)
