"""French sentences around names: "que" elides before a vowel sound on the certificate
("qu’Alex Martin"), and the names of units and of the issuer are never put where French
would need an article the name does not carry ("de Région du Pacifique")."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from certificates.placeholders import fill_placeholders, starts_with_vowel_sound
from certificates.rendering import certificate_context
from tests import factories

pytestmark = pytest.mark.django_db

BODY = "Nous certifions que {learner} a terminé le cours {course} le {date}."
VALUES = {"course": "Éthique", "date": "5 décembre 2026", "hours": "2", "code": "C"}


@pytest.mark.parametrize(
    "learner, sentence",
    [
        ("Alex Martin", "Nous certifions qu’Alex Martin a terminé"),
        ("Émilie Roy", "Nous certifions qu’Émilie Roy a terminé"),
        ("Yves Tremblay", "Nous certifions qu’Yves Tremblay a terminé"),
        ("Yasmine Ali", "Nous certifions que Yasmine Ali a terminé"),
        ("Hugo Lévesque", "Nous certifions que Hugo Lévesque a terminé"),
        ("Sam Roy", "Nous certifions que Sam Roy a terminé"),
    ],
)
def test_que_elides_before_a_name_that_starts_with_a_vowel_sound(learner, sentence):
    filled = fill_placeholders(BODY, {**VALUES, "learner": learner}, language="fr")
    assert filled.startswith(sentence)


def test_de_and_le_elide_too_and_english_is_left_alone():
    values = {**VALUES, "learner": "Alex Martin"}
    assert fill_placeholders("Attestation de {course}", values, language="fr") == (
        "Attestation d’Éthique"
    )
    assert fill_placeholders("De {learner}", values, language="fr") == "D’Alex Martin"
    assert fill_placeholders("Done by que {learner}", values) == "Done by que Alex Martin"


def test_vowel_sounds():
    assert starts_with_vowel_sound("Alex") and starts_with_vowel_sound("Œuvre")
    assert starts_with_vowel_sound("Isabelle") and starts_with_vowel_sound("Ysabel")
    assert not starts_with_vowel_sound("Yolande") and not starts_with_vowel_sound("Martin")
    assert not starts_with_vowel_sound("")


def test_the_managers_unit_page_names_the_unit_without_a_missing_article(client, units, certified):
    units["region"].name_fr = "Région du Pacifique"
    units["region"].save()
    client.force_login(factories.manager(units["region"]))
    with translation.override("fr"):
        url = reverse("certificates:unit")
    text = " ".join(strip_tags(client.get(url).content.decode()).split())
    assert "Télécharger les certificats de l’unité « Région du Pacifique » (zip)" in text
    assert "de Région" not in text


def test_the_verification_page_needs_no_article_before_the_issuer(client, certificate):
    with translation.override("fr"):
        url = reverse("certificates:verify", kwargs={"code": certificate.code})
    text = " ".join(strip_tags(client.get(url).content.decode()).split())
    assert "Ce certificat est authentique et en vigueur." in text
    assert "par Gouvernement" not in text


def test_the_certificate_writes_the_first_of_the_month_as_french_does(certificate, settings):
    settings.TIME_ZONE = "UTC"
    certificate.issued_at = datetime.datetime(2026, 7, 1, 15, 0, tzinfo=datetime.UTC)
    certificate.expires_at = datetime.datetime(2028, 3, 1, 15, 0, tzinfo=datetime.UTC)
    certificate.save(update_fields=["issued_at", "expires_at"])

    english, french = certificate_context(certificate=certificate, template=None)["sides"]

    assert french.issued == "1er juillet 2026"
    assert "1er juillet 2026" in french.body
    assert "1er mars 2028" in french.validity
    assert english.issued == "July 1, 2026"
    assert "March 1, 2028" in english.validity
