"""Dashboards in a real browser: they follow what learners do without a reload, keep
refreshing when live updates cannot connect, and every one of them passes the
accessibility check in both languages."""

import os
from datetime import timedelta
from itertools import pairwise

import pytest

from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

LIVE_TIMEOUT = 20000

# Replaces the page's WebSocket with one aimed at a closed port, as when a proxy or a
# firewall drops the upgrade: every attempt fails at once.
# Every socket goes to a path of the same site that serves none, so the server refuses
# the handshake (the content security policy would stop a socket to another address
# before it fails the way a real outage does).
BLOCK_WEBSOCKETS = """
const RealWebSocket = window.WebSocket;
window.WebSocket = function (url) {
  return new RealWebSocket(String(url).replace("/ws/", "/ws-refused/"));
};
"""

# Keeps the page's socket within reach, so that the test can make it hear what the server
# says when learners keep working: "changed", again and again.
REACHABLE_WEBSOCKET = """
const RealWebSocket = window.WebSocket;
window.WebSocket = function (url, protocols) {
  const socket = new RealWebSocket(url, protocols);
  window.dashboardSocket = socket;
  return socket;
};
"""


class DashboardTestCase(BrowserTestCase):
    def course_cell(self, page, unit):
        """A unit's completions of the course in the manager's unit table."""
        column = "course_" + str(self.course.translation_key).replace("-", "")
        return page.locator(f'tr[data-unit="{self.units[unit].pk}"] [data-field="{column}"]')

    def learner_finishes_the_course(self):
        page = self.sign_in(self.learner)
        for lesson in self.lessons:
            page.goto(self.live_server_url + lesson.url)
            # Once the platform has the completion, the page goes on to what comes next.
            with page.expect_navigation():
                page.locator("form.complete-form button[type=submit]").click()
        page.context.close()

    def mark_page(self, page):
        """A mark that a reload would wipe out."""
        page.evaluate("window.neverReloaded = true")

    def assert_not_reloaded(self, page):
        assert page.evaluate("window.neverReloaded === true")


@pytest.mark.e2e
@requires_chromium
class LiveDashboardInBrowser(DashboardTestCase):
    def test_a_completion_in_another_browser_shows_on_the_dashboard_without_reload(self):
        from playwright.sync_api import expect

        self.start_browser()
        dashboard = self.sign_in(self.manager)
        # Drilled down into the agency: its ports are the table's rows.
        agency = self.units["agency"].pk
        dashboard.goto(f"{self.live_server_url}/en/dashboard/?unit={agency}&sort=unit")
        status = dashboard.locator("#live-status")
        expect(status).to_have_attribute("data-connected", "true")
        expect(status).to_have_text("Live updates on")
        cell = self.course_cell(dashboard, "yvr")
        expect(cell).to_have_text("0")
        expect(dashboard.locator("#dashboard-weeks figure.chart canvas")).to_be_visible()
        self.mark_page(dashboard)
        # Someone reading the unit table keeps their place through an update.
        yvr_link = dashboard.locator(f'tr[data-unit="{self.units["yvr"].pk}"] th a')
        yvr_link.focus()

        self.learner_finishes_the_course()

        expect(cell).to_have_text("1", timeout=LIVE_TIMEOUT)
        self.assert_not_reloaded(dashboard)
        expect(status).to_have_text("Live updates on")
        expect(dashboard.locator("#live-announcement")).to_have_text("Updated")
        focused = dashboard.evaluate(
            "[document.activeElement.textContent.trim(),"
            " !!document.activeElement.closest('[data-live-region]')]"
        )
        assert focused == ["YVR", True]
        # The replaced chart is drawn again from its new data.
        assert dashboard.evaluate(
            "!!Chart.getChart(document.querySelector('#dashboard-weeks canvas'))"
        )
        week_total = dashboard.evaluate(
            "Chart.getChart(document.querySelector('#dashboard-weeks canvas'))"
            ".data.datasets[0].data.reduce((a, b) => a + b, 0)"
        )
        assert week_total == 1
        # Someone who asks for less motion gets charts drawn without animation.
        canvas = "Chart.getChart(document.querySelector('#dashboard-weeks canvas'))"
        assert dashboard.evaluate(f"{canvas}.options.animation") is not False
        dashboard.emulate_media(reduced_motion="reduce")
        dashboard.wait_for_function(f"() => {canvas}.options.animation === false")


@pytest.mark.e2e
@requires_chromium
class DashboardWithoutWebsocketsInBrowser(DashboardTestCase):
    def test_the_dashboard_says_so_and_refreshes_itself_when_the_socket_cannot_connect(self):
        from playwright.sync_api import expect

        self.start_browser()
        dashboard = self.sign_in(self.manager)
        dashboard.add_init_script(BLOCK_WEBSOCKETS)
        dashboard.goto(f"{self.live_server_url}/en/dashboard/")
        status = dashboard.locator("#live-status")
        expect(status).to_have_text("Live updates unavailable: refreshing every minute")
        expect(status).to_have_attribute("data-connected", "false")
        cell = self.course_cell(dashboard, "agency")
        expect(cell).to_have_text("0")
        self.mark_page(dashboard)
        # A minute is long for a test: the interval is read from the indicator.
        dashboard.evaluate("document.getElementById('live-status').dataset.fallbackSeconds = 1")

        self.learner_finishes_the_course()

        expect(cell).to_have_text("1", timeout=LIVE_TIMEOUT)
        self.assert_not_reloaded(dashboard)
        expect(status).to_have_attribute("data-connected", "false")


@pytest.mark.e2e
@requires_chromium
class DashboardAccessibilityInBrowser(DashboardTestCase):
    def test_every_dashboard_page_passes_the_accessibility_check_in_both_languages(self):
        from django.utils import timezone

        from courses.services import lesson_complete
        from tests.training.helpers import requirement
        from training.models import Target
        from training.services import assignments_materialise

        required = requirement(courses=[self.course], units=[self.units["agency"]])
        assignments_materialise(requirement=required)
        Target.objects.create(
            requirement=required,
            org_unit=self.units["agency"],
            percentage=90,
            deadline=timezone.localdate() + timedelta(days=90),
        )
        factories.learner(self.units["yvr"], first_name="Sam", last_name="Roy")
        for lesson in self.lessons:
            lesson_complete(user=self.learner, lesson=lesson, language="en")
        yvr = self.units["yvr"].pk
        key = self.course.translation_key
        learner = self.learner.uuid
        paths = []
        for language in ("en", "fr"):
            paths += [
                f"/{language}/dashboard/",
                f"/{language}/dashboard/?unit={yvr}",
                f"/{language}/dashboard/?unit={yvr}&sort=completed&dir=desc",
                f"/{language}/dashboard/units/{yvr}/learners/",
                f"/{language}/dashboard/learners/{learner}/",
                f"/{language}/dashboard/compliance/",
                f"/{language}/dashboard/courses/",
                f"/{language}/dashboard/courses/{key}/",
                # A filter the page cannot apply: the errors are shown by their fields.
                f"/{language}/dashboard/?from=2026-02-30",
            ]

        self.start_browser()
        page = self.sign_in(self.manager)
        statuses = {}
        for path in paths:
            response = page.goto(self.live_server_url + path)
            statuses[path] = response.status
            page.locator("#live-status:not([hidden])").wait_for()
            self.check_accessibility(page)
        assert {path: status for path, status in statuses.items() if status != 200} == {
            f"/{language}/dashboard/?from=2026-02-30": 400 for language in ("en", "fr")
        }
        assert self.violations == [], "\n".join(self.violations)


@pytest.mark.e2e
@requires_chromium
class DashboardUnderAStreamOfChanges(DashboardTestCase):
    def test_a_stream_of_changes_refreshes_the_dashboard_while_it_lasts_but_not_for_each(self):
        """While learners keep working, changes never stop: the dashboard shows them as
        they come, yet fetches itself at most once every few seconds, not once per
        change (nor only once the stream stops)."""
        from playwright.sync_api import expect

        self.start_browser()
        dashboard = self.sign_in(self.manager)
        dashboard.add_init_script(REACHABLE_WEBSOCKET)
        dashboard.goto(f"{self.live_server_url}/en/dashboard/")
        expect(dashboard.locator("#live-status")).to_have_attribute("data-connected", "true")
        fetched = dashboard.evaluate_handle("[]")
        dashboard.evaluate(
            """fetched => new PerformanceObserver(list => {
                for (const entry of list.getEntries()) {
                  if (entry.initiatorType === "fetch" && entry.name.includes("/en/dashboard/"))
                    fetched.push(entry.startTime);
                }
              }).observe({type: "resource"})""",
            fetched,
        )

        # 40 changes, one every 250 ms, as the server sends them while people work.
        stream = dashboard.evaluate(
            """() => new Promise(done => {
                const started = performance.now();
                let sent = 0;
                const timer = setInterval(() => {
                  window.dashboardSocket.dispatchEvent(
                    new MessageEvent("message", {data: JSON.stringify({type: "changed"})}));
                  sent += 1;
                  if (sent === 40) {
                    clearInterval(timer);
                    done({started, ended: performance.now()});
                  }
                }, 250);
              })"""
        )
        dashboard.wait_for_timeout(500)
        moments = dashboard.evaluate("fetched => fetched.slice()", fetched)

        during = [moment for moment in moments if stream["started"] <= moment < stream["ended"]]
        assert during, "no refresh while the changes went on"
        # A second after the first change, then at most one every 5 s.
        assert len(during) <= (stream["ended"] - stream["started"]) / 5000 + 1
        assert all(later - earlier >= 4900 for earlier, later in pairwise(during))
