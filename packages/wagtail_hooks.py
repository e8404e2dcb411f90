"""Content packages in the Wagtail admin: the list, the detail, import, export and
delete screens."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from .admin_views import (
    CourseExportView,
    PackageDeleteView,
    PackageDetailView,
    PackageImportView,
    PackageIndexView,
    permission_policy,
)


class PackageViewSet(ViewSet):
    name = "packages_admin"
    url_prefix = "packages"
    icon = "folder-open-inverse"
    menu_label = _("Content packages")
    add_to_admin_menu = True
    menu_order = 250

    def get_urlpatterns(self):
        return [
            path("", PackageIndexView.as_view(), name="index"),
            path("import/", PackageImportView.as_view(), name="import"),
            path("export/", CourseExportView.as_view(), name="export"),
            path("<uuid:key>/", PackageDetailView.as_view(), name="detail"),
            path("<uuid:key>/delete/", PackageDeleteView.as_view(), name="delete"),
        ]

    @property
    def menu_item_class(self):
        class PackageMenuItem(MenuItem):
            def is_shown(self, request):
                return permission_policy.user_has_any_permission(request.user, ["add", "change"])

        return PackageMenuItem


@hooks.register("register_admin_viewset")
def register_package_viewset():
    return PackageViewSet()
