"""Certificates in the Wagtail admin: the translatable certificate templates (with a live
preview for a sample learner) and the issued certificates, which administrators may
revoke with a reason."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_name = "certificate_templates"
    menu_order = 410
    add_to_admin_menu = True
    list_display = ["name", "title", "locale", "is_default"]
    search_fields = ["name"]


register_snippet(CertificateTemplateViewSet)


class RevokersOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_revoke(request.user)


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return RevokersOnlyMenuItem(
        _("Certificates"),
        reverse("certificates_admin_index"),
        icon_name="doc-full-inverse",
        order=405,
    )


@hooks.register("register_admin_urls")
def register_certificates_admin_urls():
    return [
        path("certificates/", admin_views.certificate_index, name="certificates_admin_index"),
        path(
            "certificates/<uuid:certificate_id>/revoke/",
            admin_views.certificate_revoke_view,
            name="certificates_admin_revoke",
        ),
    ]
