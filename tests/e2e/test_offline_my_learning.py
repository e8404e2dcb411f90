"""Offline, away from a kept lesson: a learner who downloaded a course and lost the network
opens My learning, or any address the device does not keep, and still finds their way to
the course: My learning's kept copy, or the offline page listing the courses kept on the
device, with links that open, under a header that shows them signed in (not "Sign in").
Once the platform answers again, the offline page says the connection is back and leads on."""

import pytest

from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.test_offline_in_browser import OfflineBrowserTestCase


def header_links(page) -> list[str]:
    """The texts of the site header's links (its menu and its account corner)."""
    links = page.locator("gcds-header gcds-nav-link, gcds-header a[href]")
    return [text.strip() for text in links.all_inner_texts()]


@pytest.mark.e2e
@requires_chromium
class MyLearningOffline(OfflineBrowserTestCase):
    def test_a_learner_offline_reaches_the_course_they_kept_from_anywhere(self):
        from playwright.sync_api import expect

        directory, context, page = self.open_profile()
        self.sign_in_on(page, self.learner)
        self.make_available_offline(page)
        self.network_off(context)

        # My learning: the copy kept with the course, the learner's own.
        page.goto(self.url("/en/my-learning/"))
        expect(page.locator("h1")).to_have_text("My learning")
        assert "Sign in" not in header_links(page)
        assert "My learning" in header_links(page)
        kept = page.locator("[data-offline-downloads-list]")
        expect(kept.get_by_role("link", name="Forced labour signs")).to_be_visible()
        self.violations += serious_violations(page)
        kept.get_by_role("link", name="Forced labour signs").click()
        expect(page.locator("h1")).to_have_text("Forced labour signs")

        # An address the device does not keep: the offline page, in the learner's name,
        # with the kept course; its header leads to My learning, not to signing in.
        page.goto(self.url("/en/certificates/"))
        expect(page.locator("h1")).to_have_text("This page is not on this device")
        expect(page.locator("[data-offline-who]")).to_contain_text("Alex Martin")
        expect(page.locator("[data-offline-sign-in]")).to_be_hidden()
        expect(page.locator("[data-offline-downloads-empty]")).to_be_hidden()
        assert "Sign in" not in header_links(page)
        assert "My learning" in header_links(page)
        self.violations += serious_violations(page)
        page.locator("[data-offline-downloads-list]").get_by_role(
            "link", name="Forced labour signs"
        ).click()
        expect(page.locator("h1")).to_have_text("Forced labour signs")
        page.go_back()
        expect(page.locator("h1")).to_have_text("This page is not on this device")
        page.locator("gcds-header gcds-nav-link", has_text="My learning").click()
        expect(page.locator("h1")).to_have_text("My learning")

        # The same in French: the offline page in French lists the course kept in English.
        page.goto(self.url("/fr/certificates/"))
        expect(page.locator("h1")).to_have_text("Cette page n’est pas sur cet appareil")
        expect(
            page.locator("[data-offline-downloads-list]").get_by_role(
                "link", name="Forced labour signs"
            )
        ).to_be_visible()
        assert "Se connecter" not in header_links(page)
        context.close()
        assert self.violations == [], "\n".join(self.violations)

    def test_nobody_remembered_the_offline_page_offers_to_sign_in(self):
        from playwright.sync_api import expect

        directory, context, page = self.open_profile()
        page.goto(self.url("/en/"))
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        self.network_off(context)
        page.goto(self.url("/en/my-learning/"))
        expect(page.locator("h1")).to_have_text("This page is not on this device")
        expect(page.locator("[data-offline-sign-in]")).to_be_visible()
        expect(page.locator("[data-offline-downloads-empty]")).to_be_visible()
        assert "Sign in" in header_links(page)
        assert "My learning" not in header_links(page)

        # The connection back: the page says so, and leads back to the page it stood in for.
        self.network_on(context)
        expect(page.locator("h1")).to_have_text("The connection is back")
        expect(page.locator("[data-offline-away]")).to_be_hidden()
        expect(page.get_by_role("link", name="Reload this page")).to_have_attribute(
            "href", self.url("/en/my-learning/")
        )
        self.violations += serious_violations(page)
        # Its own address, opened online: the home page is the way on.
        page.goto(self.url("/en/offline/"))
        expect(page.locator("h1")).to_have_text("The connection is back")
        expect(page.get_by_role("link", name="Go to the home page")).to_have_attribute(
            "href", "/en/"
        )
        context.close()
        assert self.violations == [], "\n".join(self.violations)
