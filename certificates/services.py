"""Issuing certificates. Called by the projector when a course completion is recorded."""

from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction

from lrs.xapi.builders import ActivityRef

from .codes import verification_code_new
from .models import Certificate


def certificate_issue(
    *, user, course: ActivityRef, completed_at: datetime, completion_statement_id: str
) -> Certificate:
    """Issue the certificate for one completion; issuing twice returns the first one."""
    existing = Certificate.objects.filter(completion_statement_id=completion_statement_id).first()
    if existing is not None:
        return existing
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    code=verification_code_new(prefix=settings.CERTIFICATE_CODE_PREFIX),
                    user=user,
                    learner_name=user.get_full_name() or user.get_username(),
                    course_key=course.key,
                    course_title_en=course.names.get("en", ""),
                    course_title_fr=course.names.get("fr", "") or course.names.get("en", ""),
                    issued_at=completed_at,
                    completion_statement_id=completion_statement_id,
                )
        except IntegrityError:
            # A code collision (rare) or the same completion issued concurrently.
            existing = Certificate.objects.filter(
                completion_statement_id=completion_statement_id
            ).first()
            if existing is not None:
                return existing
    raise RuntimeError("could not allocate a unique certificate code")
