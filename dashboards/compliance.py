"""The per-learner compliance report over a manager's units, with its filter form and export;
callers pass a scope that ``dashboards.access`` has already checked."""

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from organisations.models import Audience, LearnerProfile, OrgUnit
from training import rules
from training.models import Requirement
from training.selectors.learner import STATUS_LABELS

from .access import Scope
from .briefings import is_briefing_requirement, kind_label, status_label
from .filters import audience_field, requirement_field
from .models import ComplianceRecord
from .projections import compliance_status
from .selectors import briefing_requirement_ids
from .tables import Column, Table

#: Rows per screen of the compliance report.
COMPLIANCE_PAGE_SIZE = 100
#: Rows the compliance export reads from the database at a time.
EXPORT_CHUNK = 2000


def _bilingual(name_en: str, name_fr: str, language: str) -> str:
    if language.startswith("fr"):
        return name_fr or name_en
    return name_en


def _status_choices():
    return [(status, STATUS_LABELS[status]) for status in rules.STATUSES]


def units_in_scope(*, scope: Scope) -> list[OrgUnit]:
    """The units a manager may pick, in tree order."""
    within = Q()
    for path in scope.unit_paths():
        within |= Q(path__startswith=path)
    return list(OrgUnit.objects.filter(within).order_by("path"))


@dataclass(frozen=True)
class ComplianceFilters:
    unit: OrgUnit | None = None
    audience: Audience | None = None
    requirement: Requirement | None = None
    status: str = ""

    def query(self, **changes) -> str:
        """The query string of these filters with ``changes`` (``None`` drops one)."""
        values = {
            "unit": self.unit.pk if self.unit else None,
            "audience": self.audience.code if self.audience else None,
            "requirement": str(self.requirement.uuid) if self.requirement else None,
            "status": self.status or None,
        }
        values.update(changes)
        pairs = [(key, value) for key, value in values.items() if value not in (None, "")]
        return f"?{urlencode(pairs)}" if pairs else ""


class ComplianceFilterForm(forms.Form):
    """The GET form of the compliance report. ``unit`` goes through the scope, so that a
    unit outside it, forged or malformed, is answered 404 as everywhere else."""

    unit = forms.CharField(label=gettext_lazy("Unit"), required=False, widget=forms.Select)
    audience = audience_field()
    requirement = requirement_field()
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Choose a status from the list.")},
    )

    def __init__(self, data, *, scope: Scope):
        super().__init__(data)
        self.scope = scope
        self.fields["unit"].widget.choices = [
            ("", _("All my units")),
            *(
                (unit.pk, "\u2003" * (unit.depth - 1) + unit.name)
                for unit in units_in_scope(scope=scope)
            ),
        ]
        self.fields["status"].choices = [("", _("All statuses")), *_status_choices()]

    def clean_unit(self):
        value = self.cleaned_data.get("unit")
        return self.scope.unit(value) if value else None

    def filters(self) -> ComplianceFilters:
        data = self.cleaned_data
        return ComplianceFilters(
            unit=data.get("unit"),
            audience=data.get("audience"),
            requirement=data.get("requirement"),
            status=data.get("status") or "",
        )


COMPLIANCE_VALUES = (
    "user__uuid",
    "user__first_name",
    "user__last_name",
    "user__username",
    "user__learner_profile__employee_number",
    "org_unit__name_en",
    "org_unit__name_fr",
    "requirement__name_en",
    "requirement__name_fr",
    "requirement_id",
    "status",
    "assigned_on",
    "due_on",
    "completed_at",
    "expires_on",
)


def compliance_records(
    *, scope: Scope, filters: ComplianceFilters, today: date | None = None
) -> QuerySet:
    """One row (a dict of ``COMPLIANCE_VALUES``) per learner and active requirement in
    the scope's units, with the status on ``today``, ordered by learner then
    requirement."""
    today = today or timezone.localdate()
    paths = scope.unit_paths()
    if not paths:
        return ComplianceRecord.objects.none().values(*COMPLIANCE_VALUES)
    within = Q()
    for path in paths:
        within |= Q(org_unit__path__startswith=path)
    records = ComplianceRecord.objects.filter(within, requirement__is_active=True)
    if filters.unit is not None:
        records = records.filter(org_unit__path__startswith=filters.unit.path)
    if filters.audience is not None:
        held = LearnerProfile.audiences.through.objects.filter(
            learnerprofile__user_id=OuterRef("user_id"), audience=filters.audience
        )
        records = records.filter(Exists(held))
    if filters.requirement is not None:
        records = records.filter(requirement=filters.requirement)
    records = records.annotate(status=compliance_status(today=today))
    if filters.status:
        records = records.filter(status=filters.status)
    return records.order_by(
        "user__last_name", "user__first_name", "user_id", "requirement__name_en", "requirement_id"
    ).values(*COMPLIANCE_VALUES)


def compliance_columns(*, briefing: bool = False) -> list[Column]:
    """The report's columns; ``briefing``: the report shows one briefing only, so the day
    a line was done is the day it was acknowledged. ``kind`` says which lines are
    briefings."""
    return [
        Column("learner", _("Learner"), "text"),
        Column("employee_number", _("Employee number"), "text"),
        Column("unit", _("Unit"), "text"),
        Column("requirement", _("Required training"), "text"),
        Column("status", _("Status"), "text"),
        Column("assigned_on", _("Assigned on"), "date"),
        Column("due_on", _("Due on"), "date"),
        Column("completed_on", _("Acknowledged on") if briefing else _("Completed on"), "date"),
        Column("expires_on", _("Renew by"), "date"),
        Column("kind", _("Type"), "text"),
    ]


def _learner_url_maker():
    """A function from a learner's uuid to their detail page: the address is reversed
    once, not once per row of a long export."""
    marker = "00000000-0000-0000-0000-000000000000"
    pattern = reverse("dashboards:learner", kwargs={"user_uuid": marker})
    return lambda user_uuid: pattern.replace(marker, str(user_uuid))


def compliance_row(
    record: dict, *, language: str, labels: dict, learner_url, briefings=frozenset()
) -> dict:
    """One record as a table row; ``url`` and ``status_code`` are for the page only.
    ``labels``: status labels as text, by whether the line is a briefing, then status;
    ``learner_url``: see :func:`_learner_url_maker`; ``briefings``: the ids of briefing
    requirements, whose statuses read as acknowledgement."""
    briefing = record["requirement_id"] in briefings
    full_name = f"{record['user__first_name']} {record['user__last_name']}".strip()
    completed_at = record["completed_at"]
    return {
        "learner": full_name or record["user__username"],
        "url": learner_url(record["user__uuid"]),
        "employee_number": record["user__learner_profile__employee_number"] or "",
        "unit": _bilingual(record["org_unit__name_en"], record["org_unit__name_fr"], language),
        "requirement": _bilingual(
            record["requirement__name_en"], record["requirement__name_fr"], language
        ),
        "status_code": record["status"],
        "status": labels[briefing][record["status"]],
        "assigned_on": record["assigned_on"],
        "due_on": record["due_on"],
        "completed_on": timezone.localdate(completed_at) if completed_at else None,
        "expires_on": record["expires_on"],
        "kind": kind_label(briefing=briefing),
    }


def compliance_table(*, records, language: str, filters: ComplianceFilters | None = None) -> Table:
    """The compliance report as a table. ``records`` may be a page of rows or a whole
    queryset's iterator: rows are made one at a time as the table is read."""
    labels = {
        briefing: {status: status_label(status, briefing=briefing) for status in STATUS_LABELS}
        for briefing in (False, True)
    }
    learner_url = _learner_url_maker()
    briefings = briefing_requirement_ids()
    one_briefing = filters is not None and is_briefing_requirement(filters.requirement)
    return Table(
        name="compliance",
        caption=_("Required training by learner"),
        columns=compliance_columns(briefing=one_briefing),
        rows=(
            compliance_row(
                record,
                language=language,
                labels=labels,
                learner_url=learner_url,
                briefings=briefings,
            )
            for record in records
        ),
    )


def compliance_export_table(
    *, scope: Scope, filters: ComplianceFilters, language: str, today: date | None = None
) -> Table:
    """Every row matching the filters, read from the database in chunks."""
    records = compliance_records(scope=scope, filters=filters, today=today)
    return compliance_table(
        records=records.iterator(chunk_size=EXPORT_CHUNK), language=language, filters=filters
    )
