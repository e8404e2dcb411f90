"""Telling open dashboards that something changed in their part of the organisation."""

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

from organisations.models import LearnerProfile, OrgUnit

#: The group every dashboard joins: told of changes too wide to name units (a rebuild).
ALL_GROUP = "dashboard.all"
#: The group of those who read everyone's course figures (trainers, reviewers,
#: administrators): told of every change, wherever it happens.
EVERYONE_GROUP = "dashboard.everyone"


def unit_group_name(unit_id: int) -> str:
    """The channel group of everyone watching a unit (and so its subtree)."""
    return f"dashboard.unit.{unit_id}"


def dashboard_notify(*, kind: str, user_ids=None) -> None:
    """After the transaction commits, wake every dashboard whose scope holds one of these
    learners (all dashboards when ``user_ids`` is None). The message names no one: a
    dashboard that hears it reloads its own figures through its own scope."""
    if user_ids is None:
        groups = [ALL_GROUP]
        units = []
    else:
        paths = set(
            LearnerProfile.objects.filter(user_id__in=list(user_ids)).values_list(
                "org_unit__path", flat=True
            )
        )
        if not paths:
            return
        steps = OrgUnit.steplen
        prefixes = {path[:end] for path in paths for end in range(steps, len(path) + 1, steps)}
        units = list(OrgUnit.objects.filter(path__in=prefixes).values_list("pk", flat=True))
        groups = [unit_group_name(unit_id) for unit_id in units] + [EVERYONE_GROUP]
    message = {"type": "dashboard.changed", "kinds": [kind], "units": units}

    def send():
        layer = get_channel_layer()
        if layer is None:
            return
        for group in groups:
            async_to_sync(layer.group_send)(group, message)

    transaction.on_commit(send)
