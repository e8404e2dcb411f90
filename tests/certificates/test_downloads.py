"""Who may download a certificate: its learner (and, for the PDF, their managers and
staff: see tests/security); anyone else gets a 404 (nothing says the certificate
exists), and a visitor who is not signed in is sent to sign in."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("suffix", ["certificate.pdf", "credential.jwt"])
def test_another_learner_gets_404(client, certified, units, suffix):
    _user, certificate = certified
    client.force_login(factories.learner(units["douglas"]))
    assert client.get(f"/en/certificates/{certificate.code}/{suffix}").status_code == 404


@pytest.mark.parametrize("suffix", ["certificate.pdf", "credential.jwt"])
def test_a_visitor_is_sent_to_sign_in(client, certified, suffix):
    _user, certificate = certified
    response = client.get(f"/en/certificates/{certificate.code}/{suffix}")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_unknown_code_is_404_for_the_learner_too(client, certified):
    user, _certificate = certified
    client.force_login(user)
    assert client.get("/en/certificates/CERT-2222-3333-4444/credential.jwt").status_code == 404


def test_my_learning_offers_both_downloads(client, certified):
    user, certificate = certified
    client.force_login(user)
    body = client.get("/en/my-learning/").content.decode()
    assert f"/en/certificates/{certificate.code}/certificate.pdf" in body
    assert f"/en/certificates/{certificate.code}/credential.jwt" in body
    course_page = client.get(certificate.get_absolute_url())
    assert course_page.status_code == 200
