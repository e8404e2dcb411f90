"""Reads about certificates."""

from .codes import verification_code_normalise
from .models import Certificate


def certificate_for_course(*, user, course_key) -> Certificate | None:
    return Certificate.objects.filter(user=user, course_key=course_key).first()


def certificates_for_learner(*, user):
    return Certificate.objects.filter(user=user).order_by("-issued_at")


def certificate_by_code(*, code: str) -> Certificate | None:
    return Certificate.objects.filter(code=verification_code_normalise(code)).first()
