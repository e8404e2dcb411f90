"""``manage.py generate_scale_data`` at a small scale: consistent data whose statements are
what the platform itself would have stored, and a reset that removes only what it made.

Generating a data set takes seconds, so the tests that examine one share one
(``TestOneDataSet``): generated once, each test's changes rolled back after it, and the
whole of it rolled back after the last. The test of running twice and resetting makes its
own."""

import csv
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from certificates.models import Certificate
from courses.models import CourseCompletion, CoursePage, CourseRegistration, LessonProgress
from courses.services import lesson_complete
from dashboards.models import ComplianceRecord, CourseRecord
from dashboards.scale.common import PREFIX
from lrs.models import ActivityDefinition, Statement, StatementIndex
from lrs.services import index_entries
from lrs.xapi.validation import validate_statement
from organisations.models import LearnerProfile, ManagerScope, OrgUnit, User
from quizzes.models import QuizAttempt
from tests import factories
from tests.shared_data import built_once
from tracking import builders, projector
from tracking import vocabulary as v
from training.models import Assignment, Requirement, Target

pytestmark = pytest.mark.django_db

LEARNERS = 300
#: Learners whose statements the projector test replays.
REPLAYED_LEARNERS = 80


def generate(**options) -> str:
    out = StringIO()
    options = {"learners": LEARNERS, "units": 20, "courses": 3, "seed": 7, **options}
    call_command("generate_scale_data", stdout=out, **options)
    return out.getvalue()


def scale_statements():
    actors = [
        builders.actor_key(builders.actor_for(user))
        for user in User.objects.filter(username__startswith=f"{PREFIX}learner-")
    ]
    return Statement.objects.filter(actor_key__in=actors)


def completion_facts():
    return set(
        CourseCompletion.objects.values_list(
            "user_id", "course_key", "registration", "completed_at", "statement_id"
        )
    )


def lesson_facts():
    return set(
        LessonProgress.objects.values_list(
            "user_id", "lesson_key", "registration", "completed_at", "statement_id"
        )
    )


class TestOneDataSet:
    """Tests that examine one data set of LEARNERS learners, generated once for them."""

    @pytest.fixture(scope="class")
    @classmethod
    def generated(cls, django_db_setup, django_db_blocker):
        """The command's output; the data set is in the database for the class's tests."""

        def build():
            factories.site_home()
            return generate()

        with built_once(django_db_blocker, build) as output:
            yield output

    def test_small_data_set_has_the_shape_asked_for(self, generated):
        output = generated

        assert "Done in" in output and "statements" in output
        assert OrgUnit.objects.filter(code__startswith=PREFIX).count() == 20
        agency = OrgUnit.objects.get(code=f"{PREFIX}agency")
        regions = list(agency.get_children())
        assert len(regions) >= 2
        learners = LearnerProfile.objects.filter(user__username__startswith=f"{PREFIX}learner-")
        assert learners.count() == LEARNERS
        assert not learners.filter(org_unit__kind__in=["agency", "region"]).exists()
        assert not User.objects.filter(username__startswith=PREFIX).exclude(
            password__startswith="!"
        )
        courses = CoursePage.objects.live().filter(
            slug__startswith=PREFIX, locale__language_code="en"
        )
        assert courses.count() == 3
        for course in courses:
            assert course.lessons().count() == 5
            assert course.get_translation_or_none(factories.locales()[1]), (
                "every course is also in French"
            )
        assert sum(1 for course in courses if course.assessments().exists()) == 2

        # Not everyone starts; most who start finish; some fail a quiz first.
        started = CourseRegistration.objects.values("user").distinct().count()
        assert LEARNERS * 0.75 < started < LEARNERS
        assert CourseCompletion.objects.count() > CourseRegistration.objects.count() / 3
        assert QuizAttempt.objects.filter(passed=False).exists()
        assert QuizAttempt.objects.filter(passed=True).exists()
        per_learner = scale_statements().count() / LEARNERS
        assert 15 <= per_learner <= 25, per_learner

        managers = ManagerScope.objects.filter(manager__username__startswith=f"{PREFIX}manager-")
        assert managers.get(manager__username=f"{PREFIX}manager-agency").org_unit == agency
        assert {scope.org_unit for scope in managers.exclude(org_unit=agency)} == set(regions)
        assert Requirement.objects.filter(org_units=agency).count() >= 3
        assert Target.objects.filter(org_unit__in=regions).exists()

    def test_every_completion_lesson_attempt_and_certificate_has_its_statements(self, generated):
        statements = {row.id: row for row in scale_statements()}

        for completion in CourseCompletion.objects.select_related("user"):
            statement = statements[completion.statement_id]
            assert statement.verb_iri == v.VERB_COMPLETED
            assert statement.object_iri == v.activity_iri("course", str(completion.course_key))
            assert statement.actor_key == builders.actor_key(builders.actor_for(completion.user))
            assert statement.registration == completion.registration
            assert statement.timestamp == completion.completed_at
        for progress in LessonProgress.objects.all():
            statement = statements[progress.statement_id]
            assert statement.object_iri == v.activity_iri("lesson", str(progress.lesson_key))
        certificates = Certificate.objects.all()
        assert certificates.count() == CourseCompletion.objects.count()
        earned = {s.object_iri for s in statements.values() if s.verb_iri == v.VERB_EARNED}
        for certificate in certificates:
            assert certificate.completion_statement_id in statements
            assert v.activity_iri("certificate", certificate.code) in earned
        ids = {str(key) for key in statements}
        for attempt in QuizAttempt.objects.all():
            ref = builders.QuizAttemptRef(
                user=attempt.user,
                quiz=None,
                attempt_id=attempt.id,
                number=attempt.number,
                registration=attempt.registration,
                language=attempt.language,
            )
            for what in ("attempted", "scored", "outcome", "completed", "answered|1"):
                assert ref.statement_id(what) in ids

    def test_statements_are_stored_as_the_lrs_stores_them(self, generated):
        rows = list(scale_statements())
        index = {}
        for statement_id, kind, value, primary in StatementIndex.objects.filter(
            statement__in=rows
        ).values_list("statement_id", "kind", "value", "primary"):
            index.setdefault(statement_id, set()).add((kind, value, primary))
        seen_verbs = set()
        for row in rows:
            validate_statement(row.data, version="1.0.3")
            assert row.data["id"] == str(row.id)
            assert row.actor_key == builders.actor_key(row.data["actor"])
            assert row.verb_iri == row.data["verb"]["id"]
            assert row.object_iri == row.data["object"]["id"]
            assert row.data["authority"] == builders.platform_authority()
            assert index[row.id] == index_entries(row.data)
            seen_verbs.add(row.verb_iri)
        assert {
            v.VERB_EXPERIENCED,
            v.VERB_PROGRESSED,
            v.VERB_COMPLETED,
            v.VERB_ATTEMPTED,
            v.VERB_ANSWERED,
            v.VERB_SCORED,
            v.VERB_PASSED,
            v.VERB_EARNED,
        } <= seen_verbs
        objects = {row.object_iri for row in rows}
        defined = set(ActivityDefinition.objects.values_list("iri", flat=True))
        assert {iri for iri in objects} <= defined

    def test_the_projector_makes_the_same_progress_from_the_statements(self, generated):
        """The progress tables are what the platform's own projector makes of the stored
        statements, and each statement it derives on the way (course completed, certificate
        earned) is one already stored, identical: the LRS refuses a different statement
        under the same id.

        Replayed as they happened: for a course without assessment, every statement of the
        registration in order; for a course ending with one, the lessons are left as they
        are and the assessment's ``passed`` (which completes it) is replayed, because a
        replay of the last lesson would find the later passed attempt already there.

        Replayed for the registrations of REPLAYED_LEARNERS of the data set's learners (the
        replay takes most of the time, and it is the same for every registration); every
        progress table is compared whole."""
        lessons, completions = lesson_facts(), completion_facts()
        statement_count, certificate_count = Statement.objects.count(), Certificate.objects.count()
        assessed = [
            page.translation_key
            for page in CoursePage.objects.filter(
                slug__startswith=PREFIX, locale__language_code="en"
            )
            if page.assessments().exists()
        ]
        replayed_learners = list(
            User.objects.filter(username__startswith=f"{PREFIX}learner-")
            .order_by("username")
            .values_list("pk", flat=True)[:REPLAYED_LEARNERS]
        )
        registrations = CourseRegistration.objects.filter(user__in=replayed_learners)
        plain = registrations.exclude(course_key__in=assessed).values("registration")
        with_quiz = registrations.filter(course_key__in=assessed).values("registration")
        assert plain.exists() and with_quiz.exists()
        removed = CourseCompletion.objects.filter(
            registration__in=registrations.values("registration")
        )
        assert removed.exists()
        removed.delete()
        LessonProgress.objects.filter(registration__in=plain).delete()
        assert completion_facts() != completions and lesson_facts() != lessons
        replayed = Statement.objects.filter(registration__in=plain) | Statement.objects.filter(
            registration__in=with_quiz, verb_iri__in=[v.VERB_PASSED, v.VERB_COMPLETED]
        ).exclude(object_iri__contains="/lesson/")

        for data in replayed.order_by("timestamp", "stored", "id").values_list("data", flat=True):
            projector.project(data)

        assert lesson_facts() == lessons
        assert completion_facts() == completions
        assert Statement.objects.count() == statement_count
        assert Certificate.objects.count() == certificate_count

    def test_dashboard_read_models_match_the_source_tables(self, generated):
        scale_users = User.objects.filter(username__startswith=f"{PREFIX}learner-")

        open_assignments = Assignment.objects.filter(closed_at__isnull=True, user__in=scale_users)
        assert open_assignments.count() > 0
        assert ComplianceRecord.objects.filter(user__in=scale_users).count() == (
            open_assignments.count()
        )
        completed = dict(
            CourseCompletion.objects.values_list("course_key")
            .annotate(learners=Count("user", distinct=True))
            .values_list("course_key", "learners")
        )
        recorded = dict(
            CourseRecord.objects.filter(completed_at__isnull=False)
            .values_list("course_key")
            .annotate(learners=Count("user"))
            .values_list("course_key", "learners")
        )
        assert recorded == completed
        started = CourseRegistration.objects.values("user", "course_key").distinct().count()
        assert CourseRecord.objects.filter(user__in=scale_users).count() == started
        profile_units = dict(
            LearnerProfile.objects.filter(user__in=scale_users).values_list(
                "user_id", "org_unit_id"
            )
        )
        for user_id, unit_id in CourseRecord.objects.values_list("user_id", "org_unit_id"):
            assert profile_units[user_id] == unit_id

    def test_agency_figures_on_the_dashboard_equal_counts_from_the_source_tables(
        self, client, generated
    ):
        client.force_login(User.objects.get(username=f"{PREFIX}manager-agency"))

        page = client.get("/en/dashboard/")
        response = client.get("/en/dashboard/export/units.csv")

        assert page.status_code == 200 and "Scale agency" in page.content.decode()
        assert response.status_code == 200
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        row = next(row for row in csv.DictReader(StringIO(text)) if row["Unit"] == "Scale agency")
        learners = User.objects.filter(username__startswith=f"{PREFIX}learner-")
        assert int(row["Learners"]) == learners.count() == LEARNERS
        assigned = Assignment.objects.filter(user__in=learners, closed_at__isnull=True)
        assert int(row["Assigned"]) == assigned.count()
        first = CoursePage.objects.get(slug=f"{PREFIX}course-01")
        finished = CourseCompletion.objects.filter(course_key=first.translation_key)
        assert int(row["Completed: Scale course 01"]) == finished.values("user").distinct().count()


def test_running_twice_refuses_without_reset_and_reset_removes_only_its_own(home, units, course):
    course_page, lessons = course
    outsider = factories.learner(units["yvr"], username="outsider")
    lesson_complete(user=outsider, lesson=lessons[0], language="en")
    theirs = set(Statement.objects.values_list("id", flat=True))
    assert theirs

    generate(learners=50)
    counts = (Statement.objects.count(), User.objects.count(), OrgUnit.objects.count())

    with pytest.raises(CommandError, match="--reset"):
        generate(learners=50)
    assert (Statement.objects.count(), User.objects.count(), OrgUnit.objects.count()) == counts

    call_command(
        "generate_scale_data", "--reset", learners=40, units=20, courses=2, stdout=StringIO()
    )
    assert LearnerProfile.objects.filter(user__username__startswith=PREFIX).count() == 40
    assert (
        CoursePage.objects.filter(slug__startswith=PREFIX, locale__language_code="en").count() == 2
    )

    from dashboards.scale.existing import scale_data_reset

    scale_data_reset()
    assert not User.objects.filter(username__startswith=PREFIX).exists()
    assert not OrgUnit.objects.filter(code__startswith=PREFIX).exists()
    assert not CoursePage.objects.filter(slug__startswith=PREFIX).exists()
    assert not Requirement.objects.filter(name_en__startswith="Scale:").exists()
    assert set(Statement.objects.values_list("id", flat=True)) == theirs
    assert set(StatementIndex.objects.values_list("statement_id", flat=True)) == theirs
    assert not Certificate.objects.exists()
    assert LessonProgress.objects.get().user == outsider
    assert User.objects.filter(pk=outsider.pk).exists()
    assert OrgUnit.objects.filter(pk=units["yvr"].pk).exists()
    assert CoursePage.objects.filter(pk=course_page.pk).exists()


@pytest.mark.parametrize(
    ("option", "value"), [("--learners", "0"), ("--units", "3"), ("--courses", "0")]
)
def test_sizes_it_cannot_make_are_refused_naming_the_option(option, value):
    with pytest.raises(CommandError, match=option):
        call_command("generate_scale_data", option, value, stdout=StringIO())
