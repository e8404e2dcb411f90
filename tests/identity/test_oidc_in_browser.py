"""A person signs in with their agency's OpenID Connect provider in a real browser: the
platform's "Sign in with …" button, the provider's sign-in and consent pages, back on
the platform signed in as a learner placed by the claim mapping; signing out ends the
provider's session too. The provider is a real one, in a process of its own."""

import re

import pytest
from django.test import override_settings

from identity.models import ClaimMapping, ExternalIdentity
from organisations.models import Audience, User
from organisations.services import org_unit_create
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.identity.oidc_provider.runner import PASSWORD, Application, TestProvider, free_port

pytestmark = pytest.mark.e2e

CLAIMS = {"unit": "yvr-port", "groups": ["bso"], "employee_number": "E-2002", "locale": "en"}


@requires_chromium
class OpenIdConnectInBrowser(BrowserTestCase):
    @classmethod
    def setUpClass(cls):
        cls.application = Application("platform-e2e", "platform-e2e-secret", [], [])
        cls.provider = TestProvider(
            applications=[cls.application],
            users=[
                {
                    "username": "priya",
                    "first_name": "Priya",
                    "last_name": "Singh",
                    "email": "priya.singh@cbsa.example",
                }
            ],
            claims={"priya": CLAIMS},
        )
        cls.provider.port = free_port()
        # The live server is started (forked) below: it must know the provider already.
        cls.oidc_settings = override_settings(
            OIDC_PROVIDERS=cls.provider.platform_settings("cbsa", cls.application)
        )
        cls.oidc_settings.enable()
        super().setUpClass()
        platform = f"http://{cls.host}:{cls._port}"
        cls.application.redirect_uris = [f"{platform}/sso/oidc/cbsa/callback/"]
        cls.application.post_logout_redirect_uris = [f"{platform}/sso/oidc/signed-out/"]
        cls.provider.start()

    @classmethod
    def tearDownClass(cls):
        cls.provider.stop()
        super().tearDownClass()
        cls.oidc_settings.disable()

    def setUp(self):
        super().setUp()
        self.port_unit = org_unit_create(
            code="yvr-port",
            name_en="YVR port",
            name_fr="Port YVR",
            kind="unit",
            parent=self.units["agency"],
        )
        Audience.objects.get_or_create(
            code="bso", defaults={"name_en": "Border services officer", "name_fr": "ASF"}
        )
        ClaimMapping.objects.create(
            provider_key="oidc:cbsa",
            employee_number_claim="employee_number",
            unit_code_claim="unit",
            audiences_claim="groups",
        )

    def test_a_person_signs_in_with_their_agency_and_out_again(self):
        from playwright.sync_api import expect

        self.start_browser()
        french = self.browser.new_context(locale="fr-CA").new_page()
        french.goto(f"{self.live_server_url}/fr/comptes/connexion/")
        self.check_accessibility(french)
        link = french.get_by_role("link", name="Se connecter avec Compte de l’agence frontalière")
        assert "/fr/comptes/connexion-avec/cbsa/" in link.get_attribute("href")

        page = self.browser.new_context(locale="en-CA").new_page()
        page.set_default_timeout(15000)
        page.goto(f"{self.live_server_url}/en/accounts/login/")
        self.check_accessibility(page)
        page.get_by_role("link", name="Sign in with Border agency account").click()

        page.wait_for_url(f"{self.provider.base_url}/accounts/login/**")
        page.fill("#id_username", "priya")
        page.fill("#id_password", PASSWORD)
        page.get_by_role("button", name="Sign in at the provider").click()
        page.get_by_role("button", name="Allow").click()

        page.wait_for_url(f"{self.live_server_url}/en/my-learning/")
        expect(page.get_by_role("heading", name="My learning")).to_be_visible()
        expect(page.get_by_role("button", name="Sign out")).to_be_visible()
        self.check_accessibility(page)

        priya = User.objects.get(email="priya.singh@cbsa.example")
        assert (priya.first_name, priya.last_name) == ("Priya", "Singh")
        assert priya.learner_profile.org_unit == self.port_unit
        assert priya.learner_profile.employee_number == "E-2002"
        assert [a.code for a in priya.learner_profile.audiences.all()] == ["bso"]
        assert ExternalIdentity.objects.get(user=priya).provider_key == "oidc:cbsa"

        page.get_by_role("button", name="Sign out").click()
        page.wait_for_url(re.compile(rf"^{re.escape(self.live_server_url)}/(en/)?$"))
        expect(page.get_by_role("button", name="Sign out")).to_have_count(0)

        # The provider's own session ended too: it asks for the password again.
        page.goto(f"{self.live_server_url}/en/accounts/login/")
        page.get_by_role("link", name="Sign in with Border agency account").click()
        page.wait_for_url(f"{self.provider.base_url}/accounts/login/**")
        expect(page.get_by_role("heading", name="Test provider: sign in")).to_be_visible()
        assert self.violations == [], "\n".join(self.violations)
