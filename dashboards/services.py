"""Telling open dashboards that something changed in their part of the organisation."""

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

from organisations.selectors import learner_profile_for, org_unit_ancestor_ids


def unit_group_name(unit_id: int) -> str:
    """The channel group of everyone watching a unit (and so its subtree)."""
    return f"dashboard.unit.{unit_id}"


def dashboard_notify_completion(*, user, course_key: str) -> None:
    """After the transaction commits, wake every dashboard whose scope holds the learner."""
    profile = learner_profile_for(user=user)
    if profile is None:
        return
    groups = [
        unit_group_name(unit_id) for unit_id in org_unit_ancestor_ids(org_unit=profile.org_unit)
    ]
    message = {"type": "completion.recorded", "course_key": str(course_key)}

    def send():
        layer = get_channel_layer()
        if layer is None:
            return
        for group in groups:
            async_to_sync(layer.group_send)(group, message)

    transaction.on_commit(send)
