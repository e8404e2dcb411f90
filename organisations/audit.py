"""The audit trail: an append-only record of who viewed a learner's detail, downloaded
an export, changed roles, scopes, requirements, exemptions or certificates, imported
people, and who signed in or failed to, with the time, the address and the values
before and after a change.

Writers call :func:`audit_record`. Changes made through model saves (the admin) learn
who made them from the request being served (:class:`AuditMiddleware` keeps it for the
request's duration). Entries cannot be changed or deleted through the application
(``AuditEvent.save`` and its queryset refuse)."""

from __future__ import annotations

import contextvars
import datetime
import decimal
import uuid

from django.db import models

from .models import AuditEvent

#: The kinds of entry (``AuditEvent.Action``), for writers in other apps.
Action = AuditEvent.Action

_request: contextvars.ContextVar = contextvars.ContextVar("audit_request", default=None)


def client_address(request) -> str | None:
    """The address the request came from (the load balancer's ``X-Forwarded-For`` is
    only trusted where ``USE_X_FORWARDED_FOR`` says so)."""
    from django.conf import settings

    if request is None:
        return None
    if getattr(settings, "USE_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip() or None
    return request.META.get("REMOTE_ADDR") or None


def _plain(value):
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, datetime.datetime | datetime.date | uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, list | tuple | set):
        return [_plain(item) for item in value]
    return value


def changes(before: dict, after: dict) -> dict:
    """``{field: [before, after]}`` for each field whose value differs."""
    return {
        name: [_plain(before.get(name)), _plain(value)]
        for name, value in after.items()
        if _plain(before.get(name)) != _plain(value)
    }


def audit_record(
    action: str,
    *,
    actor=None,
    request=None,
    target=None,
    target_name: str = "",
    detail: dict | None = None,
) -> AuditEvent:
    """Append one entry. ``actor`` and ``request`` default to the request being served;
    ``target`` is the record concerned (a model instance)."""
    request = request if request is not None else _request.get()
    if actor is None and request is not None:
        user = getattr(request, "user", None)
        actor = user if user is not None and user.is_authenticated else None
    actor_name = ""
    if actor is not None:
        actor_name = (actor.get_full_name() or actor.get_username())[:200]
    event = AuditEvent(
        actor=actor,
        actor_name=actor_name,
        action=action,
        address=client_address(request),
        detail={key: _plain(value) for key, value in (detail or {}).items()},
    )
    if target is not None:
        event.target_type = target._meta.label_lower[:60]
        event.target_id = str(target.pk)[:64]
        event.target_name = (target_name or str(target))[:300]
    else:
        event.target_name = target_name[:300]
    event.save()
    return event


class AuditMiddleware:
    """Keeps the request for the changes made while serving it, and records each file a
    signed-in person downloads as an export (a response sent as an attachment)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            response = self.get_response(request)
        finally:
            _request.reset(token)
        disposition = response.get("Content-Disposition", "") if response else ""
        user = getattr(request, "user", None)
        if (
            disposition.startswith("attachment")
            and user is not None
            and user.is_authenticated
            and 200 <= response.status_code < 300
        ):
            name = disposition.partition("filename=")[2].strip('"')
            audit_record(
                AuditEvent.Action.EXPORT_DOWNLOADED,
                actor=user,
                request=request,
                target_name=name,
                detail={"path": request.path, "query": request.GET.urlencode()},
            )
        return response


def fields_of(instance) -> dict:
    """The values of a record's own fields (not its relations to many), by name."""
    return {
        field.attname: getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if field.attname not in ("id", "created_at", "updated_at")
    }


def track_changes(model, action: str, *, dispatch_uid: str) -> None:
    """Record every save (with the fields it changed) and every deletion of ``model``'s
    records as ``action`` entries."""
    from django.db.models.signals import post_delete, post_save, pre_save

    def before(sender, instance, raw=False, **kwargs):
        instance._audit_before = None
        if not raw and instance.pk is not None:
            old = sender.objects.filter(pk=instance.pk).first()
            instance._audit_before = fields_of(old) if old is not None else None

    def after(sender, instance, created, raw=False, **kwargs):
        if raw:
            return
        if created:
            detail = {"created": True, **changes({}, fields_of(instance))}
        else:
            detail = changes(getattr(instance, "_audit_before", None) or {}, fields_of(instance))
            if not detail:
                return
        audit_record(action, target=instance, detail=detail)

    def deleted(sender, instance, **kwargs):
        audit_record(action, target=instance, detail={"deleted": True})

    pre_save.connect(before, sender=model, weak=False, dispatch_uid=f"{dispatch_uid}-before")
    post_save.connect(after, sender=model, weak=False, dispatch_uid=f"{dispatch_uid}-after")
    post_delete.connect(deleted, sender=model, weak=False, dispatch_uid=f"{dispatch_uid}-deleted")
