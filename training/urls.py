from django.urls import path

from . import views

app_name = "training"
urlpatterns = [
    path("", views.my_required_training, name="mine"),
    path("required-training.ics", views.calendar_download, name="calendar_download"),
    path("feed/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("feed/renew/", views.calendar_feed_renew, name="calendar_feed_renew"),
    path("email/", views.optional_email, name="optional_email"),
]
