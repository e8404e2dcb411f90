"""Briefings in the dashboards: a requirement whose items are all briefings is read as
acknowledgement (acknowledged, not acknowledged yet, overdue) rather than completion.

The figures are those of any requirement (``ComplianceRecord``); only the words and the
table of acknowledgement by unit are a briefing's own."""

from collections import Counter
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from training import rules
from training.models import Requirement
from training.selectors.learner import STATUS_LABELS

from .projections import compliance_status
from .reports.figures import Slice, _rollup, percent, scope_name
from .selectors import briefing_requirement_ids
from .tables import Column, Table

#: A briefing requirement's statuses in words, those the learner reads on the briefings
#: page: acknowledged or not yet, and past its date overdue; waivers keep their words.
BRIEFING_STATUS_LABELS = {
    rules.NOT_STARTED: gettext_lazy("Not acknowledged yet"),
    rules.IN_PROGRESS: gettext_lazy("Not acknowledged yet"),
    rules.DUE_SOON: gettext_lazy("Not acknowledged yet"),
    rules.COMPLETED: gettext_lazy("Acknowledged"),
    rules.OVERDUE: STATUS_LABELS[rules.OVERDUE],
    rules.EXPIRED: STATUS_LABELS[rules.EXPIRED],
    rules.EXEMPT: STATUS_LABELS[rules.EXEMPT],
}

#: What kind of required training a line is, in the reports and their exports.
KIND_BRIEFING = gettext_lazy("Briefing")
KIND_TRAINING = gettext_lazy("Training")


def status_label(status: str, *, briefing: bool) -> str:
    """A status in words, a briefing's own words for a briefing requirement."""
    return str((BRIEFING_STATUS_LABELS if briefing else STATUS_LABELS)[status])


def kind_label(*, briefing: bool) -> str:
    return str(KIND_BRIEFING if briefing else KIND_TRAINING)


def is_briefing_requirement(requirement: Requirement | None) -> bool:
    return requirement is not None and bool(
        briefing_requirement_ids(requirement_ids=[requirement.pk])
    )


def briefing_columns() -> list[Column]:
    return [
        Column("briefing", _("Briefing")),
        Column("kind", _("Type")),
        Column("unit", _("Unit")),
        Column("acknowledge_by", _("Acknowledge by"), "date"),
        Column("assigned", _("Assigned"), "number"),
        Column("acknowledged", pgettext_lazy("count of briefings", "Acknowledged"), "number"),
        Column(
            "not_acknowledged",
            pgettext_lazy("count of briefings", "Not acknowledged yet"),
            "number",
        ),
        Column("overdue", pgettext_lazy("count of briefings", "Overdue"), "number"),
        Column(
            "rate",
            _("Acknowledgement rate"),
            "percent",
            description=_(
                "Learners who acknowledged the briefing, out of those it was sent to "
                "(exemptions not counted)."
            ),
        ),
    ]


def briefing_report_url(*, unit_id: int, requirement: Requirement) -> str:
    """The compliance report of one unit and briefing: who has and has not acknowledged."""
    query = urlencode({"unit": unit_id, "requirement": str(requirement.uuid)})
    return f"{reverse('dashboards:compliance')}?{query}"


def briefings_table(slice_: Slice) -> Table:
    """One row per briefing requirement and unit of the per-unit table (each rolled up
    over its subtree): how many learners it was sent to, acknowledged it, have not yet,
    and are overdue, with the acknowledgement rate. One grouped scan of the records."""
    records = slice_.compliance_records().filter(requirement__is_active=True)
    ids = briefing_requirement_ids(
        requirement_ids=records.order_by().values_list("requirement_id", flat=True).distinct()
    )
    rows = []
    if ids:
        grouped = (
            records.filter(requirement_id__in=ids)
            .order_by()
            .annotate(bucket=slice_.bucket, row_status=compliance_status(today=slice_.today))
            .values_list("requirement_id", "bucket", "row_status")
            .annotate(n=Count("pk"))
        )
        by_requirement: dict[int, dict[str, Counter]] = {}
        for requirement_id, bucket, status, number in grouped:
            by_requirement.setdefault(requirement_id, {}).setdefault(bucket, Counter())[status] += (
                number
            )
        requirements = Requirement.objects.filter(pk__in=ids).order_by("name_en", "pk")
        units = slice_.row_units
        for requirement in requirements:
            totals = _rollup(by_requirement.get(requirement.pk, {}), tops=units)
            for unit in units:
                counts = totals[unit.pk]
                assigned = sum(counts.values())
                if not assigned:
                    continue
                exempt = counts[rules.EXEMPT]
                acknowledged = counts[rules.COMPLETED]
                overdue = counts[rules.OVERDUE]
                rows.append(
                    {
                        "briefing": requirement.name,
                        "kind": str(KIND_BRIEFING),
                        "unit": unit.name,
                        "unit_id": unit.pk,
                        "url": briefing_report_url(unit_id=unit.pk, requirement=requirement),
                        "acknowledge_by": requirement.due_date,
                        "assigned": assigned,
                        "acknowledged": acknowledged,
                        "not_acknowledged": assigned - acknowledged - overdue - exempt,
                        "overdue": overdue,
                        "rate": percent(acknowledged, assigned - exempt),
                    }
                )
    caption = _("Briefing acknowledgement by unit in %(unit)s") % {"unit": scope_name(slice_)}
    return Table(name="briefings", caption=caption, columns=briefing_columns(), rows=rows)
