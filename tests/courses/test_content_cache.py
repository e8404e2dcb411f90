"""A server process keeps the answers about published content in memory
(``courses/content_cache.py``): learners see an editor's change on their next page all
the same, whether the change was made in this process or on another node, and pages
stop reading the course's structure again on every view."""

import urllib.request

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from tests import factories
from tests.asgi_support import free_port, postgres_url, uvicorn_start, wait_until_served

pytestmark = pytest.mark.django_db


def _signed_in(client):
    unit = factories.org_unit()
    client.force_login(factories.learner(unit))
    return client


def _add_lesson(course, title: str) -> LessonPage:
    lesson = course.add_child(
        instance=LessonPage(
            title=title, slug=title.lower().replace(" ", "-"), body=factories.paragraph("<p>x</p>")
        )
    )
    lesson.save_revision().publish()
    return lesson


def test_a_published_lesson_appears_on_the_next_view_of_the_course_and_its_lessons(client):
    course, lessons = factories.course(lessons=2, french=False)
    _signed_in(client)
    assert "Lesson 2 of 2 in" in client.get(lessons[1].url).content.decode()
    assert "Extra lesson" not in client.get(course.url).content.decode()

    _add_lesson(course, "Extra lesson")

    assert "Extra lesson" in client.get(course.url).content.decode()
    page = client.get(lessons[1].url).content.decode()
    # The lesson's place in the course counts it, and it is the lesson after this one.
    assert "Lesson 2 of 3 in" in page
    assert "Extra lesson" in page


def test_a_retitled_or_unpublished_lesson_changes_on_the_next_view(client):
    course, lessons = factories.course(lessons=3, french=False)
    _signed_in(client)
    assert "Lesson 3" in client.get(course.url).content.decode()

    lessons[1].title = "Spotting the signs"
    lessons[1].save_revision().publish()
    lessons[2].unpublish()

    page = client.get(course.url).content.decode()
    assert "Spotting the signs" in page
    assert "Lesson 3" not in page
    assert "Lesson 2" not in page


def test_a_second_view_of_a_lesson_reads_none_of_the_course_structure_again(client):
    course, lessons = factories.course(lessons=4, french=False)
    _signed_in(client)
    with CaptureQueriesContext(connection) as first:
        assert client.get(lessons[1].url).status_code == 200
    with CaptureQueriesContext(connection) as second:
        assert client.get(lessons[1].url).status_code == 200
    structure = ('"courses_lessonpage"', '"courses_modulepage"', '"courses_coursepage"')

    def structure_reads(queries):
        return [
            query["sql"]
            for query in queries
            if query["sql"].startswith("SELECT")
            and any(table in query["sql"] for table in structure)
        ]

    assert structure_reads(first.captured_queries)
    # Wagtail's routing still finds the lesson by its address; nothing else reads the tree.
    assert len(structure_reads(second.captured_queries)) < len(
        structure_reads(first.captured_queries)
    )
    assert len(second.captured_queries) < len(first.captured_queries)


def test_previews_of_new_lessons_each_show_their_own_course(admin_client):
    """A page not saved yet has no id: its answers are never shared with another's."""
    from tests.courses.editor_form import lesson_edit_form

    first, _ = factories.course(title="First course", lessons=1, french=False)
    second, _ = factories.course(title="Second course", lessons=1, french=False)
    for course in (first, second):
        new = LessonPage(title="New", slug="new", body=factories.paragraph("<p>x</p>"))
        url = f"/admin/pages/add/courses/lessonpage/{course.pk}/preview/"
        posted = admin_client.post(url, lesson_edit_form(new))
        assert posted.json()["is_valid"]
        page = admin_client.get(url).content.decode()
        assert f"in {course.title}" in page


def test_addresses_that_name_no_page_are_not_remembered(client):
    from courses import content_cache

    course, lessons = factories.course(lessons=1, french=False)
    assert client.get(lessons[0].url).status_code == 200
    kept = len(content_cache._process.values)
    for number in range(50):
        assert client.get(f"{course.url}no-such-lesson-{number}/").status_code == 404
    assert client.get(lessons[0].url).status_code == 200
    assert len(content_cache._process.values) == kept


@pytest.mark.django_db(transaction=True)
def test_a_change_made_on_another_node_shows_on_this_node_next_page():
    if connection.vendor != "postgresql":
        pytest.skip("a second server process needs a database it can share (PostgreSQL)")
    course, lessons = factories.course(lessons=2, french=False)
    port = free_port()
    node = uvicorn_start(
        port, {"DATABASE_URL": postgres_url(connection.settings_dict)}, "--lifespan", "off"
    )
    url = f"http://127.0.0.1:{port}{course.url}"

    def course_page() -> str:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode()

    try:
        wait_until_served(node, lambda: urllib.request.urlopen(url, timeout=10), "uvicorn")
        # Twice: the second answer comes from the node's memory.
        assert "Extra lesson" not in course_page()
        assert "Extra lesson" not in course_page()
        # This test's process is the other node: the change commits here.
        _add_lesson(course, "Extra lesson")
        assert "Extra lesson" in course_page()
        lessons[0].title = "Renamed on the other node"
        lessons[0].save_revision().publish()
        assert "Renamed on the other node" in course_page()
    finally:
        node.terminate()
        node.wait(timeout=30)
