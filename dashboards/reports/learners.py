"""The dashboard's learners table: the learners in view in the chosen order, one page of
them on screen or all of them streamed in chunks to an export, with their figures."""

from collections import Counter
from collections.abc import Iterator
from datetime import date
from itertools import islice

from django.db.models import Count, F, IntegerField, Min, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Lower
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from training import rules
from training.selectors.learner import STATUS_LABELS

from ..models import ComplianceRecord
from ..projections import compliance_status
from ..tables import Column, Table
from .figures import Slice, scope_name

LEARNERS_PER_PAGE = 50
EXPORT_CHUNK = 2000


def batched(items, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


LEARNER_SORTS = ("name", "unit", "assigned", "completed", "overdue", "next_due")


def learner_columns() -> list[Column]:
    return [
        Column("name", _("Learner")),
        Column("unit", _("Unit")),
        Column("assigned", _("Assigned"), "number"),
        Column("completed", pgettext("count of required training", "Completed"), "number"),
        Column("overdue", _("Overdue"), "number"),
        Column("next_due", _("Next due"), "date"),
        Column("status", _("Status")),
    ]


def _per_learner(slice_: Slice, *, status: str | None = None, minimum_due=False):
    """A subquery of one learner's compliance records: how many (in ``status``), or the
    earliest due date of those still to do."""
    records = (
        slice_.chosen_requirements(ComplianceRecord.objects.filter(user_id=OuterRef("user_id")))
        .order_by()
        .annotate(status=compliance_status(today=slice_.today))
    )
    if minimum_due:
        records = records.exclude(status__in=[rules.COMPLETED, rules.EXEMPT])
        return Subquery(records.values("user_id").annotate(first=Min("due_on")).values("first"))
    if status is not None:
        records = records.filter(status=status)
    return Coalesce(
        Subquery(records.values("user_id").annotate(n=Count("pk")).values("n")),
        Value(0),
        output_field=IntegerField(),
    )


LEARNER_FIELDS = (
    "user_id",
    "user__uuid",
    "user__first_name",
    "user__last_name",
    "user__username",
    "org_unit__name_en",
    "org_unit__name_fr",
)


def learners_queryset(slice_: Slice) -> QuerySet:
    """The learners in view, in the chosen order (by name unless told otherwise), as
    plain rows of ``LEARNER_FIELDS``: no model instances, so a long export keeps
    nothing alive behind it."""
    profiles = slice_.learners()
    sort = slice_.filters.sort if slice_.filters.sort in LEARNER_SORTS else "name"
    descending = slice_.filters.descending
    unit_name = "org_unit__name_fr" if slice_.language.startswith("fr") else "org_unit__name_en"
    if sort == "name":
        keys = [Lower("user__last_name"), Lower("user__first_name"), "user__username"]
    elif sort == "unit":
        keys = [Lower(unit_name), Lower("user__last_name"), "user__username"]
    else:
        expression = {
            "assigned": lambda: _per_learner(slice_),
            "completed": lambda: _per_learner(slice_, status=rules.COMPLETED),
            "overdue": lambda: _per_learner(slice_, status=rules.OVERDUE),
            "next_due": lambda: _per_learner(slice_, minimum_due=True),
        }[sort]()
        profiles = profiles.annotate(sort_value=expression)
        keys = [F("sort_value"), Lower("user__last_name"), "user__username"]
    ordered = []
    for index, key in enumerate(keys):
        expression = F(key) if isinstance(key, str) else key
        if index == 0:
            expression = (
                expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
            )
        else:
            expression = expression.asc()
        ordered.append(expression)
    return profiles.order_by(*ordered, "pk").values_list(*LEARNER_FIELDS, named=True)


def status_summary(counts: Counter) -> str:
    """What a learner most needs to hear about, e.g. "2 overdue, 1 due soon"."""
    parts = []
    if overdue := counts.get(rules.OVERDUE):
        parts.append(
            ngettext("%(count)d overdue", "%(count)d overdue", overdue) % {"count": overdue}
        )
    if expired := counts.get(rules.EXPIRED):
        parts.append(
            ngettext("%(count)d expired", "%(count)d expired", expired) % {"count": expired}
        )
    if due_soon := counts.get(rules.DUE_SOON):
        parts.append(
            ngettext("%(count)d due soon", "%(count)d due soon", due_soon) % {"count": due_soon}
        )
    to_do = counts.get(rules.NOT_STARTED, 0) + counts.get(rules.IN_PROGRESS, 0)
    if to_do:
        parts.append(ngettext("%(count)d to do", "%(count)d to do", to_do) % {"count": to_do})
    exempt = counts.get(rules.EXEMPT, 0)
    if exempt and exempt == counts.get("assigned"):
        # Every requirement waived: the word the compliance report uses for each of them.
        return str(STATUS_LABELS[rules.EXEMPT])
    if not parts and counts.get("assigned"):
        parts.append(_("Up to date"))
    if exempt:
        parts.append(ngettext("%(count)d exempt", "%(count)d exempt", exempt) % {"count": exempt})
    if parts:
        return ", ".join(parts)
    return _("Nothing assigned")


def learner_rows(slice_: Slice, learners) -> Iterator[dict]:
    """One row per learner (rows of ``learners_queryset``), their figures read in one
    query per batch."""
    for batch in batched(learners, EXPORT_CHUNK):
        ids = [learner.user_id for learner in batch]
        counts: dict[int, Counter] = {user_id: Counter() for user_id in ids}
        next_due: dict[int, date] = {}
        rows = (
            slice_.chosen_requirements(ComplianceRecord.objects.filter(user_id__in=ids))
            .order_by()
            .annotate(status=compliance_status(today=slice_.today))
            .values("user_id", "status")
            .annotate(n=Count("pk"), first_due=Min("due_on"))
        )
        for row in rows:
            user_counts = counts[row["user_id"]]
            user_counts[row["status"]] += row["n"]
            user_counts["assigned"] += row["n"]
            if row["status"] not in (rules.COMPLETED, rules.EXEMPT):
                earlier = next_due.get(row["user_id"])
                if earlier is None or row["first_due"] < earlier:
                    next_due[row["user_id"]] = row["first_due"]
        french = slice_.language.startswith("fr")
        for learner in batch:
            user_counts = counts[learner.user_id]
            name = f"{learner.user__first_name} {learner.user__last_name}".strip()
            unit = (french and learner.org_unit__name_fr) or learner.org_unit__name_en
            yield {
                "name": name or learner.user__username,
                "uuid": learner.user__uuid,
                "unit": unit,
                "assigned": user_counts["assigned"],
                "completed": user_counts[rules.COMPLETED],
                "overdue": user_counts[rules.OVERDUE],
                "next_due": next_due.get(learner.user_id),
                "status": status_summary(user_counts),
            }


def learners_table(slice_: Slice, *, learners=None) -> Table:
    """The learners in view (or the given ``learners``, e.g. one page of them). Without
    ``learners`` the rows stream from the database in chunks."""
    if learners is None:
        learners = learners_queryset(slice_).iterator(chunk_size=EXPORT_CHUNK)
    caption = _("Learners in %(unit)s") % {"unit": scope_name(slice_)}
    return Table(
        name="learners",
        caption=caption,
        columns=learner_columns(),
        rows=learner_rows(slice_, learners),
    )
