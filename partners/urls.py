from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "partners"
urlpatterns = [
    path(_("register/"), views.register, name="register"),
    path(_("register/sent/"), views.register_sent, name="register_sent"),
    path(_("confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("registrations/"), views.registrations, name="registrations"),
    path(
        _("registrations/<uuid:registration_uuid>/"),
        views.registration_decide,
        name="registration_decide",
    ),
    path(_("invitations/new/"), views.invitation_new, name="invitation_new"),
    path(_("invitation/<str:token>/"), views.invitation, name="invitation"),
]
