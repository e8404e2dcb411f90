"""Writes about certificates: issuing (called by the projector when a course completion is
recorded), rendering the PDF, and revocation."""

import logging
import re
import uuid
from datetime import datetime
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from common.tasks import retrying_task
from tracking import vocabulary
from tracking.builders import ActivityRef

from . import expiry
from .codes import verification_code_new
from .models import Certificate, CertificateTemplate
from .pdf import PDFUnavailable, certificate_pdf_bytes
from .selectors import certificates_with_renewal

logger = logging.getLogger(__name__)


def _existing(*, user, course_key, registration, completion_statement_id) -> Certificate | None:
    found = Certificate.objects.filter(completion_statement_id=completion_statement_id).first()
    if found is None and registration is not None:
        found = Certificate.objects.filter(
            user=user, course_key=course_key, registration=registration
        ).first()
    return found


def certificate_issue(
    *,
    user,
    course: ActivityRef,
    completed_at: datetime,
    completion_statement_id: str,
    registration: uuid.UUID | str | None = None,
) -> Certificate:
    """Issue the certificate for one completion: one per learner, course and cycle.

    Issuing twice for the same completion (or the same registration) returns the first
    certificate. A completion in a new registration (a recertification) issues the next
    cycle. Expiry comes from the course's validity period; the PDF is rendered by a
    background task once the certificate is committed."""
    from courses.selectors import course_certificate_policy

    registration = uuid.UUID(str(registration)) if registration else None
    existing = _existing(
        user=user,
        course_key=course.key,
        registration=registration,
        completion_statement_id=completion_statement_id,
    )
    if existing is not None:
        return existing
    policy = course_certificate_policy(course_key=course.key)
    validity = policy.validity_months if policy else None
    expires_at = expiry.expiry_for(issued_at=completed_at, validity_months=validity)
    window = policy.recertification_window_days if policy else 0
    for _attempt in range(5):
        try:
            with transaction.atomic():
                last_cycle = Certificate.objects.filter(user=user, course_key=course.key).aggregate(
                    last=Max("cycle")
                )["last"]
                certificate = Certificate.objects.create(
                    code=verification_code_new(prefix=settings.CERTIFICATE_CODE_PREFIX),
                    user=user,
                    learner_name=user.get_full_name() or user.get_username(),
                    course_key=course.key,
                    course_title_en=course.names.get("en", ""),
                    course_title_fr=course.names.get("fr", "") or course.names.get("en", ""),
                    course_version=policy.version if policy else "",
                    duration_minutes=policy.estimated_minutes if policy else None,
                    cycle=(last_cycle or 0) + 1,
                    registration=registration,
                    template=certificate_template_default(),
                    issued_at=completed_at,
                    expires_at=expires_at,
                    renewal_opens_at=expiry.renewal_opens_at(
                        expires_at=expires_at, window_days=window
                    ),
                    completion_statement_id=completion_statement_id,
                )
        except IntegrityError:
            # A code collision (rare) or the same completion issued concurrently.
            existing = _existing(
                user=user,
                course_key=course.key,
                registration=registration,
                completion_statement_id=completion_statement_id,
            )
            if existing is not None:
                return existing
            continue
        transaction.on_commit(partial(_schedule_pdf, certificate.pk), robust=True)
        return certificate
    raise RuntimeError("could not allocate a unique certificate code")


def certificate_for_completion(event) -> Certificate | None:
    """The course completion receiver (``tracking.projector.ports``): a newly recorded
    completion earns its certificate, and the platform states that it was earned. A
    completion recorded before (a replay, a rebuild) issues nothing more."""
    from lrs.services import statement_record
    from tracking import builders

    if event.kind != "course" or not event.completion.created:
        return None  # a briefing earns no certificate
    certificate = certificate_issue(
        user=event.user,
        course=event.completion.course,
        completed_at=event.completed_at,
        completion_statement_id=event.statement_id,
        registration=event.registration,
    )
    statement_record(
        statement=builders.certificate_earned(
            actor=event.actor,
            certificate_code=certificate.code,
            course=event.completion.course,
            registration=event.registration,
            language=event.language,
            at=certificate.issued_at,
        )
    )
    return certificate


def _schedule_pdf(certificate_id) -> None:
    try:
        render_certificate_pdf.enqueue(certificate_id=str(certificate_id))
    except Exception:
        # The PDF is rendered on first download instead.
        logger.exception("certificates: the PDF task could not be enqueued")


def certificate_template_default() -> CertificateTemplate | None:
    """The template new certificates are printed from: the one marked default (in the
    default language), else the newest one, else none (the built-in wording)."""
    from wagtail.models import Locale

    templates = CertificateTemplate.objects.filter(locale=Locale.get_default())
    return (
        templates.filter(is_default=True).order_by("-pk").first()
        or templates.order_by("-pk").first()
    )


def _pdf_stem(certificate: Certificate) -> str:
    """The cached PDF's file name, without ``.pdf``: the code, then the renewal date the
    PDF prints, if any; a renewal date that changed (the learner's requirement did) then
    names another file, and the PDF is rendered again."""
    if not hasattr(certificate, "renew_by"):
        certificates_with_renewal([certificate])
    if certificate.renew_by is None:
        return certificate.code
    return f"{certificate.code}-renew-{certificate.renew_by.isoformat()}"


def _pdf_is_current(certificate: Certificate) -> bool:
    if not certificate.pdf or not certificate.pdf.storage.exists(certificate.pdf.name):
        return False
    # Storage may add "_" and seven characters to a name already taken.
    stem = re.escape(_pdf_stem(certificate))
    name = Path(certificate.pdf.name).name
    return re.fullmatch(rf"{stem}(_[A-Za-z0-9]{{7}})?\.pdf", name) is not None


def certificate_pdf_render(*, certificate: Certificate) -> Certificate:
    """Render the certificate's PDF and keep it (the cached file is replaced)."""
    from django.core.files.base import ContentFile

    content = certificate_pdf_bytes(certificate=certificate)
    old_name = certificate.pdf.name
    certificate.pdf.save(f"{_pdf_stem(certificate)}.pdf", ContentFile(content), save=False)
    Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)
    if old_name and old_name != certificate.pdf.name:
        certificate.pdf.storage.delete(old_name)
    return certificate


def certificate_pdf_ensure(*, certificate: Certificate) -> Certificate:
    """The certificate with its PDF cached: rendered now when the task has not run, or
    again when the renewal date it prints has changed."""
    if _pdf_is_current(certificate):
        return certificate
    return certificate_pdf_render(certificate=certificate)


def certificate_revoke(*, certificate: Certificate, by, reason: str) -> Certificate:
    """Revoke a certificate (administrators only), with a reason.

    The public page and the signed credential's check then say "revoked"; the cached PDF
    is removed, and a platform ``certificate-revoked`` statement is recorded."""
    from lrs.services import statement_record
    from organisations.audit import Action, audit_record
    from tracking import builders

    if not (by.is_superuser or by.has_perm("certificates.revoke_certificate")):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason for revoking the certificate.")})
    if len(reason) > 1000:
        raise ValidationError({"reason": _("Keep the reason under 1,000 characters.")})
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.revoked_at:
            raise ValidationError({"reason": _("This certificate is already revoked.")})
        certificate.revoked_at = timezone.now()
        certificate.revocation_reason = reason
        certificate.revoked_by = by
        old_pdf = certificate.pdf.name
        certificate.pdf = ""
        certificate.save(update_fields=["revoked_at", "revocation_reason", "revoked_by", "pdf"])
        audit_record(
            Action.CERTIFICATE_REVOKED,
            actor=by,
            target=certificate,
            detail={"reason": reason, "holder": str(certificate.user_id)},
        )
        statement_record(
            statement=builders.certificate_revoked(
                actor=builders.actor_for(certificate.user),
                certificate_code=certificate.code,
                course=ActivityRef(
                    kind="course",
                    key=str(certificate.course_key),
                    activity_type=vocabulary.TYPE_COURSE,
                    names={"en": certificate.course_title_en, "fr": certificate.course_title_fr},
                ),
                registration=certificate.registration,
                reason=reason,
                at=certificate.revoked_at,
            )
        )
    if old_pdf:
        Certificate.pdf.field.storage.delete(old_pdf)
    return certificate


def certificate_public_name_choose(*, certificate: Certificate, by, show_full_name: bool) -> None:
    """The holder's choice of how the public verification page names them: in full, or
    (the default) by first name and last initial. Only the holder may choose."""
    if by.pk != certificate.user_id:
        raise PermissionDenied
    Certificate.objects.filter(pk=certificate.pk).update(show_full_name=bool(show_full_name))
    certificate.show_full_name = bool(show_full_name)


@retrying_task()
def render_certificate_pdf(certificate_id: str) -> bool:
    """Render and cache a certificate's PDF. Enqueued when a certificate is issued; it
    never raises into the learner's request (the task runs apart from it; a failure is
    retried by the worker, and meanwhile the PDF is rendered on first download)."""
    certificate = Certificate.objects.filter(pk=certificate_id, revoked_at=None).first()
    if certificate is None:
        return False
    try:
        certificate_pdf_render(certificate=certificate)
    except PDFUnavailable:
        logger.warning("certificates: WeasyPrint cannot run here; PDF not rendered")
        return False
    except Exception:
        logger.exception("certificates: rendering the PDF of %s failed", certificate.code)
        raise
    return True


def certificates_anonymise(sender=None, *, user_id, **kwargs) -> None:
    """A person who left was anonymised (:data:`organisations.signals.person_anonymised`):
    their certificates keep counting and still verify, under the account's anonymous
    name; the PDFs, which carry their name, are deleted (rendered again on demand)."""
    from organisations.models import User

    anonymous_name = User.objects.filter(pk=user_id).values_list("username", flat=True).first()
    for certificate in Certificate.objects.filter(user_id=user_id):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.learner_name = anonymous_name or ""
        certificate.show_full_name = False
        certificate.save(update_fields=["learner_name", "pdf", "show_full_name"])
