"""Details a person notices on a page: no button that leads back to the page itself, a way
home from an error page in the page's language, no download of nothing, admin buttons
drawn with their icon at its size, and a question that says its hint only once."""

import re
from pathlib import Path

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_the_sign_in_page_has_no_sign_in_button_in_its_header(client, home):
    sign_in = client.get("/fr/comptes/connexion/").content.decode()
    catalogue = client.get("/fr/cours/").content.decode()

    assert 'class="account-sign-in"' in catalogue
    assert 'class="account-sign-in"' not in sign_in
    assert "<h1>Ouvrir une session</h1>" in sign_in


def test_the_error_pages_lead_home_in_their_own_language(client, home):
    learner = factories.UserFactory()
    client.force_login(learner)

    missing = client.get("/fr/pas-de-page-ici/")
    refused = client.get("/fr/tableau-de-bord/")

    assert missing.status_code == 404
    assert refused.status_code == 403
    for response in (missing, refused):
        assert '<a href="/fr/">Aller à la page d’accueil</a>' in response.content.decode()


def test_a_unit_without_certificates_offers_no_download(client, units):
    client.force_login(factories.manager(units["yvr"]))

    body = client.get("/en/certificates/unit/", {"unit": units["yvr"].pk}).content.decode()

    assert "No certificates in this unit yet." in body
    assert "certificates.zip" not in body


def test_the_package_screen_buttons_carry_their_icon_in_its_own_box(client):
    client.force_login(factories.trainer())

    body = client.get("/admin/packages/").content.decode()

    # Without the admin's icon button classes, the icon is drawn 300 px wide over the label.
    for label in ("Import a package", "Export a course"):
        button = re.search(rf'<a class="([^"]*)" href="[^"]*">(.(?!</a>))*{label}', body, re.S)
        assert button, label
        assert "button--icon" in button.group(1), label
        assert 'class="icon-wrapper"' in button.group(0), label


def test_no_demo_question_repeats_the_hint_the_page_already_gives():
    """The pages say “Select all that apply.” under every question with several answers;
    a question that says it too reads it twice."""
    data = Path(__file__).resolve().parent.parent / "courses" / "demo" / "data"
    repeated = re.compile(
        r"Select\s+all\s+that\s+apply|Sélectionnez\s+toutes\s+les\s+réponses\s+qui\s+s['’]appliquent"
    )
    files = sorted(data.rglob("*.yaml"))
    assert files
    for path in files:
        assert not repeated.search(path.read_text(encoding="utf-8")), path
