"""A partner signs themselves up in a real browser: register from the sign-in page,
confirm through the link of the e-mail, sign in, and once the organisation's manager
approves them, the manager's dashboard counts them. Every page passes the
accessibility check.

The live server runs in another process, so its e-mail goes to files (Django's
file-based backend) that the test reads, not to the test's own outbox."""

import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from django.test import override_settings

from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.e2e

PASSWORD = "harbour-lights-2026"


@requires_chromium
class PartnerSignUpInBrowser(BrowserTestCase):
    @classmethod
    def setUpClass(cls):
        # Before the server process starts: it inherits these settings.
        cls.mail_dir = tempfile.mkdtemp(prefix="partners-mail-")
        cls.mail_settings = override_settings(
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=cls.mail_dir,
        )
        cls.mail_settings.enable()
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.mail_settings.disable()
        shutil.rmtree(cls.mail_dir, ignore_errors=True)

    def setUp(self):
        super().setUp()
        from django.core.cache import cache

        cache.clear()
        self.shelter = factories.org_unit(
            "Harbour Shelter", parent=self.units["agency"], kind="partner"
        )

    def link_from_mail(self, kind: str) -> str:
        """The path of the platform's link in the latest e-mail holding ``kind``."""
        for path in sorted(
            Path(self.mail_dir).iterdir(), key=lambda item: item.stat().st_mtime, reverse=True
        ):
            match = re.search(rf"http://testserver(/\S*/{kind}/\S+)", path.read_text())
            if match:
                return match.group(1)
        raise AssertionError(f"no e-mail with a {kind} link in {self.mail_dir}")

    def learners_cell(self, page):
        return page.locator(f'tr[data-unit="{self.units["agency"].pk}"] [data-field="learners"]')

    def test_register_confirm_sign_in_and_be_counted_once_approved(self):
        from playwright.sync_api import expect

        self.start_browser()
        base = self.live_server_url

        # The manager's dashboard counts the agency's one learner.
        dashboard = self.sign_in(self.manager)
        dashboard.goto(f"{base}/en/dashboard/")
        expect(self.learners_cell(dashboard)).to_have_text("1")

        # A partner finds the form from the sign-in page; an empty form names each field.
        page = self.browser.new_context(locale="en-CA").new_page()
        page.set_default_timeout(15000)
        page.goto(f"{base}/en/accounts/login/")
        page.get_by_role("link", name="Register as a partner").click()
        expect(page.locator("h1")).to_have_text("Register as a partner")
        self.check_accessibility(page)
        page.get_by_role("button", name="Register").click()
        expect(page.locator("#form-errors")).to_contain_text("E-mail: This field is required.")
        self.check_accessibility(page)

        page.fill("#id_first_name", "Rita")
        page.fill("#id_last_name", "Provider")
        page.fill("#id_email", "rita@shelter.example.org")
        page.fill("#id_password", PASSWORD)
        page.fill("#id_password_again", PASSWORD)
        page.get_by_label("English").check()
        page.fill("#id_organisation", "Harbour Shelter")
        page.get_by_role("button", name="Register").click()
        expect(page.locator("h1")).to_have_text("Check your e-mail")
        self.check_accessibility(page)

        # The link of the e-mail confirms the address.
        page.goto(base + self.link_from_mail("confirm"))
        self.check_accessibility(page)
        page.get_by_role("button", name="Confirm my e-mail").click()
        expect(page.locator("h1")).to_have_text("Your e-mail is confirmed")
        self.check_accessibility(page)

        # Awaiting approval, Rita signs in and may take an open course.
        page.locator("main").get_by_role("link", name="Sign in").click()
        page.fill("#id_username", "rita@shelter.example.org")
        page.fill("#id_password", PASSWORD)
        page.locator("main button[type=submit]").click()
        page.wait_for_url("**/en/my-learning/")
        page.goto(base + self.course.url)
        expect(page.locator("h1")).to_have_text("Trafficking awareness")

        # Not yet in the manager's figures.
        dashboard.reload()
        expect(self.learners_cell(dashboard)).to_have_text("1")

        # The manager approves her from the registrations page.
        dashboard.get_by_role("link", name="Partner registrations").click()
        self.check_accessibility(dashboard)
        dashboard.get_by_role("link", name="Rita Provider").click()
        self.check_accessibility(dashboard)
        dashboard.get_by_role("button", name="Record the decision").click()
        expect(dashboard.locator("#form-errors")).to_contain_text("Decision")
        self.check_accessibility(dashboard)
        dashboard.get_by_label("Approve").check()
        dashboard.get_by_role("button", name="Record the decision").click()
        expect(dashboard.locator(".messages")).to_contain_text("Rita Provider is approved.")
        self.check_accessibility(dashboard)

        # The invitation page and a refused link pass the check too.
        dashboard.get_by_role("link", name="Invite a partner").click()
        self.check_accessibility(dashboard)
        page.goto(f"{base}/en/partners/invitation/not-a-real-link/")
        expect(page.locator("h1")).to_have_text("This link cannot be used")
        self.check_accessibility(page)

        # Now she counts.
        dashboard.goto(f"{base}/en/dashboard/")
        expect(self.learners_cell(dashboard)).to_have_text("2")

        # The form in French, for someone signed out.
        visitor = self.browser.new_context(locale="fr-CA").new_page()
        visitor.goto(f"{base}/fr/partenaires/inscription/")
        expect(visitor.locator("h1")).to_have_text("S’inscrire comme partenaire")
        self.check_accessibility(visitor)

        assert self.violations == []
