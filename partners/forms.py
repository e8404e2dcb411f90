"""Forms of the partners app. Each error names its field, in the reader's language."""

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from organisations.models import User

from .selectors import invitation_audiences, invitation_units, partner_organisation_named

#: The longest an invitation can stay usable, in days.
INVITATION_MAX_DAYS = 60


class DescribedForm(forms.Form):
    """A form whose inputs point screen readers at their help and their errors."""

    def full_clean(self):
        super().full_clean()
        for name, field in self.fields.items():
            if name not in self.errors:
                continue
            bound = self[name]
            described = [f"{bound.auto_id}-errors"]
            if field.help_text:
                described.insert(0, f"{bound.auto_id}_helptext")
            field.widget.attrs["aria-describedby"] = " ".join(described)


class PasswordFields(DescribedForm):
    """A new password, typed twice and checked with the site's password rules."""

    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password_again = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=settings.OFFICIAL_LANGUAGES, widget=forms.RadioSelect
    )

    def account_email(self) -> str:
        """The address the account will sign in with (the password must not look
        like it)."""
        return self.cleaned_data.get("email", "")

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password and cleaned.get("password_again") and password != cleaned["password_again"]:
            self.add_error("password_again", _("The two passwords differ."))
        elif password:
            person = User(
                username=self.account_email(),
                email=self.account_email(),
                first_name=cleaned.get("first_name", ""),
                last_name=cleaned.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password, user=person)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


class RegistrationForm(PasswordFields):
    """A partner signing themselves up. The organisation is typed: one of the list's
    names picks that organisation, any other name proposes a new one."""

    field_order = [
        "first_name",
        "last_name",
        "email",
        "password",
        "password_again",
        "preferred_language",
        "organisation",
    ]

    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        min_length=3,
        max_length=200,
        widget=forms.TextInput(attrs={"list": "partner-organisations", "autocomplete": "off"}),
        help_text=_(
            "Start typing to pick your organisation from the list. If it is not there, "
            "type its full name: an administrator will add it."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        name = cleaned.get("organisation", "")
        cleaned["org_unit"] = partner_organisation_named(name=name) if name else None
        return cleaned


class InvitationAcceptForm(PasswordFields):
    """An invitee making their account (their e-mail is the invitation's)."""

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def account_email(self) -> str:
        return self.email


class DecisionForm(DescribedForm):
    """A manager's or an administrator's answer to a registration."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("refuse", _("Refuse"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when refusing: the person receives it by e-mail."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "refuse" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Give the reason for refusing."))
        return cleaned


class InvitationForm(DescribedForm):
    """A manager or an administrator inviting one person into a unit."""

    email = forms.EmailField(label=_("E-mail"), max_length=254)
    org_unit = forms.ModelChoiceField(label=_("Unit"), queryset=None, empty_label=None)
    audiences = forms.ModelMultipleChoiceField(
        label=_("Audiences"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    days = forms.IntegerField(
        label=_("Link valid for (days)"),
        min_value=1,
        max_value=INVITATION_MAX_DAYS,
        initial=14,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org_unit"].queryset = invitation_units(user=user)
        self.fields["org_unit"].label_from_instance = lambda unit: unit.path_label
        self.fields["audiences"].queryset = invitation_audiences()

    def clean_email(self):
        from .services import account_exists

        email = self.cleaned_data["email"].strip().lower()
        if account_exists(email=email):
            raise forms.ValidationError(_("Someone already signs in with this e-mail."))
        return email
