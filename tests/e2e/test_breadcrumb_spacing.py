"""The page's heading follows the breadcrumbs closely, on a 1280 px desktop and a 390 px
phone: a course page, a lesson and My learning leave no wide empty band between the last
line of the breadcrumbs and the top of the heading; the home page, which has no
breadcrumbs, keeps its heading clear of the header without a wide band either."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}

# Pixels from the bottom of the breadcrumbs' last line (or of the header, on a page without
# breadcrumbs) to the top of the page's heading: its h1, or the line that introduces it
# (a lesson's "Lesson 1 of 2 in …", which sits right above its h1).
GAP = """() => {
  const heading = document.querySelector("main h1");
  const intro = heading.previousElementSibling;
  const first = intro && intro.matches(".lesson-position") ? intro : heading;
  const top = first.getBoundingClientRect().top;
  const items = [...document.querySelectorAll("gcds-breadcrumbs-item")];
  const above = items.length
    ? Math.max(...items.map((item) => item.getBoundingClientRect().bottom))
    : document.querySelector("gcds-header").getBoundingClientRect().bottom;
  return {gap: top - above};
}"""

# The design system's components have drawn themselves (their size depends on it).
DRAWN = """() => customElements.get("gcds-header") !== undefined
  && [...document.querySelectorAll("gcds-header, gcds-breadcrumbs-item")]
    .every((item) => item.shadowRoot)"""


@pytest.mark.e2e
@requires_chromium
class BreadcrumbSpacing(BrowserTestCase):
    def test_the_heading_follows_the_breadcrumbs_without_a_wide_gap(self):
        home, _ = factories.site_home()
        with translation.override("en"):
            pages = {
                "course": self.course.url,
                "lesson": self.lessons[0].url,
                "my learning": reverse("my_learning"),
            }
        self.start_browser()
        page = self.sign_in(self.learner)
        gaps, bare = {}, {}
        for width_name, size in WIDTHS.items():
            page.set_viewport_size(size)
            for name, path in pages.items():
                page.goto(f"{self.live_server_url}{path}")
                page.wait_for_function(DRAWN)
                gaps[(width_name, name)] = page.evaluate(GAP)
            page.goto(f"{self.live_server_url}{home.url}")
            page.wait_for_function(DRAWN)
            assert page.locator("gcds-breadcrumbs").count() == 0
            bare[width_name] = page.evaluate(GAP)

        assert all(0 <= found["gap"] < 40 for found in gaps.values()), gaps
        assert all(12 <= found["gap"] < 40 for found in bare.values()), bare
