"""Under the language prefix: the offline page and what a course needs offline."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "offline"
urlpatterns = [
    path("", views.offline_page, name="page"),
    path(_("courses/<str:course_key>/"), views.course_package, name="course_package"),
]
