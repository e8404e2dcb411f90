"""The public report's addresses (under /en/report/ and /fr/rapport/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "reporting"

urlpatterns = [
    path("<int:year>/", views.public_report, name="public_report"),
    path(
        _("<int:year>/report.<str:fmt>"),
        views.public_download,
        name="public_download",
    ),
]
