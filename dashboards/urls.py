from django.urls import path, re_path
from django.utils.translation import gettext_lazy as _

from . import course_views, learner_views, views

app_name = "dashboards"
urlpatterns = [
    path("", views.manager_dashboard, name="manager"),
    path(_("units/<int:unit_id>/learners/"), views.unit_learners, name="unit_learners"),
    re_path(
        _(r"^export/(?P<table>[a-z]+)\.(?P<fmt>csv|xlsx)$"),
        views.dashboard_export,
        name="export",
    ),
    path(_("learners/<uuid:user_uuid>/"), learner_views.learner_detail, name="learner"),
    path(_("compliance/"), learner_views.compliance_report, name="compliance"),
    re_path(
        _(r"^compliance\.(?P<fmt>csv|xlsx)$"),
        learner_views.compliance_report_export,
        name="compliance_export",
    ),
    path(_("courses/"), course_views.course_list, name="courses"),
    path(_("courses/<uuid:course_key>/"), course_views.course_report, name="course"),
    re_path(
        _(r"^courses/(?P<course_key>[0-9a-f-]{36})\.(?P<fmt>csv|xlsx)$"),
        course_views.course_report_export,
        name="course_export",
    ),
]
