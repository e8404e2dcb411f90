"""A learner takes a sequential course from the catalogue to its certificate with the
keyboard alone, in French, and every page on the way passes the accessibility check."""

import pytest

from courses.models import CoursePage
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

MAX_TABS = 80


def tab_to(page, locator):
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    target = locator.element_handle()
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("(el) => document.activeElement === el", target):
            return
    raise AssertionError(f"could not reach {locator} with the Tab key")


@pytest.mark.e2e
@requires_chromium
class KeyboardOnlyCourse(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.course, self.lessons = factories.course(
            title="Sequential course", lessons=3, navigation=CoursePage.NAVIGATION_SEQUENTIAL
        )

    def test_learner_takes_a_sequential_course_by_keyboard_in_french(self):
        from playwright.sync_api import expect

        french = factories.locales()[1]
        course_fr = self.course.get_translation(french)
        self.start_browser()
        page = self.sign_in(self.learner)
        page.goto(f"{self.live_server_url}/fr/cours/")
        self.check_accessibility(page)
        tab_to(page, page.get_by_role("link", name="Sequential course (FR)", exact=True))
        page.keyboard.press("Enter")
        page.wait_for_url(f"**{course_fr.url}")
        self.check_accessibility(page)
        # Later lessons are shown as locked, not as links.
        expect(page.locator("main")).to_contain_text("Verrouillée")
        tab_to(page, page.get_by_role("link", name="Commencer le cours", exact=True))
        page.keyboard.press("Enter")
        for number in (1, 2, 3):
            expect(page.locator("h1")).to_have_text(f"Leçon {number}")
            self.check_accessibility(page)
            tab_to(page, page.get_by_role("button", name="Terminer la leçon et continuer"))
            page.keyboard.press("Enter")
            page.wait_for_load_state()
        expect(page.locator("main")).to_contain_text("Vous avez terminé ce cours")
        self.check_accessibility(page)
        assert self.violations == [], "\n".join(self.violations)
