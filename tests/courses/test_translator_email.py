"""Translators are told by e-mail when an English course page goes live without its
French: one e-mail per publication, in each translator's language, naming the page and
linking to the French page's editor."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import Locale, Workflow, WorkflowPage, WorkflowTask
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from courses.models import CourseReviewTask
from courses.translation import translation_source_sync
from tests import factories

pytestmark = pytest.mark.django_db

REASON = "Legal correction that cannot wait; French follows."


def _french(page):
    return page.get_translation(Locale.objects.get(language_code="fr"))


def _translator_mail():
    """The e-mail sent to translators (the workflow sends its own to trainers and
    reviewers)."""
    return [
        message
        for message in mail.outbox
        if message.subject.startswith(("French translation behind", "Traduction française"))
    ]


def _speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def setting():
    """A bilingual course under review, its trainer and reviewer, and the editor who last
    saved the French version of its first lesson (a French-speaking one)."""
    course_page, lessons = factories.course(title="Trafficking awareness")
    task = CourseReviewTask.objects.create(name="Course review")
    task.groups.set([Group.objects.get(name="Moderators")])
    workflow = Workflow.objects.create(name="Course review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=course_page.get_parent(), workflow=workflow)
    reviewer = factories.UserFactory(email="reviewer@example.gc.ca")
    reviewer.groups.add(Group.objects.get(name="Moderators"))
    trainer = factories.trainer(email="trainer@example.gc.ca")
    translator = _speaks(
        factories.trainer(first_name="Camille", last_name="Roy", email="camille@example.gc.ca"),
        "fr",
    )
    french_lesson = _french(lessons[0])
    french_lesson.save_revision(user=translator).publish()
    return {
        "lesson": lessons[0],
        "task": task,
        "reviewer": reviewer,
        "trainer": trainer,
        "translator": translator,
    }


def _approve_without_french(setting, django_capture_on_commit_callbacks, *, paragraphs=1):
    """The trainer changes the lesson's title and writes ``paragraphs`` new paragraphs
    (texts to translate: the title, the slug and each paragraph);
    the reviewer approves it without its French, with a reason."""
    lesson = setting["lesson"]
    lesson.title = "Lesson 1, new wording"
    lesson.body = [
        ("paragraph", RichText(f"<p>New paragraph {number}.</p>"))
        for number in range(1, paragraphs + 1)
    ]
    lesson.save_revision(user=setting["trainer"])
    translation_source_sync(lesson)  # as saving from the editor does
    state = lesson.get_workflow().start(lesson, setting["trainer"])
    with django_capture_on_commit_callbacks(execute=True):
        setting["task"].on_action(
            state.current_task_state,
            setting["reviewer"],
            CourseReviewTask.ACTION_OVERRIDE,
            comment=REASON,
        )
    lesson.refresh_from_db()
    return lesson


def test_the_french_pages_editor_is_told_in_french_with_a_link_to_the_french_editor(
    setting, django_capture_on_commit_callbacks
):
    lesson = _approve_without_french(setting, django_capture_on_commit_callbacks)
    french_lesson = _french(lesson)
    assert french_lesson.title == "Leçon 1"  # English only was published

    assert [message.to for message in _translator_mail()] == [["camille@example.gc.ca"]]
    message = _translator_mail()[0]
    assert message.subject == "Traduction française en retard\u00a0: Leçon 1"
    assert "Bonjour Camille Roy," in message.body
    assert "La page anglaise «\u00a0Lesson 1, new wording\u00a0»" in message.body
    assert "du cours «\u00a0Trafficking awareness\u00a0»" in message.body
    assert f"Motif donné à l’approbation\u00a0: {REASON}" in message.body
    assert "3 textes de la page n’ont pas encore de traduction française." in message.body
    assert f"http://testserver/admin/pages/{french_lesson.pk}/edit/" in message.body


def test_one_email_per_publication_however_many_texts_changed(
    setting, django_capture_on_commit_callbacks
):
    _approve_without_french(setting, django_capture_on_commit_callbacks, paragraphs=5)
    (message,) = _translator_mail()
    assert "7 textes de la page" in message.body


def test_members_of_a_translators_group_are_told_instead_in_their_language(
    setting, django_capture_on_commit_callbacks
):
    translators = Group.objects.create(name="Translators")
    english_speaker = factories.trainer(first_name="Sam", email="sam@example.gc.ca")
    english_speaker.groups.add(translators)
    lesson = _approve_without_french(setting, django_capture_on_commit_callbacks)

    assert [message.to for message in _translator_mail()] == [["sam@example.gc.ca"]]
    message = _translator_mail()[0]
    assert message.subject == "French translation behind: Lesson 1, new wording"
    assert 'The English page "Lesson 1, new wording" of the course "Trafficking awareness"' in (
        message.body
    )
    assert f"Reason given at approval: {REASON}" in message.body
    assert "3 texts of the page have no French translation yet." in message.body
    assert f"http://testserver/admin/pages/{_french(lesson).pk}/edit/" in message.body


def test_nobody_is_told_when_the_french_follows_the_english(
    setting, django_capture_on_commit_callbacks
):
    """A complete French translation is published with its English page: nothing is
    behind, so no e-mail."""
    lesson = setting["lesson"]
    translation = translation_source_sync(lesson)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"{entry.msgid} (fr)"
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        lesson.save_revision(user=setting["reviewer"]).publish()
    assert _french(lesson).title == "Lesson 1 (fr)"  # the French followed
    assert mail.outbox == []


def test_translators_who_may_not_edit_the_page_are_not_written_to(
    setting, django_capture_on_commit_callbacks
):
    translators = Group.objects.create(name="Translators")
    outsider = factories.UserFactory(email="outsider@example.gc.ca")
    outsider.groups.add(translators)
    _approve_without_french(setting, django_capture_on_commit_callbacks)
    assert _translator_mail() == []


def test_whoever_translated_the_pages_texts_is_told_too(
    setting, django_capture_on_commit_callbacks
):
    """Without a "Translators" group, the people who translated the page's texts (as
    wagtail-localize records them) are told, with whoever saved its French page."""
    lesson = setting["lesson"]
    text_translator = factories.trainer(first_name="Dominique", email="dominique@example.gc.ca")
    translation = translation_source_sync(lesson)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"{entry.msgid} (fr)"
    translation.import_po(po, user=text_translator)

    _approve_without_french(setting, django_capture_on_commit_callbacks)
    assert sorted(message.to[0] for message in _translator_mail()) == [
        "camille@example.gc.ca",
        "dominique@example.gc.ca",
    ]


def test_a_publication_signalled_twice_or_a_task_run_twice_sends_one_email(
    setting, django_capture_on_commit_callbacks
):
    from wagtail.signals import page_published

    from courses.models import TranslatorNotice
    from courses.translators import notify_translators

    lesson = _approve_without_french(setting, django_capture_on_commit_callbacks)
    revision = lesson.live_revision
    with django_capture_on_commit_callbacks(execute=True):
        page_published.send(sender=type(lesson), instance=lesson, revision=revision)
    notify_translators.enqueue(page_id=lesson.pk, revision_id=revision.pk)  # a retry

    assert [message.to for message in _translator_mail()] == [["camille@example.gc.ca"]]
    (notice,) = TranslatorNotice.objects.all()
    assert (notice.page_id, notice.revision_id) == (lesson.pk, revision.pk)
    assert (notice.email, notice.language, notice.recipient) == (
        "camille@example.gc.ca",
        "fr",
        setting["translator"],
    )
    assert notice.sent_at is not None


def test_a_later_publication_without_french_is_told_again(
    setting, django_capture_on_commit_callbacks
):
    lesson = _approve_without_french(setting, django_capture_on_commit_callbacks)
    lesson.title = "Lesson 1, newer wording"
    with django_capture_on_commit_callbacks(execute=True):
        lesson.save_revision(user=setting["reviewer"]).publish()
    assert len(_translator_mail()) == 2
    assert _translator_mail()[1].subject == "Traduction française en retard\u00a0: Leçon 1"


def test_an_email_that_could_not_be_sent_is_sent_by_the_retry(
    setting, django_capture_on_commit_callbacks, monkeypatch
):
    from django.core.mail import EmailMessage

    from courses.models import TranslatorNotice
    from courses.translators import notify_translators

    def refuse(self, fail_silently=False):
        raise ConnectionRefusedError("mail server down")

    with monkeypatch.context() as patched:
        patched.setattr(EmailMessage, "send", refuse)
        lesson = _approve_without_french(setting, django_capture_on_commit_callbacks)
    assert _translator_mail() == [] and not TranslatorNotice.objects.exists()

    notify_translators.enqueue(page_id=lesson.pk, revision_id=lesson.live_revision_id)
    assert [message.to for message in _translator_mail()] == [["camille@example.gc.ca"]]


def test_the_admin_dashboard_says_when_and_whom_the_translators_were_told(
    setting, django_capture_on_commit_callbacks, client
):
    from courses.models import TranslatorNotice

    lesson = _approve_without_french(setting, django_capture_on_commit_callbacks)
    notice = TranslatorNotice.objects.get(page=lesson)
    client.force_login(setting["trainer"])
    body = client.get("/admin/").content.decode()
    start = body.index('id="french-pages-behind-section"')
    panel = body[start : body.index("</section>", start)]
    assert '<th scope="col">Translators told</th>' in panel
    told = re.search(r"<td data-translators-told>(.*?)</td>", panel, re.S).group(1)
    when = date_format(timezone.localtime(notice.sent_at), "DATETIME_FORMAT")
    assert told == f"Translators told on {when}: Camille Roy"


def test_the_admin_dashboard_says_when_no_translator_was_told(
    setting, django_capture_on_commit_callbacks, client
):
    setting["translator"].groups.clear()  # no longer may edit the page: not written to
    _approve_without_french(setting, django_capture_on_commit_callbacks)
    assert _translator_mail() == []
    client.force_login(setting["trainer"])
    body = client.get("/admin/").content.decode()
    assert "<td data-translators-told>No one told yet</td>" in body


def test_a_french_speaking_translator_reads_it_in_french(
    setting, django_capture_on_commit_callbacks, client
):
    _approve_without_french(setting, django_capture_on_commit_callbacks)
    client.force_login(setting["translator"])
    body = client.get("/admin/").content.decode()
    assert '<th scope="col">Traducteurs avertis</th>' in body
    assert re.search(
        r"<td data-translators-told>Traducteurs avertis le .+?\u00a0: Camille Roy</td>", body
    )
