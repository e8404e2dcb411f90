"""A manager's page about one learner: the ways back (to the dashboard, to the learner's
unit) sit on one line like the section navigation above them, not as a bulleted list."""

import pytest
from django.urls import reverse

from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

# Each link's list marker and where it sits.
LINKS = """() => [...document.querySelectorAll(".learner-links li")].map((item) => ({
  marker: getComputedStyle(item).listStyleType,
  display: getComputedStyle(item).display,
  top: Math.round(item.getBoundingClientRect().top),
  left: Math.round(item.getBoundingClientRect().left),
}))"""


@pytest.mark.e2e
@requires_chromium
class WaysBackFromALearnersPage(BrowserTestCase):
    def test_the_links_back_are_on_one_line_without_bullets(self):
        self.start_browser()
        page = self.sign_in(self.manager)
        page.goto(self.live_server_url + reverse("dashboards:learner", args=[self.learner.uuid]))
        links = page.evaluate(LINKS)
        assert len(links) == 2, links
        assert all(link["display"] != "list-item" or link["marker"] == "none" for link in links)
        # Side by side, starting where the heading starts.
        assert links[0]["top"] == links[1]["top"], links
        heading = page.locator("main h1").bounding_box()
        assert links[0]["left"] == round(heading["x"]), (links, heading)
