"""Keeping the French translation in step as trainers edit: the admin counts what a change
really leaves untranslated, and a French page left behind by an English page approved
without it is marked for its learners and its translators."""

import uuid

import pytest
from django.contrib.auth.models import Group
from wagtail.blocks import StreamValue
from wagtail.models import Locale, Workflow, WorkflowPage, WorkflowTask
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation

from courses.demo.content import course_read
from courses.demo.loader import catalogue_get_or_create, course_load, topics_get_or_create
from courses.models import CourseReviewTask, LessonPage
from courses.translation import (
    editor_equivalent,
    english_newer,
    french_pages_behind,
    translation_source_sync,
    translation_status,
)
from organisations.models import Audience
from tests import factories
from tests.courses.editor_form import lesson_edit_form

pytestmark = pytest.mark.django_db

NEW_PARAGRAPH = "Officers record what they saw, in the traveller's own words where they can."
NEW_PARAGRAPH_FR = (
    "Les agents notent ce qu’ils ont vu, dans les mots mêmes du voyageur lorsque c’est possible."
)


@pytest.fixture
def admin_client(client):
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def demo_lesson():
    """The border services course's "Trafficking or migrant smuggling?" lesson, as the demo
    loads it: its texts written in the demo's data, not yet saved from the editor."""
    content = course_read("border-services")
    lesson = next(
        lesson for lesson in content["lessons"] if lesson["slug"] == "trafficking-versus-smuggling"
    )
    home, _ = factories.site_home()
    audiences = {
        code: Audience.objects.get_or_create(
            code=code, defaults={"name_en": code, "name_fr": code}
        )[0]
        for code in content["audiences"]
    }
    _, lessons = course_load(
        {**content, "lessons": [lesson]},
        index=catalogue_get_or_create(home),
        audiences=audiences,
        topics=topics_get_or_create(),
    )
    return lessons[0]


def _with_paragraph(lesson, html):
    """The lesson's body with a paragraph added after its first paragraph, as the editor
    adds one (with a new block id)."""
    children = [(child.block_type, child.value, child.id) for child in lesson.body]
    position = next(i for i, (kind, _, _) in enumerate(children) if kind == "paragraph") + 1
    children.insert(position, ("paragraph", RichText(html), str(uuid.uuid4())))
    return StreamValue(lesson.body.stream_block, children)


def _panel(admin_client, lesson) -> str:
    body = admin_client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    start = body.index("data-translation-status")
    return body[start : body.index("</div>", start)]


def _translate(lesson, english, french):
    translation = Translation.objects.get(
        source__object_id=lesson.translation_key, target_locale__language_code="fr"
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid == english:
            entry.msgstr = french
    translation.import_po(po)


def test_texts_read_the_same_whatever_tags_the_editor_writes_for_emphasis():
    assert editor_equivalent("The <strong>Criminal</strong>\n  <em>Code</em>") == (
        editor_equivalent("The <b>Criminal</b> <i>Code</i>")
    )
    assert editor_equivalent("The <b>Criminal Code</b>") != editor_equivalent("The Criminal Code")
    assert editor_equivalent("Pourquoi\u202f?") != editor_equivalent("Pourquoi ?")


def test_adding_one_paragraph_leaves_exactly_that_paragraph_to_translate(demo_lesson, admin_client):
    before = translation_status(demo_lesson)
    assert before.ready and before.total == 82
    assert "82 of 82 texts translated." in _panel(admin_client, demo_lesson)

    # The trainer adds one paragraph and saves: every rich text of the lesson goes through
    # the editor, which writes bold and italic its own way.
    response = admin_client.post(
        f"/admin/pages/{demo_lesson.pk}/edit/",
        lesson_edit_form(demo_lesson, body=_with_paragraph(demo_lesson, f"<p>{NEW_PARAGRAPH}</p>")),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    panel = _panel(admin_client, demo_lesson)
    assert "1 text of this page has no French translation yet." in panel
    assert "82 of 83 texts translated." in panel
    status = translation_status(demo_lesson)
    assert (status.total, status.translated, status.missing) == (83, 82, 1)

    _translate(demo_lesson, NEW_PARAGRAPH, NEW_PARAGRAPH_FR)
    panel = _panel(admin_client, demo_lesson)
    assert "Up to date." in panel
    assert "83 of 83 texts translated." in panel


def test_the_french_page_keeps_the_french_of_texts_whose_markup_the_editor_rewrote(
    demo_lesson, admin_client
):
    """The warning callout says <em>Criminal Code</em>, which the editor saves as <i>: once
    the new paragraph is translated and the lesson published, the French page shows the
    callout in French, not in English."""
    admin_client.post(
        f"/admin/pages/{demo_lesson.pk}/edit/",
        lesson_edit_form(demo_lesson, body=_with_paragraph(demo_lesson, f"<p>{NEW_PARAGRAPH}</p>")),
    )
    _translate(demo_lesson, NEW_PARAGRAPH, NEW_PARAGRAPH_FR)
    lesson = LessonPage.objects.get(pk=demo_lesson.pk)
    response = admin_client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        lesson_edit_form(lesson.get_latest_revision_as_object(), **{"action-publish": "publish"}),
    )
    assert response.status_code == 302
    french = lesson.get_translation(Locale.objects.get(language_code="fr"))
    page = admin_client.get(french.url).content.decode()
    assert NEW_PARAGRAPH_FR in page
    assert "selon le <i>Code criminel</i>" in page
    assert "Agreeing to a journey" not in page


# -- French pages left behind ---------------------------------------------------------------

REASON = "Urgent legal correction; French follows tomorrow."


@pytest.fixture
def approved_without_french(small_course):
    """The small course's lesson, changed in English and approved by a reviewer without
    its French translation."""
    course_page, lessons = small_course
    task = CourseReviewTask.objects.create(name="Course review")
    task.groups.set([Group.objects.get(name="Moderators")])
    workflow = Workflow.objects.create(name="Course review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=course_page.get_parent(), workflow=workflow)
    reviewer = factories.UserFactory()
    reviewer.groups.add(Group.objects.get(name="Moderators"))
    lesson = lessons[0]
    lesson.title = "Only lesson, with new wording"
    trainer = factories.trainer()
    lesson.save_revision(user=trainer)
    translation_source_sync(lesson)  # as saving from the editor does
    state = lesson.get_workflow().start(lesson, trainer)
    task.on_action(
        state.current_task_state, reviewer, CourseReviewTask.ACTION_OVERRIDE, comment=REASON
    )
    lesson.refresh_from_db()
    return course_page, lesson


def _french(page):
    return page.get_translation(Locale.objects.get(language_code="fr"))


def test_pages_loaded_with_their_french_are_not_behind(demo_lesson, small_course):
    course_page, lessons = small_course
    assert french_pages_behind() == []
    for page in (course_page, lessons[0], demo_lesson):
        assert english_newer(_french(page), with_pages_under=True) is None


def test_learners_of_the_french_lesson_are_told_a_newer_english_version_exists(
    approved_without_french, client
):
    course_page, lesson = approved_without_french
    french_lesson = _french(lesson)
    assert french_lesson.title == "Seule leçon"  # English only was published
    page = client.get(french_lesson.url).content.decode()
    assert (
        "Une version anglaise plus récente de cette page existe\u202f; la traduction "
        "française est en cours de mise à jour."
    ) in page
    assert f'<a href="{lesson.url}" hreflang="en">Lire la version anglaise</a>' in page

    # The French course page says it of the course; the English pages say nothing.
    course = client.get(_french(course_page).url).content.decode()
    assert "Une version anglaise plus récente de ce cours existe" in course
    assert f'href="{course_page.url}" hreflang="en"' in course
    for english in (lesson, course_page):
        assert "data-newer-english" not in client.get(english.url).content.decode()


def test_the_admin_marks_the_french_page_and_tells_its_translators(
    approved_without_french, admin_client
):
    course_page, lesson = approved_without_french
    french_lesson = _french(lesson)

    # The page listing of the French course: the lesson's status says the English is newer.
    listing = admin_client.get(f"/admin/pages/{_french(course_page).pk}/").content.decode()
    assert "live + English newer" in listing

    # Its editor (the translation editor) says so, with the reviewer's reason.
    editor = admin_client.get(f"/admin/pages/{french_lesson.pk}/edit/").content.decode()
    assert "A newer English version of this page went live on" in editor
    assert f"Reason given at approval: {REASON}" in editor

    # The English page's editor says its French is behind.
    english_editor = admin_client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert "The French page is behind." in english_editor

    # The dashboard lists it for the people who can edit it.
    dashboard = admin_client.get("/admin/").content.decode()
    assert "French pages behind their English version" in dashboard
    assert f'href="/admin/pages/{french_lesson.pk}/edit/"' in dashboard
    assert "Translate “Seule leçon”" in dashboard
    assert REASON in dashboard


def test_learners_without_edit_rights_see_no_admin_panel(approved_without_french, client):
    learner = factories.learner(factories.org_unit("YVR"))
    assert french_pages_behind(user=learner) == []


def test_publishing_the_completed_french_clears_every_mark(
    approved_without_french, admin_client, django_capture_on_commit_callbacks
):
    course_page, lesson = approved_without_french
    _translate(lesson, "Only lesson, with new wording", "Seule leçon, nouvelle formulation")
    assert translation_status(lesson).ready
    # The translator publishes the French page from the translation editor (which
    # publishes once the transaction commits).
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(
            source__object_id=lesson.translation_key, target_locale__language_code="fr"
        ).save_target(publish=True)

    french_lesson = _french(lesson)
    assert french_lesson.title == "Seule leçon, nouvelle formulation"
    assert "data-newer-english" not in admin_client.get(french_lesson.url).content.decode()
    assert "data-newer-english" not in (admin_client.get(_french(course_page).url).content.decode())
    assert "English newer" not in (
        admin_client.get(f"/admin/pages/{_french(course_page).pk}/").content.decode()
    )
    assert "French pages behind" not in admin_client.get("/admin/").content.decode()
