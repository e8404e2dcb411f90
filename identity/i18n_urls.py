from django.urls import path  # noqa: F401
from django.utils.translation import gettext_lazy as _

from . import oidc, second_factor_views

urlpatterns = []

# The second factor for staff (identity/second_factor.py).
urlpatterns += [
    path(
        _("second-factor/"), second_factor_views.second_factor_verify, name="second_factor_verify"
    ),
    path(
        _("second-factor/set-up/"),
        second_factor_views.second_factor_enrol,
        name="second_factor_enrol",
    ),
    path(
        _("second-factor/recovery-codes/"),
        second_factor_views.second_factor_recovery_codes,
        name="second_factor_recovery_codes",
    ),
    path(
        _("second-factor/account/"),
        second_factor_views.second_factor_account,
        name="second_factor_account",
    ),
    path(
        _("second-factor/people/"),
        second_factor_views.second_factor_people,
        name="second_factor_people",
    ),
    path(
        _("second-factor/people/<int:user_id>/reset/"),
        second_factor_views.second_factor_reset_for,
        name="second_factor_reset_for",
    ),
]

# OpenID Connect: "Sign in with …" (identity/oidc.py).
urlpatterns += [
    path(_("sign-in-with/<slug:key>/"), oidc.sign_in_start, name="oidc_start"),
]
