"""The public annual report in a real browser: the page of a published year passes the
accessibility check in English and in French, its tables readable by assistive
technology; so do the administrator's screens of the report and of a commitment."""

import pytest

from tests import factories
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.test_learning_path import BrowserTestCase


@pytest.mark.e2e
@requires_chromium
class PublicReportInBrowser(BrowserTestCase):
    def test_the_published_report_passes_the_accessibility_check_in_both_languages(self):
        from datetime import date

        from playwright.sync_api import expect

        from dashboards.projections import records_refresh
        from reporting.models import Commitment, CommitmentItem, ReportYear
        from tests.training.helpers import at, complete

        year = date.today().year - 1
        # A live-server test may start from an emptied database: the plan's item is made
        # here when the migration's is gone.
        commitment, _ = Commitment.objects.get_or_create(
            code="3.11",
            defaults={
                "title_en": "Targeted training for criminal justice officials",
                "title_fr": "Formation ciblée des intervenants de la justice pénale",
                "pillar": "prosecution",
                "lead": "CBSA, RCMP",
            },
        )
        CommitmentItem.objects.create(
            commitment=commitment, kind="course", item_key=self.course.translation_key
        )
        for number in range(6):
            learner = factories.learner(self.units["yvr"])
            complete(learner, self.course, at(date(year, 3, 1 + number)))
        complete(self.learner, self.course, at(date(year - 1, 3, 1)))
        records_refresh()
        ReportYear.objects.create(year=year, published=True)

        self.start_browser()
        page = self.browser.new_context(locale="en-CA").new_page()
        for path, heading in (
            (f"/en/report/{year}/", "People who completed training"),
            (f"/fr/rapport/{year}/", "Personnes ayant terminé la formation"),
        ):
            response = page.goto(self.live_server_url + path)
            assert response.status == 200, path
            table = page.locator('table[data-commitment="3.11"]')
            expect(table.get_by_role("columnheader", name=heading, exact=True)).to_be_visible()
            expect(table.get_by_role("rowheader").first).to_be_visible()
            self.check_accessibility(page)

        # The administrator's screens: the years, a year's tables, a commitment's tags.
        administrator = factories.UserFactory(is_superuser=True, is_staff=True)
        admin = self.sign_in(administrator)
        for path in (
            "/admin/reporting/report/",
            f"/admin/reporting/report/{year}/",
            f"/admin/reporting/commitments/edit/{commitment.pk}/",
        ):
            response = admin.goto(self.live_server_url + path)
            assert response.status == 200, path
            self.violations += serious_violations(admin)
        assert self.violations == [], "\n".join(self.violations)
