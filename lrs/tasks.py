"""Background work of the LRS, through django-tasks (immediate by default)."""

import logging

from django_tasks import task

from .forwarding import BATCH_SIZE, forwarding_send_due

logger = logging.getLogger(__name__)


@task()
def forward_statements() -> dict:
    """Send the statements due for forwarding (one batch; the worker drains the rest).

    Enqueued after every store that queued statements. It never raises: a delivery
    failure is recorded on the outbox rows and retried later, so a learner's request
    that triggered it (with the immediate backend) is never affected.
    """
    try:
        report = forwarding_send_due(limit=BATCH_SIZE, defer_while_failing=True)
    except Exception:
        logger.exception("LRS forwarding: sending failed; the rows stay queued")
        return {"error": True}
    return report.as_dict()
