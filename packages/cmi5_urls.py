"""cmi5 machine interfaces, outside the language prefix: the fetch URL and the AUs'
xAPI endpoint."""

from django.urls import path

from . import cmi5_views

app_name = "packages_cmi5"

urlpatterns = [
    path("fetch/<str:fetch_key>/", cmi5_views.fetch, name="fetch"),
    path("xapi/<path:resource>", cmi5_views.xapi, name="xapi"),
]
