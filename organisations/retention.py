"""Anonymising people who left, once the retention period their organisation sets has
passed.

A person who left (deactivated by an HR import, the directory or an administrator)
keeps their records under their name for ``retention_days`` after ``left_on``; the
nearest unit above them (their own first) that sets a period decides it, and a tree
that sets none keeps them under their name. Then an administrator (or the scheduled
``manage.py anonymise_departed``) anonymises them: the account, the profile and, through
:data:`~organisations.signals.person_anonymised`, every copy of their name elsewhere
(certificates) lose what identifies them. The rows stay, with their unit, audiences,
unit history, assignments, completions and statements (whose actor is the account's
stable identifier, never a name), so every aggregate count stays right."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .audit import audit_record
from .models import AuditEvent, LearnerProfile, OrgUnit, User
from .signals import person_anonymised


class AnonymiseRefused(Exception):
    """The person may not be anonymised (yet); the message says why."""


@dataclass(frozen=True)
class Departed:
    profile: LearnerProfile
    retention_days: int | None
    due_on: datetime.date | None  # None: their organisation keeps them under their name

    def is_due(self, today: datetime.date) -> bool:
        return self.due_on is not None and self.due_on <= today


def _periods() -> dict[str, int | None]:
    """Each unit's retention period by tree path: its own, or the nearest above it."""
    periods: dict[str, int | None] = {}
    for path, days in OrgUnit.objects.order_by("path").values_list("path", "retention_days"):
        inherited = None
        for depth in range(len(path) - OrgUnit.steplen, 0, -OrgUnit.steplen):
            if path[:depth] in periods:
                inherited = periods[path[:depth]]
                break
        periods[path] = days if days is not None else inherited
    return periods


def departed_people(*, periods: dict[str, int | None] | None = None) -> list[Departed]:
    """Everyone who left and is not anonymised yet, with the day they may be, oldest
    departure first. ``periods``: the units' retention periods, when already read."""
    periods = _periods() if periods is None else periods
    profiles = (
        LearnerProfile.objects.filter(
            user__is_active=False, left_on__isnull=False, anonymised_at__isnull=True
        )
        .select_related("user", "org_unit")
        .order_by("left_on", "pk")
    )
    people = []
    for profile in profiles:
        days = periods.get(profile.org_unit.path)
        due = profile.left_on + datetime.timedelta(days=days) if days is not None else None
        people.append(Departed(profile=profile, retention_days=days, due_on=due))
    return people


def person_anonymise(
    *, profile: LearnerProfile, by=None, request=None, today=None, periods=None
) -> None:
    """Anonymise one person who left, past their retention period. Raises
    :class:`AnonymiseRefused` (nothing changed) for anyone else. ``periods``: the units'
    retention periods, when already read (a run over many people reads them once)."""
    today = today or timezone.localdate()
    with transaction.atomic():
        profile = (
            LearnerProfile.objects.select_for_update(of=("self", "user"))
            .select_related("user", "org_unit")
            .get(pk=profile.pk)
        )
        user = profile.user
        if profile.anonymised_at is not None:
            raise AnonymiseRefused(_("This person is already anonymised."))
        if user.is_active or profile.left_on is None:
            raise AnonymiseRefused(_("Only people who left can be anonymised."))
        if user.is_superuser:
            raise AnonymiseRefused(_("An administrator's account cannot be anonymised."))
        days = (_periods() if periods is None else periods).get(profile.org_unit.path)
        if days is None:
            raise AnonymiseRefused(
                _(
                    "Their organisation sets no retention period: their records stay under "
                    "their name."
                )
            )
        due = profile.left_on + datetime.timedelta(days=days)
        if due > today:
            raise AnonymiseRefused(
                _("Their retention period ends on %(date)s.") % {"date": due.isoformat()}
            )
        anonymous_name = f"anonymised-{user.uuid.hex[:12]}"
        User.objects.filter(pk=user.pk).update(
            username=anonymous_name,
            first_name="",
            last_name="",
            email="",
            password="!",  # unusable: nobody signs in as them again
        )
        LearnerProfile.objects.filter(pk=profile.pk).update(
            employee_number="", start_date=None, time_zone="", anonymised_at=timezone.now()
        )
        # Their name elsewhere (certificates, sign-in links, registrations) goes too.
        person_anonymised.send(sender=LearnerProfile, user_id=user.pk)
        audit_record(
            AuditEvent.Action.PERSON_ANONYMISED,
            actor=by,
            request=request,
            target=user,
            target_name=anonymous_name,
            detail={"left_on": profile.left_on.isoformat(), "retention_days": days},
        )


def departed_anonymise(*, by=None, today=None) -> int:
    """Anonymise everyone past their retention period (the scheduled run). Returns how
    many people were anonymised."""
    today = today or timezone.localdate()
    periods = _periods()
    count = 0
    for person in departed_people(periods=periods):
        if not person.is_due(today):
            continue
        try:
            person_anonymise(profile=person.profile, by=by, today=today, periods=periods)
        except AnonymiseRefused:
            continue
        count += 1
    return count
