"""Authoring course content: the page tree, the French translation kept in step, the rule
that keeps a course bilingual, and review by a reviewer."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from wagtail.models import Locale, Page, PageLogEntry, Workflow, WorkflowPage, WorkflowTask
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringTranslation, Translation

from courses.models import (
    BriefingIndexPage,
    BriefingPage,
    CourseIndexPage,
    CoursePage,
    CourseReviewTask,
    HomePage,
    LessonPage,
    ModulePage,
)
from courses.translation import translation_source_sync, translation_status
from packages.models import PackageLessonPage
from quizzes.models import QuizPage
from tests import factories
from workshops.models import WorkshopPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    return client


def french():
    return Locale.objects.get(language_code="fr")


def _form_value(child):
    """A heading or paragraph block's value as the editor's form posts it."""
    if child.block_type == "paragraph":
        return child.block.get_form_state(child.value)
    return dict(child.block.get_prep_value(child.value))


def lesson_form(lesson, **changes):
    """The lesson editor's form, as the admin posts it, with ``changes``."""
    fields = {
        "title": lesson.title,
        "slug": lesson.slug,
        "summary": lesson.summary,
        "estimated_minutes": lesson.estimated_minutes,
        "body": streamfield([(child.block_type, _form_value(child)) for child in lesson.body]),
        # The editor posts each block's id back, so blocks keep their identity.
        **{f"body-{index}-id": child.id for index, child in enumerate(lesson.body)},
    }
    fields.update(changes)
    return nested_form_data(fields)


# -- page tree ------------------------------------------------------------------------------


def test_each_page_type_lives_only_where_the_course_tree_allows():
    def parents(model):
        return {m for m in model.allowed_parent_page_models() if m is not Page}

    assert set(CourseIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(CoursePage.allowed_parent_page_models()) == {CourseIndexPage}
    assert set(ModulePage.allowed_parent_page_models()) == {CoursePage}
    assert set(LessonPage.allowed_parent_page_models()) == {CoursePage, ModulePage}
    assert set(CoursePage.allowed_subpage_models()) == {
        ModulePage,
        LessonPage,
        QuizPage,
        PackageLessonPage,
        WorkshopPage,
    }
    assert set(WorkshopPage.allowed_parent_page_models()) == {CoursePage}
    assert WorkshopPage.allowed_subpage_models() == []
    assert set(BriefingIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(BriefingPage.allowed_parent_page_models()) == {BriefingIndexPage}
    assert BriefingPage.allowed_subpage_models() == []
    assert set(HomePage.allowed_subpage_models()) == {CourseIndexPage, BriefingIndexPage}
    assert set(ModulePage.allowed_subpage_models()) == {LessonPage, QuizPage, PackageLessonPage}
    assert set(QuizPage.allowed_parent_page_models()) == {CoursePage, ModulePage}
    assert LessonPage.allowed_subpage_models() == []
    assert parents(HomePage) == set()


def test_a_home_has_one_catalogue():
    factories.catalogue()
    home, _ = factories.site_home()
    home.refresh_from_db()
    assert not CourseIndexPage.can_create_at(home)


# -- translation status ---------------------------------------------------------------------


def test_status_is_ready_when_every_string_is_translated(small_course):
    _, lessons = small_course
    status = translation_status(lessons[0])
    assert status.exists and status.ready and status.total > 0


def test_a_new_english_sentence_makes_the_french_out_of_date(small_course):
    _, lessons = small_course
    lesson = lessons[0]
    lesson.title = "Only lesson, revised"
    lesson.save_revision()
    status = translation_status(lesson)
    assert not status.ready
    assert status.stale == 1
    translation_source_sync(lesson)
    status = translation_status(lesson)
    assert status.stale == 0 and status.total - status.translated == 1


def test_the_editor_shows_the_french_status(small_course, admin_client):
    _, lessons = small_course
    body = admin_client.get(f"/admin/pages/{lessons[0].pk}/edit/").content.decode()
    assert "French translation" in body
    assert "Up to date." in body


# -- the bilingual publishing rule -----------------------------------------------------------


def test_publishing_english_without_french_is_refused_and_the_draft_kept(admin_client):
    course_page, lessons = factories.course(french=False)
    response = admin_client.post(
        f"/admin/pages/{lessons[0].pk}/edit/",
        lesson_form(lessons[0], title="A new title", **{"action-publish": "publish"}),
        follow=True,
    )
    assert "was saved as a draft but not published" in response.content.decode()
    lessons[0].refresh_from_db()
    assert lessons[0].title == "Lesson 1"  # the live page did not change
    assert lessons[0].get_latest_revision_as_object().title == "A new title"


def test_publishing_english_with_french_ready_publishes_both(small_course, admin_client):
    _, lessons = small_course
    lesson = lessons[0]
    response = admin_client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        lesson_form(lesson, estimated_minutes=25, **{"action-publish": "publish"}),
    )
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.estimated_minutes == 25
    french_lesson = lesson.get_translation(french())
    assert french_lesson.estimated_minutes == 25  # synchronised in the same step


def test_a_translated_change_reaches_the_french_page_when_english_is_published(
    small_course, admin_client
):
    _, lessons = small_course
    lesson = lessons[0]
    admin_client.post(f"/admin/pages/{lesson.pk}/edit/", lesson_form(lesson, title="Revised"))
    translation = Translation.objects.get(source__object_id=lesson.translation_key)
    po = translation.export_po()
    for entry in po:
        if entry.msgid == "Revised":
            entry.msgstr = "Révisée"
    translation.import_po(po)
    assert translation_status(lesson).ready
    lesson = LessonPage.objects.get(pk=lesson.pk)
    response = admin_client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        lesson_form(lesson.get_latest_revision_as_object(), **{"action-publish": "publish"}),
    )
    assert response.status_code == 302
    assert lesson.get_translation(french()).title == "Révisée"
    assert StringTranslation.objects.filter(data="Révisée").exists()


# -- review ------------------------------------------------------------------------------------


@pytest.fixture
def review(small_course):
    course_page, lessons = small_course
    task = CourseReviewTask.objects.create(name="Course review")
    task.groups.set([Group.objects.get(name="Moderators")])
    workflow = Workflow.objects.create(name="Course review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=course_page.get_parent(), workflow=workflow)
    reviewer = factories.UserFactory()
    reviewer.groups.add(Group.objects.get(name="Moderators"))
    return task, reviewer, lessons[0]


def _submit(lesson, trainer):
    revision = lesson.save_revision(user=trainer)
    workflow = lesson.get_workflow()
    return workflow.start(lesson, trainer), revision


def test_reviewer_approves_a_ready_page_and_both_languages_publish(review):
    task, reviewer, lesson = review
    trainer = factories.trainer()
    lesson.estimated_minutes = 40
    state, _ = _submit(lesson, trainer)
    actions = [name for name, _, _ in task.get_actions(lesson, reviewer)]
    assert "approve" in actions
    task.on_action(state.current_task_state, reviewer, "approve")
    lesson.refresh_from_db()
    assert lesson.live and lesson.estimated_minutes == 40
    assert lesson.get_translation(french()).estimated_minutes == 40


def test_a_page_without_up_to_date_french_can_only_be_approved_with_a_reason(review):
    task, reviewer, lesson = review
    trainer = factories.trainer()
    lesson.title = "Only lesson, with new wording"
    state, _ = _submit(lesson, trainer)
    actions = [name for name, _, _ in task.get_actions(lesson, reviewer)]
    assert actions == ["reject", CourseReviewTask.ACTION_OVERRIDE]
    with pytest.raises(PermissionDenied):
        task.on_action(state.current_task_state, reviewer, "approve")
    with pytest.raises(PermissionDenied):
        task.on_action(state.current_task_state, reviewer, CourseReviewTask.ACTION_OVERRIDE)
    task.on_action(
        state.current_task_state,
        reviewer,
        CourseReviewTask.ACTION_OVERRIDE,
        comment="Urgent legal correction; French follows tomorrow.",
    )
    lesson.refresh_from_db()
    assert lesson.title == "Only lesson, with new wording"
    entry = PageLogEntry.objects.get(page=lesson, action="courses.bilingual_override")
    assert entry.data["reason"] == "Urgent legal correction; French follows tomorrow."
    assert entry.user == reviewer
    # The French page was left as it was: it is not published with English fragments.
    assert lesson.get_translation(french()).title == "Seule leçon"


def test_people_outside_the_reviewer_group_get_no_review_actions(review):
    task, _, lesson = review
    assert task.get_actions(lesson, factories.trainer()) == []


def test_the_lesson_editor_has_the_accessibility_checks_panel(small_course, admin_client):
    _, lessons = small_course
    body = admin_client.get(f"/admin/pages/{lessons[0].pk}/edit/").content.decode()
    assert 'data-side-panel="checks"' in body


def test_a_trainer_previews_the_draft_of_a_lesson(small_course, admin_client):
    _, lessons = small_course
    lesson = lessons[0]
    admin_client.post(
        f"/admin/pages/{lesson.pk}/edit/", lesson_form(lesson, title="Draft title only")
    )
    response = admin_client.get(f"/admin/pages/{lesson.pk}/view_draft/")
    assert response.status_code == 200
    assert "Draft title only" in response.content.decode()
    assert "First paragraph." in response.content.decode()
    lesson.refresh_from_db()
    assert lesson.title == "Only lesson"


def test_a_scheduled_publication_goes_live_with_its_french_translation(small_course):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    _, lessons = small_course
    lesson = LessonPage.objects.get(pk=lessons[0].pk)
    lesson.estimated_minutes = 33
    revision = lesson.save_revision()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled")
    lesson.refresh_from_db()
    assert lesson.estimated_minutes == 33
    assert lesson.get_translation(french()).estimated_minutes == 33
