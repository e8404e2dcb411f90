"""The demo briefings page and every demo briefing, with their accordions and callouts,
pass the accessibility check in English and in French."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from courses.demo.content import demo_briefings
from courses.demo.loader import briefing_load, briefings_index_get_or_create
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

CONTENT = demo_briefings()


@pytest.mark.e2e
@requires_chromium
class DemoBriefingsAccessible(BrowserTestCase):
    def setUp(self):
        super().setUp()
        home, _ = factories.site_home()
        self.index = briefings_index_get_or_create(home, CONTENT["index"])
        self.briefings = [
            briefing_load(
                briefing,
                index=self.index,
                sent_at=timezone.now() - timedelta(days=briefing["sent"]["days_ago"]),
            )
            for briefing in CONTENT["briefings"]
        ]

    def test_the_briefings_page_and_every_briefing_pass_in_both_languages(self):
        french = Locale.objects.get(language_code="fr")
        pages = [self.index, *self.briefings]
        paths = [page.url for page in pages] + [page.get_translation(french).url for page in pages]
        self.start_browser()
        page = self.browser.new_page()
        for path in paths:
            response = page.goto(self.live_server_url + path)
            assert response.status == 200, path
            self.check_accessibility(page)
        assert self.violations == [], "\n".join(self.violations)
        # The pages checked hold the briefings' accordions and callouts.
        page.goto(self.live_server_url + self.briefings[0].get_translation(french).url)
        assert page.get_by_text("Trois différences").count() >= 1
