"""Who a requirement applies to: the learners its scope covers, and a preview of them
before it is saved."""

from dataclasses import dataclass
from datetime import date

from django.db.models import (
    Q,
    Value,
)

from .. import rules
from ..models import Assignment, Requirement

SAMPLE_SIZE = 20


def learners_for_scope(
    *, audience_ids=(), org_units=(), excluded_audience_ids=(), excluded_org_units=()
):
    """Learner profiles a scope (audiences, unit subtrees, exclusions) covers."""
    from organisations.selectors import learners_matching

    return learners_matching(
        audience_ids=list(audience_ids),
        org_unit_paths=[unit.path for unit in org_units],
        excluded_audience_ids=list(excluded_audience_ids),
        excluded_org_unit_paths=[unit.path for unit in excluded_org_units],
    )


def learners_started_within(profiles, *, started_from=None, started_before=None):
    """Keep learners who started on or after ``started_from`` and before
    ``started_before``; a learner with no start date counts as started before any day."""
    if started_from is not None:
        profiles = profiles.filter(start_date__gte=started_from)
    if started_before is not None:
        profiles = profiles.filter(Q(start_date__lt=started_before) | Q(start_date__isnull=True))
    return profiles


def requirement_scope(*, requirement: Requirement, today: date | None = None):
    """The learners a requirement applies to, as ``(user_id, start_date, joined_on)``
    rows (``joined_on`` only for rules counted from joining an audience)."""
    from organisations.selectors import audience_joined_on_subquery

    audience_ids = list(requirement.audiences.values_list("pk", flat=True))
    profiles = learners_for_scope(
        audience_ids=audience_ids,
        org_units=list(requirement.org_units.all()),
        excluded_audience_ids=list(requirement.excluded_audiences.values_list("pk", flat=True)),
        excluded_org_units=list(requirement.excluded_org_units.all()),
    )
    profiles = learners_started_within(
        profiles, started_from=requirement.started_from, started_before=requirement.started_before
    )
    if requirement.due_rule == rules.DAYS_AFTER_AUDIENCE_JOINED and audience_ids:
        profiles = profiles.annotate(
            joined_on=audience_joined_on_subquery(audience_ids=audience_ids)
        )
    else:
        profiles = profiles.annotate(joined_on=Value(None, output_field=Assignment.due_on.field))
    return profiles.values_list("user_id", "start_date", "joined_on")


@dataclass
class ScopePreview:
    count: int
    sample: list
    newly_assigned: int | None = None
    leaving: int | None = None


def requirement_scope_preview(
    *,
    audience_ids=(),
    org_units=(),
    excluded_audience_ids=(),
    excluded_org_units=(),
    started_from=None,
    started_before=None,
    requirement: Requirement | None = None,
) -> ScopePreview:
    """Who a requirement would apply to, before it is saved: how many learners, a sample,
    and (for a saved requirement) how many would be newly assigned or leave."""
    profiles = learners_for_scope(
        audience_ids=audience_ids,
        org_units=org_units,
        excluded_audience_ids=excluded_audience_ids,
        excluded_org_units=excluded_org_units,
    )
    profiles = learners_started_within(
        profiles, started_from=started_from, started_before=started_before
    )
    preview = ScopePreview(
        count=profiles.count(),
        sample=list(
            profiles.select_related("user", "org_unit").order_by("user__last_name", "pk")[
                :SAMPLE_SIZE
            ]
        ),
    )
    if requirement is not None and requirement.pk:
        open_users = Assignment.objects.filter(
            requirement=requirement, closed_at__isnull=True
        ).values("user_id")
        preview.newly_assigned = profiles.exclude(user_id__in=open_users).count()
        preview.leaving = (
            Assignment.objects.filter(requirement=requirement, closed_at__isnull=True)
            .exclude(user_id__in=profiles.values("user_id"))
            .count()
        )
    return preview
