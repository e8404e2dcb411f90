"""``manage.py rebuild_progress`` replays the stored statements and must arrive where the
live projection did: the same lesson progress, the same course completions (same
statements, same times), the same certificates (none issued again, revoked ones still
revoked) and the same dashboard rows, run once or twice, on progress made through the
site's own pages and on the demo data."""

import copy
import io
import json
import logging
import uuid
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict
from django.test import Client, override_settings
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificate_revoke
from courses.models import CourseCompletion, CoursePage, LessonProgress
from courses.services import registration_current
from dashboards.models import ComplianceRecord, CourseRecord
from lrs.models import Statement
from quizzes.selectors import assessment_passed
from tests import factories
from tests.quizzes.attempt_helpers import answers_for, mixed_quiz, quiz_page
from tests.shared_data import built_once
from tests.training.helpers import requirement
from training.models import Assignment
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


# -- what the rebuild must keep -------------------------------------------------------------


def _rows(model, *, without=("id",)) -> list[str]:
    """Every row of ``model`` as sorted JSON, without its surrogate key."""
    rows = []
    for item in model.objects.all():
        fields = {k: v for k, v in model_to_dict(item).items() if k not in without}
        rows.append(json.dumps(fields, default=str, sort_keys=True))
    return sorted(rows)


def snapshot() -> dict[str, list[str]]:
    """Everything the statements decide: the projections, the certificates, the
    dashboards' read models, the assignments, and the statements themselves."""
    return {
        "lesson progress": _rows(LessonProgress),
        "course completions": _rows(CourseCompletion),
        "certificates": _rows(Certificate, without=("pdf",)),
        "course records": _rows(CourseRecord),
        "compliance records": _rows(ComplianceRecord),
        "assignments": _rows(Assignment, without=("id", "updated_at")),
        "statements": sorted(str(pk) for pk in Statement.objects.values_list("pk", flat=True)),
    }


def rebuild() -> str:
    out = io.StringIO()
    call_command("rebuild_progress", stdout=out)
    return out.getvalue()


def assert_rebuilt_alike(before: dict, caplog) -> None:
    """The rebuild reproduced ``before`` and derived nothing that differs from what was
    stored (a derived statement that clashes with the stored one is only logged)."""
    after = snapshot()
    for name in before:
        assert after[name] == before[name], name
    clashes = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not clashes, [r.getMessage() for r in clashes]


# -- progress made through the site ----------------------------------------------------------


def make_platform(units) -> dict:
    """A course whose rule asks for three lessons and its final quiz (two attempts at
    least, no wait), a course of lessons alone, and a requirement over both."""
    course, lessons = factories.course(
        lessons=3, completion_rule=CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT
    )
    quiz = mixed_quiz(pass_mark="0.80")
    quiz_page(course, quiz, title="Final assessment")
    short, short_lessons = factories.course(title="Short course", lessons=2)
    requirement(courses=[course], units=[units["agency"]])
    return {"course": course, "lessons": lessons, "quiz": quiz, "short": short_lessons}


@pytest.fixture
def platform(units):
    return make_platform(units)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def finish(client, lessons, *, language="en") -> None:
    """The learner reaches the end of each lesson, as the lesson page's button posts."""
    for lesson in lessons:
        page = lesson if language == "en" else lesson.get_translation(_french())
        response = client.post(page.url + "complete/")
        assert response.status_code == 302, response.content


def _french():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="fr")


def take_quiz(client, quiz, course, *, right: bool) -> dict:
    """Start an attempt in the course and submit it as the quiz runner does (with the
    browser's own times); the graded result."""
    started = client.post(
        f"/en/quizzes/{quiz.translation_key}/attempts/",
        json.dumps({"course": str(course.translation_key)}),
        content_type="application/json",
    )
    assert started.status_code == 201, started.content
    document = started.json()
    submitted = client.post(
        f"/en/quizzes/attempts/{document['attempt']['id']}/submit/",
        json.dumps(
            {
                "token": document["attempt"]["token"],
                "submission_key": str(uuid.uuid4()),
                "answers": answers_for(document, right_positions=None if right else []),
                "client_timestamps": {
                    "started_at": document["attempt"]["started_at"],
                    "submitted_at": timezone.now().isoformat(),
                },
            }
        ),
        content_type="application/json",
    )
    assert submitted.status_code == 200, submitted.content
    return submitted.json()


def offline_lesson_completion(client, lesson, *, hours_ago: int) -> None:
    """A lesson finished on a device with no connection, sent later with the session:
    the statement the lesson page prepared, timed when the learner finished."""
    html = client.get(lesson.url, HTTP_X_OFFLINE_COPY="1").content.decode()
    ready = html.split('id="lesson-offline-statements" type="application/json">')[1]
    statement = json.loads(ready.split("</script>")[0])["completed"]
    statement["id"] = str(uuid.uuid4())
    statement["timestamp"] = (timezone.now() - timedelta(hours=hours_ago)).isoformat()
    statement["result"]["duration"] = "PT4M"
    csrf = client.get("/offline/session/").json()["csrf_token"]
    response = client.put(
        f"/xapi/statements?statementId={statement['id']}",
        json.dumps(statement),
        content_type="application/json",
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
        HTTP_X_CSRFTOKEN=csrf,
    )
    assert response.status_code == 204, response.content


def make_progress(platform, units) -> dict:
    """Learners at every stage, each through the site's own pages and quiz API."""
    course, lessons, quiz = platform["course"], platform["lessons"], platform["quiz"]
    people = {
        name: factories.learner(units["yvr"])
        for name in ("finisher", "retaker", "halfway", "passed first", "revoked", "offline")
    }
    assignments_materialise()

    client = signed_in(people["finisher"])
    finish(client, lessons)
    assert take_quiz(client, quiz, course, right=True)["passed"]
    finish(client, platform["short"])

    client = signed_in(people["retaker"])
    finish(client, lessons, language="fr")
    assert not take_quiz(client, quiz, course, right=False)["passed"]
    assert take_quiz(client, quiz, course, right=True)["passed"]

    finish(signed_in(people["halfway"]), lessons[:2])

    client = signed_in(people["passed first"])
    assert take_quiz(client, quiz, course, right=True)["passed"]
    finish(client, lessons)

    client = signed_in(people["revoked"])
    finish(client, lessons)
    take_quiz(client, quiz, course, right=True)
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    certificate_revoke(
        certificate=Certificate.objects.get(user=people["revoked"]), by=admin, reason="Fraud."
    )

    # Passes online, then a device sends the lessons it finished hours before the pass.
    client = signed_in(people["offline"])
    finish(client, lessons[:1])
    assert take_quiz(client, quiz, course, right=True)["passed"]
    for lesson in lessons[1:]:
        offline_lesson_completion(client, lesson, hours_ago=3)
    return people


class TestProgressMadeOnTheSite:
    """The rebuild of the same progress, once and twice: made once for both (making it
    takes seconds); what a test's rebuild writes is rolled back after it."""

    @pytest.fixture(scope="class")
    @classmethod
    def made(cls, django_db_setup, django_db_blocker):
        def make():
            units = factories.org_tree()
            return make_progress(make_platform(units), units)

        with built_once(django_db_blocker, make) as people:
            yield people

    @pytest.fixture
    def progress(self, made, db):
        """The learners, as this test's own copies."""
        return copy.deepcopy(made)

    def test_rebuilding_reproduces_progress_completions_certificates_and_dashboards(
        self, progress, caplog
    ):
        completions = CourseCompletion.objects.filter(user__in=progress.values())
        assert completions.count() == 6  # finisher twice, retaker, passed first, revoked, offline
        assert not completions.filter(user=progress["halfway"]).exists()
        revoked = Certificate.objects.get(user=progress["revoked"], revoked_at__isnull=False)
        before = snapshot()
        caplog.set_level(logging.WARNING)

        output = rebuild()

        assert "replayed" in output
        assert_rebuilt_alike(before, caplog)
        again = Certificate.objects.get(user=progress["revoked"])
        assert (again.code, again.revoked_at) == (revoked.code, revoked.revoked_at)

    def test_rebuilding_twice_changes_nothing(self, progress, caplog):
        rebuild()
        once = snapshot()
        caplog.set_level(logging.WARNING)

        rebuild()

        assert_rebuilt_alike(once, caplog)


# -- the evidence a replayed statement may see ------------------------------------------------


def test_a_pass_counts_only_from_the_moment_its_statement_was_stored(platform, units):
    course, lessons, quiz = platform["course"], platform["lessons"], platform["quiz"]
    learner = factories.learner(units["yvr"])
    client = signed_in(learner)
    finish(client, lessons)
    before_the_pass = timezone.now()
    take_quiz(client, quiz, course, right=True)
    registration = registration_current(user=learner, course=course)

    def passed(by):
        return assessment_passed(
            user=learner, quiz_key=quiz.translation_key, registration=registration, by=by
        )

    assert passed(None)
    assert not passed(before_the_pass)
    assert passed(timezone.now())


def test_a_pass_claimed_by_an_lrs_client_is_no_evidence_of_a_pass(
    platform, units, lrs_client, xapi_headers, client
):
    from tracking import builders
    from tracking import vocabulary as v

    course, quiz = platform["course"], platform["quiz"]
    learner = factories.learner(units["yvr"])
    registration = registration_current(user=learner, course=course)
    claim = {
        "id": str(uuid.uuid4()),
        "actor": builders.actor_for(learner),
        "verb": {"id": v.VERB_PASSED},
        "object": {"objectType": "Activity", "id": v.activity_iri("quiz", quiz.translation_key)},
        "context": {"registration": str(registration)},
        "timestamp": timezone.now().isoformat(),
    }
    response = client.post(
        "/xapi/statements", json.dumps(claim), content_type="application/json", **xapi_headers
    )
    assert response.status_code == 200, response.content
    after_the_claim = timezone.now()
    take_quiz(signed_in(learner), quiz, course, right=True)

    assert not assessment_passed(
        user=learner,
        quiz_key=quiz.translation_key,
        registration=registration,
        by=after_the_claim,
    )


# -- the demo data ---------------------------------------------------------------------------


def test_rebuilding_the_demo_data_reproduces_it(home, caplog):
    """The demo's progress is made of real statements with backdated timestamps (stored
    at load time), learners who fail then pass, and completions on the pass. Loaded with
    the first of its four courses (its border officers' course, taken by 24 of its
    learners) to keep the test near a minute: each course takes half a minute to load,
    and the other three are made and taken the same way."""
    from courses.demo.content import course_read
    from elearning.management.commands import load_demo
    from quizzes.demo.content import bank_read

    courses = [course_read("border-services")]
    banks = [bank_read("border-services")]
    with (
        override_settings(DEBUG=True),
        mock.patch.object(load_demo, "demo_courses", return_value=courses),
        mock.patch.object(load_demo, "demo_banks", return_value=banks),
    ):
        call_command("load_demo", stdout=io.StringIO())
    assert CourseCompletion.objects.exists() and Certificate.objects.exists()
    before = snapshot()
    caplog.set_level(logging.WARNING)

    rebuild()

    assert_rebuilt_alike(before, caplog)
