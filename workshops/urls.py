from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "workshops"
urlpatterns = [
    path(_("approvals/"), views.approvals, name="approvals"),
    path(_("approvals/<int:booking_id>/"), views.approval_decide, name="approval_decide"),
]
