"""A trainer sets up their second factor in a real browser: signs in with the password,
is sent to set up an authenticator, types the key shown on the page into an app (here,
the test computes the app's code), keeps the ten recovery codes, signs out, and at the
next sign-in is asked for the code before the administration opens. The set-up and code
pages pass the accessibility check."""

import base64
import re
import time

import pytest
from django.test import override_settings
from django_otp.oath import TOTP

from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

pytestmark = pytest.mark.e2e


def app_code(secret_text: str, *, later: int = 0) -> str:
    totp = TOTP(base64.b32decode(secret_text.replace(" ", "")))
    totp.time = time.time() + 30 * later
    return f"{totp.token():06d}"


@requires_chromium
@override_settings(SECOND_FACTOR_ROLES=["administrator", "manager", "trainer"])
class SecondFactorInBrowser(BrowserTestCase):
    def test_a_trainer_sets_up_the_second_factor_and_is_asked_for_it_next_time(self):
        from playwright.sync_api import expect

        trainer = factories.trainer(first_name="Taylor", last_name="Dubois")
        self.start_browser()

        page = self.sign_in(trainer)
        page.wait_for_url(re.compile(r"/en/accounts/second-factor/set-up/"))
        expect(page.locator("h1")).to_have_text("Set up your second factor")
        expect(page.get_by_role("img", name="QR code to add this account")).to_be_visible()
        self.check_accessibility(page)
        secret = page.locator("#second-factor-secret").inner_text()

        # A wrong code first: the page says so, on the field.
        page.get_by_label("Code from the app").fill(
            "000000" if app_code(secret) != "000000" else "111111"
        )
        page.get_by_role("button", name="Confirm and continue").click()
        expect(page.locator("#id_code-error")).to_contain_text("That code does not match")
        expect(page.get_by_label("Code from the app")).to_have_attribute("aria-invalid", "true")
        self.check_accessibility(page)

        # The wrong try is throttled for a second; then the app's code sets it up.
        page.wait_for_timeout(1100)
        page.get_by_label("Code from the app").fill(app_code(secret))
        page.get_by_role("button", name="Confirm and continue").click()
        expect(page.locator("h1")).to_have_text("Your recovery codes")
        codes = page.get_by_role("list", name="Recovery codes").locator("li")
        expect(codes).to_have_count(10)
        expect(page.get_by_role("alert")).to_contain_text("only once")
        self.check_accessibility(page)
        page.get_by_role("link", name="I have kept my codes, continue").click()
        page.wait_for_url(f"{self.live_server_url}/admin/")

        # Signed out, and in again: the code is asked before the administration.
        page.goto(f"{self.live_server_url}/en/accounts/second-factor/account/")
        expect(page.locator("h1")).to_have_text("Your second factor")
        page.get_by_role("button", name="Sign out").click()
        page.wait_for_load_state()
        page = self.sign_in(trainer)
        page.wait_for_url(re.compile(r"/en/accounts/second-factor/\?next="))
        expect(page.locator("h1")).to_have_text("Enter your second factor")
        self.check_accessibility(page)
        # The code of the next 30 seconds: the one just used cannot be used twice.
        page.get_by_label("Code", exact=True).fill(app_code(secret, later=1))
        page.get_by_role("button", name="Continue").click()
        page.wait_for_url(f"{self.live_server_url}/admin/")

        assert self.violations == [], "\n".join(self.violations)
