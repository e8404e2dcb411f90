"""Reads about certificates."""

from django.db.models import QuerySet

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
