import pytest
from django.utils import timezone

from certificates.codes import ALPHABET, verification_code_new, verification_code_normalise
from certificates.models import Certificate
from courses.services import lesson_complete
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(units, course):
    user = factories.learner(units["yvr"], first_name="Alex", last_name="Martin")
    for lesson in course[1]:
        lesson_complete(user=user, lesson=lesson, language="en")
    return Certificate.objects.get(user=user)


def test_codes_use_only_unambiguous_symbols():
    code = verification_code_new(prefix="CERT")
    prefix, *groups = code.split("-")
    assert prefix == "CERT" and len(groups) == 3
    assert all(symbol in ALPHABET for group in groups for symbol in group)
    assert not set("01ILOAEU") & set("".join(groups))


def test_typed_codes_are_normalised():
    assert verification_code_normalise("  cert 7kq9-m3xd pb42 ") == "CERT-7KQ9-M3XD-PB42"


def test_verification_page_is_public_and_shows_the_certificate(client, certificate):
    response = client.get(f"/en/certificates/verify/{certificate.code}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Alex Martin" in body
    assert certificate.course_title_en in body
    assert "Valid" in body


def test_verification_page_in_french_shows_the_french_title(client, certificate):
    response = client.get(f"/fr/certificates/verify/{certificate.code}/")
    assert certificate.course_title_fr in response.content.decode()


def test_unprefixed_verification_url_redirects_into_a_language(client, certificate):
    response = client.get(f"/certificates/verify/{certificate.code}/")
    assert response.status_code == 302
    assert response["Location"] == f"/en/certificates/verify/{certificate.code}/"


def test_lower_case_code_redirects_to_the_canonical_one(client, certificate):
    response = client.get(f"/en/certificates/verify/{certificate.code.lower()}/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/{certificate.code}/")


def test_unknown_code_is_a_404_with_a_message(client, db):
    response = client.get("/en/certificates/verify/CERT-2222-3333-4444/")
    assert response.status_code == 404
    assert "CERT-2222-3333-4444" in response.content.decode()


def test_revoked_certificate_says_so(client, certificate):
    certificate.revoked_at = timezone.now()
    certificate.save()
    response = client.get(f"/en/certificates/verify/{certificate.code}/")
    assert "revoked" in response.content.decode()


def test_lookup_form_sends_the_visitor_to_the_certificate(client, certificate):
    response = client.get("/en/certificates/verify/", {"code": certificate.code.lower()})
    assert response.status_code == 302
    assert response["Location"] == f"/en/certificates/verify/{certificate.code}/"


def test_learner_lists_their_own_certificates_only(client, certificate, units):
    other = factories.learner(units["douglas"])
    client.login(username=other.username, password=factories.PASSWORD)
    assert certificate.code not in client.get("/en/certificates/").content.decode()
    client.login(username=certificate.user.username, password=factories.PASSWORD)
    assert certificate.code in client.get("/en/certificates/").content.decode()
