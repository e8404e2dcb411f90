from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("", views.my_certificates, name="mine"),
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("credentials/verify/", views.credential_verify, name="credential_verify"),
    path("unit/", views.unit_certificates, name="unit"),
    path("unit/certificates.zip", views.unit_certificates_zip, name="unit_zip"),
    path("<str:code>/certificate.pdf", views.certificate_pdf, name="pdf"),
    path("<str:code>/credential.jwt", views.certificate_credential, name="credential"),
    path("<str:code>/renew/", views.certificate_renew, name="renew"),
    path("<str:code>/public-name/", views.certificate_public_name, name="public_name"),
]
