"""Revocation by an administrator, with a reason: recorded as a platform xAPI statement and
shown on the public page, in its JSON, in the learner's pages and to the credential check."""

import pytest

from certificates.models import Certificate
from lrs.models import Statement
from tests import factories

pytestmark = pytest.mark.django_db

REVOKED_VERB = "http://testserver/xapi/platform/verbs/certificate-revoked"


@pytest.fixture
def administrator(db):
    return factories.UserFactory(is_superuser=True, is_staff=True)


def _revoke(client, certificate, reason="Completion recorded in error."):
    return client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": reason})


def test_an_administrator_revokes_with_a_reason_and_a_statement_is_recorded(
    client, certified, administrator
):
    user, certificate = certified
    client.force_login(administrator)
    listing = client.get("/admin/certificates/", {"q": certificate.code.lower()})
    assert listing.status_code == 200 and certificate.code in listing.content.decode()
    assert client.get(f"/admin/certificates/{certificate.pk}/revoke/").status_code == 200
    response = _revoke(client, certificate)
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert certificate.revocation_reason == "Completion recorded in error."
    assert certificate.revoked_by == administrator
    assert not certificate.pdf
    statement = Statement.objects.get(verb_iri=REVOKED_VERB)
    data = statement.data
    assert data["actor"]["account"]["name"] == str(user.uuid)
    assert data["object"]["id"].endswith(f"/activities/certificate/{certificate.code}")
    extensions = data["context"]["extensions"]
    assert "Completion recorded in error." in extensions.values()


def test_revocation_shows_on_every_page(client, certified, administrator):
    user, certificate = certified
    client.force_login(administrator)
    _revoke(client, certificate)
    client.logout()
    page = client.get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    assert "has been revoked" in page and "Revoked on" in page
    assert "Completion recorded in error." not in page  # the reason stays internal
    data = client.get(f"/fr/certificats/verifier/{certificate.code}/?format=json").json()
    assert data["status"] == "revoked"
    client.force_login(user)
    for url in ("/en/my-learning/", "/en/certificates/"):
        body = client.get(url).content.decode()
        assert "Revoked" in body
        assert f"/{certificate.code}/certificate.pdf" not in body
    assert client.get(f"/en/certificates/{certificate.code}/certificate.pdf").status_code == 404
    assert client.get(f"/en/certificates/{certificate.code}/credential.jwt").status_code == 404


def test_a_reason_is_required_and_nothing_changes_without_one(client, certified, administrator):
    _user, certificate = certified
    client.force_login(administrator)
    response = _revoke(client, certificate, reason="   ")
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert Certificate.objects.get(pk=certificate.pk).revoked_at is None
    assert not Statement.objects.filter(verb_iri=REVOKED_VERB).exists()


def test_revoking_twice_is_refused_with_a_message(client, certified, administrator):
    _user, certificate = certified
    client.force_login(administrator)
    _revoke(client, certificate)
    response = _revoke(client, certificate, reason="Again")
    assert response.status_code == 400
    assert "already revoked" in response.content.decode()
    assert Statement.objects.filter(verb_iri=REVOKED_VERB).count() == 1


def test_editors_and_learners_cannot_revoke(client, certified):
    user, certificate = certified
    client.force_login(factories.trainer())
    assert _revoke(client, certificate).status_code in (302, 403)
    client.force_login(user)
    assert _revoke(client, certificate).status_code in (302, 403)
    assert Certificate.objects.get(pk=certificate.pk).revoked_at is None
