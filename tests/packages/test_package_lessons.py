"""A package as a lesson of a course: placed under a course or module, shown in the
course with its player, and done when the learner completes the package, so that the
course completes (and its certificate is issued) as with native lessons."""

import json

import pytest
from django.test import Client

from courses.models import CourseCompletion, CoursePage, LessonProgress, ModulePage
from courses.services import lesson_complete
from packages.models import PackageLessonPage
from packages.services import attempt_for_learner, package_import
from tests import factories
from tests.packages import fixtures as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(write_file):
    version = package_import(
        path=write_file("p.zip", f.zip_bytes(f.scorm_package("1.2"))), filename="p.zip"
    )
    course, lessons = factories.course(title="Interviews", lessons=1)
    page = course.add_child(
        instance=PackageLessonPage(
            title="Interview simulation", slug="simulation", package=version.package
        )
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return {"version": version, "course": course, "lesson": lessons[0], "page": page}


def test_package_lessons_go_under_courses_and_modules():
    assert PackageLessonPage in CoursePage.allowed_subpage_models()
    assert PackageLessonPage in ModulePage.allowed_subpage_models()
    assert PackageLessonPage.allowed_parent_page_models() == [CoursePage, ModulePage]


def test_the_package_lesson_counts_among_the_course_lessons(setup):
    assert setup["page"].pk in [p.pk for p in setup["course"].lessons()]


def test_the_lesson_page_shows_the_player_in_the_course(setup, learner):
    client = Client()
    client.force_login(learner)
    response = client.get(setup["page"].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lesson 2 of 2 in Interviews" in html
    assert "package-player-config" in html
    assert response.context["config"]["items"][0]["url"].startswith("/packages/content/")
    assert client.post(setup["page"].url + "complete/").status_code == 404


def test_completing_the_package_completes_the_lesson_and_the_course(setup, learner):
    lesson_complete(user=learner, lesson=setup["lesson"], language="en")
    attempt = attempt_for_learner(user=learner, package=setup["version"].package)
    client = Client()
    client.force_login(learner)
    response = client.post(
        f"/en/packages/attempts/{attempt.uuid}/commit/",
        data=json.dumps({"sco": "sco1", "cmi": {"cmi.core.lesson_status": "completed"}}),
        content_type="application/json",
    )
    assert response.status_code == 200
    assert LessonProgress.objects.filter(
        user=learner, lesson_key=setup["page"].translation_key
    ).exists()
    completion = CourseCompletion.objects.get(user=learner)
    assert completion.course_key == setup["course"].translation_key
    page = client.get(setup["page"].url)
    assert page.context["lesson_done"] is True


def test_a_sequential_course_keeps_the_package_lesson_closed_until_its_turn(setup, learner):
    course = setup["course"]
    course.navigation = CoursePage.NAVIGATION_SEQUENTIAL
    course.save_revision().publish()
    client = Client()
    client.force_login(learner)
    response = client.get(setup["page"].url)
    assert response.status_code == 200
    assert "package-player-config" not in response.content.decode()


def test_signed_out_visitors_are_sent_to_sign_in(setup):
    response = Client().get(setup["page"].url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_trainer_adds_a_package_lesson_in_the_admin(setup, client):
    client.force_login(factories.trainer())
    course = setup["course"]
    url = f"/admin/pages/add/packages/packagelessonpage/{course.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "title": "Second simulation",
            "slug": "second-simulation",
            "summary": "",
            "estimated_minutes": "15",
            "package": setup["version"].package.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = PackageLessonPage.objects.get(slug="second-simulation")
    assert page.package == setup["version"].package


def test_an_xapi_package_lesson_is_done_when_the_content_reports_completion(write_file, learner):
    from urllib.parse import parse_qs, urlsplit

    version = package_import(
        path=write_file("x.zip", f.zip_bytes(f.tincan_package())), filename="x.zip"
    )
    course, _lessons = factories.course(title="Interviews", lessons=0)
    page = course.add_child(
        instance=PackageLessonPage(
            title="Interviewing", slug="interviewing", package=version.package
        )
    )
    page.save_revision().publish()
    client = Client()
    client.force_login(learner)
    url = client.get(page.url).context["config"]["items"][0]["url"]
    params = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    body = {
        "actor": json.loads(params["actor"]),
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
        "object": {"id": params["activity_id"]},
        "context": {"registration": params["registration"]},
    }
    stored = Client().post(
        "/xapi/statements",
        data=json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=params["auth"],
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert stored.status_code == 200
    attempt = attempt_for_learner(user=learner, package=version.package)
    assert client.post(f"/en/packages/attempts/{attempt.uuid}/sync/").json()["completed"]
    assert CourseCompletion.objects.filter(user=learner, course_key=course.translation_key).exists()
