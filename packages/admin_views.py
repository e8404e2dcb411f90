"""The Wagtail admin screens of packages: the list, the detail screen that shows what the
platform will do with a package, and the import (upload) screen that shows every problem
of an invalid package."""

import tempfile
from pathlib import Path

from django.db.models import Count, Q
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
from .manifests import CMI5, SCORM12, SCORM2004, XAPI
from .models import Package, PackageAttempt
from .origins import content_origin
from .problems import PackageInvalid
from .services import PackageInUse, package_delete, package_import

permission_policy = ModelPermissionPolicy(Package)


def _home_crumb() -> dict:
    return {"url": reverse("wagtailadmin_home"), "label": _("Home")}


def _actions_allowed(user) -> dict:
    """Which package actions the screens offer ``user``: only those their views allow."""
    return {
        "can_import": permission_policy.user_has_permission(user, "add"),
        "can_delete": permission_policy.user_has_permission(user, "delete"),
    }


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
            **_actions_allowed(self.request.user),
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
        return redirect("packages_admin:detail", key=version.package.key)


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


# How the platform decides that a learner completed a package, by kind.
COMPLETION_RULES = {
    SCORM12: [
        _(
            "Completed when every SCO is completed, passed, or (with a mastery score) scored "
            "at or above it; a failed SCO does not count, and the learner may try again."
        ),
        _(
            "A SCO that ends its session without reporting a status counts as completed. "
            "Assets do not count toward completion."
        ),
    ],
    SCORM2004: [
        _(
            "Completed when every SCO is completed and none failed; a failed SCO does not "
            "count, and the learner may try again."
        ),
        _(
            "A SCO is completed when it reports completed or, with a completion threshold, "
            "when its progress measure reaches the threshold; a SCO that ends without "
            "reporting completion counts as completed. It passes or fails as it reports or, "
            "with a scaled passing score, by its scaled score. Assets do not count toward "
            "completion."
        ),
    ],
    CMI5: [
        _(
            "Completed when the course is satisfied: every AU meets its moveOn criterion "
            "(shown with each AU), a waived AU counting as met."
        ),
    ],
    XAPI: [
        _(
            "Completed when the content reports completed or passed about its activity in "
            "the learner’s run."
        ),
    ],
}

# What each cmi5 moveOn asks of an AU.
MOVE_ON_RULES = {
    "Passed": _("met when the AU reports passed"),
    "Completed": _("met when the AU reports completed"),
    "CompletedAndPassed": _("met when the AU reports completed and passed"),
    "CompletedOrPassed": _("met when the AU reports completed or passed"),
    "NotApplicable": _("always met"),
}

# Sequencing report codes (packages/manifests/sequencing.py) in words: a whole code, or
# the prefix of a code whose rest is shown as it is.
SEQUENCING_CODES = {
    "sequencingCollection": _("Sequencing shared through a collection"),
    "sequencingCollection.missing": _("Missing sequencing collection"),
    "auxiliaryResources": _("Auxiliary resources"),
    "rollupRules": _("Rollup rules"),
    "randomization": _("Children selected or reordered at random"),
    "completionThreshold": _("Completion threshold"),
    "timeLimitAction": _("Action when the time limit is reached"),
    "objectives.primary": _("Primary objective"),
    "objectives.primary.unnamed": _("Primary objective without an id, judged by measure"),
    "objectives.secondary": _("Additional objectives"),
    "objectives.global": _("Objectives mapped to global objectives"),
    "objectives.satisfiedByMeasure": _("Objective satisfied by measure"),
    "objectives.extendedMapInfo": _("Extended objective maps"),
    "isvisible=false": _("Item hidden from the learner"),
    "item.empty": _("Cluster without a launchable item"),
    "item.notLaunchable": _("Item without a launchable resource"),
    "adlseq.objective.unmatched": _("Extended objective without a matching objective"),
    "objectivesGlobalToSystem": _("Global objectives limited to one attempt"),
    "objectivesGlobalToSystem=false": _("Global objectives limited to one attempt"),
}
SEQUENCING_PREFIXES = {
    "controlMode.": _("Control mode"),
    "preConditionRule.": _("Pre-condition rule"),
    "exitConditionRule.": _("Exit condition rule"),
    "postConditionRule.": _("Post-condition rule"),
    "ruleCondition.": _("Rule condition"),
    "limitConditions.": _("Limit condition"),
    "rollupRules.": _("Rollup setting"),
    "rollupRule.": _("Rollup rule"),
    "rollupCondition.": _("Rollup condition"),
    "objectives.mapInfo.": _("Objective map"),
    "objectives.": _("Objectives"),
    "randomization.": _("Randomization"),
    "deliveryControls.": _("Delivery control"),
    "constrainedChoice.": _("Constrained choice"),
    "rollupConsiderations.": _("Rollup consideration"),
    "hideLMSUI.": _("Player control hidden"),
    "completionThreshold.": _("Completion threshold"),
    "sequencing.": _("Element outside SCORM 2004 sequencing"),
    "adlseq.": _("ADL sequencing extension"),
}
_INVALID = ".invalid"


def sequencing_code(code: str) -> dict:
    """A report code as ``label`` (words, or empty when the code is unknown) and
    ``detail`` (the part of the code the words do not say), with ``invalid`` for a value
    the import found invalid."""
    invalid = code.endswith(_INVALID)
    base = code[: -len(_INVALID)] if invalid else code
    if base in SEQUENCING_CODES:
        return {"code": code, "label": SEQUENCING_CODES[base], "detail": "", "invalid": invalid}
    for prefix in sorted(SEQUENCING_PREFIXES, key=len, reverse=True):
        if base.startswith(prefix) and len(base) > len(prefix):
            return {
                "code": code,
                "label": SEQUENCING_PREFIXES[prefix],
                "detail": base[len(prefix) :],
                "invalid": invalid,
            }
    return {"code": code, "label": "", "detail": "", "invalid": invalid}


def sequencing_summary(version) -> dict | None:
    """What the manifest of a SCORM 2004 version asks for in sequencing, in words, or
    ``None`` when the import kept no report of it."""
    report = (version.structure or {}).get("sequencing_report")
    if report is None:
        return None
    return {
        "features": [sequencing_code(code) for code in report.get("features", [])],
        "unsupported": [
            {
                **sequencing_code(entry.get("code", "")),
                "reason": entry.get("reason", ""),
                "activities": entry.get("activities", []),
            }
            for entry in report.get("unsupported", [])
        ],
        "objectives": list(report.get("objectives", [])),
    }


class PackageDetailView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """What the platform will do with a package: its latest version's units, how a run
    is completed, and (SCORM 2004) the sequencing its manifest asks for."""

    permission_policy = permission_policy
    any_permission_required = ["add", "change"]
    template_name = "packages/admin/detail.html"
    header_icon = "folder-open-inverse"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.package = None

    def get_package(self) -> Package:
        if self.package is None:
            self.package = get_object_or_404(Package, key=self.kwargs["key"])
        return self.package

    def get_page_title(self):
        return self.get_package().title

    def get_breadcrumbs_items(self):
        return [
            _home_crumb(),
            {"url": reverse("packages_admin:index"), "label": _("Content packages")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        package = self.get_package()
        versions = list(package.versions.select_related("uploaded_by").order_by("-number"))
        version = versions[0] if versions else None
        context = {
            "package": package,
            "versions": versions,
            "version": version,
            **_actions_allowed(self.request.user),
        }
        if version is not None:
            learners = PackageAttempt.objects.filter(version=version).aggregate(
                started=Count("user", distinct=True),
                completed=Count("user", distinct=True, filter=Q(completed_at__isnull=False)),
            )
            items = [dict(item) for item in version.items]
            if version.kind == CMI5:
                for item in items:
                    item["move_on_rule"] = MOVE_ON_RULES.get(item.get("moveOn", ""), "")
            context.update(
                items=items,
                learners_started=learners["started"],
                learners_completed=learners["completed"],
                completion_rules=COMPLETION_RULES.get(version.kind, []),
                sequencing=(sequencing_summary(version) if version.kind == SCORM2004 else None),
                sequencing_applied=bool(content_origin(self.request, version.kind)),
                is_scorm=version.kind in (SCORM12, SCORM2004),
                is_scorm12=version.kind == SCORM12,
                is_scorm2004=version.kind == SCORM2004,
                is_cmi5=version.kind == CMI5,
                is_xapi=version.kind == XAPI,
            )
        return super().get_context_data(**context, **kwargs)
