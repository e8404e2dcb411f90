"""The organisation tree, audiences, learner profiles and manager scopes in the Wagtail admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from common.admin_policies import ViewOnlyPolicy

from .admin_views import DepartedPeopleView, PeopleImportView
from .admin_views import permission_policy as people_import_policy
from .forms import OrgUnitForm
from .models import Audience, AuditEvent, LearnerProfile, ManagerScope, OrgUnit


class OrgUnitViewSet(ModelViewSet):
    url_prefix = "organisation/units"
    model = OrgUnit
    icon = "group"
    menu_label = _("Organisational units")
    list_display = ["path_label", "code", "kind"]
    list_filter = ["kind"]
    search_fields = ["name_en", "name_fr", "code"]
    ordering = ["path"]
    edit_handler = ObjectList(
        [
            FieldPanel("parent"),
            FieldPanel("name_en"),
            FieldPanel("name_fr"),
            FieldPanel("code"),
            FieldPanel("kind"),
            FieldPanel("local_password_sign_in"),
            FieldPanel("retention_days"),
        ],
        base_form_class=OrgUnitForm,
    )


class AudienceViewSet(ModelViewSet):
    url_prefix = "organisation/audiences"
    model = Audience
    icon = "tag"
    menu_label = _("Audiences")
    list_display = ["name_en", "name_fr", "code"]
    search_fields = ["name_en", "name_fr", "code"]
    form_fields = ["name_en", "name_fr", "code", "description"]


class LearnerProfileViewSet(ModelViewSet):
    url_prefix = "organisation/learners"
    model = LearnerProfile
    icon = "user"
    menu_label = _("Learner profiles")
    list_display = ["__str__", "org_unit", "employee_number", "preferred_language"]
    list_filter = ["preferred_language", "audiences"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "employee_number"]
    form_fields = [
        "user",
        "org_unit",
        "audiences",
        "preferred_language",
        "employee_number",
        "start_date",
    ]


class ManagerScopeViewSet(ModelViewSet):
    url_prefix = "organisation/manager-scopes"
    model = ManagerScope
    icon = "view"
    menu_label = _("Manager scopes")
    list_display = ["manager", "org_unit"]
    form_fields = ["manager", "org_unit"]


class AuditTrailPolicy(ViewOnlyPolicy):
    """Administrators read the audit trail; nobody adds to it, changes or deletes it
    through the admin."""

    def may_view(self, user) -> bool:
        return user.is_active and user.is_superuser


class AuditTrailViewSet(ModelViewSet):
    url_prefix = "organisation/audit"
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit trail")
    list_display = ["at", "actor_name", "action", "target_name", "address"]
    list_filter = ["action", "at"]
    search_fields = ["actor_name", "target_name", "target_id"]
    list_export = [
        "at",
        "actor_name",
        "action",
        "target_type",
        "target_id",
        "target_name",
        "address",
        "detail",
    ]
    export_filename = "audit-trail"
    inspect_view_enabled = True
    ordering = ["-at", "-pk"]
    permission_policy = AuditTrailPolicy(AuditEvent)
    form_fields = []


class OrganisationViewSetGroup(ViewSetGroup):
    items = (
        OrgUnitViewSet,
        AudienceViewSet,
        LearnerProfileViewSet,
        ManagerScopeViewSet,
        AuditTrailViewSet,
    )
    menu_icon = "site"
    menu_label = _("Organisation")
    menu_name = "organisation"


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return OrganisationViewSetGroup()


@hooks.register("register_admin_urls")
def register_people_import_url():
    return [
        path(
            "organisation/import/",
            PeopleImportView.as_view(),
            name="organisations_people_import",
        )
    ]


class PeopleImportMenuItem(MenuItem):
    def is_shown(self, request):
        return people_import_policy.user_has_permission(request.user, "add")


@hooks.register("register_settings_menu_item")
def register_people_import_menu_item():
    return PeopleImportMenuItem(
        _("Import people and units"),
        reverse("organisations_people_import"),
        icon_name="upload",
        order=900,
    )


@hooks.register("register_admin_urls")
def register_departed_url():
    return [
        path("organisation/departed/", DepartedPeopleView.as_view(), name="organisations_departed")
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_departed_menu_item():
    return SuperuserMenuItem(
        _("People who left"), reverse("organisations_departed"), icon_name="user", order=910
    )
