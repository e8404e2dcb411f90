"""What courses ask of the apps built on them, registered by those apps.

A course holds assessments (the ``quizzes`` app's quiz pages) and earns a certificate
(the ``certificates`` app), yet both apps depend on courses. So courses never imports
them: each registers here, in its ``AppConfig.ready``, what courses needs to know.

* :class:`Assessments`: the page type of a course's assessments, and whether a learner
  passed one in a registration (by a moment, when given);
* :class:`Workshops`: the page type of a blended course's workshops, and whether a
  learner attended one (the ``workshops`` app);
* a certificate finder: the learner's current certificate for a course, if any;
* a renewal finder (the ``training`` app): by when learners must take courses again
  because their required training recurs.

Without them (a site without quizzes, certificates or training) a course has no
assessments, shows no certificate and asks no renewal.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Assessments:
    """``page_model``: the Wagtail page type of an assessment inside a course;
    ``passed(user=, quiz_key=, registration=, by=None) -> bool``."""

    page_model: type
    passed: Callable[..., bool]


@dataclass(frozen=True)
class Workshops:
    """``page_model``: the Wagtail page type of a workshop inside a (blended) course;
    ``attended(user=, workshop_key=, by=None) -> bool``: whether a trainer recorded the
    learner present at one of its sessions (by a moment, when given)."""

    page_model: type
    attended: Callable[..., bool]


_workshops: list[Workshops] = []


def workshops_register(workshops: Workshops) -> None:
    _workshops[:] = [workshops]


def workshops() -> Workshops | None:
    return _workshops[0] if _workshops else None


_assessments: list[Assessments] = []
_certificate_finders: list[Callable] = []
_renewal_finders: list[Callable] = []


def assessments_register(assessments: Assessments) -> None:
    _assessments[:] = [assessments]


def assessments() -> Assessments | None:
    return _assessments[0] if _assessments else None


def certificate_finder_register(finder: Callable) -> None:
    """``finder(user=, course_key=)`` returns the learner's certificate for the course, or
    ``None``."""
    _certificate_finders[:] = [finder]


def certificate_for_course(*, user, course_key):
    return (
        _certificate_finders[0](user=user, course_key=course_key) if _certificate_finders else None
    )


def renewal_finder_register(finder: Callable) -> None:
    """``finder(user_ids=, course_keys=)`` returns ``{(user_id, course_key): date}``: the
    day by which each learner must complete each course again for their required
    training (a pair is absent when no renewal is asked)."""
    _renewal_finders[:] = [finder]


def renewal_dates_for(*, user_ids, course_keys) -> dict:
    """See :func:`renewal_finder_register`; empty when no app asks renewals."""
    if not _renewal_finders:
        return {}
    return _renewal_finders[0](user_ids=user_ids, course_keys=course_keys)
