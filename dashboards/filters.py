"""The filters of the manager's dashboard, read from the address so that a view can be
bookmarked and shared: every link on the page (drill-down, sorting, exports) carries
them along."""

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from organisations.models import Audience, OrgUnit
from training.models import Requirement

from .access import Scope

PARAMETERS = ("unit", "audience", "course", "requirement", "from", "to", "sort", "dir")


@dataclass(frozen=True)
class DashboardFilters:
    """The filters in force, cleaned: ``unit`` is in the viewer's scope (or None for all
    of it), ``course`` is a course key as a string."""

    unit: OrgUnit | None = None
    audience: Audience | None = None
    course: str | None = None
    requirement: Requirement | None = None
    date_from: date | None = None
    date_to: date | None = None
    sort: str = ""
    descending: bool = False

    @property
    def is_dated(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def query(self, **changes) -> str:
        """The query string of these filters with ``changes`` applied (``None`` drops a
        parameter), starting with ``?`` when not empty."""
        values = {
            "unit": self.unit.pk if self.unit else None,
            "audience": self.audience.code if self.audience else None,
            "course": self.course,
            "requirement": str(self.requirement.uuid) if self.requirement else None,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "sort": self.sort or None,
            "dir": ("desc" if self.descending else "asc") if self.sort else None,
        }
        values.update(changes)
        pairs = [(key, value) for key, value in values.items() if value not in (None, "")]
        return f"?{urlencode(pairs)}" if pairs else ""


class ChoiceByKeyField(forms.ModelChoiceField):
    """A choice by a key of another type (a UUID): a malformed key is an invalid choice
    like any unknown one."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None


def audience_field() -> forms.ModelChoiceField:
    """The audience filter of the dashboards' forms: chosen by code, any one or all."""
    return forms.ModelChoiceField(
        label=_("Audience"),
        queryset=Audience.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All audiences"),
        error_messages={"invalid_choice": _("Choose an audience from the list.")},
    )


def requirement_field() -> ChoiceByKeyField:
    """The required-training filter of the dashboards' forms: an active requirement,
    chosen by its UUID."""
    return ChoiceByKeyField(
        label=_("Required training"),
        queryset=Requirement.objects.filter(is_active=True).order_by("name_en"),
        to_field_name="uuid",
        required=False,
        empty_label=_("All required training"),
        error_messages={"invalid_choice": _("Choose required training from the list.")},
    )


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class DashboardFilterForm(forms.Form):
    """The GET form of the dashboard. ``unit`` goes through the scope, so that a unit
    outside it, a forged or a non-numeric id is answered 404 rather than 400."""

    unit = forms.CharField(required=False, widget=forms.HiddenInput)
    audience = audience_field()
    course = forms.ChoiceField(
        label=_("Course"),
        required=False,
        error_messages={"invalid_choice": _("Choose a course from the list.")},
    )
    requirement = requirement_field()
    date_from = forms.DateField(
        label=_("Completed from"),
        required=False,
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
    )
    date_to = forms.DateField(
        label=_("Completed to"),
        required=False,
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
    )
    sort = forms.CharField(required=False, widget=forms.HiddenInput)
    dir = forms.ChoiceField(
        required=False,
        choices=[("asc", "asc"), ("desc", "desc")],
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("Sort direction must be asc or desc.")},
    )

    def __init__(self, data, *, scope: Scope, courses, sort_keys=()):
        """``courses``: ``(key, title)`` pairs of the live courses that may be chosen;
        ``sort_keys``: the columns the page may be sorted by."""
        super().__init__(data)
        self.scope = scope
        self.sort_keys = set(sort_keys)
        self.fields["course"].choices = [("", _("All courses")), *courses]

    def add_prefix(self, field_name):
        # "from" is a Python keyword: the fields are date_from and date_to, the address
        # keeps the short names.
        return {"date_from": "from", "date_to": "to"}.get(field_name, field_name)

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-errors"}
                )

    def clean_unit(self):
        value = self.cleaned_data.get("unit")
        return self.scope.unit(value) if value else None

    def clean_sort(self):
        value = self.cleaned_data.get("sort", "")
        if value and value not in self.sort_keys:
            raise forms.ValidationError(_("This table cannot be sorted by that column."))
        return value

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_from", _("The start date must be on or before the end date."))
        return cleaned

    def filters(self) -> DashboardFilters:
        """The cleaned filters; only once the form is valid."""
        data = self.cleaned_data
        return DashboardFilters(
            unit=data.get("unit"),
            audience=data.get("audience"),
            course=data.get("course") or None,
            requirement=data.get("requirement"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            sort=data.get("sort") or "",
            descending=data.get("dir") == "desc",
        )
