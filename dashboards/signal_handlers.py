"""Keeping the read models right, and open dashboards told, as the source tables change.

Connected in ``DashboardsConfig.ready``. The rows are rebuilt inside the transaction that
changed their sources, so a dashboard never reads a half-applied change; the live notice
goes out after commit. Assignments are written in bulk without signals: the training
service calls ``compliance_refresh`` itself."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import post_delete, post_save

from . import projections
from .services import dashboard_notify

_deferred: ContextVar[bool] = ContextVar("dashboards_refresh_deferred", default=False)


@contextmanager
def refresh_deferred():
    """Within this block the handlers below do nothing: for a job that rewrites the
    source tables wholesale (``rebuild_progress``) and then rebuilds every read model
    once with ``projections.records_refresh``. Refreshing a learner's rows for each of
    the million rows rewritten, and queueing as many notices, would cost more than the
    rewrite itself."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)


def _course_changed(kind):
    def handler(sender, instance, raw=False, created=True, **kwargs):
        if raw or _deferred.get():
            return
        projections.course_records_refresh(user_id=instance.user_id, course_key=instance.course_key)
        dashboard_notify(kind=kind, user_ids=[instance.user_id])

    return handler


def _registration_saved(sender, instance, raw=False, created=False, **kwargs):
    # A visit also saves the registration; only a new one changes the figures (the
    # course row, and the assignments that now count as started).
    if created and not raw and not _deferred.get():
        projections.records_refresh(user_ids=[instance.user_id])
        dashboard_notify(kind="progress", user_ids=[instance.user_id])


def _attempt_saved(sender, instance, raw=False, **kwargs):
    # Answers are saved as the learner goes; only a graded attempt changes the figures.
    if raw or _deferred.get() or instance.passed is None or instance.course_key is None:
        return
    projections.course_records_refresh(user_id=instance.user_id, course_key=instance.course_key)
    dashboard_notify(kind="progress", user_ids=[instance.user_id])


def _exemption_changed(sender, instance, raw=False, **kwargs):
    if raw or _deferred.get():
        return
    projections.compliance_refresh(user_ids=[instance.user_id])
    dashboard_notify(kind="assignment", user_ids=[instance.user_id])


def _profile_changed(sender, instance, raw=False, **kwargs):
    if raw or _deferred.get():
        return
    projections.records_refresh(user_ids=[instance.user_id])
    dashboard_notify(kind="learner", user_ids=[instance.user_id])


def _assignments_materialised(sender, user_ids=None, requirement=None, **kwargs):
    if _deferred.get():
        return
    if user_ids is not None:
        projections.compliance_refresh(user_ids=user_ids)
    else:
        projections.compliance_refresh(requirement=requirement)
    dashboard_notify(kind="assignment", user_ids=user_ids)


def connect():
    from certificates.models import Certificate
    from courses.models import CourseCompletion, CourseRegistration, LessonProgress
    from organisations.models import LearnerProfile
    from quizzes.models import QuizAttempt
    from training.models import Exemption
    from training.signals import assignments_materialised

    lesson = _course_changed("progress")
    completion = _course_changed("completion")
    certificate = _course_changed("certificate")
    for signal, handler, sender, uid in (
        (post_save, _registration_saved, CourseRegistration, "registration"),
        (post_save, lesson, LessonProgress, "lesson"),
        (post_save, completion, CourseCompletion, "completion"),
        (post_save, _attempt_saved, QuizAttempt, "attempt"),
        (post_save, certificate, Certificate, "certificate"),
        (post_save, _exemption_changed, Exemption, "exemption"),
        (post_delete, _exemption_changed, Exemption, "exemption-deleted"),
        (post_save, _profile_changed, LearnerProfile, "profile"),
        (post_delete, _profile_changed, LearnerProfile, "profile-deleted"),
    ):
        signal.connect(handler, sender=sender, dispatch_uid=f"dashboards-{uid}", weak=False)
    assignments_materialised.connect(_assignments_materialised, dispatch_uid="dashboards-assigned")
