from django.urls import path

from . import views

app_name = "lrs"
urlpatterns = [
    path("about", views.about, name="about"),
    path("statements", views.statements, name="statements"),
    path("activities", views.activities, name="activities"),
    path("activities/state", views.activities_state, name="activities_state"),
    path("activities/profile", views.activities_profile, name="activities_profile"),
    path("agents", views.agents, name="agents"),
    path("agents/profile", views.agents_profile, name="agents_profile"),
]
