"""The operations screens in the Wagtail admin's Settings menu, for administrators."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .services import can_operate


class OperatorsOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return can_operate(request.user)


@hooks.register("register_settings_menu_item")
def register_background_tasks_menu_item():
    return OperatorsOnlyMenuItem(
        _("Background tasks"),
        reverse("operations_task_index"),
        icon_name="cogs",
        order=900,
    )


@hooks.register("register_settings_menu_item")
def register_scheduled_jobs_menu_item():
    return OperatorsOnlyMenuItem(
        _("Scheduled jobs"),
        reverse("operations_job_index"),
        icon_name="time",
        order=910,
    )


@hooks.register("register_admin_urls")
def register_operations_admin_urls():
    return [
        path("operations/tasks/", admin_views.task_index, name="operations_task_index"),
        path(
            "operations/tasks/<uuid:task_id>/",
            admin_views.task_detail,
            name="operations_task_detail",
        ),
        path(
            "operations/tasks/<uuid:task_id>/retry/",
            admin_views.task_retry,
            name="operations_task_retry",
        ),
        path("operations/jobs/", admin_views.job_index, name="operations_job_index"),
        path("operations/jobs/<slug:name>/run/", admin_views.job_run, name="operations_job_run"),
        path(
            "operations/jobs/<slug:name>/enabled/",
            admin_views.job_enable,
            name="operations_job_enable",
        ),
    ]
