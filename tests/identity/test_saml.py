"""SAML 2.0 sign-in through HTTP, against pysaml2 acting as the identity provider: the
platform's metadata, its signed requests, a signed answer that provisions the person,
and the answers it refuses (unsigned, tampered with, expired, meant for another
service, used twice, unsolicited, from an unknown provider), each with a clear page,
nobody signed in, nobody created, and a failed sign-in in the audit trail."""

import base64
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from saml2.server import Server

from identity.models import ExternalIdentity
from organisations.models import AuditEvent, LearnerProfile

from .saml_idp.idp import idp_config, signed_response
from .saml_idp.support import (
    IDP_BASE_URL,
    mapped_places,
    platform_trusting_test_provider,
    post_answer,
    provider_clock_behind,
    requires_xmlsec1,
    response_xml,
)

pytestmark = [pytest.mark.django_db, requires_xmlsec1]

MD = "{urn:oasis:names:tc:SAML:2.0:metadata}"
DS = "{http://www.w3.org/2000/09/xmldsig#}"


@pytest.fixture
def saml_world(settings, tmp_path):
    yield from platform_trusting_test_provider(settings, tmp_path)


def people() -> int:
    return get_user_model().objects.count()


def failed_sign_ins() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN_FAILED))


def assert_refused(answer, reason: str, text: str, *, status: int = 403, before: int):
    assert answer.status_code == status
    page = answer.content.decode()
    assert "Sign-in refused" in page
    assert text in page
    assert people() == before
    assert not ExternalIdentity.objects.exists()
    assert "_auth_user_id" not in answer.wsgi_request.session
    failed = failed_sign_ins()
    assert [event.detail["reason"] for event in failed] == [reason]
    assert failed[0].actor is None


def test_metadata_names_the_platform_its_assertion_consumer_service_and_its_certificate(
    client, saml_world, settings
):
    answer = client.get("/sso/saml/metadata/")

    assert answer.status_code == 200
    assert answer["Content-Type"].startswith("application/samlmetadata+xml")
    root = ET.fromstring(answer.content)
    assert root.get("entityID") == "http://testserver/sso/saml/metadata/"
    sp = root.find(f"{MD}SPSSODescriptor")
    assert sp.get("AuthnRequestsSigned") == "true"
    assert sp.get("WantAssertionsSigned") == "true"
    acs = sp.find(f"{MD}AssertionConsumerService")
    assert acs.get("Location") == "http://testserver/sso/saml/acs/"
    assert acs.get("Binding") == "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
    slo = {s.get("Binding"): s.get("Location") for s in sp.findall(f"{MD}SingleLogoutService")}
    assert "http://testserver/sso/saml/ls/" in slo.values()
    signing = [k for k in sp.findall(f"{MD}KeyDescriptor") if k.get("use") == "signing"]
    published = signing[0].find(f"{DS}KeyInfo/{DS}X509Data/{DS}X509Certificate").text
    pem = Path(settings.SAML_SP_CERT_FILE).read_text()
    assert "".join(published.split()) in "".join(pem.splitlines()[1:-1])


def test_the_key_pair_is_made_once_with_a_private_key_only_its_owner_reads(
    client, saml_world, settings
):
    client.get("/sso/saml/metadata/")
    key = Path(settings.SAML_SP_KEY_FILE)
    first = key.read_bytes()

    client.get("/sso/saml/metadata/")

    assert oct(key.stat().st_mode & 0o777) == "0o600"
    assert key.read_bytes() == first


def test_an_entity_id_from_the_environment_is_published(client, saml_world, settings):
    settings.SAML_SP_ENTITY_ID = "https://learning.example.gc.ca/saml"

    root = ET.fromstring(client.get("/sso/saml/metadata/").content)

    assert root.get("entityID") == "https://learning.example.gc.ca/saml"


def test_without_identity_provider_metadata_saml_is_off(client, settings):
    settings.SAML_IDP_METADATA = []

    for path in ("/sso/saml/metadata/", "/sso/saml/login/?idp=default"):
        assert client.get(path).status_code == 404
    assert client.post("/sso/saml/acs/", {"SAMLResponse": "x"}).status_code == 404
    page = client.get("/en/accounts/login/").content.decode()
    assert "/sso/saml/login/" not in page


def test_the_sign_in_page_offers_the_identity_provider_in_each_language(client, saml_world):
    english = client.get("/en/accounts/login/?next=/en/my-learning/").content.decode()
    french = client.get("/fr/comptes/connexion/").content.decode()

    assert "Sign in with Test Agency" in english
    assert "/sso/saml/login/?idp=default&amp;next=%2Fen%2Fmy-learning%2F" in english
    assert "Agence d’essai" in french


def test_the_request_to_the_provider_is_signed(client, saml_world):
    server = saml_world.provider(client)

    arguments = saml_world.start_sign_in(client, server)

    assert arguments["signature"]
    assert arguments["request"].issuer.text == "http://testserver/sso/saml/metadata/"
    assert arguments["destination"] == "http://testserver/sso/saml/acs/"


def test_a_signed_answer_provisions_the_learner_in_the_mapped_unit_and_audiences(
    client, saml_world
):
    unit, audiences = mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server, next_url="/en/my-records/")

    answer = post_answer(client, response_xml(server, arguments), arguments["relay_state"])

    assert answer.status_code == 302
    assert answer["Location"] == "/en/my-records/"
    person = get_user_model().objects.get(email="renee.morin@agency.example")
    assert (person.first_name, person.last_name) == ("Renée", "Morin")
    profile = LearnerProfile.objects.get(user=person)
    assert profile.org_unit == unit
    assert profile.employee_number == "E-4471"
    assert set(profile.audiences.all()) == set(audiences)
    identity = ExternalIdentity.objects.get(user=person)
    assert (identity.provider_key, identity.subject) == ("saml:default", "a1b2c3-rmorin")
    session = answer.wsgi_request.session
    assert session["_auth_user_id"] == str(person.pk)
    assert session["identity_sso_provider"] == "saml:default"
    assert not failed_sign_ins()


def test_the_same_person_signing_in_again_is_found_by_their_subject(client, saml_world):
    mapped_places()
    server = saml_world.provider(client)
    for _time in range(2):
        client.logout()
        arguments = saml_world.start_sign_in(client, server)
        answer = post_answer(client, response_xml(server, arguments))
        assert answer.status_code == 302

    assert ExternalIdentity.objects.count() == 1
    assert get_user_model().objects.filter(email="renee.morin@agency.example").count() == 1


def test_an_unsigned_assertion_is_refused(client, saml_world):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    before = people()

    answer = post_answer(client, response_xml(server, arguments, sign_assertion=False))

    assert_refused(answer, "signature", "was not signed", before=before)


def test_an_assertion_changed_after_signing_is_refused(client, saml_world):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    before = people()
    xml = response_xml(server, arguments).replace("E-4471", "E-0001")

    answer = post_answer(client, xml)

    assert_refused(answer, "signature", "was not signed", before=before)


def test_an_assertion_signed_by_another_key_is_refused(client, saml_world, tmp_path):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    impostor_folder = tmp_path / "impostor"
    impostor = Server(
        config=idp_config(IDP_BASE_URL, impostor_folder, saml_world.folder / "sp-metadata.xml")
    )
    before = people()

    answer = post_answer(client, response_xml(impostor, arguments))

    assert_refused(answer, "signature", "was not signed", before=before)


def test_an_expired_assertion_is_refused(client, saml_world):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    with provider_clock_behind(3600):
        xml = response_xml(server, arguments)
    before = people()

    answer = post_answer(client, xml)

    assert_refused(answer, "expired", "no longer valid", before=before)


def test_an_assertion_for_another_service_is_refused(client, saml_world):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    before = people()

    answer = post_answer(
        client, response_xml(server, arguments, audience="https://elsewhere.example/sp")
    )

    assert_refused(answer, "audience", "meant for another service", before=before)


def test_an_answer_used_twice_is_refused_the_second_time(client, saml_world):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    xml = response_xml(server, arguments)
    assert post_answer(client, xml).status_code == 302
    client.logout()
    before = people()
    failed_before = len(failed_sign_ins())

    answer = post_answer(client, xml)

    assert answer.status_code == 403
    assert "already been used" in answer.content.decode()
    assert "_auth_user_id" not in answer.wsgi_request.session
    assert people() == before
    assert len(failed_sign_ins()) == failed_before + 1
    assert failed_sign_ins()[-1].detail["reason"] == "replay"


def test_an_answer_copied_into_another_browser_is_refused(client, saml_world, django_user_model):
    from django.test import Client

    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    xml = response_xml(server, arguments)
    assert post_answer(client, xml).status_code == 302
    other_browser = Client()

    answer = post_answer(other_browser, xml)

    assert answer.status_code == 403
    assert "_auth_user_id" not in answer.wsgi_request.session
    assert failed_sign_ins()[-1].detail["reason"] == "replay"


def test_an_answer_to_a_request_this_browser_never_sent_is_refused(client, saml_world):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    before = people()
    arguments["in_response_to"] = "id-never-sent-by-this-browser"

    answer = post_answer(client, response_xml(server, arguments))

    assert_refused(answer, "unsolicited", "does not match a sign-in started", before=before)


def test_an_answer_from_an_unknown_provider_is_refused(client, saml_world, tmp_path):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    stranger = Server(
        config=idp_config(
            "http://127.0.0.1:8625", tmp_path / "stranger", saml_world.folder / "sp-metadata.xml"
        )
    )
    before = people()

    answer = post_answer(client, response_xml(stranger, arguments))

    assert_refused(answer, "unknown_provider", "not one the platform trusts", before=before)


def test_an_unreadable_answer_is_a_bad_request(client, saml_world):
    before = people()

    answer = client.post("/sso/saml/acs/", {"SAMLResponse": "not-saml"})

    assert_refused(answer, "unreadable", "could not be read", status=400, before=before)


def test_attributes_that_place_nobody_are_refused_by_the_mapping(client, saml_world):
    from identity.models import ClaimMapping

    ClaimMapping.objects.create(provider_key="saml:default", unit_code_claim="ou")
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    before = people()

    answer = post_answer(client, response_xml(server, arguments))

    assert answer.status_code == 403
    assert "No unit has the code YVR" in answer.content.decode()
    assert people() == before
    assert failed_sign_ins()[-1].detail["reason"] == "claims"


def test_an_unknown_provider_name_is_refused(client, saml_world):
    answer = client.get("/sso/saml/login/?idp=nobody")

    assert answer.status_code == 403
    assert "not one the platform trusts" in answer.content.decode()
    assert failed_sign_ins()[-1].detail["reason"] == "unknown_provider"


def test_refusals_are_explained_in_french(client, saml_world):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)

    answer = client.post(
        "/sso/saml/acs/",
        {
            "SAMLResponse": base64.b64encode(
                response_xml(server, arguments, sign_assertion=False).encode()
            ).decode()
        },
        HTTP_ACCEPT_LANGUAGE="fr",
    )

    assert answer.status_code == 403
    page = answer.content.decode()
    assert "Connexion refusée" in page
    assert re.search(r"n’était pas signée", page)


def test_signing_out_ends_the_session_and_asks_the_provider_to_sign_out_too(client, saml_world):
    mapped_places()
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)
    post_answer(client, response_xml(server, arguments))

    answer = client.post("/sso/saml/logout/")

    # A page that moves on to the provider by itself (a form may lead only to the
    # platform's origin), with its signed logout request.
    assert answer.status_code == 200
    location = re.search(r'href="([^"]+)" id="end-session"', answer.content.decode())[1]
    location = html.unescape(location)
    assert location.startswith(f"{IDP_BASE_URL}/slo/redirect?SAMLRequest=")
    assert "Signature=" in location
    assert "_auth_user_id" not in client.session


def test_signed_response_helper_keeps_its_signature(client, saml_world):
    """The test provider's answers are signed where the assertion is (a guard for the
    refusal tests above: an unsigned one would pass them for the wrong reason)."""
    server = saml_world.provider(client)
    arguments = saml_world.start_sign_in(client, server)

    xml = signed_response(
        server,
        arguments["in_response_to"],
        destination=arguments["destination"],
        audience=arguments["sp_entity_id"],
    )

    assert re.search(r"<saml:Assertion[^>]*>.*<ds:Signature", xml, re.S)


def test_metadata_entries_are_named_by_their_prefix_or_their_position(settings):
    from identity.saml.config import metadata_sources

    settings.SAML_IDP_METADATA = [
        "/etc/saml/idp.xml",
        "cbsa=https://idp.cbsa.example/metadata?format=saml2",
        "https://other.example/metadata?tenant=a=b",
    ]

    assert [(source.name, source.location) for source in metadata_sources()] == [
        ("default", "/etc/saml/idp.xml"),
        ("cbsa", "https://idp.cbsa.example/metadata?format=saml2"),
        ("idp3", "https://other.example/metadata?tenant=a=b"),
    ]


def test_an_unreachable_provider_metadata_leaves_the_platform_metadata_and_a_clear_page(
    client, saml_world, settings
):
    # Nothing listens there: the provider's metadata cannot be fetched.
    settings.SAML_IDP_METADATA = ["http://127.0.0.1:8621/metadata"]

    metadata = client.get("/sso/saml/metadata/")
    sign_in_page = client.get("/en/accounts/login/")
    start = client.get("/sso/saml/login/?idp=default")

    assert metadata.status_code == 200
    assert b"entityID" in metadata.content
    assert sign_in_page.status_code == 200
    assert start.status_code == 502
    assert "cannot be reached just now" in start.content.decode()
    assert failed_sign_ins()[-1].detail["reason"] == "unavailable"
