"""Trainers and reviewers read any lesson on the site, and authors see a course's pages
in the admin in the order learners take them."""

import re

import pytest
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_trainer_reads_a_lesson_that_sequential_order_keeps_closed_to_learners():
    course, (first, second) = factories.course(lessons=2, navigation="sequential")
    learner = factories.learner(factories.org_unit("Pacific"))

    closed = signed_in(learner).get(second.url).content.decode()
    assert "Body of lesson 2." not in closed

    page = signed_in(factories.trainer()).get(second.url).content.decode()
    assert "Body of lesson 2." in page
    assert "You are reading this lesson as a trainer or reviewer" in page
    assert "data-lesson-tracking" not in page  # nothing recorded for staff reading


def test_the_admin_lists_a_courses_lessons_in_course_order_after_an_edit():
    course, lessons = factories.course(lessons=3)
    last = lessons[-1]
    last.title = "Lesson 3, revised"
    last.save_revision().publish()
    admin = factories.trainer(is_superuser=True)
    html = signed_in(admin).get(f"/admin/pages/{course.pk}/").content.decode()
    shown = re.findall(r"Lesson \d(?:, revised)?", html)
    order = list(dict.fromkeys(shown))
    assert order == ["Lesson 1", "Lesson 2", "Lesson 3, revised"], order
