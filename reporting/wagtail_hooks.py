"""The plan's commitments and the annual report in the Wagtail admin (menu "Public
report"): trainers tag their courses, briefings, workshops and requirements from a
commitment's edit view; administrators generate, download and publish the report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminPageChooser

from . import admin_views
from .models import Commitment


class CommitmentViewSet(ModelViewSet):
    url_prefix = "reporting/commitments"
    model = Commitment
    icon = "tag"
    menu_label = _("Plan commitments")
    list_display = ["code", "title", "pillar", "lead"]
    list_filter = ["pillar"]
    search_fields = ["code", "title_en", "title_fr"]
    edit_handler = ObjectList(
        [
            FieldPanel("code"),
            FieldPanel("title_en"),
            FieldPanel("title_fr"),
            FieldPanel("pillar"),
            FieldPanel("lead"),
            InlinePanel(
                "items",
                heading=_("Tagged courses, briefings, workshops and requirements"),
                label=_("Tagged item"),
                panels=[
                    FieldPanel(
                        "page",
                        widget=AdminPageChooser(
                            target_models=[
                                "courses.CoursePage",
                                "courses.BriefingPage",
                                "workshops.WorkshopPage",
                            ]
                        ),
                    ),
                    FieldPanel("requirement"),
                ],
            ),
        ]
    )


class AdministratorsOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


class ReportingViewSetGroup(ViewSetGroup):
    items = (CommitmentViewSet,)
    menu_icon = "doc-full"
    menu_label = _("Public report")
    menu_name = "public-report"


@hooks.register("register_admin_viewset")
def register_reporting_viewsets():
    return ReportingViewSetGroup()


@hooks.register("register_settings_menu_item")
def register_annual_report_menu_item():
    return AdministratorsOnlyMenuItem(
        _("Annual report"),
        reverse("reporting_report_index"),
        icon_name="doc-full",
        order=800,
    )


@hooks.register("register_admin_urls")
def register_reporting_admin_urls():
    return [
        path("reporting/report/", admin_views.report_index, name="reporting_report_index"),
        path(
            "reporting/report/<int:year>/",
            admin_views.report_detail,
            name="reporting_report_detail",
        ),
        path(
            "reporting/report/<int:year>/publish/",
            admin_views.report_publish,
            name="reporting_report_publish",
        ),
        path(
            "reporting/report/<int:year>/<str:fmt>/",
            admin_views.report_download,
            name="reporting_report_download",
        ),
    ]
