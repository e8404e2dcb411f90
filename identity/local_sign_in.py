"""Local password sign-in, where a person's organisation allows it.

An organisation (a unit at the top of the tree) that signs its people in through its
identity provider turns ``OrgUnit.local_password_sign_in`` off: the platform then
refuses their password, even a right one, and points them to the provider. People
without a learner profile (platform staff) and superusers keep their password, so the
platform can never lock its administrators out."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext as _
from wagtail.admin.forms.auth import LoginForm

from organisations.audit import Action, audit_record
from organisations.models import LearnerProfile

from .models import ExternalIdentity


def local_password_sign_in_allowed(user) -> bool:
    """Whether ``user`` may sign in with a password kept by the platform."""
    if user.is_superuser:
        return True
    profile = LearnerProfile.objects.select_related("org_unit").filter(user=user).first()
    if profile is None:
        return True
    return profile.org_unit.get_root().local_password_sign_in


def _provider_names(user) -> list[str]:
    from .oidc import provider_label

    keys = ExternalIdentity.objects.filter(user=user).values_list("provider_key", flat=True)
    return sorted({provider_label(key) for key in keys} - {""})


def _refuse_local_password(form) -> None:
    user = form.get_user() if hasattr(form, "get_user") else None
    names = _provider_names(user)
    audit_record(
        Action.SIGN_IN_FAILED,
        actor=None,
        request=form.request,
        target=user,
        detail={"username": user.get_username(), "reason": "local password sign-in off"},
    )
    if names:
        message = _(
            "Your organisation does not allow signing in with a password here. Sign in "
            "with %(providers)s instead."
        ) % {"providers": ", ".join(names)}
    else:
        message = _(
            "Your organisation does not allow signing in with a password here. Use your "
            "organisation’s sign-in button instead."
        )
    raise forms.ValidationError(message, code="local_password_off")


class LocalSignInForm(AuthenticationForm):
    """The site's sign-in form, refusing passwords where the organisation turned them off."""

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not local_password_sign_in_allowed(user):
            _refuse_local_password(self)


class AdminSignInForm(LoginForm):
    """The administration's sign-in form, with the same rule."""

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not local_password_sign_in_allowed(user):
            _refuse_local_password(self)
