"""The Wagtail admin screens of packages: the list, and the import (upload) screen that
shows every problem of an invalid package."""

import tempfile
from pathlib import Path

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from .export import ExportRefused, course_export
from .forms import CourseExportForm, PackageImportForm
from .models import Package
from .problems import PackageInvalid
from .services import PackageInUse, package_delete, package_import

permission_policy = ModelPermissionPolicy(Package)


def _home_crumb() -> dict:
    return {"url": reverse("wagtailadmin_home"), "label": _("Home")}


class PackageIndexView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_policy = permission_policy
    any_permission_required = ["add", "change"]
    template_name = "packages/admin/index.html"
    page_title = _("Content packages")
    header_icon = "folder-open-inverse"

    def get_breadcrumbs_items(self):
        return [_home_crumb(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        packages = Package.objects.prefetch_related("versions").order_by("title")
        return super().get_context_data(
            packages=packages,
            import_url=reverse("packages_admin:import"),
            export_url=reverse("packages_admin:export"),
            **kwargs,
        )


class PackageImportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    permission_policy = permission_policy
    permission_required = "add"
    template_name = "packages/admin/import.html"
    form_class = PackageImportForm
    page_title = _("Import a package")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            _home_crumb(),
            {"url": reverse("packages_admin:index"), "label": _("Content packages")},
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "upload"
            with open(path, "wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
            try:
                version = package_import(
                    path=path,
                    filename=upload.name,
                    user=self.request.user,
                    package=form.cleaned_data["package"],
                )
            except PackageInvalid as error:
                return self.render_to_response(
                    self.get_context_data(form=form, problems=error.problems), status=400
                )
        messages.success(
            self.request,
            _("“%(title)s” was imported as version %(number)s.")
            % {"title": version.package.title, "number": version.number},
        )
        return redirect("packages_admin:index")


class CourseExportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Download a native course as a cmi5 or SCORM 1.2 package."""

    permission_policy = permission_policy
    permission_required = "add"
    template_name = "packages/admin/export.html"
    form_class = CourseExportForm
    page_title = _("Export a course")
    header_icon = "download"

    def get_breadcrumbs_items(self):
        return [
            _home_crumb(),
            {"url": reverse("packages_admin:index"), "label": _("Content packages")},
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        course = form.cleaned_data["course"]
        kind = form.cleaned_data["format"]
        language = form.cleaned_data["language"]
        try:
            content = course_export(course=course, kind=kind, language=language)
        except ExportRefused as refused:
            form.add_error(None, f"{refused.field}: {refused.message}")
            return self.form_invalid(form)
        response = HttpResponse(content, content_type="application/zip")
        response["Content-Disposition"] = (
            f'attachment; filename="{course.slug}-{kind}-{language}.zip"'
        )
        return response


class PackageDeleteView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Delete an imported package after confirmation. Learners' runs of it are deleted
    only when the confirmation says so; their statements stay in the LRS."""

    permission_policy = permission_policy
    permission_required = "delete"
    template_name = "packages/admin/delete.html"
    page_title = _("Delete a package")
    header_icon = "bin"

    def get_breadcrumbs_items(self):
        return [
            _home_crumb(),
            {"url": reverse("packages_admin:index"), "label": _("Content packages")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        package = get_object_or_404(Package, key=self.kwargs["key"])
        from .models import PackageAttempt

        return super().get_context_data(
            package=package,
            runs=PackageAttempt.objects.filter(version__package=package).count(),
            **kwargs,
        )

    def post(self, request, key):
        package = get_object_or_404(Package, key=key)
        title = package.title
        try:
            package_delete(package=package, force=request.POST.get("force") == "on")
        except PackageInUse as refused:
            messages.error(request, f"{refused.field}: {refused.message}")
            return redirect("packages_admin:delete", key=key)
        messages.success(request, _("“%(title)s” was deleted.") % {"title": title})
        return redirect("packages_admin:index")
