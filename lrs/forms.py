"""Admin forms for LRS clients: scopes as checkboxes, and a secret that is set, never shown."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .clients import MIN_SECRET_LENGTH, lrs_client_secret_validate
from .models import SCOPES, LRSClient


def _secret_field() -> forms.CharField:
    return forms.CharField(
        label=_("Secret"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        validators=[lrs_client_secret_validate],
    )


def _secret_help_text() -> str:
    # Built per form, so that it is translated into the language of the request.
    return _(
        "Leave empty to generate a strong secret, shown once after saving. A typed "
        "secret must be at least %(length)d characters long. Only a hash is kept."
    ) % {"length": MIN_SECRET_LENGTH}


class LRSClientForm(WagtailAdminModelForm):
    """Edits a client's name, key, scopes and whether it is active."""

    scopes = forms.MultipleChoiceField(
        label=_("Scopes"),
        choices=SCOPES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("What the client may do. “Everything” includes all the others."),
    )

    class Meta:
        model = LRSClient
        fields = ["name", "key", "scopes", "is_active"]
        help_texts = {
            "key": _("The user name the client sends in its HTTP Basic credentials."),
        }

    def clean_scopes(self):
        chosen = set(self.cleaned_data["scopes"])
        return [name for name, _label in SCOPES if name in chosen]


class LRSClientCreateForm(LRSClientForm):
    """A new client: as :class:`LRSClientForm`, plus its secret."""

    secret = _secret_field()

    class Meta(LRSClientForm.Meta):
        fields = ["name", "key", "secret", "scopes", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["secret"].help_text = _secret_help_text()


class SecretRotateForm(forms.Form):
    """A new secret for an existing client."""

    secret = _secret_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["secret"].help_text = _secret_help_text()
