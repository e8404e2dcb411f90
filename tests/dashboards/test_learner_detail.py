"""A manager reads one learner of their units: profile, required training, course
progress, quiz attempts, certificates and the statements behind them; a learner outside
their units, an unknown or malformed id is a 404 and a non-manager gets 403."""

import copy
import re
import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from certificates.models import Certificate
from courses.models import CoursePage
from courses.services import lesson_complete
from dashboards.learners import STATEMENTS_PAGE_SIZE, learner_statements
from lrs.models import Statement
from tests import factories
from tests.dashboards.test_course_reports import pass_assessment
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import quiz_page
from tests.shared_data import built_once
from tests.training.helpers import requirement
from tracking import builders
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


def url(user, language="en"):
    with translation.override(language):
        return reverse("dashboards:learner", kwargs={"user_uuid": user.uuid})


def study(units):
    """A course of two lessons and a final check, required across the border agency and
    the police. Alex (YVR) finished it, passed the check and holds a certificate; Robin
    (police) did the same."""
    course, lessons = factories.course(
        "Border basics", lessons=2, completion_rule=CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT
    )
    question = quiz_factories.question(choices=[("Yes", True), ("No", False)])
    quiz = quiz_factories.quiz("Border quiz", questions=[question])
    quiz_page(course, quiz, title="Final check")
    item = requirement(
        courses=[course], units=[units["agency"], units["police"]], name="Border law"
    )
    alex = factories.learner(units["yvr"], first_name="Alex", last_name="Martin")
    alex.learner_profile.employee_number = "E-1001"
    alex.learner_profile.save()
    robin = factories.learner(units["police"], first_name="Robin", last_name="Outsider")
    assignments_materialise(requirement=item)
    for learner in (alex, robin):
        for lesson in lessons:
            lesson_complete(user=learner, lesson=lesson, language="en")
        assert pass_assessment(learner, course, quiz).passed
    return {"alex": alex, "robin": robin, "course": course, "requirement": item}


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """The units and what was studied in them, built once for the module (it takes
    seconds, and every test reads the same); rolled back when the module is done."""

    def build():
        units = factories.org_tree()
        return {"units": units, "studied": study(units)}

    with built_once(django_db_blocker, build) as data:
        yield data


@pytest.fixture
def this_tests(built, db):
    """The module's data for one test, as its own copies of the objects; what the test
    writes is rolled back after it."""
    return copy.deepcopy(built)


@pytest.fixture
def units(this_tests):
    """The module's units, instead of a new tree per test."""
    return this_tests["units"]


@pytest.fixture
def studied(this_tests):
    """See ``study``: what was studied in the module's units."""
    return this_tests["studied"]


def section(html: str, table_id: str) -> str:
    match = re.search(rf'<table[^>]*id="{table_id}".*?</table>', html, re.S)
    assert match, f"no table {table_id}"
    return match.group(0)


def test_shows_who_the_learner_is(client, units, studied):
    client.force_login(factories.manager(units["region"]))
    response = client.get(url(studied["alex"]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Alex Martin</h1>" in html
    assert "YVR" in html
    assert "E-1001" in html
    assert "Border services officer" in html
    assert 'href="/en/dashboard/"' in html
    assert f'href="/en/dashboard/units/{units["yvr"].pk}/learners/">Learners in YVR<' in html
    assert 'data-live-region id="learner-statements-live"' in html


def test_shows_required_training_with_status_due_date_and_courses(client, units, studied):
    client.force_login(factories.manager(units["region"]))
    html = client.get(url(studied["alex"])).content.decode()

    table = section(html, "learner-required")
    assert "Border law" in table
    assert "Completed" in table
    assert "Border basics (done)" in table
    due = timezone.localdate() + timedelta(days=30)
    assert f'datetime="{due.isoformat()}"' in table


def test_shows_course_progress_with_lessons_done(client, units, studied):
    client.force_login(factories.manager(units["region"]))
    html = client.get(url(studied["alex"])).content.decode()

    table = section(html, "learner-courses")
    assert "Border basics" in table
    assert "2 of 2" in table
    assert "Passed" in table
    assert "Not completed" not in table


def test_shows_quiz_attempts_with_score(client, units, studied):
    client.force_login(factories.manager(units["region"]))
    html = client.get(url(studied["alex"])).content.decode()

    table = section(html, "learner-attempts")
    assert "Border quiz" in table
    assert "100%" in table
    assert "Passed" in table


def test_shows_certificates_linked_to_their_public_check(client, units, studied):
    client.force_login(factories.manager(units["region"]))
    certificate = Certificate.objects.get(user=studied["alex"])
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now())

    table = section(client.get(url(studied["alex"])).content.decode(), "learner-certificates")
    assert f'href="{certificate.get_absolute_url()}"' in table
    assert certificate.code in table
    assert "Revoked" in table


def test_shows_the_learners_statements_newest_first(client, units, studied):
    client.force_login(factories.manager(units["region"]))
    html = client.get(url(studied["alex"])).content.decode()

    table = section(html, "learner-statements")
    statements = list(learner_statements(user=studied["alex"]))
    assert statements
    rows = re.findall(r'<time datetime="([^"]+)"', table)
    assert len(rows) == len(statements)
    assert rows == sorted(rows, reverse=True)
    assert "completed" in table
    assert "Border basics" in table
    assert "score 100%; passed" in table


def test_statements_are_paged_by_fifty(client, units, studied):
    alex = studied["alex"]
    template = Statement.objects.filter(actor_key=builders.actor_key(builders.actor_for(alex)))
    first = template.first()
    total = template.count()
    extra = STATEMENTS_PAGE_SIZE + 5 - total
    Statement.objects.bulk_create(
        Statement(
            id=uuid.uuid4(),
            data={**first.data, "verb": {"id": "urn:x:noted", "display": {"en-CA": "noted"}}},
            actor_key=first.actor_key,
            verb_iri="urn:x:noted",
            object_iri=first.object_iri,
            timestamp=first.timestamp - timedelta(days=1, seconds=n),
            stored=first.stored,
        )
        for n in range(extra)
    )
    client.force_login(factories.manager(units["region"]))

    first_page = section(client.get(url(alex)).content.decode(), "learner-statements")
    second = client.get(url(alex) + "?page=2").content.decode()

    assert first_page.count("<time ") == STATEMENTS_PAGE_SIZE
    assert section(second, "learner-statements").count("<time ") == 5
    assert "Page 2 of 2" in second
    assert client.get(url(alex) + "?page=3").status_code == 404
    bad = client.get(url(alex) + "?page=two")
    assert bad.status_code == 400
    assert "page:" in bad.content.decode()


def test_nothing_of_another_learner_appears(client, units, studied):
    client.force_login(factories.manager(units["agency"]))
    html = client.get(url(studied["alex"])).content.decode()

    robin = studied["robin"]
    robin_code = Certificate.objects.get(user=robin).code
    alex_statements = {str(s.id) for s in learner_statements(user=studied["alex"])}
    robin_statements = {str(s.id) for s in learner_statements(user=robin)}
    assert robin_statements and not alex_statements & robin_statements
    assert "Outsider" not in html
    assert robin_code not in html
    assert str(robin.uuid) not in html


def test_french_page_speaks_french(client, units, studied):
    client.force_login(factories.manager(units["region"]))
    html = client.get(url(studied["alex"], "fr")).content.decode()

    assert "Formation obligatoire" in html
    assert "<td>Terminé</td>" in html


@pytest.mark.parametrize(
    "manager_unit",
    ["police", "douglas"],
)
def test_a_learner_outside_the_managers_units_is_not_found(client, units, studied, manager_unit):
    client.force_login(factories.manager(units[manager_unit]))

    assert client.get(url(studied["alex"])).status_code == 404


def test_unknown_or_malformed_learner_ids_are_not_found(client, units, studied):
    client.force_login(factories.manager(units["agency"]))

    assert client.get(f"/en/dashboard/learners/{uuid.uuid4()}/").status_code == 404
    assert client.get("/en/dashboard/learners/not-a-uuid/").status_code == 404
    assert client.get(f"/en/dashboard/learners/{studied['alex'].pk}/").status_code == 404


def test_a_manager_cannot_read_their_own_record_as_a_learner_elsewhere(client, units, studied):
    manager = factories.manager(units["douglas"])
    client.force_login(manager)

    assert client.get(url(manager)).status_code == 404


def test_someone_who_manages_no_one_is_refused(client, units, studied):
    client.force_login(studied["robin"])
    assert client.get(url(studied["alex"])).status_code == 403
    client.force_login(factories.trainer())
    assert client.get(url(studied["alex"])).status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client, studied):
    response = client.get(url(studied["alex"]))

    assert response.status_code == 302
    assert "login" in response["Location"]
