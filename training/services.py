"""Writes of the training app: materialising assignments, exemptions, calendar tokens and
reminders."""

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import connection, transaction
from django.utils import timezone

from common.tasks import retrying_task

from . import rules
from .models import Assignment, CalendarFeed, Exemption, Requirement
from .selectors.scope import requirement_scope
from .signals import assignments_materialised

INSERT_BATCH = 5000
_COPY_COLUMNS = (
    "requirement_id",
    "user_id",
    "sequence",
    "cycle",
    "is_recertification",
    "assigned_on",
    "due_on",
    "overdue_after",
    "counts_after",
    "completed_at",
    "expires_on",
    "rule_signature",
    "closed_reason",
)


@dataclass
class MaterialiseResult:
    """What one materialisation run changed."""

    created: int = 0
    closed: int = 0
    updated: int = 0
    by_reason: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _local_date(moment: datetime) -> date:
    return timezone.localdate(moment)


def _lock(requirement: Requirement, user_ids) -> None:
    """Serialise materialisations of one requirement on PostgreSQL: a full run takes the
    requirement exclusively; runs for some learners share it and lock those learners."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if user_ids is None:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_lock_key(requirement)])
        else:
            cursor.execute("SELECT pg_advisory_xact_lock_shared(%s)", [_lock_key(requirement)])
            for user_id in sorted(user_ids):
                cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [requirement.pk, user_id])


def _lock_key(requirement: Requirement) -> int:
    return 7_000_000_000 + requirement.pk


def assignments_materialise(
    *,
    requirement: Requirement | None = None,
    user_ids=None,
    today: date | None = None,
) -> MaterialiseResult:
    """Bring assignments in line with the requirements, the learners' places and their
    completions: for one requirement or all, for some learners or all.

    Learners newly in scope get an open assignment; learners out of scope, or of an
    inactive requirement, have theirs closed with a reason; assignments made under
    changed rules are closed and made again; completions complete the open cycle and,
    once a renewal window opens, a recertification cycle follows. Nothing is deleted.
    Safe to run any number of times: a second run changes nothing."""
    from organisations.services import audience_memberships_sync

    today = today or timezone.localdate()
    result = MaterialiseResult()
    if user_ids is not None:
        user_ids = list(user_ids)
        if not user_ids:
            return result
    requirements = (
        [requirement] if requirement is not None else list(Requirement.objects.order_by("pk"))
    )
    if any(r.due_rule == rules.DAYS_AFTER_AUDIENCE_JOINED for r in requirements):
        profile_ids = None
        if user_ids is not None:
            from organisations.selectors import learner_profile_ids_for

            profile_ids = learner_profile_ids_for(user_ids=user_ids)
        with transaction.atomic():
            audience_memberships_sync(profile_ids=profile_ids, today=today)
    # One transaction per requirement: a full run never holds every requirement's lock
    # at once, so completions recorded meanwhile wait for one requirement at most.
    for item in requirements:
        with transaction.atomic():
            _materialise_one(item, user_ids=user_ids, today=today, result=result)
    assignments_materialised.send(sender=Assignment, user_ids=user_ids, requirement=requirement)
    return result


def _materialise_one(requirement, *, user_ids, today, result) -> None:
    from courses.selectors import course_completions_for

    _lock(requirement, user_ids)
    now = timezone.now()
    open_rows = Assignment.objects.filter(requirement=requirement, closed_at__isnull=True)
    if user_ids is not None:
        open_rows = open_rows.filter(user_id__in=user_ids)
    if not requirement.is_active:
        _close(open_rows, Assignment.CloseReason.REQUIREMENT_INACTIVE, now, result)
        return

    course_keys = requirement.course_keys()
    signature = requirement.rule_signature()
    rule = requirement.rule
    learners = requirement_scope(requirement=requirement, today=today)
    if user_ids is not None:
        learners = learners.filter(user_id__in=user_ids)
    in_scope = {user_id: (start, joined) for user_id, start, joined in learners}

    existing: dict[int, Assignment] = {row.user_id: row for row in open_rows.iterator(2000)}
    _close(
        open_rows.filter(pk__in=[r.pk for uid, r in existing.items() if uid not in in_scope]),
        Assignment.CloseReason.OUT_OF_SCOPE,
        now,
        result,
    )

    completions: dict[int, dict[str, list[datetime]]] = defaultdict(lambda: defaultdict(list))
    if course_keys:
        for user_id, key, completed_at in course_completions_for(
            course_keys=course_keys, user_ids=None if user_ids is None else list(in_scope)
        ).iterator(5000):
            if user_id in in_scope:
                completions[user_id][str(key)].append(completed_at)
    last_sequence = _last_sequences(requirement, user_ids)

    to_insert: list[tuple] = []
    to_update: list[Assignment] = []
    closing: dict[str, list[int]] = defaultdict(list)
    plan_cache: dict[tuple, list[rules.Cycle]] = {}
    for user_id, (start_date, joined_on) in in_scope.items():
        row = existing.get(user_id)
        assigned_on = row.assigned_on if row is not None else today
        learner_completions = completions.get(user_id, {})
        if learner_completions:
            plan = rules.cycles_plan(
                rule,
                course_keys=course_keys,
                completions=learner_completions,
                today=today,
                assigned_on=assigned_on,
                start_date=start_date,
                joined_on=joined_on,
                local_date=_local_date,
            )
        else:
            cache_key = (assigned_on, start_date, joined_on)
            plan = plan_cache.get(cache_key)
            if plan is None:
                plan = plan_cache[cache_key] = rules.cycles_plan(
                    rule,
                    course_keys=course_keys,
                    completions={},
                    today=today,
                    assigned_on=assigned_on,
                    start_date=start_date,
                    joined_on=joined_on,
                )
        current = plan[-1]
        if row is not None and row.rule_signature == signature:
            if row.cycle == current.number:
                if _refresh(row, current, rule):
                    to_update.append(row)
                continue
            if row.cycle < current.number:
                # The renewal window opened: close this cycle (with its completion) and
                # open the current one.
                done = plan[row.cycle - 1]
                if _refresh(row, done, rule):
                    to_update.append(row)
                closing[Assignment.CloseReason.RENEWED].append(row.pk)
            else:
                closing[Assignment.CloseReason.REQUIREMENT_CHANGED].append(row.pk)
        elif row is not None:
            closing[Assignment.CloseReason.REQUIREMENT_CHANGED].append(row.pk)
        sequence = last_sequence.get(user_id, 0) + 1
        to_insert.append(
            (
                requirement.pk,
                user_id,
                sequence,
                current.number,
                current.is_recertification,
                assigned_on,
                current.due_on,
                rules.overdue_after(rule, due_on=current.due_on),
                current.counts_after,
                current.completed_at,
                current.expires_on,
                signature,
                "",
            )
        )

    if to_update:
        Assignment.objects.bulk_update(
            to_update, ["completed_at", "expires_on"], batch_size=INSERT_BATCH
        )
        result.updated += len(to_update)
    for reason, ids in closing.items():
        _close(Assignment.objects.filter(pk__in=ids), reason, now, result)
    _insert(to_insert)
    result.created += len(to_insert)


def _refresh(row: Assignment, cycle: rules.Cycle, rule: rules.Rule) -> bool:
    """Copy a cycle's completion onto its row; True when something changed."""
    if row.completed_at == cycle.completed_at and row.expires_on == cycle.expires_on:
        return False
    row.completed_at = cycle.completed_at
    row.expires_on = cycle.expires_on
    return True


def _last_sequences(requirement, user_ids) -> dict[int, int]:
    from django.db.models import Max

    rows = Assignment.objects.filter(requirement=requirement)
    if user_ids is not None:
        rows = rows.filter(user_id__in=user_ids)
    return dict(
        rows.values("user_id").annotate(last=Max("sequence")).values_list("user_id", "last")
    )


def _close(rows, reason: str, now: datetime, result: MaterialiseResult) -> None:
    ids = list(rows.values_list("pk", flat=True))
    for start in range(0, len(ids), INSERT_BATCH):
        chunk = ids[start : start + INSERT_BATCH]
        Assignment.objects.filter(pk__in=chunk).update(closed_at=now, closed_reason=reason)
    result.closed += len(ids)
    if ids:
        result.by_reason[reason] += len(ids)


def _insert(rows: list[tuple]) -> None:
    """Add assignments in bulk: COPY on PostgreSQL, batched inserts elsewhere."""
    if not rows:
        return
    if connection.vendor == "postgresql":
        table = Assignment._meta.db_table
        with connection.cursor() as cursor:
            raw = cursor.cursor
            with raw.copy(f"COPY {table} ({', '.join(_COPY_COLUMNS)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        return
    Assignment.objects.bulk_create(
        [Assignment(**dict(zip(_COPY_COLUMNS, row, strict=True))) for row in rows],
        batch_size=INSERT_BATCH,
    )


#: The learners waiting to be materialised while assignments_materialise_deferred is active.
_deferred_learners: ContextVar[set[int] | None] = ContextVar(
    "assignments_deferred_learners", default=None
)


@contextmanager
def assignments_materialise_deferred():
    """Within this block :func:`assignments_materialise_for_user` only notes the learner;
    the block yields the set of their ids, for the caller to materialise once its
    changes are complete.

    For ``rebuild_progress``, which deletes a batch of learners' completions and records
    them again one by one: materialised half-way, a learner's assignments would be
    judged on the completions replayed so far, and a recertification cycle closed and
    made again."""
    learners: set[int] = set()
    token = _deferred_learners.set(learners)
    try:
        yield learners
    finally:
        _deferred_learners.reset(token)


def assignments_materialise_for_user(*, user) -> MaterialiseResult:
    """Re-check every requirement for one learner (after a move, a new audience or a
    completion); only noted while :func:`assignments_materialise_deferred` is active."""
    deferred = _deferred_learners.get()
    if deferred is not None:
        deferred.add(user.pk)
        return MaterialiseResult()
    return assignments_materialise(user_ids=[user.pk])


def assignments_after_completion(event) -> None:
    """The course completion receiver (``tracking.projector.ports``): a completion may
    satisfy a requirement, so the learner's assignments are re-checked. Idempotent: a
    replayed or rebuilt completion leaves them as they are."""
    assignments_materialise_for_user(user=event.user)


def requirement_after_save(*, requirement: Requirement) -> None:
    """What follows saving a requirement: its assignments are brought in line, by a
    background task (run at once with the default immediate backend)."""
    materialise_requirement.enqueue(requirement_id=requirement.pk)


def exemption_grant(
    *, requirement: Requirement, user, reason: str, granted_by=None, expires_on=None
) -> Exemption:
    """Waive a requirement for a learner. The assignment stays; its status reads exempt
    while the exemption lasts."""
    if not reason or not reason.strip():
        raise ValueError("reason: an exemption needs a reason")
    return Exemption.objects.create(
        requirement=requirement,
        user=user,
        reason=reason.strip(),
        granted_by=granted_by,
        expires_on=expires_on,
    )


def calendar_feed_for(*, user) -> CalendarFeed:
    """The learner's secret calendar address, made on first use."""
    feed, _ = CalendarFeed.objects.get_or_create(user=user)
    return feed


def calendar_feed_reset(*, user) -> CalendarFeed:
    """A new secret address; the old one stops working."""
    import secrets

    feed = calendar_feed_for(user=user)
    feed.token = secrets.token_urlsafe()
    feed.save(update_fields=["token"])
    return feed


def optional_email_set(*, user, opted_out: bool) -> None:
    """Record a learner's choice about optional training e-mail."""
    from organisations.services import learner_optional_email_set

    learner_optional_email_set(user=user, opted_out=opted_out)


@retrying_task()
def materialise_requirement(requirement_id: int) -> dict:
    """Bring one requirement's assignments in line after it was saved in the admin. With
    a real queue this keeps the admin's save fast however many learners it covers."""
    requirement = Requirement.objects.filter(pk=requirement_id).first()
    if requirement is None:
        return {"created": 0, "closed": 0, "updated": 0}
    result = assignments_materialise(requirement=requirement)
    return {"created": result.created, "closed": result.closed, "updated": result.updated}


class BriefingSendRefused(ValueError):
    """A briefing cannot be sent as asked: ``field`` names the form field at fault
    (``None`` for the briefing itself)."""

    def __init__(self, message, *, field: str | None = None):
        super().__init__(message)
        self.field = field


def briefing_send(
    *, briefing, audiences, org_units, acknowledge_by: date, today: date | None = None
) -> Requirement:
    """Send a briefing: a requirement with the briefing as its only item, for learners
    holding any of ``audiences`` and placed in any of ``org_units``, to acknowledge by
    ``acknowledge_by``, once. Its assignments are made at once and the learners newly
    assigned are e-mailed at once, in their language.

    Raises :class:`BriefingSendRefused` for a briefing not live, an empty scope, a date
    in the past, or the same send made twice (same scope and date)."""
    from django.utils.translation import gettext as _

    from courses.selectors import briefing_in_language

    from .reminders import briefing_notices_send
    from .selectors.briefings import identical_send_of

    today = today or timezone.localdate()
    audiences, org_units = list(audiences), list(org_units)
    if not briefing.live:
        raise BriefingSendRefused(
            _("This briefing is not published: publish it before sending it.")
        )
    if not audiences and not org_units:
        raise BriefingSendRefused(
            _("Choose at least one audience or organisational unit: nobody would receive it."),
            field="audiences",
        )
    if acknowledge_by < today:
        raise BriefingSendRefused(
            _("The acknowledge-by date must be today or later."), field="acknowledge_by"
        )
    key = str(briefing.translation_key)
    earlier = identical_send_of(
        briefing_key=key, audiences=audiences, org_units=org_units, acknowledge_by=acknowledge_by
    )
    if earlier is not None:
        raise BriefingSendRefused(
            _(
                "This briefing was already sent to the same people with the same date "
                "(%(requirement)s): nobody was assigned it again."
            )
            % {"requirement": earlier.name}
        )
    titles = {}
    for language in ("en", "fr"):
        page = briefing_in_language(briefing_key=key, language=language)
        titles[language] = page.title if page is not None else briefing.title
    from .models import RequirementCourse

    name_field = Requirement._meta.get_field("name_en").max_length
    requirement = Requirement(
        name_en=f"Briefing: {titles['en']}"[:name_field],
        name_fr=f"Breffage\u202f: {titles['fr']}"[:name_field],
        due_rule=rules.FIXED_DATE,
        due_date=acknowledge_by,
        recurrence=rules.ONCE,
    )
    requirement.courses = [RequirementCourse(course=briefing, course_key=key, sort_order=0)]
    requirement.audiences = audiences
    requirement.org_units = org_units
    requirement.save()
    assignments_materialise(requirement=requirement, today=today)
    briefing_notices_send(requirement=requirement, today=today)
    return requirement


def briefing_notices_after_materialise(sender, user_ids=None, requirement=None, **kwargs):
    """The ``assignments_materialised`` receiver: learners a run newly assigned a
    briefing (a learner joining an audience a briefing was sent to, say) are told at
    once, once the run's changes are committed."""
    from functools import partial

    from .reminders import briefing_notices_send

    transaction.on_commit(
        partial(
            briefing_notices_send,
            requirement=requirement,
            user_ids=None if user_ids is None else list(user_ids),
        ),
        robust=True,
    )
