"""Certificate templates: placeholders checked when saved, both languages, and the admin's
live preview printed for a sample learner."""

import pytest
from django.core.exceptions import ValidationError

from certificates.models import CertificateTemplate
from certificates.placeholders import fill_placeholders
from tests import factories

pytestmark = pytest.mark.django_db


def test_placeholders_are_filled():
    text = "{learner} completed {course} ({hours} h) on {date}; code {code}."
    values = {"learner": "Alex", "course": "Ethics", "hours": "2", "date": "May 1", "code": "C"}
    assert fill_placeholders(text, values) == "Alex completed Ethics (2 h) on May 1; code C."


@pytest.mark.parametrize(
    "body, message",
    [
        ("Well done {name}", "Unknown placeholder {name}"),
        ("Well done {learner", "Braces must come in pairs"),
        ("{0} {learner}", "Unknown placeholder {0}"),
    ],
)
def test_a_wrong_placeholder_is_refused_naming_the_field(body, message):
    english, _ = factories.locales()
    template = CertificateTemplate(locale=english, name="T", title="Certificate", body=body)
    with pytest.raises(ValidationError) as error:
        template.full_clean()
    assert "body" in error.value.message_dict
    assert message in " ".join(error.value.message_dict["body"])


def test_a_bad_colour_is_refused(template):
    template.primary_colour = "red"
    with pytest.raises(ValidationError) as error:
        template.full_clean()
    assert "primary_colour" in error.value.message_dict


def test_the_preview_shows_a_sample_learner_in_both_languages(rf, template):
    request = rf.get("/admin/")
    request.user = factories.UserFactory(is_superuser=True)
    response = template.serve_preview(request, "")
    body = response.rendered_content if hasattr(response, "rendered_content") else response.content
    body = body.decode() if isinstance(body, bytes) else body
    assert "Alex Martin" in body
    assert "This certifies that Alex Martin completed Recognising human trafficking" in body
    # French elides "que" before a vowel sound.
    assert "Nous certifions qu’Alex Martin a terminé Reconnaître la traite de personnes" in body
    assert 'lang="fr-CA"' in body


def test_the_admin_preview_reflects_unsaved_changes(client, template):
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    url = f"/admin/snippets/certificates/certificatetemplate/preview/{template.pk}/"
    data = {
        "name": template.name,
        "title": "Proof of training",
        "body": "{learner} finished {course}.",
        "primary_colour": "#123456",
        "accent_colour": "#654321",
        "signatory_name": "",
        "signatory_title": "",
    }
    response = client.post(url, data)
    assert response.status_code == 200 and response.json()["is_valid"] is True
    page = client.get(url, {"mode": ""})
    body = page.content.decode()
    assert "Proof of training" in body and "Alex Martin finished" in body
    assert "#123456" in body
