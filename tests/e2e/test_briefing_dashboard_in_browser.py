"""Briefing acknowledgement on the manager's dashboards in a real browser: the table of
acknowledgement by unit, the list of who has and has not acknowledged, and the learner's
page pass the accessibility check in both languages."""

from datetime import timedelta

import pytest
from django.test import Client

from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_dashboards_in_browser import DashboardTestCase


@pytest.mark.e2e
@requires_chromium
class BriefingDashboardAccessibilityInBrowser(DashboardTestCase):
    def test_briefing_pages_of_the_dashboard_pass_the_accessibility_check(self):
        from django.utils import timezone

        from tests.training.helpers import requirement
        from training.services import assignments_materialise

        briefing = factories.briefing(title="New indicators at the port")
        factories.learner(self.units["yvr"], first_name="Sam", last_name="Roy")
        sent = requirement(
            courses=[briefing],
            units=[self.units["agency"]],
            name="Port indicators briefing",
            due_rule="fixed_date",
            due_date=timezone.localdate() + timedelta(days=7),
        )
        assignments_materialise(requirement=sent)
        client = Client()
        client.force_login(self.learner)
        assert client.post(briefing.url + "acknowledge/").status_code == 302

        yvr = self.units["yvr"].pk
        paths = []
        for language in ("en", "fr"):
            paths += [
                f"/{language}/dashboard/",
                f"/{language}/dashboard/?requirement={sent.uuid}",
                f"/{language}/dashboard/?unit={self.units['agency'].pk}",
                f"/{language}/dashboard/learners/{self.learner.uuid}/",
            ]
        paths += [
            f"/en/dashboard/compliance/?unit={yvr}&requirement={sent.uuid}",
            f"/fr/tableau-de-bord/conformite/?unit={yvr}&requirement={sent.uuid}",
        ]

        self.start_browser()
        page = self.sign_in(self.manager)
        statuses = {}
        for path in paths:
            response = page.goto(self.live_server_url + path)
            statuses[path] = response.status
            page.locator("#live-status:not([hidden])").wait_for()
            assert page.locator("#briefings-table, #compliance-table, #learner-required").count()
            self.check_accessibility(page)
        assert {path: status for path, status in statuses.items() if status != 200} == {}
        assert self.violations == [], "\n".join(self.violations)
