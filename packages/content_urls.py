"""Package files, outside the language prefix and never tied to the session."""

from django.urls import path

from . import views

app_name = "packages_content"

urlpatterns = [
    path("runner/<uuid:version_uuid>/", views.runner, name="runner"),
    path("<uuid:version_uuid>/<path:path>", views.content_file, name="file"),
]
