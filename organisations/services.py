"""Writes to the organisation tree and learner records."""

from .models import OrgUnit


def org_unit_create(
    *, code: str, name_en: str, name_fr: str, kind: str, parent: OrgUnit | None = None
) -> OrgUnit:
    """Add a unit at the top of the tree or below ``parent``."""
    unit = OrgUnit(code=code, name_en=name_en, name_fr=name_fr, kind=kind)
    if parent is None:
        return OrgUnit.add_root(instance=unit)
    return parent.add_child(instance=unit)


def org_unit_get_or_create(
    *, code: str, name_en: str, name_fr: str, kind: str, parent: OrgUnit | None = None
) -> OrgUnit:
    """Idempotent form of :func:`org_unit_create`, keyed on the unit's code."""
    existing = OrgUnit.objects.filter(code=code).first()
    if existing is not None:
        return existing
    return org_unit_create(code=code, name_en=name_en, name_fr=name_fr, kind=kind, parent=parent)


def audience_memberships_sync(*, profile_ids=None, today=None) -> None:
    """Bring the audience history in line with ``LearnerProfile.audiences``: a membership
    opens (joined today) for each audience a learner holds without an open record, and
    closes (left today) for each open record whose audience the learner no longer holds.

    ``profile_ids`` limits the work to some learners (all of them when None). Set-based."""
    from django.db.models import Exists, OuterRef
    from django.utils import timezone

    from .models import AudienceMembership, LearnerProfile

    today = today or timezone.localdate()
    held = LearnerProfile.audiences.through.objects.all()
    records = AudienceMembership.objects.filter(left_on__isnull=True)
    if profile_ids is not None:
        held = held.filter(learnerprofile_id__in=profile_ids)
        records = records.filter(profile_id__in=profile_ids)
    records.exclude(
        Exists(
            LearnerProfile.audiences.through.objects.filter(
                learnerprofile_id=OuterRef("profile_id"), audience_id=OuterRef("audience_id")
            )
        )
    ).update(left_on=today)
    missing = held.exclude(
        Exists(
            AudienceMembership.objects.filter(
                left_on__isnull=True,
                profile_id=OuterRef("learnerprofile_id"),
                audience_id=OuterRef("audience_id"),
            )
        )
    ).values_list("learnerprofile_id", "audience_id")
    AudienceMembership.objects.bulk_create(
        [
            AudienceMembership(profile_id=profile_id, audience_id=audience_id, joined_on=today)
            for profile_id, audience_id in missing.iterator(chunk_size=5000)
        ],
        batch_size=5000,
        ignore_conflicts=True,
    )


def learner_optional_email_set(*, user, opted_out: bool) -> None:
    """Record whether a learner wants optional (advance reminder) e-mail."""
    from .models import LearnerProfile

    LearnerProfile.objects.filter(user=user).update(optional_email_opt_out=opted_out)


def learner_time_zone_set(*, user, time_zone: str) -> None:
    """Remember the time zone of the learner's device (an IANA name such as
    ``Asia/Tokyo``), so that what is made for them outside a request of theirs (their
    certificate's PDF) gives their dates and times."""
    from .models import LearnerProfile

    LearnerProfile.objects.filter(user=user).exclude(time_zone=time_zone).update(
        time_zone=time_zone
    )


def learner_unit_set(*, profile, org_unit, today=None) -> bool:
    """Move a learner to ``org_unit`` from today, one at a time (the HR import moves
    people in bulk). The unit history closes the earlier membership the day before and
    opens the new one, as after an HR import, and :data:`~organisations.signals.people_changed`
    tells what follows a person's place. Returns whether the learner moved."""
    from django.utils import timezone

    from .signals import people_changed

    if profile.org_unit_id == org_unit.pk:
        return False
    profile.org_unit = org_unit
    # The save keeps the unit history (signal_handlers.profile_unit_history).
    profile.save(update_fields=["org_unit"])
    people_changed.send(
        sender=type(profile), user_ids=[profile.user_id], as_of=today or timezone.localdate()
    )
    return True


def learner_standing_set(*, user, active: bool, today=None) -> bool:
    """Deactivate a person who left (they can no longer sign in, their unit membership
    ends the day before and ``left_on`` says when; every record stays) or reactivate one
    who came back (their unit membership opens again from today). Sends
    :data:`~organisations.signals.people_changed`. Returns whether anything changed."""
    import datetime

    from django.utils import timezone

    from .models import LearnerProfile, UnitMembership, User
    from .signals import people_changed

    today = today or timezone.localdate()
    profile = LearnerProfile.objects.filter(user=user).first()
    was_active = User.objects.filter(pk=user.pk).values_list("is_active", flat=True).first()
    if was_active == active and (profile is None or (profile.left_on is None) == active):
        return False
    User.objects.filter(pk=user.pk).update(is_active=active)
    user.is_active = active
    if profile is not None:
        open_record = UnitMembership.objects.filter(profile=profile, ended_on=None)
        if active:
            LearnerProfile.objects.filter(pk=profile.pk).update(left_on=None)
            if not open_record.exists():
                UnitMembership.objects.create(
                    profile=profile, org_unit_id=profile.org_unit_id, started_on=today
                )
        else:
            LearnerProfile.objects.filter(pk=profile.pk).update(left_on=today)
            open_record.filter(started_on__lt=today).update(
                ended_on=today - datetime.timedelta(days=1)
            )
            # A membership opened today ends today: the day was spent in the unit.
            open_record.filter(started_on__gte=today).update(ended_on=today)
    people_changed.send(sender=User, user_ids=[user.pk], as_of=today)
    return True
