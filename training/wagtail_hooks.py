"""Requirements, targets and exemptions in the Wagtail admin (menu "Training")."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminPageChooser, Button

from common.admin_policies import ViewOnlyPolicy

from . import admin_views
from .forms import ExemptionForm, RequirementForm, TargetForm
from .models import Assignment, Exemption, Requirement, Target


class ScopePreviewPanel(Panel):
    """A button that shows who the requirement, as currently filled in, would apply to."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Who it applies to"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "training/admin/scope_preview_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["requirement_pk"] = self.instance.pk
            return context


class SaveThenMaterialise:
    """Create and edit views of requirements: after saving, assignments follow."""

    def save_instance(self):
        from .services import requirement_after_save

        instance = super().save_instance()
        requirement_after_save(requirement=instance)
        return instance


class RequirementCreateView(SaveThenMaterialise, generic.CreateView):
    pass


class RequirementEditView(SaveThenMaterialise, generic.EditView):
    pass


class RequirementDeleteView(generic.DeleteView):
    """A requirement with assignments or exemptions is history: it is deactivated, not
    deleted."""

    def form_valid(self, form):
        if self.object.assignments.exists() or self.object.exemptions.exists():
            messages.error(
                self.request,
                _(
                    "This requirement has assignments, kept as history: make it "
                    "inactive instead of deleting it."
                ),
            )
            return redirect(self.index_url_name)
        return super().form_valid(form)


class RequirementViewSet(ModelViewSet):
    url_prefix = "training/requirements"
    model = Requirement
    icon = "tasks"
    menu_label = _("Requirements")
    add_view_class = RequirementCreateView
    edit_view_class = RequirementEditView
    delete_view_class = RequirementDeleteView
    list_display = ["name", "due_rule", "recurrence", "is_active"]
    list_filter = ["is_active", "due_rule", "recurrence"]
    search_fields = ["name_en", "name_fr"]
    edit_handler = ObjectList(
        [
            FieldPanel("name_en"),
            FieldPanel("name_fr"),
            FieldPanel("description"),
            InlinePanel(
                "courses",
                heading=_("Courses and briefings (in order)"),
                label=_("Course or briefing"),
                min_num=1,
                panels=[
                    FieldPanel(
                        "course",
                        widget=AdminPageChooser(
                            target_models=["courses.CoursePage", "courses.BriefingPage"]
                        ),
                    )
                ],
            ),
            MultiFieldPanel(
                [
                    FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("org_units"),
                    FieldPanel("excluded_audiences", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("excluded_org_units"),
                    FieldPanel("started_from"),
                    FieldPanel("started_before"),
                    ScopePreviewPanel(),
                ],
                heading=_("Who must take it"),
            ),
            MultiFieldPanel(
                [FieldPanel("due_rule"), FieldPanel("due_date"), FieldPanel("due_days")],
                heading=_("When it is due"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("recurrence"),
                    FieldPanel("recurrence_months"),
                    FieldPanel("anniversary"),
                    FieldPanel("window_days"),
                    FieldPanel("grace_days"),
                ],
                heading=_("Recertification"),
            ),
            FieldPanel("is_active"),
        ],
        base_form_class=RequirementForm,
    )


class TargetProgressColumn(Column):
    def get_value(self, instance):
        from .selectors.targets import target_progress

        progress = target_progress(target=instance)
        return _("%(attainment)s%% now, %(projected)s%% projected (%(state)s)") % {
            "attainment": progress.attainment,
            "projected": progress.projected,
            "state": _("on track") if progress.on_track else _("behind"),
        }


class TargetViewSet(ModelViewSet):
    url_prefix = "training/targets"
    model = Target
    icon = "pick"
    menu_label = _("Targets")
    list_display = [
        "requirement",
        "org_unit",
        "percentage",
        "deadline",
        TargetProgressColumn("progress", label=_("Attainment")),
    ]
    list_filter = ["requirement"]
    edit_handler = ObjectList(
        [
            FieldPanel("requirement"),
            FieldPanel("org_unit"),
            FieldPanel("percentage"),
            FieldPanel("deadline"),
        ],
        base_form_class=TargetForm,
    )


class ExemptionCreateView(generic.CreateView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        if instance.granted_by_id is None:
            instance.granted_by = self.request.user
        instance.save()
        return instance


class ExemptionViewSet(ModelViewSet):
    url_prefix = "training/exemptions"
    model = Exemption
    icon = "resubmit"
    menu_label = _("Exemptions")
    add_view_class = ExemptionCreateView
    list_display = ["user", "requirement", "expires_on", "granted_by", "created_at"]
    list_filter = ["requirement"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "reason"]
    edit_handler = ObjectList(
        [
            FieldPanel("requirement"),
            FieldPanel("user"),
            FieldPanel("reason"),
            FieldPanel("expires_on"),
        ],
        base_form_class=ExemptionForm,
    )


class AssignmentViewSet(ModelViewSet):
    url_prefix = "training/assignments"
    model = Assignment
    icon = "list-ul"
    menu_label = _("Assignment history")
    # Assignments are derived from requirements and completions: people may look,
    # nobody edits them by hand (not even a superuser).
    permission_policy = ViewOnlyPolicy(Assignment)
    inspect_view_enabled = True
    list_display = [
        "user",
        "requirement",
        "cycle",
        "assigned_on",
        "due_on",
        "completed_at",
        "expires_on",
        "closed_at",
        "closed_reason",
    ]
    list_filter = ["requirement", "closed_reason", "is_recertification"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    ordering = ["user__username", "requirement", "sequence"]
    form_fields = ["requirement"]


class TrainingViewSetGroup(ViewSetGroup):
    items = (RequirementViewSet, TargetViewSet, ExemptionViewSet, AssignmentViewSet)
    menu_icon = "tasks"
    menu_label = _("Training")
    menu_name = "training"


@hooks.register("register_admin_viewset")
def register_training_viewsets():
    return TrainingViewSetGroup()


@hooks.register("register_admin_urls")
def register_training_admin_urls():
    return [
        path(
            "training/requirements/preview/",
            admin_views.requirement_preview,
            name="training_requirement_preview",
        ),
        path(
            "training/briefings/<int:page_id>/send/",
            admin_views.briefing_send_view,
            name="training_briefing_send",
        ),
    ]


def _briefing_send_button(page, user, priority: int):
    """ "Send this briefing", for a briefing the user may publish."""
    if page.specific_class is None or page.specific_class._meta.label != (
        admin_views.BRIEFING_MODEL
    ):
        return None
    if not page.permissions_for_user(user).can_publish():
        return None
    return Button(
        _("Send this briefing"),
        reverse("training_briefing_send", args=[page.pk]),
        icon_name="mail",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def briefing_send_header_button(page, user, view_name, next_url=None):
    button = _briefing_send_button(page, user, priority=40)
    if button is not None:
        yield button


@hooks.register("register_page_listing_more_buttons")
def briefing_send_listing_button(page, user, next_url=None):
    button = _briefing_send_button(page, user, priority=25)
    if button is not None:
        yield button
