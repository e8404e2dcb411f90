"""The whole path in a real browser: a learner finishes a course in French while their
manager's dashboard, open in another browser, shows the completion without a reload."""

import os

import pytest
from channels.testing import ChannelsLiveServerTestCase

from tests import factories
from tests.e2e.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    fresh_daphne_process,
    requires_chromium,
    serious_violations,
)

# Playwright's sync API runs an event loop in the test's thread; the test's own ORM
# calls are plain set-up and assertions, not concurrent work.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


class BrowserTestCase(ChannelsLiveServerTestCase):
    """A live daphne server (HTTP and websockets) in its own process, and Chromium.

    One test per class: each class gets a fresh server process, so no connection the
    server kept from an earlier test can outlive that test's database flush.
    """

    host = "127.0.0.1"
    ProtocolServerProcess = fresh_daphne_process()

    def setUp(self):
        self.course, self.lessons = factories.course(title="Trafficking awareness", lessons=2)
        self.units = {
            "agency": factories.org_unit("Border agency", kind="agency"),
        }
        self.units["yvr"] = factories.org_unit("YVR", parent=self.units["agency"])
        self.learner = factories.learner(self.units["yvr"], first_name="Alex", last_name="Martin")
        self.manager = factories.manager(self.units["agency"])
        self.violations: list[str] = []
        self.playwright = None

    def start_browser(self):
        """Start Chromium once the test's own database set-up is done (Playwright's sync
        API keeps an event loop in this thread, where Django's sync-to-async bridges
        would refuse to run)."""
        from playwright.sync_api import sync_playwright

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

    def tearDown(self):
        if self.playwright is not None:
            self.browser.close()
            self.playwright.stop()

    def sign_in(self, user, **context_options):
        context = self.browser.new_context(locale="en-CA", **context_options)
        page = context.new_page()
        page.set_default_timeout(15000)
        page.goto(f"{self.live_server_url}/en/accounts/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", factories.PASSWORD)
        page.locator("main button[type=submit]").click()
        # Wait for the signed-in page, not just any load: the form post must finish (and
        # lead away from the sign-in page: trainers land in the administration).
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        return page

    def check_accessibility(self, page):
        page.wait_for_function("() => customElements.get('gcds-header') !== undefined")
        self.violations += serious_violations(page)


@pytest.mark.e2e
@requires_chromium
class LearningPathInBrowser(BrowserTestCase):
    def test_learner_finishes_in_french_and_the_dashboard_updates_live(self):
        from playwright.sync_api import expect

        column = "course_" + str(self.course.translation_key).replace("-", "")
        self.start_browser()
        dashboard = self.sign_in(self.manager)
        dashboard.goto(f"{self.live_server_url}/en/dashboard/")
        row = dashboard.locator(f'tr[data-unit="{self.units["agency"].pk}"]')
        cell = row.locator(f'[data-field="{column}"]')
        expect(cell).to_have_text("0")
        expect(dashboard.locator("#live-status")).to_have_attribute("data-connected", "true")
        dashboard.evaluate("window.neverReloaded = true")
        self.check_accessibility(dashboard)

        page = self.sign_in(self.learner)
        page.goto(f"{self.live_server_url}/en/")
        self.check_accessibility(page)
        page.get_by_role("link", name="Browse the course catalogue").click()
        page.wait_for_url("**/en/courses/")
        page.get_by_role("link", name="Français").click()
        page.wait_for_url("**/fr/cours/")
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        self.check_accessibility(page)
        page.get_by_role("link", name="Trafficking awareness (FR)").first.click()
        self.check_accessibility(page)
        page.locator("main a.button").first.click()

        for number in (1, 2):
            expect(page.locator("h1")).to_have_text(f"Leçon {number}")
            self.check_accessibility(page)
            page.locator("form.complete-form button[type=submit]").click()
            page.wait_for_load_state()

        # Back on the course page, finished: the certificate is offered.
        certificate_link = page.locator('main a[href*="/certificats/verifier/"]').first
        expect(certificate_link).to_be_visible()
        self.check_accessibility(page)
        certificate_link.click()
        expect(page.locator(".certificate")).to_contain_text("Alex Martin")
        expect(page.locator(".certificate")).to_contain_text("Trafficking awareness (FR)")
        self.check_accessibility(page)

        # The manager's page shows it, and was never reloaded.
        expect(cell).to_have_text("1", timeout=15000)
        assert dashboard.evaluate("window.neverReloaded === true")
        weekly = dashboard.evaluate(
            "JSON.parse(document.querySelector('#dashboard-weeks figure.chart > script')"
            ".textContent).series[0].values"
        )
        assert sum(weekly) == 1

        # The verification page is public: a stranger's browser sees it too, with the
        # learner's first name and last initial only (the learner sees their full name).
        stranger = self.browser.new_context().new_page()
        stranger.goto(page.url)
        expect(stranger.locator(".certificate")).to_contain_text("Alex M.")
        expect(stranger.locator(".certificate")).not_to_contain_text("Alex Martin")

        assert self.violations == []


@pytest.mark.e2e
@requires_chromium
class AccessibilityInBrowser(BrowserTestCase):
    def test_every_page_passes_the_accessibility_check_in_both_languages(self):
        from datetime import timedelta

        from django.utils import timezone

        from courses.services import lesson_complete
        from tests.training.helpers import requirement
        from training.models import Target
        from training.services import assignments_materialise

        for lesson in self.lessons:
            lesson_complete(user=self.learner, lesson=lesson, language="en")
        code = self.learner.certificates.get().code
        french = factories.locales()[1]
        public = [
            "/en/",
            "/fr/",
            "/en/courses/",
            "/fr/cours/",
            "/en/courses/?audience=border-services-officer&q=trafficking",
            "/en/accounts/login/",
            "/fr/comptes/connexion/",
            self.course.url,
            self.course.get_translation(french).url,
            self.lessons[0].url,
            self.lessons[0].get_translation(french).url,
            f"/en/certificates/verify/{code}/",
            f"/fr/certificats/verifier/{code}/",
            "/en/certificates/verify/",
            "/en/certificates/verify/CERT-2222-3333-4444/",
            "/en/no-such-page/",
        ]
        # Required training and a target, so the dashboard shows its figures and table
        # (made before the browser starts: saving them wakes open dashboards, which
        # cannot be done from inside the browser driver's event loop).
        required = requirement(courses=[self.course], units=[self.units["agency"]])
        assignments_materialise(requirement=required)
        Target.objects.create(
            requirement=required,
            org_unit=self.units["agency"],
            percentage=90,
            deadline=timezone.localdate() + timedelta(days=90),
        )
        self.start_browser()
        for path in public:
            page = self.browser.new_page()
            page.goto(self.live_server_url + path)
            self.check_accessibility(page)
            page.close()
        learner_page = self.sign_in(self.learner)
        for path in [
            "/en/my-learning/",
            "/fr/mon-apprentissage/",
            "/en/certificates/",
            "/fr/certificats/",
            "/en/offline/",
            "/fr/hors-ligne/",
            "/en/courses/?audience=mine",
            self.course.url,
            self.course.get_translation(french).url,
            self.lessons[0].url,
            self.lessons[0].get_translation(french).url,
        ]:
            learner_page.goto(self.live_server_url + path)
            self.check_accessibility(learner_page)
        manager_page = self.sign_in(self.manager)
        for path in ["/en/dashboard/", "/fr/tableau-de-bord/"]:
            manager_page.goto(self.live_server_url + path)
            self.check_accessibility(manager_page)
        assert self.violations == [], "\n".join(self.violations)
