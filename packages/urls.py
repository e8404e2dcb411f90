"""The learner's player and the SCORM commit endpoint, under the language prefix."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import cmi5_views, views

app_name = "packages"

urlpatterns = [
    path(_("attempts/<uuid:attempt_uuid>/commit/"), views.commit, name="commit"),
    path(_("attempts/<uuid:attempt_uuid>/sync/"), views.sync, name="sync"),
    path(_("attempts/<uuid:attempt_uuid>/sequencing/"), views.sequencing, name="sequencing"),
    path(_("attempts/<uuid:attempt_uuid>/cmi5/launch/"), cmi5_views.launch, name="cmi5_launch"),
    path("<uuid:package_key>/", views.player, name="player"),
]
