"""Reads about certificates."""

from django.db.models import Max, QuerySet

from .codes import verification_code_is_wellformed, verification_code_normalise
from .models import Certificate


def certificate_for_course(*, user, course_key) -> Certificate | None:
    """The learner's latest certificate for a course (the highest cycle)."""
    return Certificate.objects.filter(user=user, course_key=course_key).order_by("-cycle").first()


def certificates_for_learner(*, user) -> QuerySet[Certificate]:
    return Certificate.objects.filter(user=user).order_by("-issued_at")


def certificate_by_code(*, code: str) -> Certificate | None:
    """The certificate with this code; a malformed code is not looked up at all."""
    code = verification_code_normalise(code)
    if not verification_code_is_wellformed(code):
        return None
    return Certificate.objects.filter(code=code).first()


def certificate_of_learner(*, user, code: str) -> Certificate | None:
    """The learner's own certificate with this code (None for anybody else's)."""
    if not user.is_authenticated:
        return None
    certificate = certificate_by_code(code=code)
    return certificate if certificate is not None and certificate.user_id == user.pk else None


def certificate_is_latest(*, certificate: Certificate) -> bool:
    """Whether no later cycle of the same course exists for the learner."""
    return not Certificate.objects.filter(
        user_id=certificate.user_id,
        course_key=certificate.course_key,
        cycle__gt=certificate.cycle,
    ).exists()


def certificates_for_unit(*, manager, unit) -> QuerySet[Certificate]:
    """Certificates of the learners in ``unit``'s subtree, which must be in the manager's
    scope (an empty queryset otherwise)."""
    from organisations.selectors import learners_in_scope, org_units_in_scope

    if not org_units_in_scope(user=manager).filter(pk=unit.pk).exists():
        return Certificate.objects.none()
    learners = learners_in_scope(user=manager).filter(org_unit__path__startswith=unit.path)
    return (
        Certificate.objects.filter(user__in=learners.values("user_id"))
        .select_related("user")
        .order_by("learner_name", "course_title_en", "cycle")
    )


def certificate_viewer_may_see_all(*, user, certificate: Certificate) -> bool:
    """Whether ``user`` may see everything about a certificate (its PDF, the learner's
    full name): its holder, a manager whose scope covers the holder's unit, or staff
    (staff status, or the permission to revoke certificates)."""
    if not user.is_authenticated:
        return False
    if certificate.user_id == user.pk or user.is_staff:
        return True
    if user.has_perm("certificates.revoke_certificate"):
        return True
    from organisations.selectors import learners_in_scope

    return learners_in_scope(user=user).filter(user_id=certificate.user_id).exists()


def certificate_for_viewer(*, user, code: str) -> Certificate | None:
    """The certificate with this code when ``user`` may download it (see
    :func:`certificate_viewer_may_see_all`); ``None`` otherwise."""
    if not user.is_authenticated:
        return None
    certificate = certificate_by_code(code=code)
    if certificate is None or not certificate_viewer_may_see_all(
        user=user, certificate=certificate
    ):
        return None
    return certificate


def certificates_with_renewal(certificates) -> list[Certificate]:
    """The certificates, each with ``renew_by``: the day by which its holder's required
    training asks the course again (see :mod:`certificates.validity`). Only the latest,
    unrevoked certificate of a course carries one; two queries for the whole list."""
    from courses.ports import renewal_dates_for

    certificates = list(certificates)
    for certificate in certificates:
        certificate.renew_by = None
    candidates = [certificate for certificate in certificates if not certificate.revoked_at]
    if not candidates:
        return certificates
    user_ids = {certificate.user_id for certificate in candidates}
    course_keys = {str(certificate.course_key) for certificate in candidates}
    latest = {
        (user_id, str(course_key)): cycle
        for user_id, course_key, cycle in Certificate.objects.filter(
            user_id__in=user_ids, course_key__in=course_keys
        )
        .values("user_id", "course_key")
        .annotate(cycle=Max("cycle"))
        .values_list("user_id", "course_key", "cycle")
    }
    dates = renewal_dates_for(user_ids=user_ids, course_keys=course_keys)
    for certificate in candidates:
        pair = (certificate.user_id, str(certificate.course_key))
        if certificate.cycle >= latest.get(pair, 0):
            certificate.renew_by = dates.get(pair)
    return certificates


def certificate_validity(*, certificate: Certificate) -> list:
    """What to say about how long ``certificate`` counts (:mod:`certificates.validity`),
    looking its renewal date up unless :func:`certificates_with_renewal` did."""
    from .validity import validity_facts

    if not hasattr(certificate, "renew_by"):
        certificates_with_renewal([certificate])
    return validity_facts(
        expires_at=certificate.expires_at,
        renew_by=certificate.renew_by,
        revoked_at=certificate.revoked_at,
    )
