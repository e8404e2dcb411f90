"""A trainer's home in the administration: their own courses (language versions, status,
last edit, pages under review, report) and the French pages behind their English
version, and nothing of courses they neither wrote nor may edit."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from courses.models import CoursePage, CourseReviewTask
from courses.translation import translation_source_sync
from tests import factories

pytestmark = pytest.mark.django_db

REASON = "Legal correction that cannot wait; French follows."


def _home(client, user) -> str:
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def _panel(body: str, panel_id: str) -> str:
    start = body.index(f'id="{panel_id}-section"')
    return body[start : body.index("</section>", start)]


def _french(page):
    return page.get_translation(Locale.objects.get(language_code="fr"))


def _review_workflow(course_page):
    task = CourseReviewTask.objects.create(name="Course review")
    task.groups.set([Group.objects.get(name="Moderators")])
    workflow = Workflow.objects.create(name="Course review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=course_page.get_parent(), workflow=workflow)
    return task


@pytest.fixture
def trainer():
    return factories.trainer(first_name="Taylor", last_name="Dubois")


@pytest.fixture
def own_course(trainer):
    """A bilingual course the trainer owns, with a lesson they changed in English and a
    reviewer approved without its French."""
    course_page, lessons = factories.course(title="Trafficking awareness", owner=trainer)
    task = _review_workflow(course_page)
    reviewer = factories.UserFactory()
    reviewer.groups.add(Group.objects.get(name="Moderators"))
    lesson = lessons[0]
    lesson.title = "Lesson 1, new wording"
    lesson.save_revision(user=trainer)
    translation_source_sync(lesson)  # as saving from the editor does
    state = lesson.get_workflow().start(lesson, trainer)
    task.on_action(
        state.current_task_state, reviewer, CourseReviewTask.ACTION_OVERRIDE, comment=REASON
    )
    lesson.refresh_from_db()
    # The second lesson is changed and now waits for review.
    second = lessons[1]
    second.title = "Lesson 2, being reviewed"
    second.save_revision(user=trainer)
    second.get_workflow().start(second, trainer)
    return course_page, lesson


def test_a_trainer_sees_their_course_with_its_versions_review_and_report(
    client, trainer, own_course
):
    course_page, lesson = own_course
    body = _home(client, trainer)
    panel = _panel(body, "your-courses")

    assert "Your courses" in panel
    assert "<caption" in panel and '<th scope="col">French</th>' in panel
    row = re.search(rf'<tr data-course-key="{course_page.translation_key}">.*?</tr>', panel, re.S)
    assert row is not None
    row = row.group(0)
    assert f'href="/admin/pages/{course_page.pk}/edit/">Trafficking awareness</a>' in row
    french_course = _french(course_page)
    assert (
        f'href="/admin/pages/{french_course.pk}/edit/">Edit<span class="w-sr-only"> the '
        "French version of “Trafficking awareness”</span></a>"
    ) in row
    assert "Behind the English" in row
    assert "1 page awaiting review" in row
    assert "by Taylor Dubois" in row
    report = reverse("dashboards:course", kwargs={"course_key": course_page.translation_key})
    assert f'href="{report}"' in row
    assert client.get(report).status_code == 200

    # The French page left behind is listed by the translation panel, linked to its editor.
    behind = _panel(body, "french-pages-behind")
    french_lesson = _french(lesson)
    assert f'href="/admin/pages/{french_lesson.pk}/edit/"' in behind
    assert "Translate “Leçon 1”" in behind
    assert REASON in behind


def test_the_trainers_home_is_in_french_for_a_french_speaking_trainer(client, trainer, own_course):
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "fr"
    profile.save()
    panel = _panel(_home(client, trainer), "your-courses")
    assert "Vos cours" in panel
    assert 'Modifier<span class="w-sr-only"> la version française de' in panel
    assert "1 page en attente de révision" in panel
    # The last edit's time never wraps between the hour and the minutes in its narrow column.
    assert re.search(r"\d{4} à \d{1,2}\u00a0h\u00a0\d{2}", panel), panel


def test_a_trainer_with_no_course_yet_is_shown_how_to_add_one(client, trainer):
    factories.catalogue()
    panel = _panel(_home(client, trainer), "your-courses")
    assert "You have not written or edited a course yet." in panel
    assert "Add a course" in panel


def test_a_learner_cannot_reach_the_administration(client, own_course):
    learner = factories.learner(factories.org_unit("YVR"))
    client.force_login(learner)
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert "Your courses" not in response.content.decode()
    assert "Trafficking awareness" not in response.content.decode()


def test_another_trainers_draft_course_stays_off_a_trainers_home(client, trainer, own_course):
    other = factories.trainer()
    index = factories.catalogue()
    draft = index.add_child(
        instance=CoursePage(
            title="Unreleased draft course", slug="unreleased", owner=other, live=False
        )
    )
    draft.save_revision(user=other)
    body = _home(client, trainer)
    assert "Unreleased draft course" not in body
    # Their own home lists it, unpublished and without a report yet.
    panel = _panel(_home(client, other), "your-courses")
    assert "Unreleased draft course" in panel
    assert "None until the course is live" in panel


def test_a_trainer_without_rights_on_a_course_sees_nothing_of_it(client, own_course):
    """A trainer whose group may edit only their own course sees neither the other
    course's pages behind in French nor the other course itself."""
    mine, _lessons = factories.course(title="Customs basics")
    group = Group.objects.create(name="Customs trainers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=mine, permission=Permission.objects.get(codename=codename)
        )
    customs_trainer = factories.UserFactory()
    customs_trainer.groups.add(group)
    mine.save_revision(user=customs_trainer)

    body = _home(client, customs_trainer)
    assert "Customs basics" in _panel(body, "your-courses")
    assert "Trafficking awareness" not in body
    assert "Leçon 1" not in body
    assert 'id="french-pages-behind-section"' not in body
