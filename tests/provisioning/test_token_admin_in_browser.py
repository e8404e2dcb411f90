"""An administrator connects a directory in the browser: Settings › Directory tokens,
a new token shown once with the endpoint's address, then revoked; with the
accessibility check on each screen."""

import pytest

from tests import factories
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.test_learning_path import BrowserTestCase


@pytest.mark.e2e
@requires_chromium
class DirectoryTokenInBrowser(BrowserTestCase):
    def test_administrator_makes_a_token_then_revokes_it(self):
        from playwright.sync_api import expect

        from provisioning.models import DirectoryToken
        from provisioning.services import token_hash

        administrator = factories.UserFactory(is_staff=True, is_superuser=True)
        self.start_browser()
        page = self.sign_in(administrator)

        page.goto(f"{self.live_server_url}/admin/")
        page.get_by_role("button", name="Settings").click()
        page.get_by_role("link", name="Directory tokens").click()
        expect(page.locator("h1")).to_contain_text("Directory tokens")
        self.violations += serious_violations(page)

        page.get_by_role("link", name="Add directory token").click()
        page.get_by_label("Name").fill("Entra ID – CBSA")
        page.get_by_label("Default unit").select_option(label="YVR")
        self.violations += serious_violations(page)
        page.get_by_role("button", name="Create").click()

        expect(page.locator("h1")).to_contain_text("Directory token created")
        raw = page.locator("#directory-token").inner_text()
        expect(page.locator("#directory-endpoint")).to_have_text(f"{self.live_server_url}/scim/v2/")
        token = DirectoryToken.objects.get(name="Entra ID – CBSA")
        assert token.token_hash == token_hash(raw)
        self.violations += serious_violations(page)

        page.get_by_role("link", name="I have copied the token").click()
        expect(page.get_by_role("table")).to_contain_text("Entra ID – CBSA")
        assert raw not in page.content()

        page.get_by_role("link", name="Entra ID – CBSA").click()
        revoke = page.get_by_role("link", name="Revoke")
        if not revoke.is_visible():
            page.get_by_role("button", name="Actions").click()
        revoke.click()
        self.violations += serious_violations(page)
        page.get_by_role("button", name="Revoke").click()
        expect(page.get_by_text("was revoked")).to_be_visible()
        token.refresh_from_db()
        assert token.revoked_at is not None

        assert self.violations == [], "\n".join(self.violations)
