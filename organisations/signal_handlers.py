"""Signal handlers of the organisations app, connected in ``OrganisationsConfig.ready``.

Sign-ins, sign-outs, failed sign-ins, changes of a person's roles (groups, staff,
administrator, active) and of manager scopes go to the audit trail.

A learner profile saved one by one (the admin, sign-up, the demo) keeps its unit
history as the HR import does: a new profile opens a membership of its unit, a move
closes it the day before and opens the new unit's from today."""

import datetime

from django.db.models.signals import post_save, pre_save
from django.utils import timezone


def _touches(update_fields, names) -> bool:
    """Whether a save may change any of ``names`` (a save limited to other fields, such
    as the sign-in's ``last_login``, needs no reading of the row first)."""
    return update_fields is None or bool(set(update_fields) & set(names))


def profile_unit_before(sender, instance, raw=False, update_fields=None, **kwargs):
    instance._unit_before = None
    if raw or instance.pk is None or not _touches(update_fields, ("org_unit", "org_unit_id")):
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


ROLE_FIELDS = ("is_staff", "is_superuser", "is_active")


def signed_in(sender, request, user, **kwargs):
    from .audit import audit_record
    from .models import AuditEvent

    audit_record(AuditEvent.Action.SIGNED_IN, actor=user, request=request, target=user)


def signed_out(sender, request, user, **kwargs):
    from .audit import audit_record
    from .models import AuditEvent

    if user is not None:
        audit_record(AuditEvent.Action.SIGNED_OUT, actor=user, request=request, target=user)


def sign_in_failed(sender, credentials, request=None, **kwargs):
    from .audit import audit_record
    from .models import AuditEvent

    username = str((credentials or {}).get("username", ""))[:150]
    audit_record(
        AuditEvent.Action.SIGN_IN_FAILED,
        actor=None,
        request=request,
        target_name=username,
        detail={"username": username},
    )


def user_roles_before(sender, instance, raw=False, update_fields=None, **kwargs):
    instance._roles_before = None
    if raw or instance.pk is None or not _touches(update_fields, ROLE_FIELDS):
        return
    instance._roles_before = sender.objects.filter(pk=instance.pk).values(*ROLE_FIELDS).first()


def user_roles_after(sender, instance, created, raw=False, **kwargs):
    from .audit import audit_record, changes
    from .models import AuditEvent

    before = getattr(instance, "_roles_before", None)
    if raw or created or before is None:
        return
    changed = changes(before, {name: getattr(instance, name) for name in ROLE_FIELDS})
    if changed:
        audit_record(AuditEvent.Action.ROLE_CHANGED, target=instance, detail=changed)
    if before["is_active"] != instance.is_active:
        # Deactivated one by one (the admin): the day they left starts their retention
        # period, as after an HR import or the directory.
        from .models import LearnerProfile

        profiles = LearnerProfile.objects.filter(user=instance)
        if instance.is_active:
            profiles.update(left_on=None)
        else:
            profiles.filter(left_on=None).update(left_on=timezone.localdate())


def user_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    from django.contrib.auth.models import Group

    from .audit import audit_record
    from .models import AuditEvent, User

    if action not in ("post_add", "post_remove", "post_clear") or (
        action != "post_clear" and not pk_set
    ):
        return
    verb = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
    if reverse:  # a group gained or lost people
        for user in User.objects.filter(pk__in=pk_set or ()):
            audit_record(
                AuditEvent.Action.ROLE_CHANGED,
                target=user,
                detail={"groups " + verb: [instance.name]},
            )
        return
    names = sorted(Group.objects.filter(pk__in=pk_set or ()).values_list("name", flat=True))
    audit_record(AuditEvent.Action.ROLE_CHANGED, target=instance, detail={"groups " + verb: names})


def scope_saved(sender, instance, created, raw=False, **kwargs):
    from .audit import audit_record
    from .models import AuditEvent

    if raw:
        return
    audit_record(
        AuditEvent.Action.SCOPE_CHANGED,
        target=instance.manager,
        detail={"added" if created else "saved": instance.org_unit.code},
    )


def scope_deleted(sender, instance, **kwargs):
    from .audit import audit_record
    from .models import AuditEvent

    audit_record(
        AuditEvent.Action.SCOPE_CHANGED,
        target=instance.manager,
        detail={"removed": instance.org_unit.code},
    )


def connect():
    from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
    from django.db.models.signals import m2m_changed, post_delete

    from .models import LearnerProfile, ManagerScope, User

    user_logged_in.connect(signed_in, dispatch_uid="audit-signed-in")
    user_logged_out.connect(signed_out, dispatch_uid="audit-signed-out")
    user_login_failed.connect(sign_in_failed, dispatch_uid="audit-sign-in-failed")
    pre_save.connect(user_roles_before, sender=User, dispatch_uid="audit-roles-before")
    post_save.connect(user_roles_after, sender=User, dispatch_uid="audit-roles-after")
    m2m_changed.connect(
        user_groups_changed, sender=User.groups.through, dispatch_uid="audit-groups"
    )
    post_save.connect(scope_saved, sender=ManagerScope, dispatch_uid="audit-scope-saved")
    post_delete.connect(scope_deleted, sender=ManagerScope, dispatch_uid="audit-scope-deleted")

    pre_save.connect(profile_unit_before, sender=LearnerProfile, dispatch_uid="unit-before")
    post_save.connect(profile_unit_history, sender=LearnerProfile, dispatch_uid="unit-history")
