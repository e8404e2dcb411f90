"""The admin's Translations report: a page's translation into a learner language, its
PO file for outside translators, and its review by a fluent speaker."""

import polib
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish(course):
    """The course's first lesson, sent for translation into Spanish (not yet translated)."""
    _page, lessons = course
    source, _ = TranslationSource.get_or_create_from_instance(lessons[0])
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="es")
    )
    translation.save_target(publish=True)
    return translation


@pytest.fixture
def trainer_client(client):
    trainer = factories.trainer()
    client.force_login(trainer)
    return client


def _po(client, translation) -> polib.POFile:
    response = client.get(f"/admin/translations/{translation.pk}/po/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    assert response["Content-Disposition"].endswith('-es.po"')
    return polib.pofile(response.content.decode())


def _upload(client, translation, content: bytes, name="lesson-es.po"):
    return client.post(
        f"/admin/translations/{translation.pk}/po/upload/",
        {"file": SimpleUploadedFile(name, content, content_type="text/x-gettext-translation")},
    )


def test_a_translator_downloads_the_po_file_fills_it_in_and_uploads_it(trainer_client, spanish):
    po = _po(trainer_client, spanish)
    texts = {entry.msgid for entry in po}
    assert "Lesson 1" in texts
    for entry in po:
        entry.msgstr = f"ES {entry.msgid}"
    response = _upload(trainer_client, spanish, str(po).encode())
    assert response.status_code == 302
    total, translated = spanish.get_progress()
    assert translated == total == len(po)
    page = spanish.get_target_instance()
    assert page.get_latest_revision().as_object().title == "ES Lesson 1"
    listing = trainer_client.get("/admin/translations/?language=es").content.decode()
    assert f"{total} of {total}" in listing


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "Choose a PO file to upload."),
        (b"\xff\xfe not text", "This is not a PO file in UTF-8."),
        (b"<html>a web page</html>", "This is not a PO file in UTF-8."),
    ],
)
def test_a_file_that_is_not_a_po_file_is_refused_and_changes_nothing(
    trainer_client, spanish, content, message
):
    before = spanish.get_progress()
    response = _upload(trainer_client, spanish, content)
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body and 'id="file-error"' in body
    assert spanish.get_progress() == before


def test_a_po_file_of_another_translation_is_refused(trainer_client, spanish, course):
    _page, lessons = course
    other_source, _ = TranslationSource.get_or_create_from_instance(lessons[1])
    other = Translation.objects.create(
        source=other_source, target_locale=Locale.objects.get(language_code="es")
    )
    po = _po(trainer_client, other)
    for entry in po:
        entry.msgstr = "ES"
    response = _upload(trainer_client, spanish, str(po).encode())
    assert response.status_code == 400
    assert "was not made for this translation" in response.content.decode()
    assert spanish.get_progress()[1] == 0


def test_a_review_is_recorded_and_a_later_change_makes_the_translation_a_draft_again(
    trainer_client, spanish
):
    detail = f"/admin/translations/{spanish.pk}/"
    assert 'data-state="draft"' in trainer_client.get(detail).content.decode()

    refused = trainer_client.post(f"{detail}review/", {"reviewer_name": "  "})
    assert refused.status_code == 400
    assert "Give the name of the fluent speaker" in refused.content.decode()

    response = trainer_client.post(f"{detail}review/", {"reviewer_name": "María Pérez"})
    assert response.status_code == 302
    body = trainer_client.get(detail).content.decode()
    assert 'data-state="reviewed"' in body and "María Pérez" in body
    reviewed = trainer_client.get("/admin/translations/?state=reviewed").content.decode()
    assert f'data-translation="{spanish.pk}"' in reviewed

    po = _po(trainer_client, spanish)
    po[0].msgstr = "Un texto corregido"
    _upload(trainer_client, spanish, str(po).encode())
    assert 'data-state="changed"' in trainer_client.get(detail).content.decode()

    trainer_client.post(f"{detail}review/withdraw/")
    assert 'data-state="draft"' in trainer_client.get(detail).content.decode()


def test_a_learner_can_neither_see_nor_change_translations(client, spanish, units):
    client.force_login(factories.learner(units["yvr"]))
    for method, path in [
        ("get", "/admin/translations/"),
        ("get", f"/admin/translations/{spanish.pk}/po/"),
        ("post", f"/admin/translations/{spanish.pk}/review/"),
    ]:
        response = getattr(client, method)(path, {"reviewer_name": "Someone"})
        # Wagtail sends people without admin access to its sign-in page.
        assert response.status_code in (302, 403), path
        assert response.status_code == 403 or "/login/" in response["Location"], path
    assert not hasattr(Translation.objects.get(pk=spanish.pk), "learner_review")


def test_a_staff_member_without_the_review_permission_may_not_record_one(client, spanish):
    person = factories.trainer()
    person.groups.remove(Group.objects.get(name="Editors"))
    person.groups.add(Group.objects.get_or_create(name="Viewers")[0])
    from django.contrib.auth.models import Permission

    person.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_translationreview"),
    )
    client.force_login(person)
    response = client.post(f"/admin/translations/{spanish.pk}/review/", {"reviewer_name": "X"})
    assert response.status_code == 403
    assert not hasattr(Translation.objects.get(pk=spanish.pk), "learner_review")


def test_french_translations_are_not_listed_as_learner_translations(trainer_client, course):
    _page, lessons = course
    source, _ = TranslationSource.get_or_create_from_instance(lessons[0])
    french = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="fr")
    )
    assert trainer_client.get(f"/admin/translations/{french.pk}/").status_code == 404
