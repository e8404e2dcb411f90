"""Signal handlers of the organisations app, connected in ``OrganisationsConfig.ready``.

A learner profile saved one by one (the admin, sign-up, the demo) keeps its unit
history as the HR import does: a new profile opens a membership of its unit, a move
closes it the day before and opens the new unit's from today."""

import datetime

from django.db.models.signals import post_save, pre_save
from django.utils import timezone


def profile_unit_before(sender, instance, raw=False, **kwargs):
    instance._unit_before = None
    if raw or instance.pk is None:
        return
    instance._unit_before = (
        sender.objects.filter(pk=instance.pk).values_list("org_unit_id", flat=True).first()
    )


def profile_unit_history(sender, instance, created, raw=False, **kwargs):
    from .models import UnitMembership

    if raw:
        return
    today = timezone.localdate()
    if created:
        UnitMembership.objects.create(
            profile=instance,
            org_unit_id=instance.org_unit_id,
            started_on=min(instance.start_date or today, today),
        )
        return
    before = getattr(instance, "_unit_before", None)
    if before is None or before == instance.org_unit_id:
        return
    open_record = UnitMembership.objects.filter(profile=instance, ended_on=None).first()
    yesterday = today - datetime.timedelta(days=1)
    if open_record is None:
        started = instance.start_date or instance.user.date_joined.date()
        UnitMembership.objects.create(
            profile=instance,
            org_unit_id=before,
            started_on=min(started, yesterday),
            ended_on=yesterday,
        )
    elif open_record.started_on >= today:
        # Moved again the same day: the day belongs to the last unit.
        open_record.delete()
    else:
        open_record.ended_on = yesterday
        open_record.save(update_fields=["ended_on"])
    UnitMembership.objects.create(
        profile=instance, org_unit_id=instance.org_unit_id, started_on=today
    )


def connect():
    from .models import LearnerProfile

    pre_save.connect(profile_unit_before, sender=LearnerProfile, dispatch_uid="unit-before")
    post_save.connect(profile_unit_history, sender=LearnerProfile, dispatch_uid="unit-history")
