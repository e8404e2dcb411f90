"""A learner finishes lessons; statements, progress, completion and certificate follow."""

import pytest
from django.utils import translation

from certificates.models import Certificate
from courses.models import CourseCompletion, LessonProgress
from courses.selectors import activity_ref_for
from courses.services import lesson_complete
from lrs.models import Statement
from lrs.services import statements_store
from tests import factories
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(units):
    return factories.learner(units["yvr"])


def login(client, user):
    client.force_login(user)


def test_marking_a_lesson_complete_records_a_completed_statement(client, learner, course):
    course_page, lessons = course
    login(client, learner)
    response = client.post(lessons[0].url + "complete/")
    assert response.status_code == 302
    assert response["Location"] == lessons[1].url
    statement = Statement.objects.get(verb_iri=v.VERB_COMPLETED)
    data = statement.data
    assert data["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver", "name": str(learner.uuid)},
    }
    assert data["object"]["id"] == activity_ref_for(lessons[0]).iri
    assert data["object"]["definition"]["name"] == {"en-CA": "Lesson 1", "fr-CA": "Leçon 1"}
    assert data["context"]["language"] == "en-CA"
    assert (
        data["context"]["contextActivities"]["parent"][0]["id"] == activity_ref_for(course_page).iri
    )
    assert LessonProgress.objects.filter(user=learner).count() == 1


def test_get_on_the_complete_route_records_nothing(client, learner, course):
    _, lessons = course
    login(client, learner)
    client.get(lessons[0].url + "complete/")
    assert not Statement.objects.exists()


def test_anonymous_visitor_must_sign_in_to_complete(client, course):
    _, lessons = course
    response = client.post(lessons[0].url + "complete/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Statement.objects.exists()


def test_finishing_the_last_lesson_completes_the_course_and_issues_a_certificate(
    client, learner, course
):
    course_page, lessons = course
    login(client, learner)
    client.post(lessons[0].url + "complete/")
    assert not CourseCompletion.objects.exists()
    response = client.post(lessons[1].url + "complete/")
    assert response["Location"] == course_page.url

    completion = CourseCompletion.objects.get(user=learner)
    course_statement = Statement.objects.get(id=completion.statement_id)
    assert course_statement.object_iri == activity_ref_for(course_page).iri
    assert course_statement.data["result"]["completion"] is True
    certificate = Certificate.objects.get(user=learner)
    assert certificate.course_title_en == course_page.title
    assert certificate.course_title_fr == course_page.title + " (FR)"
    earned = Statement.objects.get(verb_iri=v.VERB_EARNED)
    assert certificate.code in earned.object_iri

    page = client.get(course_page.url)
    assert certificate.code in page.content.decode()


def test_french_lessons_count_as_the_same_activities(client, learner, course):
    course_page, lessons = course
    french = [lesson.get_translation(factories.locales()[1]) for lesson in lessons]
    login(client, learner)
    with translation.override("fr"):
        client.post(french[0].url + "complete/")
        client.post(french[1].url + "complete/")
    assert CourseCompletion.objects.filter(user=learner).count() == 1
    statements = Statement.objects.filter(verb_iri=v.VERB_COMPLETED)
    assert {s.data["context"]["language"] for s in statements} == {"fr-CA"}
    lesson_iris = {activity_ref_for(lesson).iri for lesson in lessons}
    assert lesson_iris <= {s.object_iri for s in statements}


def test_replaying_the_same_statements_changes_nothing(learner, course):
    _, lessons = course
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, language="en")
    statements = [s.data for s in Statement.objects.order_by("stored")]
    count = Statement.objects.count()
    statements_store(statements=statements)
    assert Statement.objects.count() == count
    assert CourseCompletion.objects.count() == 1
    assert Certificate.objects.count() == 1


def test_completing_a_lesson_twice_keeps_one_progress_row(learner, course):
    _, lessons = course
    lesson_complete(user=learner, lesson=lessons[0], language="en")
    lesson_complete(user=learner, lesson=lessons[0], language="en")
    assert LessonProgress.objects.filter(user=learner).count() == 1
    assert not CourseCompletion.objects.exists()


def test_statements_from_an_lrs_client_are_stored_but_never_certify(
    client, learner, course, lrs_client, xapi_headers
):
    """A system's statements are kept with its own authority; only evidence the platform
    verified moves a learner toward a certificate (docs/security.md)."""
    import json
    import uuid

    course_page, lessons = course
    registration = str(uuid.uuid4())
    batch = [
        {
            "id": str(uuid.uuid4()),
            "actor": {
                "objectType": "Agent",
                "account": {"homePage": "http://testserver", "name": str(learner.uuid)},
            },
            "verb": {"id": v.VERB_COMPLETED},
            "object": {"objectType": "Activity", "id": activity_ref_for(lesson).iri},
            "context": {"registration": registration},
            "timestamp": "2026-11-20T08:30:00-05:00",
        }
        for lesson in lessons
    ]
    response = client.post(
        "/xapi/statements",
        data=json.dumps(batch),
        content_type="application/json",
        **xapi_headers,
    )
    assert response.status_code == 200
    stored = client.get("/xapi/statements", {"registration": registration}, **xapi_headers).json()[
        "statements"
    ]
    assert len(stored) == len(lessons)
    assert {s["authority"]["account"]["name"] for s in stored} == {"test-key"}
    assert not LessonProgress.objects.filter(user=learner).exists()
    assert not CourseCompletion.objects.filter(user=learner).exists()
    assert not Certificate.objects.filter(user=learner).exists()


def test_rebuild_progress_recreates_the_projections_from_statements(learner, course, units):
    from django.core.management import call_command

    _, lessons = course
    other = factories.learner(units["douglas"])
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, language="en")
    lesson_complete(user=other, lesson=lessons[0], language="fr")
    before = (
        set(LessonProgress.objects.values_list("user", "lesson_key", "statement_id")),
        set(CourseCompletion.objects.values_list("user", "course_key", "statement_id")),
    )
    statements = Statement.objects.count()
    LessonProgress.objects.all().delete()
    CourseCompletion.objects.all().delete()

    call_command("rebuild_progress", stdout=open("/dev/null", "w"))

    after = (
        set(LessonProgress.objects.values_list("user", "lesson_key", "statement_id")),
        set(CourseCompletion.objects.values_list("user", "course_key", "statement_id")),
    )
    assert after == before
    assert Statement.objects.count() == statements
    assert Certificate.objects.count() == 1
