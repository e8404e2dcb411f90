"""The public verification page: by code, in both languages, as JSON, rate-limited, and
saying nothing more for a wrong code than that it is unknown."""

from datetime import timedelta

import pytest
from django.utils import timezone

from certificates.codes import ALPHABET, verification_code_new, verification_code_normalise
from tests import factories

pytestmark = pytest.mark.django_db


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
    assert "Alex M." in body and "Alex Martin" not in body
    assert certificate.course_title_en in body
    assert "Valid" in body


def test_verification_page_in_french_shows_the_french_title(client, certificate):
    response = client.get(f"/fr/certificats/verifier/{certificate.code}/")
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
    client.force_login(other)
    assert certificate.code not in client.get("/en/certificates/").content.decode()
    client.force_login(certificate.user)
    assert certificate.code in client.get("/en/certificates/").content.decode()


def test_expired_certificate_says_so_with_its_date(client, certificate):
    certificate.expires_at = timezone.now() - timedelta(days=3)
    certificate.save()
    body = client.get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    assert "Expired" in body and "has expired" in body
    assert "Expired on" in body


def test_json_variant_gives_the_public_facts_only(client, certificate):
    response = client.get(f"/en/certificates/verify/{certificate.code}/", {"format": "json"})
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "valid"
    assert data["code"] == certificate.code
    assert data["learner"] == "Alex M."
    assert data["course"]["en"] == certificate.course_title_en
    assert data["course"]["fr"] == certificate.course_title_fr
    assert data["issuer"]["en"]
    assert set(data) == {
        "code",
        "status",
        "learner",
        "course",
        "issued",
        "expires",
        "renew_by",
        "revoked",
        "issuer",
    }


def test_json_variant_states_revocation_and_expiry(client, certificate):
    certificate.revoked_at = timezone.now()
    certificate.save()
    data = client.get(f"/en/certificates/verify/{certificate.code}/?format=json").json()
    assert data["status"] == "revoked" and data["revoked"]


def test_json_variant_survives_the_redirect_to_the_canonical_code(client, certificate):
    response = client.get(f"/en/certificates/verify/{certificate.code.lower()}/?format=json")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/{certificate.code}/?format=json")


def test_initials_replace_the_name_when_the_setting_asks(client, certificate, settings):
    settings.CERTIFICATE_SHOW_INITIALS = True
    body = client.get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    assert "A. M." in body and "Alex Martin" not in body
    data = client.get(f"/en/certificates/verify/{certificate.code}/?format=json").json()
    assert data["learner"] == "A. M."


@pytest.mark.parametrize(
    "code",
    ["CERT-2222-3333-4444", "CERT-ABCD-EFGH-IJKL", "nonsense", "CERT-2222-3333", "X" * 300],
)
def test_unknown_or_malformed_codes_are_404_without_a_leak(client, certificate, code):
    response = client.get(f"/en/certificates/verify/{code}/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Alex Martin" not in body and certificate.course_title_en not in body
    data = client.get(f"/en/certificates/verify/{code}/?format=json")
    assert data.status_code == 404
    assert data.json() == {"error": "not_found", "message": "No certificate has this code."}


def test_a_guessed_code_differing_by_one_symbol_is_unknown(client, certificate):
    last = certificate.code[-1]
    guess = certificate.code[:-1] + ("B" if last != "B" else "C")
    assert client.get(f"/en/certificates/verify/{guess}/").status_code == 404


def test_too_many_verifications_get_429_with_retry_after(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 3
    url = f"/en/certificates/verify/{certificate.code}/"
    assert [client.get(url).status_code for _ in range(3)] == [200, 200, 200]
    response = client.get(url)
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= settings.CERTIFICATE_VERIFY_RATE_WINDOW
    assert "Too many verification requests" in response.content.decode()
    json_response = client.get(url, {"format": "json"})
    assert json_response.status_code == 429
    assert json_response.json()["error"] == "rate_limited"
    # Another address is not held back.
    assert client.get(url, REMOTE_ADDR="10.1.2.3").status_code == 200
