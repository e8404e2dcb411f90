"""Signal handlers of the training app, connected in ``TrainingConfig.ready``.

A learner's assignments follow their place: when a learner profile is saved (a new
learner, a move to another unit, a new start date) or its audiences change, the
learner's assignments are materialised again. Bulk loads that bypass ``save`` (and the
benchmark) run ``manage.py materialise_assignments`` instead."""

from django.db.models.signals import m2m_changed, post_save


def profile_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from .services import assignments_materialise

    assignments_materialise(user_ids=[instance.user_id])


def profile_audiences_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    from organisations.models import LearnerProfile
    from organisations.services import audience_memberships_sync

    from .services import assignments_materialise

    if reverse:
        # An audience gained or lost learners: ``pk_set`` holds profile ids (unknown
        # after a clear, so every learner is checked).
        profiles = LearnerProfile.objects.all()
        if pk_set is not None and action != "post_clear":
            profiles = profiles.filter(pk__in=pk_set)
        profile_ids = list(profiles.values_list("pk", flat=True))
        audience_memberships_sync(profile_ids=profile_ids)
        assignments_materialise(user_ids=list(profiles.values_list("user_id", flat=True)))
    else:
        # The join date is recorded now, whatever requirements exist, so a rule counted
        # from joining an audience added later still counts from the real day.
        audience_memberships_sync(profile_ids=[instance.pk])
        assignments_materialise(user_ids=[instance.user_id])


def people_changed(sender, user_ids=(), as_of=None, **kwargs):
    """An HR import moved, added, deactivated or reactivated people."""
    from .services import assignments_materialise

    assignments_materialise(user_ids=list(user_ids), today=as_of)


def connect():
    from organisations.models import LearnerProfile
    from organisations.signals import people_changed as people_changed_signal

    people_changed_signal.connect(people_changed, dispatch_uid="training-people-changed")

    from organisations.audit import Action, track_changes

    from .models import Exemption, Requirement

    track_changes(Requirement, Action.REQUIREMENT_CHANGED, dispatch_uid="audit-requirement")
    track_changes(Exemption, Action.EXEMPTION_CHANGED, dispatch_uid="audit-exemption")

    post_save.connect(profile_saved, sender=LearnerProfile, dispatch_uid="training-profile-saved")

    from .services import briefing_notices_after_materialise
    from .signals import assignments_materialised

    # Learners newly assigned a briefing are told at once, not at the next reminders run.
    assignments_materialised.connect(
        briefing_notices_after_materialise, dispatch_uid="training-briefing-notices"
    )
    m2m_changed.connect(
        profile_audiences_changed,
        sender=LearnerProfile.audiences.through,
        dispatch_uid="training-profile-audiences",
    )
