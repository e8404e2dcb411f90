"""Signed credentials: the learner downloads an Open Badges 3.0 credential signed with the
platform's Ed25519 key; an independent JOSE library verifies it with the published key;
the public checker says genuine, expired, revoked or not genuine."""

import base64
import copy
import json
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from joserfc import jwt as jose_jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from certificates.models import Certificate
from tests import factories
from tests.certificates.conftest import certified_make, template_create
from tests.shared_data import built_once

pytestmark = [
    pytest.mark.django_db,
    # EdDSA (RFC 8037) is what Open Badges verifiers expect; RFC 9864 prefers "Ed25519".
    pytest.mark.filterwarnings("ignore:EdDSA is deprecated"),
]


@pytest.fixture(scope="module")
def module_media(tmp_path_factory):
    """The media folders of the module's tests, where its certificate's PDF was put."""
    root = tmp_path_factory.mktemp("credentials")
    return {"MEDIA_ROOT": root / "media", "PRIVATE_MEDIA_ROOT": root / "private"}


@pytest.fixture(autouse=True)
def certificate_settings(certificate_settings, module_media):
    """Each test's settings (its own signing key among them), with the module's media."""
    for name, path in module_media.items():
        setattr(certificate_settings, name, path)
    return certificate_settings


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, module_media, tmp_path_factory):
    """The units and the learner's certificate (PDF and all), made once for the module:
    making them takes a second or two, and the tests only read them. Made with the
    settings the tests have, but for the key, which is each test's own."""
    key = tmp_path_factory.mktemp("credentials-key") / "signing-key.pem"

    def build():
        with override_settings(
            CERTIFICATE_SIGNING_KEY="",
            CERTIFICATE_SIGNING_KEY_PATH=key,
            CERTIFICATE_SHOW_INITIALS=False,
            **module_media,
        ):
            units = factories.org_tree()
            course = factories.course()
            template_create()
            return {"units": units, "certified": certified_make(units, course)}

    with built_once(django_db_blocker, build) as data:
        yield data


@pytest.fixture
def this_tests(built, db):
    """The module's data as this test's own copies; what the test writes is rolled
    back after it."""
    return copy.deepcopy(built)


@pytest.fixture
def units(this_tests):
    return this_tests["units"]


@pytest.fixture
def certified(this_tests):
    """See ``certified_make``: (learner, certificate)."""
    return this_tests["certified"]


@pytest.fixture
def downloaded(client, certified):
    user, certificate = certified
    client.force_login(user)
    response = client.get(f"/en/certificates/{certificate.code}/credential.jwt")
    assert response.status_code == 200
    assert f'filename="{certificate.code}.jwt"' in response["Content-Disposition"]
    client.logout()
    return response.content.decode()


def _published_keys(client) -> KeySet:
    return KeySet.import_key_set(client.get("/.well-known/jwks.json").json())


def _tampered(token: str, **changes) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims.update(changes)
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def test_an_independent_library_verifies_the_credential_with_the_published_key(
    client, downloaded, certificate
):
    token = jose_jwt.decode(downloaded, _published_keys(client), algorithms=["EdDSA"])
    claims = token.claims
    assert token.header["typ"] == "vc+jwt"
    assert "OpenBadgeCredential" in claims["type"]
    assert claims["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert claims["iss"] == claims["issuer"]["id"] == "did:web:testserver"
    assert claims["jti"] == claims["id"] == f"urn:uuid:{certificate.pk}"
    subject = claims["credentialSubject"]
    assert subject["achievement"]["name"] == certificate.course_title_en
    assert {"identityType": "systemId", "hashed": False}.items() <= subject["identifier"][0].items()
    assert str(certificate.user.uuid) in subject["identifier"][0]["identityHash"]
    assert claims["validFrom"].startswith(str(certificate.issued_at.year))
    assert claims["credentialStatus"]["id"].endswith(f"/{certificate.code}/?format=json")


def test_a_tampered_credential_fails_the_independent_check(client, downloaded):
    forged = _tampered(downloaded, name="Advanced firearms instructor")
    with pytest.raises(JoseError):
        jose_jwt.decode(forged, _published_keys(client), algorithms=["EdDSA"])


def test_the_did_document_names_the_same_key(client, downloaded):
    did = client.get("/.well-known/did.json")
    assert did["Content-Type"] == "application/did+json"
    document = did.json()
    assert document["id"] == "did:web:testserver"
    method = document["verificationMethod"][0]
    assert method["id"] in document["assertionMethod"]
    keys = KeySet.import_key_set({"keys": [method["publicKeyJwk"]]})
    jose_jwt.decode(downloaded, keys, algorithms=["EdDSA"])


def test_the_key_is_made_once_and_kept(client, settings):
    first = client.get("/.well-known/jwks.json").json()
    assert settings.CERTIFICATE_SIGNING_KEY_PATH.exists()
    assert oct(settings.CERTIFICATE_SIGNING_KEY_PATH.stat().st_mode & 0o777) == "0o600"
    assert client.get("/.well-known/jwks.json").json() == first


def _check(client, text, **extra):
    return client.post("/en/certificates/credentials/verify/?format=json", {"credential": text})


def test_the_checker_says_genuine_for_a_downloaded_credential(client, downloaded, certificate):
    data = _check(client, downloaded).json()
    assert data["result"] == "genuine"
    assert data["certificate"]["code"] == certificate.code


def test_the_checker_accepts_an_uploaded_file_and_answers_on_the_page(client, downloaded):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("credential.jwt", downloaded.encode(), "application/jwt")
    response = client.post("/en/certificates/credentials/verify/", {"file": upload})
    assert response.status_code == 200
    assert "This credential is genuine and current." in response.content.decode()


def test_the_checker_says_revoked_and_expired(client, downloaded, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() - timedelta(days=1)
    )
    assert _check(client, downloaded).json()["result"] == "expired"
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now())
    assert _check(client, downloaded).json()["result"] == "revoked"


@pytest.mark.parametrize(
    "text",
    ["not a credential", "a.b.c", "eyJhbGciOiJub25lIn0.eyJqdGkiOiJ4In0."],
)
def test_the_checker_says_not_genuine_for_garbage_without_detail(client, certified, text):
    data = _check(client, text).json()
    assert data == {
        "result": "not_genuine",
        "message": "This credential is not genuine: it was not issued by us or was changed.",
    }


def test_the_checker_says_not_genuine_for_a_tampered_credential_without_leaking(client, downloaded):
    data = _check(client, _tampered(downloaded, name="Something else")).json()
    assert data["result"] == "not_genuine" and "certificate" not in data


def test_a_credential_signed_by_another_key_is_not_genuine(client, downloaded, settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY_PATH = tmp_path / "other-key.pem"
    assert _check(client, downloaded).json()["result"] == "not_genuine"


def test_an_empty_submission_names_the_field(client, db):
    response = client.post("/en/certificates/credentials/verify/?format=json", {"credential": ""})
    assert response.status_code == 400
    assert response.json()["field"] == "credential"
    page = client.post("/en/certificates/credentials/verify/", {"credential": ""})
    assert page.status_code == 400
    assert "Paste the credential or choose its file." in page.content.decode()


def test_the_checker_is_rate_limited(client, downloaded, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 1
    assert _check(client, downloaded).status_code == 200
    response = _check(client, downloaded)
    assert response.status_code == 429 and int(response["Retry-After"]) >= 1


def test_another_learner_cannot_download_the_credential(client, certified, units):
    _user, certificate = certified
    client.force_login(factories.learner(units["douglas"]))
    assert client.get(f"/en/certificates/{certificate.code}/credential.jwt").status_code == 404
