from django.urls import path

from . import views

app_name = "lrs"
urlpatterns = [
    path("about", views.about, name="about"),
    path("statements", views.statements, name="statements"),
]
