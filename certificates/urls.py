from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "certificates"
urlpatterns = [
    path("", views.my_certificates, name="mine"),
    path(_("verify/"), views.verify_lookup, name="verify_lookup"),
    path(_("verify/<str:code>/"), views.verify, name="verify"),
    path(_("credentials/verify/"), views.credential_verify, name="credential_verify"),
    path(_("unit/"), views.unit_certificates, name="unit"),
    path(_("unit/certificates.zip"), views.unit_certificates_zip, name="unit_zip"),
    path(_("<str:code>/certificate.pdf"), views.certificate_pdf, name="pdf"),
    path(_("<str:code>/credential.jwt"), views.certificate_credential, name="credential"),
    path(_("<str:code>/renew/"), views.certificate_renew, name="renew"),
    path(_("<str:code>/public-name/"), views.certificate_public_name, name="public_name"),
]
