"""Writes of the reporting app: tagging a course, briefing, workshop or requirement with a
commitment of the plan, as a trainer does from the commitment's edit view."""

from django.db import transaction
from wagtail.models import Page

from training.models import Requirement

from .models import Commitment, CommitmentItem


@transaction.atomic
def commitment_tag(
    *, commitment: Commitment, page: Page | None = None, requirement: Requirement | None = None
) -> CommitmentItem:
    """Count ``page`` (a course, briefing or workshop, in any language) or ``requirement``
    under ``commitment``, checked as the admin's form checks a tagged item
    (``ValidationError`` otherwise). An item tagged already is left as it is."""
    item = CommitmentItem(commitment=commitment, page=page, requirement=requirement)
    item.clean()
    existing = CommitmentItem.objects.filter(
        commitment=commitment, kind=item.kind, item_key=item.item_key
    ).first()
    if existing is not None:
        return existing
    last = commitment.items.order_by("-sort_order").values_list("sort_order", flat=True).first()
    item.sort_order = (last or 0) + 1
    item.save()
    return item
