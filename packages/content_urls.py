"""Package files, outside the language prefix and never tied to the session."""

from django.urls import path

from . import views

app_name = "packages_content"

urlpatterns = [
    path("<uuid:version_uuid>/<path:path>", views.content_file, name="file"),
]
