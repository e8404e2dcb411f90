from django.urls import re_path

from . import views

app_name = "lrs"


def _resource(name: str, view, url_name: str):
    # Clients join the endpoint (which ends in "/") and "/statements", asking for
    # ``/xapi//statements``: any number of slashes before a resource names it.
    return re_path(rf"^(?:/+)?{name}\Z", view, name=url_name)


urlpatterns = [
    _resource("about", views.about, "about"),
    _resource("statements", views.statements, "statements"),
    _resource("activities", views.activities, "activities"),
    _resource("activities/state", views.activities_state, "activities_state"),
    _resource("activities/profile", views.activities_profile, "activities_profile"),
    _resource("agents", views.agents, "agents"),
    _resource("agents/profile", views.agents_profile, "agents_profile"),
]
