"""Wagtail admin screens of the LRS: clients (whose secrets are shown once) and forwarding."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from .clients import lrs_client_secret_generate, lrs_client_secret_rotate
from .forms import SecretRotateForm
from .forwarding import forwarding_backlog
from .models import LRSClient
from .services import lrs_client_create


class LRSAdministratorPolicy(ModelPermissionPolicy):
    """LRS credentials and forwarding are for administrators: superusers, or users
    with the ``lrs.change_lrsclient`` permission, whatever the action."""

    def user_has_permission(self, user, action):
        return user.has_perm("lrs.change_lrsclient")

    def users_with_any_permission(self, actions):
        return self._get_users_with_any_permission_codenames({"change_lrsclient"})


def forbidden_as_403(view):
    """Answer users without the permission with a 403 page (the Wagtail admin would
    otherwise redirect them to its dashboard)."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            title = _("Permission denied")
            return TemplateResponse(
                request,
                "lrs/admin/forbidden.html",
                {
                    "page_title": title,
                    "header_title": title,
                    "header_icon": "warning",
                    "breadcrumbs_items": [_home_crumb(), {"url": "", "label": title}],
                },
                status=403,
            )

    return checked


def _home_crumb() -> dict:
    return {"url": reverse("wagtailadmin_home"), "label": _("Home")}


def _secret_response(request, *, client: LRSClient, secret: str, title, index_url: str):
    """The one page that ever shows a secret; not cached anywhere."""
    response = TemplateResponse(
        request,
        "lrs/admin/client_secret.html",
        {
            "client": client,
            "secret": secret,
            "page_title": title,
            "header_title": title,
            "header_icon": "key",
            "index_url": index_url,
            "breadcrumbs_items": [
                _home_crumb(),
                {"url": index_url, "label": _("LRS clients")},
                {"url": "", "label": title},
            ],
        },
    )
    add_never_cache_headers(response)
    return response


class LRSClientCreateView(CreateView):
    """Creates a client through :func:`lrs.services.lrs_client_create`; a generated
    secret is shown on the page that answers the form, and never again."""

    def save_instance(self):
        data = self.form.cleaned_data
        self.generated_secret = "" if data["secret"] else lrs_client_secret_generate()
        client = lrs_client_create(
            name=data["name"],
            key=data["key"],
            secret=data["secret"] or self.generated_secret,
            scopes=data["scopes"],
        )
        if not data["is_active"]:
            client.is_active = False
            client.save(update_fields=["is_active"])
        log(instance=client, action="wagtail.create", content_changed=True)
        return client

    def save_action(self):
        if not self.generated_secret or self.expects_json_response:
            return super().save_action()
        return _secret_response(
            self.request,
            client=self.object,
            secret=self.generated_secret,
            title=_("LRS client created"),
            index_url=reverse(self.index_url_name),
        )


class LRSClientEditView(EditView):
    """Edits a client; its secret is replaced through “Rotate secret”."""

    rotate_url_name = None

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Rotate secret"),
                url=reverse(self.rotate_url_name, args=[self.object.pk]),
                icon_name="key",
                priority=5,
            )
        )
        return buttons


class SecretRotateView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Replaces a client's secret (typed or generated); the old one stops working."""

    permission_policy = None
    permission_required = "change"
    form_class = SecretRotateForm
    template_name = "lrs/admin/secret_rotate.html"
    page_title = _("Rotate secret")
    header_icon = "key"
    index_url_name = None
    edit_url_name = None

    def dispatch(self, request, *args, **kwargs):
        # Look the client up only for those allowed to see it (others get a 403, never a 404).
        if self.user_has_permission(self.permission_required):
            self.object = get_object_or_404(LRSClient, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            _home_crumb(),
            {"url": reverse(self.index_url_name), "label": _("LRS clients")},
            {"url": reverse(self.edit_url_name, args=[self.object.pk]), "label": str(self.object)},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(client=self.object, **kwargs)

    def form_valid(self, form):
        typed = form.cleaned_data["secret"]
        secret = lrs_client_secret_rotate(client=self.object, secret=typed)
        log(instance=self.object, action="lrs.rotate_secret")
        if typed:
            messages.success(
                self.request,
                _("The secret of “%(client)s” was replaced.") % {"client": self.object},
            )
            return redirect(self.edit_url_name, self.object.pk)
        return _secret_response(
            self.request,
            client=self.object,
            secret=secret,
            title=_("Secret rotated"),
            index_url=reverse(self.index_url_name),
        )


class ForwardingView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """The forwarding outbox at a glance: backlog, deliveries, and the latest errors."""

    permission_policy = LRSAdministratorPolicy(LRSClient)
    permission_required = "change"
    template_name = "lrs/admin/forwarding.html"
    page_title = _("Forwarding")
    header_icon = "resubmit"

    def get_breadcrumbs_items(self):
        return [_home_crumb(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(backlog=forwarding_backlog(), **kwargs)
