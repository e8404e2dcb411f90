from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("", views.my_certificates, name="mine"),
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
]
