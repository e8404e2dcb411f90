"""The claim mapping's preview in the administration: what a sample set of claims would
give, through the saved mapping, without writing anything."""

import json

from django import forms
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from .mapping import claims_map
from .models import ClaimMapping

permission_policy = ModelPermissionPolicy(ClaimMapping)

SAMPLE_CLAIMS = {
    "sub": "248289761001",
    "given_name": "Jane",
    "family_name": "Doe",
    "email": "jane.doe@example.gc.ca",
    "locale": "fr-CA",
}


class PreviewForm(forms.Form):
    claims = forms.CharField(
        label=gettext_lazy("Sample claims (JSON)"),
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        help_text=gettext_lazy(
            "A JSON object as the provider would send it, for example the claims of an ID "
            "token or the attributes of a SAML assertion."
        ),
    )

    def clean_claims(self):
        try:
            claims = json.loads(self.cleaned_data["claims"])
        except ValueError as error:
            raise forms.ValidationError(
                _("This is not valid JSON: %(error)s") % {"error": error}
            ) from error
        if not isinstance(claims, dict):
            raise forms.ValidationError(_("The claims must be a JSON object ({…})."))
        return claims


class MappingPreviewView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Paste claims, see the profile, unit, audiences and roles they would give, or the
    problems that would refuse the person."""

    permission_policy = permission_policy
    permission_required = "change"
    template_name = "identity/admin/mapping_preview.html"
    form_class = PreviewForm
    header_icon = "view"

    def dispatch(self, request, *args, **kwargs):
        self.mapping = get_object_or_404(ClaimMapping, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Preview of %(provider)s") % {"provider": self.mapping.provider_key}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("claim_mappings:index"), "label": _("Claim mappings")},
            {
                "url": reverse("claim_mappings:edit", args=[self.mapping.pk]),
                "label": str(self.mapping),
            },
            {"url": "", "label": _("Preview")},
        ]

    def get_initial(self):
        return {"claims": json.dumps(SAMPLE_CLAIMS, indent=2, ensure_ascii=False)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(mapping=self.mapping, **kwargs)

    def form_valid(self, form):
        person = claims_map(self.mapping, form.cleaned_data["claims"])
        return self.render_to_response(self.get_context_data(form=form, person=person))
