"""The LRS mounted on its own, as a site that embeds it would mount it."""

from django.urls import include, path

urlpatterns = [path("xapi/", include("lrs.urls"))]
