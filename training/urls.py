from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "training"
urlpatterns = [
    path("", views.my_required_training, name="mine"),
    path(_("required-training.ics"), views.calendar_download, name="calendar_download"),
    path(_("feed/<str:token>.ics"), views.calendar_feed, name="calendar_feed"),
    path(_("feed/renew/"), views.calendar_feed_renew, name="calendar_feed_renew"),
    path(_("email/"), views.optional_email, name="optional_email"),
]
