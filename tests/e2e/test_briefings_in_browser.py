"""Briefings in a real browser: a learner keeps a briefing on the device, confirms "I have
read this briefing" while the platform is out of reach, and once it is back the
confirmation reaches it once, counted from when it was given. Online, the confirmation is
recorded at once. The briefing and the briefings page pass axe in English and French,
before and after the confirmation."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from courses.models import CourseCompletion
from lrs.models import Statement
from tests import factories
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.cuts import ServerCuts
from tests.e2e.test_offline_in_browser import OfflineBrowserTestCase, user_statement_filter
from tests.e2e.test_offline_real_cuts import DELIVERED_WITHIN, SLOW
from tracking import vocabulary as v

KEPT = "Confirmed on this device. It will be sent when you are back online."
DONE = "You confirmed that you have read this briefing."


def acknowledged(user):
    """The learner's ``acknowledged`` statements, as the LRS stores them."""
    return Statement.objects.filter(user_statement_filter(user)).filter(
        verb_iri=v.platform_iri(v.VERB_ACKNOWLEDGED)
    )


class BriefingBrowserTestCase(OfflineBrowserTestCase):
    """The offline harness (a kept profile, the service worker), with a briefing in place
    of the course."""

    def setUp(self):
        super().setUp()
        self.briefing = factories.briefing(title="New indicators at the port")
        self.index = self.briefing.get_parent().specific
        # "Make available offline" is the same panel on a briefing as on a course.
        self.offline_course = self.briefing

    def french(self, page):
        return page.get_translation(Locale.objects.get(language_code="fr"))

    def acknowledgements(self):
        return CourseCompletion.objects.filter(
            user=self.learner, course_key=self.briefing.translation_key
        )

    def axe(self, page):
        page.wait_for_function("() => customElements.get('gcds-header') !== undefined")
        self.violations += serious_violations(page)


@pytest.mark.e2e
@requires_chromium
class BriefingAcknowledgedOffline(ServerCuts, BriefingBrowserTestCase):
    def banner(self, page):
        return page.locator("[data-offline-status]")

    def test_a_briefing_confirmed_offline_reaches_the_platform_once_with_its_own_time(self):
        from playwright.sync_api import expect

        _directory, context, page = self.open_profile()
        self.sign_in_on(page, self.learner)
        self.make_available_offline(page)
        expect(page.locator("#offline-course-heading")).to_have_text("Use this briefing offline")
        # The platform is really gone: its port refuses connections.
        cut_from = timezone.now()
        self.server_stop()

        # The platform is gone: the briefing opens from the copy kept on the device.
        page.goto(self.url(self.briefing.url))
        expect(page.locator("h1")).to_have_text("New indicators at the port", timeout=SLOW)
        assert page.evaluate("window.platformOffline.copy") is True
        expect(page.locator(".lesson-body")).to_contain_text("do not hold their own papers")
        page.wait_for_function("() => window.platformOffline !== undefined")
        page.evaluate("window.platformOffline.ready.then(() => true)")

        # The browser's clock keeps milliseconds.
        pressed_from = timezone.now() - timedelta(milliseconds=1)
        page.get_by_role("button", name="I have read this briefing").click()
        expect(page.locator("#briefing-status")).to_contain_text(KEPT, timeout=SLOW)
        pressed_to = timezone.now()
        expect(page.get_by_role("button", name="I have read this briefing")).to_be_hidden()
        expect(self.banner(page)).to_contain_text("1 record is waiting to be sent", timeout=SLOW)
        self.axe(page)

        # Opened again from the device: the confirmation is still there, and not asked for
        # twice.
        page.reload()
        expect(page.locator("#briefing-status")).to_contain_text(KEPT, timeout=SLOW)
        expect(page.get_by_role("button", name="I have read this briefing")).to_be_hidden()

        # Nothing reached the platform during the cut.
        assert not self.acknowledgements().exists()
        assert not acknowledged(self.learner).exists()

        # The platform is back: the outbox is sent with no reload or click.
        synced_from = timezone.now()
        self.server_back()
        expect(self.banner(page)).to_be_hidden(timeout=DELIVERED_WITHIN)
        expect(page.locator("#briefing-status")).to_contain_text(DONE)

        completion = self.acknowledgements().get()
        assert pressed_from <= completion.completed_at <= pressed_to < synced_from
        statement = acknowledged(self.learner).get()
        assert pressed_from <= statement.timestamp <= pressed_to
        assert cut_from <= statement.timestamp

        # Online, the platform's page says so.
        page.goto(self.url(self.briefing.url))
        assert page.evaluate("window.platformOffline.copy") is False
        status = page.locator("#briefing-status")
        expect(status).to_contain_text("Acknowledged")
        expect(status).to_contain_text("You confirmed that you have read this briefing on")
        expect(page.get_by_role("button", name="I have read this briefing")).to_have_count(0)
        self.axe(page)
        context.close()

        assert self.acknowledgements().count() == 1
        assert acknowledged(self.learner).count() == 1
        assert self.violations == [], "\n".join(self.violations)


@pytest.mark.e2e
@requires_chromium
class BriefingAcknowledgedOnline(BriefingBrowserTestCase):
    def test_the_confirmation_is_recorded_at_once_and_shown_after_a_reload(self):
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in(self.learner)
        page.goto(self.url(self.briefing.url))
        page.wait_for_function("() => window.platformOffline !== undefined")
        button = page.get_by_role("button", name="I have read this briefing")

        with page.expect_request(lambda request: request.url.endswith("/acknowledge/")) as sent:
            button.click()
        assert sent.value.method == "POST"
        assert sent.value.headers["content-type"].startswith("application/json")
        expect(page.locator("#briefing-status")).to_contain_text(DONE)
        expect(page.locator("#briefing-status")).not_to_contain_text(KEPT)
        expect(button).to_be_hidden()
        # The page stayed: the confirmation went through the outbox, not a form post.
        assert page.url == self.url(self.briefing.url)
        assert self.acknowledgements().count() == 1

        page.reload()
        expect(page.locator("#briefing-status")).to_contain_text("Acknowledged")
        expect(button).to_have_count(0)
        assert self.acknowledgements().count() == 1
        assert acknowledged(self.learner).count() == 1


@pytest.mark.e2e
@requires_chromium
class BriefingPagesAccessible(BriefingBrowserTestCase):
    def test_briefing_and_briefings_page_in_both_languages_before_and_after(self):
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in(self.learner)
        french_briefing = self.french(self.briefing)
        french_index = self.french(self.index)

        def every_page(state_en, state_fr):
            for index, briefing, state in (
                (self.index, self.briefing, state_en),
                (french_index, french_briefing, state_fr),
            ):
                page.goto(self.url(index.url))
                expect(page.locator("h1")).to_have_text(index.title)
                expect(page.locator(".briefing-list")).to_contain_text(briefing.title)
                expect(page.locator(".briefing-list")).to_contain_text(state)
                self.axe(page)
                page.goto(self.url(briefing.url))
                expect(page.locator("h1")).to_have_text(briefing.title)
                self.axe(page)

        every_page("Not acknowledged yet", "Pas encore confirmé")

        # Confirmed in French.
        page.goto(self.url(french_briefing.url))
        page.wait_for_function("() => window.platformOffline !== undefined")
        page.get_by_role("button", name="J’ai lu ce breffage").click()
        expect(page.locator("#briefing-status")).to_contain_text(
            "Vous avez confirmé avoir lu ce breffage."
        )
        self.axe(page)

        every_page("Acknowledged", "Lu et confirmé")
        assert self.acknowledgements().count() == 1
        assert self.violations == [], "\n".join(self.violations)
