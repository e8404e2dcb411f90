"""A small SAML 2.0 identity provider for the tests, built on pysaml2's own
:class:`saml2.server.Server`: it publishes its metadata, reads the platform's (from a URL,
fetched when first needed, or from a file), checks the signature of each authentication
request, shows a sign-in form for its test people, and answers with a signed assertion
through the HTTP-POST binding. It also answers single logout requests.

Run as ``python -m tests.identity.saml_idp.idp --port N --folder DIR --sp-metadata URL``;
tests use :func:`idp_server` (``conftest.py``) to start it on a free port.
"""

from __future__ import annotations

import argparse
import html
import secrets
import threading
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, make_server

import saml2
from saml2.authn_context import PASSWORD
from saml2.config import IdPConfig
from saml2.metadata import entity_descriptor
from saml2.saml import NAMEID_FORMAT_PERSISTENT, NameID
from saml2.server import Server
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256

from identity.saml.keys import ensure_key_pair

#: The test people: password and attributes, keyed by username.
PEOPLE = {
    "rmorin": {
        "password": "idp-pass-1234",
        "subject": "a1b2c3-rmorin",
        "attributes": {
            "givenName": ["Renée"],
            "sn": ["Morin"],
            "mail": ["renee.morin@agency.example"],
            "employeeNumber": ["E-4471"],
            "ou": ["YVR"],
            "isMemberOf": ["BSO", "CADET"],
        },
    }
}


def idp_config(base_url: str, folder: Path, sp_metadata: Path | None, **policy) -> IdPConfig:
    """The identity provider's pysaml2 configuration; its key pair lives in ``folder``."""
    key_file, cert_file = ensure_key_pair(
        folder / "idp-key.pem", folder / "idp-cert.pem", f"{base_url}/metadata"
    )
    config = IdPConfig()
    config.load(
        {
            "entityid": f"{base_url}/metadata",
            "key_file": str(key_file),
            "cert_file": str(cert_file),
            "accepted_time_diff": 60,
            "organization": {
                "name": [("Test Agency", "en"), ("Agence d’essai", "fr")],
                "display_name": [("Test Agency", "en"), ("Agence d’essai", "fr")],
                "url": [(base_url, "en")],
            },
            "service": {
                "idp": {
                    "name": "Test identity provider",
                    "endpoints": {
                        "single_sign_on_service": [
                            (f"{base_url}/sso/redirect", saml2.BINDING_HTTP_REDIRECT)
                        ],
                        "single_logout_service": [
                            (f"{base_url}/slo/redirect", saml2.BINDING_HTTP_REDIRECT)
                        ],
                    },
                    "name_id_format": [NAMEID_FORMAT_PERSISTENT],
                    "want_authn_requests_signed": True,
                    "sign_assertion": True,
                    "sign_response": False,
                    "signing_algorithm": SIG_RSA_SHA256,
                    "digest_algorithm": DIGEST_SHA256,
                    "policy": {"default": {"lifetime": {"minutes": 5}, **policy}},
                }
            },
            "metadata": {"local": [str(sp_metadata)]} if sp_metadata else {},
        }
    )
    return config


def idp_metadata(config: IdPConfig) -> str:
    return str(entity_descriptor(config))


def name_id_for(person: dict, sp_entity_id: str) -> NameID:
    return NameID(
        format=NAMEID_FORMAT_PERSISTENT,
        sp_name_qualifier=sp_entity_id,
        text=person["subject"],
    )


def signed_response(
    server: Server,
    request_id: str,
    *,
    destination: str,
    audience: str,
    username: str = "rmorin",
    sign_assertion: bool = True,
) -> str:
    """A ``Response`` to the request ``request_id`` for a test person, as the XML string
    the HTTP-POST binding carries (before its base64)."""
    person = PEOPLE[username]
    response = server.create_authn_response(
        identity=person["attributes"],
        in_response_to=request_id,
        destination=destination,
        sp_entity_id=audience,
        userid=username,
        name_id=name_id_for(person, audience),
        authn={"class_ref": PASSWORD, "authn_auth": server.config.entityid},
        sign_assertion=sign_assertion,
        sign_response=False,
    )
    return str(response)


class TestIdentityProvider:
    """The WSGI application. Pending requests wait in memory under a random ticket
    between the sign-in form and its answer."""

    def __init__(self, base_url: str, folder: Path, sp_metadata_url: str):
        self.base_url = base_url
        self.folder = folder
        self.sp_metadata_url = sp_metadata_url
        self._server: Server | None = None
        self._pending: dict[str, dict] = {}
        self._lock = threading.Lock()
        self.metadata = idp_metadata(idp_config(base_url, folder, None))

    def server(self) -> Server:
        """pysaml2's server, made once the platform's metadata can be fetched."""
        with self._lock:
            if self._server is None:
                sp_file = self.folder / "sp-metadata.xml"
                with urllib.request.urlopen(self.sp_metadata_url, timeout=10) as answer:
                    sp_file.write_bytes(answer.read())
                self._server = Server(config=idp_config(self.base_url, self.folder, sp_file))
            return self._server

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        query = {
            key: values[0] for key, values in parse_qs(environ.get("QUERY_STRING", "")).items()
        }
        try:
            if path == "/metadata":
                return self._answer(start_response, "200 OK", self.metadata, "text/xml")
            if path == "/sso/redirect":
                return self.sign_in_form(start_response, query)
            if path == "/sso/login" and environ["REQUEST_METHOD"] == "POST":
                length = int(environ.get("CONTENT_LENGTH") or 0)
                form = parse_qs(environ["wsgi.input"].read(length).decode())
                return self.sign_in(start_response, {k: v[0] for k, v in form.items()})
            if path == "/slo/redirect":
                return self.single_logout(start_response, query)
        except Exception as error:  # the tests read the reason on the page
            return self._answer(
                start_response, "400 Bad Request", f"<p>{html.escape(str(error))}</p>"
            )
        return self._answer(start_response, "404 Not Found", "<p>Not found</p>")

    def sign_in_form(self, start_response, query: dict):
        request = self.server().parse_authn_request(
            query["SAMLRequest"],
            saml2.BINDING_HTTP_REDIRECT,
            relay_state=query.get("RelayState"),
            sigalg=query.get("SigAlg"),
            signature=query.get("Signature"),
        )
        if request is None or request.message.signature is None and not query.get("Signature"):
            raise ValueError("The authentication request is not signed.")
        ticket = secrets.token_urlsafe(16)
        self._pending[ticket] = {
            "message": request.message,
            "relay_state": query.get("RelayState", ""),
        }
        page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Test identity provider</title></head><body><main>
<h1>Test identity provider</h1>
<p>Signing in to {html.escape(request.message.issuer.text)}</p>
<form method="post" action="/sso/login">
<input type="hidden" name="ticket" value="{ticket}">
<label for="username">Username</label> <input id="username" name="username">
<label for="password">Password</label> <input id="password" name="password" type="password">
<button type="submit">Continue</button>
</form></main></body></html>"""
        return self._answer(start_response, "200 OK", page)

    def sign_in(self, start_response, form: dict):
        pending = self._pending.pop(form.get("ticket", ""), None)
        person = PEOPLE.get(form.get("username", ""))
        if pending is None or person is None or person["password"] != form.get("password"):
            return self._answer(
                start_response, "403 Forbidden", "<p>Wrong username or password</p>"
            )
        server = self.server()
        arguments = server.response_args(pending["message"], [saml2.BINDING_HTTP_POST])
        response = signed_response(
            server,
            arguments["in_response_to"],
            destination=arguments["destination"],
            audience=arguments["sp_entity_id"],
            username=form["username"],
        )
        http = server.apply_binding(
            saml2.BINDING_HTTP_POST,
            response,
            arguments["destination"],
            pending["relay_state"],
            response=True,
        )
        return self._answer(start_response, "200 OK", "".join(http["data"]))

    def single_logout(self, start_response, query: dict):
        server = self.server()
        request = server.parse_logout_request(
            query["SAMLRequest"],
            saml2.BINDING_HTTP_REDIRECT,
            relay_state=query.get("RelayState"),
            sigalg=query.get("SigAlg"),
            signature=query.get("Signature"),
        )
        response = server.create_logout_response(
            request.message, [saml2.BINDING_HTTP_REDIRECT], sign=False
        )
        arguments = server.response_args(request.message, [saml2.BINDING_HTTP_REDIRECT])
        http = server.apply_binding(
            saml2.BINDING_HTTP_REDIRECT,
            str(response),
            arguments["destination"],
            query.get("RelayState", ""),
            response=True,
            sign=True,
            sigalg=SIG_RSA_SHA256,
        )
        location = dict(http["headers"])["Location"]
        start_response("302 Found", [("Location", location)])
        return [b""]

    @staticmethod
    def _answer(start_response, status: str, body: str, content_type: str = "text/html"):
        start_response(status, [("Content-Type", f"{content_type}; charset=utf-8")])
        return [body.encode()]


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the standard library's name)
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--sp-metadata", required=True, help="the platform's metadata URL")
    arguments = parser.parse_args()
    base_url = f"http://127.0.0.1:{arguments.port}"
    application = TestIdentityProvider(base_url, arguments.folder, arguments.sp_metadata)
    with make_server(
        "127.0.0.1", arguments.port, application, handler_class=_QuietHandler
    ) as httpd:
        print("ready", flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
