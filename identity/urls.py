from django.urls import path  # noqa: F401

from . import oidc
from .saml import views as saml_views

urlpatterns = []

# OpenID Connect: the address each provider sends people back to, and the one it sends
# them to after signing them out (both registered at the provider).
urlpatterns += [
    path("oidc/<slug:key>/callback/", oidc.sign_in_callback, name="oidc_callback"),
    path("oidc/signed-out/", oidc.signed_out, name="oidc_signed_out"),
]

# SAML 2.0 (identity/saml/): the platform's metadata, the start of a sign-in, the
# assertion consumer service, and single logout (the sign-out here, the provider's side).
urlpatterns += [
    path("saml/metadata/", saml_views.MetadataView.as_view(), name="saml_metadata"),
    path("saml/login/", saml_views.LoginView.as_view(), name="saml_login"),
    path("saml/acs/", saml_views.AssertionConsumerView.as_view(), name="saml_acs"),
    path("saml/logout/", saml_views.LogoutView.as_view(), name="saml_logout"),
    path("saml/ls/", saml_views.LogoutServiceView.as_view(), name="saml_ls"),
]
