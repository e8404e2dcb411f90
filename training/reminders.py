"""Training e-mail: assigned, due in 14 and 3 days, overdue, certification expiring, and
the weekly manager digest. Each reminder is written to a ledger with a unique key before
it is sent, so running ``send_training_reminders`` again never sends it twice.

A requirement whose items are all briefings is worded as a briefing to acknowledge (by a
date), with a link to each briefing in the learner's language; learners newly assigned
one are told at once (:func:`briefing_notices_send`), not at the next run."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import CharField, Exists, OuterRef, Value
from django.db.models.functions import Cast, Concat
from django.template.loader import render_to_string
from django.utils import timezone, translation

from . import rules
from .models import Assignment, Requirement, SentReminder
from .selectors.briefings import briefing_requirements
from .selectors.status import assignments_with_status, overdue_learners_in_scope

ASSIGNED = "assigned"
DUE_IN_14 = "due_14"
DUE_IN_3 = "due_3"
OVERDUE = "overdue"
EXPIRING = "expiring"
DIGEST = "manager_digest"

#: Sent whatever the learner chose: the training is mandatory and these say so.
MANDATORY = {ASSIGNED, OVERDUE}


@dataclass
class ReminderRun:
    sent: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def total(self) -> int:
        return sum(self.sent.values())


def _language(user) -> str:
    profile = getattr(user, "learner_profile", None)
    language = profile.preferred_language if profile is not None else settings.LANGUAGE_CODE
    return language if language in dict(settings.OFFICIAL_LANGUAGES) else "en"


def _opted_out(user) -> bool:
    profile = getattr(user, "learner_profile", None)
    return bool(profile and profile.optional_email_opt_out)


#: The templates of a briefing requirement's reminders (``emails/<language>/<name>.txt``).
BRIEFING_TEMPLATES = {
    ASSIGNED: "briefing_assigned",
    DUE_IN_14: "briefing_due_soon",
    DUE_IN_3: "briefing_due_soon",
    OVERDUE: "briefing_overdue",
}


@dataclass
class BriefingLink:
    title: str
    url: str


def _briefing_links(keys: list[str], language: str) -> list[BriefingLink]:
    """The live briefings of ``keys``, titled and linked (absolute) in ``language``."""
    from courses.selectors import briefing_in_language

    links = []
    for key in keys:
        page = briefing_in_language(briefing_key=key, language=language)
        if page is not None:
            url = page.url or ""
            links.append(
                BriefingLink(
                    title=page.title,
                    url=url if url.startswith("http") else settings.SITE_URL + url,
                )
            )
    return links


def _send(
    *,
    recipient,
    kind: str,
    key: str,
    context: dict,
    run: ReminderRun,
    briefing_keys: list[str] | None = None,
) -> bool:
    """Record the reminder, then send it; a reminder already in the ledger is skipped.
    When sending fails the ledger row is rolled back, so the next run tries again.
    With ``briefing_keys`` (a briefing requirement) the e-mail is worded for briefings
    and links to each one in the recipient's language."""
    if not recipient.email or not recipient.is_active:
        return False
    if kind not in MANDATORY and _opted_out(recipient):
        return False
    language = _language(recipient)
    try:
        with transaction.atomic():
            SentReminder.objects.create(recipient=recipient, kind=kind, key=key)
            with translation.override(language):
                context = {**context, "recipient": recipient, "site_url": settings.SITE_URL}
                context["platform_name"] = (
                    settings.PLATFORM_NAME_FR if language == "fr" else settings.PLATFORM_NAME
                )
                template = kind
                if briefing_keys and kind in BRIEFING_TEMPLATES:
                    context["briefings"] = _briefing_links(briefing_keys, language)
                    if context["briefings"]:
                        template = BRIEFING_TEMPLATES[kind]
                subject = render_to_string(
                    f"training/emails/{language}/{template}_subject.txt", context
                ).strip()
                body = render_to_string(f"training/emails/{language}/{template}.txt", context)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient.email])
    except IntegrityError:
        return False
    run.sent[kind] += 1
    return True


#: When several reminders fall due for one assignment on the same day, only the most
#: useful is sent and the others are recorded as covered by it.
PRIORITY = (OVERDUE, ASSIGNED, EXPIRING, DUE_IN_3, DUE_IN_14)


def _learner_kinds(row, today: date) -> list[str]:
    """The reminders an open assignment calls for today, most useful first."""
    if row.status in (rules.COMPLETED, rules.EXEMPT):
        return []
    days_left = (row.due_on - today).days
    kinds = set()
    if row.is_recertification:
        if days_left > 0:
            kinds.add(EXPIRING)
    else:
        kinds.add(ASSIGNED)
    if row.status in (rules.OVERDUE, rules.EXPIRED):
        kinds.add(OVERDUE)
    elif 3 < days_left <= 14:
        kinds.add(DUE_IN_14)
    elif 0 <= days_left <= 3:
        kinds.add(DUE_IN_3)
    return [kind for kind in PRIORITY if kind in kinds]


def reminders_send(*, today: date | None = None) -> ReminderRun:
    """Send every training e-mail due today that has not been sent before: at most one
    per assignment per run (an "assigned" notice mentions the due date, so a "due in
    3 days" reminder falling due the same day is recorded as covered, not sent)."""
    today = today or timezone.localdate()
    run = ReminderRun()
    already = set(SentReminder.objects.values_list("key", flat=True))
    _learners_remind(
        Assignment.objects.filter(requirement__is_active=True),
        today=today,
        already=already,
        run=run,
        briefings=briefing_requirements(Requirement.objects.filter(is_active=True)),
    )
    _digests_send(today=today, already=already, run=run)
    return run


def _learners_remind(queryset, *, today: date, already: set[str], run, briefings) -> None:
    """Send the most useful reminder each open assignment of ``queryset`` calls for
    today, and record the others falling due the same day as covered by it."""
    rows = (
        assignments_with_status(queryset=queryset, today=today)
        .exclude(status__in=[rules.COMPLETED, rules.EXEMPT])
        .select_related("user", "user__learner_profile", "requirement")
        .order_by("user_id", "due_on")
    )
    for row in rows.iterator(chunk_size=2000):
        pending = [
            kind
            for kind in _learner_kinds(row, today)
            if f"{kind}:{row.pk}" not in already and (kind in MANDATORY or not _opted_out(row.user))
        ]
        if not pending:
            continue
        kind = pending[0]
        sent = _send(
            recipient=row.user,
            kind=kind,
            key=f"{kind}:{row.pk}",
            context={"assignment": row, "requirement": row.requirement, "today": today},
            run=run,
            briefing_keys=briefings.get(row.requirement_id),
        )
        if sent:
            SentReminder.objects.bulk_create(
                [
                    SentReminder(
                        recipient=row.user, kind=other, key=f"{other}:{row.pk}", delivered=False
                    )
                    for other in pending[1:]
                ],
                ignore_conflicts=True,
            )


def briefing_notices_send(
    *, requirement: Requirement | None = None, user_ids=None, today: date | None = None
) -> ReminderRun:
    """Tell learners newly assigned a briefing requirement at once, in their language,
    instead of at the next run of ``send_training_reminders``: the same e-mail, through
    the same ledger, so nobody is told twice. For one requirement or every active one,
    for some learners or all."""
    today = today or timezone.localdate()
    run = ReminderRun()
    requirements = Requirement.objects.filter(is_active=True)
    if requirement is not None:
        requirements = requirements.filter(pk=requirement.pk)
    briefings = briefing_requirements(requirements)
    if not briefings:
        return run
    queryset = Assignment.objects.filter(
        requirement_id__in=list(briefings),
        closed_at__isnull=True,
        completed_at__isnull=True,
        is_recertification=False,
    )
    if user_ids is not None:
        queryset = queryset.filter(user_id__in=list(user_ids))
    told = SentReminder.objects.filter(
        key=Concat(Value(f"{ASSIGNED}:"), Cast(OuterRef("pk"), CharField()))
    )
    new = queryset.exclude(Exists(told))
    if not new.exists():
        return run
    already = set(
        SentReminder.objects.filter(recipient_id__in=new.values("user_id")).values_list(
            "key", flat=True
        )
    )
    _learners_remind(
        new,
        today=today,
        already=already,
        run=run,
        briefings=briefings,
    )
    return run


def _digests_send(*, today: date, already: set[str], run: ReminderRun) -> None:
    from organisations.models import ManagerScope

    year, week, _day = today.isocalendar()
    manager_ids = ManagerScope.objects.values_list("manager_id", flat=True).distinct()
    from django.contrib.auth import get_user_model

    for manager in get_user_model().objects.filter(pk__in=manager_ids).order_by("pk"):
        key = f"{DIGEST}:{manager.pk}:{year}-W{week:02d}"
        if key in already:
            continue
        overdue = overdue_learners_in_scope(manager=manager, today=today)
        if not overdue:
            continue
        _send(
            recipient=manager,
            kind=DIGEST,
            key=key,
            context={"rows": overdue, "today": today},
            run=run,
        )
