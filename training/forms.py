"""Admin forms of the training app: requirement rules are checked as a whole, each
problem reported on the field it concerns."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from organisations.models import Audience, OrgUnit

from . import rules


class RequirementForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        rule = rules.Rule(
            due_rule=cleaned.get("due_rule") or "",
            due_date=cleaned.get("due_date"),
            due_days=cleaned.get("due_days"),
            recurrence=cleaned.get("recurrence") or "",
            recurrence_months=cleaned.get("recurrence_months"),
            anniversary=cleaned.get("anniversary"),
            window_days=cleaned.get("window_days") or 0,
            grace_days=cleaned.get("grace_days") or 0,
        )
        due_date_changed = self.instance.pk is None or "due_date" in self.changed_data
        for name, message in rules.rule_problems(
            rule, today=timezone.localdate(), due_date_changed=due_date_changed
        ).items():
            if name in self.fields and name not in self.errors:
                self.add_error(name, message)
        self._clean_scope(cleaned)
        self._clean_courses()
        return cleaned

    def _clean_scope(self, cleaned):
        audiences = set(cleaned.get("audiences") or [])
        units = list(cleaned.get("org_units") or [])
        excluded_audiences = set(cleaned.get("excluded_audiences") or [])
        excluded_units = list(cleaned.get("excluded_org_units") or [])
        if not audiences and not units:
            self.add_error(
                "audiences",
                _("Choose at least one audience or organisational unit: nobody is covered."),
            )
        if audiences & excluded_audiences:
            self.add_error(
                "excluded_audiences",
                _("An audience cannot be both required and excluded: %(names)s.")
                % {"names": ", ".join(sorted(a.name for a in audiences & excluded_audiences))},
            )
        for excluded in excluded_units:
            covered = [unit for unit in units if unit.path.startswith(excluded.path)]
            if covered:
                self.add_error(
                    "excluded_org_units",
                    _("Excluding %(excluded)s removes %(unit)s, which the requirement includes.")
                    % {"excluded": excluded.name, "unit": covered[0].name},
                )
                break
        started_from, started_before = cleaned.get("started_from"), cleaned.get("started_before")
        if started_from and started_before and started_from >= started_before:
            self.add_error(
                "started_before",
                _("Must be later than the start date chosen above: nobody could match."),
            )
        if cleaned.get("due_rule") == rules.DAYS_AFTER_AUDIENCE_JOINED and not audiences:
            self.add_error(
                "due_rule",
                _("A due date counted from joining an audience needs at least one audience."),
            )

    def _clean_courses(self):
        formset = self.formsets.get("courses")
        if formset is None or not hasattr(formset, "cleaned_data"):
            return
        chosen = [
            data.get("course")
            for data in formset.cleaned_data
            if data and not data.get("DELETE") and data.get("course")
        ]
        if not chosen:
            self.add_error(None, _("Courses: add at least one course."))
            return
        keys = [course.translation_key for course in chosen]
        if len(set(keys)) != len(keys):
            self.add_error(None, _("Courses: each course may appear only once in the path."))


class ScopePreviewForm(forms.Form):
    """The scope fields of a requirement form, read by the preview before saving."""

    audiences = forms.ModelMultipleChoiceField(Audience.objects.all(), required=False)
    org_units = forms.ModelMultipleChoiceField(OrgUnit.objects.all(), required=False)
    excluded_audiences = forms.ModelMultipleChoiceField(Audience.objects.all(), required=False)
    excluded_org_units = forms.ModelMultipleChoiceField(OrgUnit.objects.all(), required=False)
    started_from = forms.DateField(required=False)
    started_before = forms.DateField(required=False)


class ExemptionForm(WagtailAdminModelForm):
    def clean_reason(self):
        reason = (self.cleaned_data.get("reason") or "").strip()
        if not reason:
            raise forms.ValidationError(_("Give the reason for the exemption."))
        return reason

    def clean_expires_on(self):
        expires_on = self.cleaned_data.get("expires_on")
        if expires_on and expires_on < timezone.localdate() and "expires_on" in self.changed_data:
            raise forms.ValidationError(_("Must not be in the past."))
        return expires_on


class TargetForm(WagtailAdminModelForm):
    def clean_percentage(self):
        percentage = self.cleaned_data.get("percentage")
        if percentage is not None and not 1 <= percentage <= 100:
            raise forms.ValidationError(_("Must be between 1 and 100."))
        return percentage


class BriefingSendForm(forms.Form):
    """Send a briefing: to whom (audiences, units) and by when it must be acknowledged."""

    audiences = forms.ModelMultipleChoiceField(
        Audience.objects.order_by("name_en"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Audiences"),
        help_text=_("Learners holding any of these audiences."),
    )
    org_units = forms.ModelMultipleChoiceField(
        OrgUnit.objects.order_by("path"),
        required=False,
        label=_("Organisational units"),
        help_text=_(
            "Learners placed in any of these units (each with every unit below it). With "
            "audiences too, only learners who match both."
        ),
    )
    acknowledge_by = forms.DateField(
        label=_("Acknowledge by"),
        help_text=_("Learners must confirm they have read the briefing by this date."),
        error_messages={
            "required": _("Enter the date by which learners must acknowledge the briefing."),
            "invalid": _("Enter a valid date, for example 2026-12-31."),
        },
    )

    def __init__(self, *args, **kwargs):
        from wagtail.admin.widgets import AdminDateInput

        super().__init__(*args, **kwargs)
        self.fields["acknowledge_by"].widget = AdminDateInput()
        self.fields["org_units"].label_from_instance = lambda unit: unit.path_label

    def clean_acknowledge_by(self):
        day = self.cleaned_data.get("acknowledge_by")
        if day is not None and day < timezone.localdate():
            raise forms.ValidationError(_("The acknowledge-by date must be today or later."))
        return day

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("audiences") or cleaned.get("org_units")
        if not chosen and "audiences" not in self.errors and "org_units" not in self.errors:
            self.add_error(
                "audiences",
                _("Choose at least one audience or organisational unit: nobody would receive it."),
            )
        return cleaned
