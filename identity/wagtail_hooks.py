"""The administration of single sign-on: claim mappings (under Settings), each with a
preview of what sample claims would give."""

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import MappingPreviewView
from .models import ClaimMapping


def _preview_link(mapping) -> str:
    return format_html(
        '<a href="{}">{}</a>', reverse("claim_mappings:preview", args=[mapping.pk]), _("Preview")
    )


class ClaimMappingViewSet(ModelViewSet):
    model = ClaimMapping
    name = "claim_mappings"
    url_prefix = "sign-in/claim-mappings"
    icon = "key"
    menu_label = _("Sign-in claim mappings")
    add_to_settings_menu = True
    list_display = [
        "provider_key",
        "default_unit",
        Column("preview", label=_("Preview"), accessor=_preview_link),
    ]
    search_fields = ["provider_key"]
    edit_handler = ObjectList(
        [
            FieldPanel("provider_key"),
            MultiFieldPanel(
                [
                    FieldPanel("given_name_claim"),
                    FieldPanel("family_name_claim"),
                    FieldPanel("email_claim"),
                    FieldPanel("employee_number_claim"),
                    FieldPanel("preferred_language_claim"),
                    FieldPanel("start_date_claim"),
                ],
                heading=_("Learner profile"),
            ),
            MultiFieldPanel(
                [FieldPanel("unit_code_claim"), FieldPanel("default_unit")],
                heading=_("Organisational unit"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("audiences_claim"),
                    FieldPanel("manager_units_claim"),
                    FieldPanel("trainer_claim"),
                    FieldPanel("trainer_value"),
                ],
                heading=_("Audiences and roles"),
            ),
        ]
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/preview/", MappingPreviewView.as_view(), name="preview"),
        ]


@hooks.register("register_admin_viewset")
def register_claim_mapping_viewset():
    return ClaimMappingViewSet()
