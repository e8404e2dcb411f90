"""The demo (``manage.py load_demo``, loaded whole) tells one story in time: a learner's
training is assigned before it falls due, they join their audience and start work no
later than it is assigned, they begin a course after it is assigned, and every lesson,
attempt, completion and certificate comes after they began it and before the load."""

import io
from collections import defaultdict

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from tests import factories
from tests.shared_data import built_once

pytestmark = pytest.mark.django_db


def load_whole_demo():
    from django.contrib.auth.models import Group

    factories.site_home()
    for name in ("Editors", "Moderators"):
        Group.objects.get_or_create(name=name)
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())
    return timezone.now()


@pytest.fixture(scope="module")
def loaded_at(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for the module (it takes minutes): when it was loaded."""
    with built_once(django_db_blocker, load_whole_demo) as moment:
        yield moment


def day(moment):
    return timezone.localdate(moment)


def requirement_courses() -> dict[int, set[str]]:
    from training.models import RequirementCourse

    courses = defaultdict(set)
    for requirement_id, key in RequirementCourse.objects.values_list(
        "requirement_id", "course_key"
    ):
        courses[requirement_id].add(str(key))
    return courses


def test_the_demo_has_a_history_to_check(loaded_at):
    from courses.models import CourseCompletion, CourseRegistration
    from training.models import Assignment

    assert Assignment.objects.count() >= 30
    assert CourseRegistration.objects.count() >= 30
    assert CourseCompletion.objects.count() >= 10
    # Assigned over weeks before the load, not on the day of it.
    assert not Assignment.objects.filter(assigned_on=day(loaded_at)).exists()
    assert len(set(Assignment.objects.values_list("assigned_on", flat=True))) >= 3


def test_training_is_assigned_before_it_falls_due_and_before_it_is_done(loaded_at):
    from dashboards.models import ComplianceRecord
    from training.models import Assignment

    wrong = []
    for row in Assignment.objects.select_related("user"):
        if not row.assigned_on < row.due_on:
            wrong.append(f"{row.user}: assigned {row.assigned_on}, due {row.due_on}")
        if row.completed_at and day(row.completed_at) < row.assigned_on:
            wrong.append(f"{row.user}: assigned {row.assigned_on}, done {row.completed_at}")
        if row.assigned_on > day(loaded_at):
            wrong.append(f"{row.user}: assigned {row.assigned_on}, after the load")
    # What the dashboards read says the same.
    for record in ComplianceRecord.objects.select_related("user"):
        if not record.assigned_on < record.due_on:
            wrong.append(f"{record.user}: shown assigned {record.assigned_on}, due {record.due_on}")
        if record.completed_at and day(record.completed_at) < record.assigned_on:
            wrong.append(
                f"{record.user}: shown assigned {record.assigned_on}, done {record.completed_at}"
            )
    assert wrong == [], "\n".join(wrong)


def test_learners_start_work_and_join_their_audience_no_later_than_they_are_assigned(
    loaded_at,
):
    from organisations.models import AudienceMembership, LearnerProfile
    from training.models import Assignment

    started = dict(LearnerProfile.objects.values_list("user_id", "start_date"))
    joined = defaultdict(list)
    for user_id, joined_on in AudienceMembership.objects.values_list(
        "profile__user_id", "joined_on"
    ):
        joined[user_id].append(joined_on)
    wrong = []
    for row in Assignment.objects.select_related("user"):
        start = started.get(row.user_id)
        if start and start > row.assigned_on:
            wrong.append(f"{row.user}: assigned {row.assigned_on}, started work {start}")
        if min(joined[row.user_id], default=row.assigned_on) > row.assigned_on:
            wrong.append(
                f"{row.user}: assigned {row.assigned_on}, joined {min(joined[row.user_id])}"
            )
    assert wrong == [], "\n".join(wrong)


def test_a_required_course_is_begun_after_it_is_assigned(loaded_at):
    from courses.models import CourseRegistration
    from training.models import Assignment

    courses = requirement_courses()
    assigned = defaultdict(list)
    for row in Assignment.objects.all():
        for key in courses[row.requirement_id]:
            assigned[(row.user_id, key)].append(row.assigned_on)
    wrong = []
    for registration in CourseRegistration.objects.select_related("user"):
        when = assigned.get((registration.user_id, str(registration.course_key)))
        if when and day(registration.started_at) < min(when):
            wrong.append(
                f"{registration.user}: began {registration.started_at}, assigned {min(when)}"
            )
    assert wrong == [], "\n".join(wrong)


def test_every_step_of_a_course_comes_after_it_is_begun_and_before_the_load(loaded_at):
    from certificates.models import Certificate
    from courses.models import CourseCompletion, CourseRegistration, LessonProgress
    from quizzes.models import QuizAttempt

    began = {
        registration.registration: registration
        for registration in CourseRegistration.objects.select_related("user")
    }
    current = {
        (registration.user_id, str(registration.course_key)): registration
        for registration in began.values()
        if registration.is_current
    }
    wrong = []

    def check(what, registration, moment):
        if registration is None:
            wrong.append(f"{what} at {moment}: no registration")
        elif not registration.started_at <= moment <= loaded_at:
            wrong.append(
                f"{registration.user}: {what} at {moment}, began {registration.started_at}"
            )

    for lesson in LessonProgress.objects.all():
        check("lesson done", began.get(lesson.registration), lesson.completed_at)
    for completion in CourseCompletion.objects.filter(registration__isnull=False):
        check("course completed", began.get(completion.registration), completion.completed_at)
    for attempt in QuizAttempt.objects.filter(course_key__isnull=False):
        registration = current.get((attempt.user_id, str(attempt.course_key)))
        check("attempt started", registration, attempt.started_at)
        if attempt.submitted_at:
            check("attempt submitted", registration, attempt.submitted_at)
    for certificate in Certificate.objects.all():
        registration = current.get((certificate.user_id, str(certificate.course_key)))
        check("certificate issued", registration, certificate.issued_at)
    assert wrong == [], "\n".join(wrong)


def test_the_dashboards_read_a_start_before_the_activity_and_the_completion(loaded_at):
    from dashboards.models import CourseRecord
    from lrs.models import Statement

    wrong = []
    for record in CourseRecord.objects.select_related("user"):
        if record.started_at is None:
            continue
        if record.last_activity_at and record.last_activity_at < record.started_at:
            wrong.append(
                f"{record.user}: started {record.started_at}, last active {record.last_activity_at}"
            )
        if record.completed_at and record.completed_at < record.started_at:
            wrong.append(
                f"{record.user}: started {record.started_at}, completed {record.completed_at}"
            )
        if record.seconds_to_complete is not None and record.seconds_to_complete < 60:
            wrong.append(f"{record.user}: completed in {record.seconds_to_complete} s")
    later = Statement.objects.filter(timestamp__gt=loaded_at).count()
    assert later == 0, f"{later} statements are dated after the load"
    assert wrong == [], "\n".join(wrong)


def test_the_demo_trainer_owns_the_demo_courses_listed_on_their_admin_home(loaded_at, client):
    from django.utils.html import escape

    from courses.models import CoursePage
    from organisations.models import User

    trainer = User.objects.get(username="trainer")
    courses = CoursePage.objects.filter(locale__language_code="en")
    assert courses.exists()
    assert all(course.owner_id == trainer.pk for course in courses)
    client.force_login(trainer)
    home = client.get("/admin/").content.decode()
    for course in courses:
        assert f'href="/admin/pages/{course.pk}/edit/">{escape(course.title)}</a>' in home


def test_every_demo_account_signs_in_with_the_published_password(loaded_at, client):
    from elearning.management.commands.load_demo import DEMO_PASSWORD
    from organisations.models import User

    names = ["learner", "learner02", "manager", "trainer"]
    assert set(User.objects.filter(username__in=names).values_list("username", flat=True)) == set(
        names
    )
    for name in names:
        response = client.post("/en/accounts/login/", {"username": name, "password": DEMO_PASSWORD})
        assert response.status_code == 302, name
        assert "/accounts/login/" not in response["Location"], name
        client.logout()
    refused = client.post("/en/accounts/login/", {"username": "learner", "password": "guess"})
    assert refused.status_code == 200
