"""The platform's scheduled jobs: what each does and its default schedule. Each calls the
service of the app it belongs to and returns a short summary of what it did (shown to
administrators as the job's last result)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class JobDefinition:
    name: str
    title: Promise
    description: Promise
    run: Callable[[], dict]
    every_minutes: int | None = None
    daily_at: time | None = None


def _training_reminders() -> dict:
    from training.reminders import reminders_send

    run = reminders_send()
    return {"sent": run.total, **{kind: count for kind, count in sorted(run.sent.items())}}


def _assignments() -> dict:
    from training.services import assignments_materialise

    result = assignments_materialise()
    return {"created": result.created, "updated": result.updated, "closed": result.closed}


def _quiz_attempt_expiry() -> dict:
    from quizzes.services import attempt_expire_overdue

    return {"closed": attempt_expire_overdue()}


def _compliance_summaries() -> dict:
    from dashboards.projections import summaries_for
    from dashboards.services import dashboard_notify

    today = timezone.localdate()
    rows = summaries_for(today=today).count()
    dashboard_notify(kind="summaries")
    return {"day": today.isoformat(), "rows": rows}


def _forwarding_catch_up() -> dict:
    from lrs.forwarding import forwarding_enabled, forwarding_send_due

    if not forwarding_enabled():
        return {"forwarding": "off"}
    return forwarding_send_due().as_dict()


# How long finished background tasks stay listed: those that succeeded, and those that
# failed (longer, for whoever looks into a failure).
TASK_HISTORY_DAYS = 30
FAILED_TASK_HISTORY_DAYS = 90


def _task_history() -> dict:
    from django.core.management import call_command
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return {"deleted": 0}
    before = DBTaskResult.objects.count()
    call_command(
        "prune_db_task_results",
        queue_name="*",
        min_age_days=TASK_HISTORY_DAYS,
        failed_min_age_days=FAILED_TASK_HISTORY_DAYS,
        verbosity=0,
    )
    return {"deleted": before - DBTaskResult.objects.count()}


def _retention() -> dict:
    from organisations.retention import departed_anonymise

    return {"anonymised": departed_anonymise()}


JOBS: tuple[JobDefinition, ...] = (
    JobDefinition(
        name="training-reminders",
        title=_("Training reminders"),
        description=_(
            "E-mails learners their new, due and overdue training and expiring "
            "certifications, and managers their weekly digest. Never sends one twice."
        ),
        run=_training_reminders,
        daily_at=time(7, 0),
    ),
    JobDefinition(
        name="training-assignments",
        title=_("Training assignments"),
        description=_(
            "Brings every learner's assignments in line with the requirements: renewals "
            "that fall due, people who moved, requirements that ended."
        ),
        run=_assignments,
        daily_at=time(1, 0),
    ),
    JobDefinition(
        name="quiz-attempt-expiry",
        title=_("Quiz attempt expiry"),
        description=_(
            "Closes timed quiz attempts whose time is up, graded on the answers saved in time."
        ),
        run=_quiz_attempt_expiry,
        every_minutes=5,
    ),
    JobDefinition(
        name="compliance-summaries",
        title=_("Daily compliance summaries"),
        description=_(
            "Counts the day's compliance summaries for the dashboards just after midnight, "
            "so that what fell overdue overnight shows before managers arrive."
        ),
        run=_compliance_summaries,
        daily_at=time(0, 15),
    ),
    JobDefinition(
        name="lrs-forwarding",
        title=_("LRS forwarding catch-up"),
        description=_(
            "Sends the statements still waiting for the external learning record store "
            "(when forwarding is on), retrying those that failed."
        ),
        run=_forwarding_catch_up,
        every_minutes=5,
    ),
    JobDefinition(
        name="retention",
        title=_("Retention"),
        description=_(
            "Anonymises the people who left once their organisation's retention period has passed."
        ),
        run=_retention,
        daily_at=time(2, 30),
    ),
    JobDefinition(
        name="task-history",
        title=_("Background task history"),
        description=_("Deletes finished background tasks after 30 days, and failed ones after 90."),
        run=_task_history,
        daily_at=time(3, 0),
    ),
)


def job_definition(name: str) -> JobDefinition | None:
    return next((job for job in JOBS if job.name == name), None)
