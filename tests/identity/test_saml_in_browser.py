"""SAML 2.0 sign-in in a real browser, against a real identity provider: pysaml2's server
running in its own process (tests/identity/saml_idp/), which reads the platform's
metadata from the platform's address while the platform reads the provider's from its
address. A newcomer presses "Sign in with Test Agency", signs in at the provider, and
lands on the platform as a learner of the unit and audiences their attributes name;
then signs out. Every page of the platform passes the accessibility check."""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from identity.models import ExternalIdentity
from identity.saml.config import forget_config
from organisations.models import LearnerProfile, User
from tests import factories
from tests.e2e.browser import fresh_daphne_process, requires_chromium, serious_violations
from tests.e2e.test_learning_path import BrowserTestCase

from .saml_idp.idp import PEOPLE
from .saml_idp.support import mapped_places, requires_xmlsec1

pytestmark = [pytest.mark.e2e, requires_xmlsec1]

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

#: The ports this test may use.
PORTS = range(8626, 8640)


def free_port(taken: set[int] = frozenset()) -> int:
    for port in PORTS:
        if port in taken:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("No free port for the SAML browser test.")


PLATFORM_PORT = free_port()
IDP_PORT = free_port({PLATFORM_PORT})
PLATFORM_URL = f"http://127.0.0.1:{PLATFORM_PORT}"
IDP_URL = f"http://127.0.0.1:{IDP_PORT}"


class _PlatformServer(fresh_daphne_process()):
    """The live server on a port known before it starts: its address is the platform's
    SITE_URL, and so its entity ID and its assertion consumer service."""

    def __init__(self, host, get_application, **kwargs):
        super().__init__(host, get_application, port=PLATFORM_PORT, **kwargs)


def start_identity_provider(folder: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.identity.saml_idp.idp",
            "--port",
            str(IDP_PORT),
            "--folder",
            str(folder),
            "--sp-metadata",
            f"{PLATFORM_URL}/sso/saml/metadata/",
        ],
        cwd=settings.BASE_DIR,
        stdout=subprocess.PIPE,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "elearning.settings.test"},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{IDP_URL}/metadata", timeout=2) as answer:
                if answer.status == 200:
                    return process
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("The test identity provider stopped.") from None
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("The test identity provider did not start.")


class SamlBrowserTestCase(BrowserTestCase):
    """The live platform trusting the test identity provider, started beside it."""

    host = "127.0.0.1"
    ProtocolServerProcess = _PlatformServer

    @classmethod
    def setUpClass(cls):
        cls._folder = tempfile.TemporaryDirectory(prefix="saml-e2e-")
        folder = Path(cls._folder.name)
        cls._identity_provider = start_identity_provider(folder / "idp")
        cls._saml_settings = override_settings(
            SITE_URL=PLATFORM_URL,
            SAML_IDP_METADATA=[f"{IDP_URL}/metadata"],
            SAML_IDP_LABEL=["Test Agency"],
            SAML_IDP_LABEL_FR=["Agence d’essai"],
            SAML_SP_KEY_FILE=folder / "sp" / "key.pem",
            SAML_SP_CERT_FILE=folder / "sp" / "cert.pem",
        )
        cls._saml_settings.enable()
        forget_config()
        try:
            super().setUpClass()
        except Exception:
            cls._stop_identity_provider()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            super().tearDownClass()
        finally:
            cls._saml_settings.disable()
            forget_config()
            cls._stop_identity_provider()

    @classmethod
    def _stop_identity_provider(cls):
        cls._identity_provider.terminate()
        cls._identity_provider.wait(timeout=10)
        cls._identity_provider.stdout.close()
        cls._folder.cleanup()

    def setUp(self):
        # An earlier browser test may have emptied the database, the locales included.
        factories.locales()
        self.unit, self.audiences = mapped_places()
        self.playwright = None


@requires_chromium
class SamlSignInInBrowser(SamlBrowserTestCase):
    def test_a_newcomer_signs_in_at_their_provider_and_lands_as_a_learner_then_signs_out(self):
        self.start_browser()
        context = self.browser.new_context(locale="en-CA")
        page = context.new_page()
        page.set_default_timeout(20000)
        violations = []

        page.goto(f"{self.live_server_url}/en/accounts/login/")
        violations += serious_violations(page)
        page.get_by_role("link", name="Sign in with Test Agency").click()

        page.wait_for_url(f"{IDP_URL}/sso/redirect?**")
        person = PEOPLE["rmorin"]
        page.fill("#username", "rmorin")
        page.fill("#password", person["password"])
        page.get_by_role("button", name="Continue").click()

        page.wait_for_url(f"{self.live_server_url}/en/my-learning/**")
        page.locator(".account-bar").wait_for(state="attached")
        assert "Renée" in page.content()
        violations += serious_violations(page)

        learner = User.objects.get(email="renee.morin@agency.example")
        profile = LearnerProfile.objects.get(user=learner)
        assert profile.org_unit == self.unit
        assert set(profile.audiences.all()) == set(self.audiences)
        assert ExternalIdentity.objects.get(user=learner).provider_key == "saml:default"

        # Signing out goes through the provider's single logout and back.
        visited = []
        page.on("request", lambda request: visited.append(request.url))
        with page.expect_request(lambda request: "/sso/saml/ls/" in request.url):
            page.locator(".account-sign-out").first.click()
        page.wait_for_load_state()
        assert any(url.startswith(f"{IDP_URL}/slo/redirect?SAMLRequest=") for url in visited)
        assert page.url.startswith(self.live_server_url)
        page.goto(f"{self.live_server_url}/en/my-learning/")
        assert "/accounts/login/" in page.url or "connexion" in page.url
        assert violations == []


@requires_chromium
class SamlRefusalInBrowser(SamlBrowserTestCase):
    def test_a_refused_answer_shows_a_clear_page(self):
        self.start_browser()
        page = self.browser.new_context(locale="en-CA").new_page()
        page.set_default_timeout(20000)
        page.goto(f"{self.live_server_url}/en/accounts/login/")
        # An answer nobody asked for, posted the way a provider's page would.
        page.set_content(
            f'<form method="post" action="{self.live_server_url}/sso/saml/acs/">'
            '<input name="SAMLResponse" value="bm90IHNhbWw="><button>Send</button></form>'
        )
        page.get_by_role("button", name="Send").click()
        page.wait_for_url(f"{self.live_server_url}/sso/saml/acs/")
        assert page.get_by_role("heading", name="Sign-in refused").is_visible()
        assert page.get_by_role("alert").is_visible()
        assert serious_violations(page) == []
        assert not User.objects.exists()
