"""What the SAML tests share: the platform configured to trust the test identity provider
(its metadata in a file), and the provider itself in the test's process, which reads the
platform's metadata from the platform's own address."""

from __future__ import annotations

import base64
import contextlib
import datetime
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import saml2
from saml2.server import Server

from identity.saml.config import forget_config
from organisations.models import Audience
from organisations.services import org_unit_create

from .idp import idp_config, idp_metadata, signed_response

IDP_BASE_URL = "http://127.0.0.1:8624"
ACS_PATH = "/sso/saml/acs/"


@dataclass
class SamlWorld:
    """The test identity provider (pysaml2's server) and the files it was made from."""

    folder: Path
    server: Server | None = None

    def provider(self, client, **policy) -> Server:
        """The provider's server, reading the platform's metadata through ``client``;
        ``policy`` changes its assertions (``lifetime={"minutes": -10}``)."""
        metadata = client.get("/sso/saml/metadata/")
        assert metadata.status_code == 200
        sp_file = self.folder / "sp-metadata.xml"
        sp_file.write_bytes(metadata.content)
        return Server(config=idp_config(IDP_BASE_URL, self.folder, sp_file, **policy))

    def start_sign_in(self, client, server: Server, next_url: str = "") -> dict:
        """Press "Sign in with …": the platform's signed request, as the provider reads it,
        and the answer's arguments (request ID, destination, audience)."""
        query = f"?idp=default&next={next_url}" if next_url else "?idp=default"
        answer = client.get(f"/sso/saml/login/{query}")
        assert answer.status_code == 302, answer.content
        location = answer["Location"]
        assert location.startswith(f"{IDP_BASE_URL}/sso/redirect?")
        params = {key: values[0] for key, values in parse_qs(urlsplit(location).query).items()}
        request = server.parse_authn_request(
            params["SAMLRequest"],
            saml2.BINDING_HTTP_REDIRECT,
            relay_state=params.get("RelayState"),
            sigalg=params.get("SigAlg"),
            signature=params.get("Signature"),
        )
        arguments = server.response_args(request.message, [saml2.BINDING_HTTP_POST])
        arguments["relay_state"] = params.get("RelayState", "")
        arguments["signature"] = params.get("Signature")
        arguments["request"] = request.message
        return arguments


def response_xml(server: Server, arguments: dict, **changes) -> str:
    return signed_response(
        server,
        arguments["in_response_to"],
        destination=changes.pop("destination", arguments["destination"]),
        audience=changes.pop("audience", arguments["sp_entity_id"]),
        **changes,
    )


@contextlib.contextmanager
def provider_clock_behind(seconds: int):
    """The provider's clock ``seconds`` behind while it writes an answer: its assertion
    is issued, valid from and valid until that long ago, as a stored answer would be."""
    from saml2 import time_util

    class PastDatetime(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.datetime.now(tz) - datetime.timedelta(seconds=seconds)

    class PastTime:
        def __getattr__(self, name):
            return getattr(time, name)

        @staticmethod
        def gmtime(stamp=None):
            return time.gmtime((time.time() if stamp is None else stamp) - seconds)

    real_datetime, real_time = time_util.datetime, time_util.time
    time_util.datetime, time_util.time = PastDatetime, PastTime()
    try:
        yield
    finally:
        time_util.datetime, time_util.time = real_datetime, real_time


def post_answer(client, xml: str, relay_state: str = ""):
    """The browser's POST of the provider's answer to the assertion consumer service."""
    return client.post(
        ACS_PATH,
        {"SAMLResponse": base64.b64encode(xml.encode()).decode(), "RelayState": relay_state},
    )


def mapped_places():
    """The unit and audiences the test person's attributes name, and the mapping of
    ``saml:default`` that reads them."""
    from identity.models import ClaimMapping

    unit = org_unit_create(code="YVR", name_en="YVR", name_fr="YVR", kind="unit", parent=None)
    bso = Audience.objects.create(code="BSO", name_en="Border officers", name_fr="Agents")
    cadet = Audience.objects.create(code="CADET", name_en="Cadets", name_fr="Cadets")
    ClaimMapping.objects.create(
        provider_key="saml:default",
        given_name_claim="givenName",
        family_name_claim="sn",
        email_claim="mail",
        employee_number_claim="employeeNumber",
        preferred_language_claim="",
        unit_code_claim="ou",
        audiences_claim="isMemberOf",
    )
    return unit, [bso, cadet]


def platform_trusting_test_provider(settings, tmp_path):
    """The platform trusting the test provider, whose metadata is in a file; keys of
    both sides in the test's own folder (a fixture's body: it yields)."""
    settings.SAML_SP_KEY_FILE = tmp_path / "sp" / "key.pem"
    settings.SAML_SP_CERT_FILE = tmp_path / "sp" / "cert.pem"
    metadata = tmp_path / "idp-metadata.xml"
    metadata.write_text(idp_metadata(idp_config(IDP_BASE_URL, tmp_path, None)))
    settings.SAML_IDP_METADATA = [str(metadata)]
    settings.SAML_IDP_LABEL = ["Test Agency"]
    settings.SAML_IDP_LABEL_FR = ["Agence d’essai"]
    forget_config()
    yield SamlWorld(folder=tmp_path)
    forget_config()


# pysaml2 signs and checks signatures with the xmlsec1 program (Debian's xmlsec1).
requires_xmlsec1 = pytest.mark.skipif(
    shutil.which("xmlsec1") is None,
    reason="no xmlsec1: install it (`apt-get install xmlsec1`) to run the SAML tests",
)
