"""The demo's "Know your rights" course in Arabic, in a browser: the page is laid out
right to left with the interface in Arabic, a learner completes a lesson and answers its
knowledge check in Arabic, and each page passes the accessibility check."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from courses.models import CoursePage
from lrs.models import Statement
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tracking import vocabulary as v


def _arabic(text: str) -> str:
    with translation.override("ar"):
        return gettext(text)


#: Where an element's text stands on the line (its own box spans the whole line).
TEXT_BOX = """(selector) => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector));
  const box = range.getBoundingClientRect();
  return {left: box.left, right: box.right, width: document.documentElement.clientWidth};
}"""


@pytest.mark.e2e
@requires_chromium
class ArabicCourseInBrowser(BrowserTestCase):
    @classmethod
    def setUpClass(cls):
        from django.core.cache import cache

        # Wagtail keeps the sites' root paths in the cache; an earlier test's, kept there,
        # would be what the server process (started now) gives this test's pages.
        cache.clear()
        super().setUpClass()

    def setUp(self):
        super().setUp()
        from wagtail.models import Collection

        from courses.demo.loader import catalogue_get_or_create, topics_get_or_create
        from elearning.management.commands.load_demo import Command

        # A live-server test starts from an emptied database: no root collection yet,
        # nor the learner languages' locales.
        Collection.get_first_root_node() or Collection.add_root(name="Root")
        factories.all_locales()
        command = Command()
        home = command._site()
        command._open_courses(
            catalogue_get_or_create(home), command._audiences(), topics_get_or_create()
        )
        english = CoursePage.objects.get(slug="know-your-rights", locale__language_code="en")
        self.course = english.get_translation(Locale.objects.get(language_code="ar"))

    def test_an_arabic_learner_reads_and_completes_a_lesson_right_to_left(self):
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in(self.learner)
        page.goto(self.live_server_url + "/ar/")
        html = page.locator("html")
        expect(html).to_have_attribute("dir", "rtl")
        expect(html).to_have_attribute("lang", "ar")
        assert page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
        # The header's own menu, in Arabic: "My learning".
        expect(page.locator("gcds-nav-link", has_text=_arabic("My learning"))).to_be_visible()
        self.check_accessibility(page)

        page.goto(self.live_server_url + self.course.url)
        expect(page.locator("h1")).to_have_text(self.course.title)
        # Right to left: the heading's text starts at the right-hand side of the page.
        heading = page.evaluate(TEXT_BOX, "main h1")
        assert heading["width"] - heading["right"] < heading["left"], heading
        languages = page.locator("nav.language-links a")
        expect(languages.filter(has_text="Español")).to_have_attribute("lang", "es")
        self.check_accessibility(page)

        lesson = self.course.get_children().live().specific().last()
        page.goto(self.live_server_url + lesson.url)
        expect(page.locator("h1")).to_have_text(lesson.title)
        # A callout's coloured rule is on the side where lines start: the right.
        callout = page.locator(".callout").first
        widths = callout.evaluate(
            "(el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]"
        )
        assert widths[0] != "0px" and widths[1] == "0px", widths
        # The knowledge check, in Arabic: the right answer is confirmed in Arabic.
        check = page.locator("[data-knowledge-check]").first
        expect(check.get_by_text(_arabic("Check your understanding"))).to_be_visible()
        check.locator("[data-choice][data-correct] input").first.check()
        check.get_by_role("button", name=_arabic("Check my answer")).click()
        verdict = check.locator("[data-choice][data-correct] [data-verdict]").first
        expect(verdict).to_have_text(_arabic("Correct."))
        self.check_accessibility(page)

        # Completing it leads on to the first lesson not done yet, still in Arabic, and
        # the record says the learner read it in Arabic.
        page.get_by_role("button", name=_arabic("Complete the lesson and continue")).click()
        first = self.course.get_children().live().specific().first()
        expect(page).to_have_url(self.live_server_url + first.url)
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        completed = Statement.objects.get(verb_iri=v.VERB_COMPLETED).data
        assert completed["context"]["language"] == "ar"
        assert completed["object"]["definition"]["name"]["ar"] == lesson.title
        assert self.violations == [], "\n".join(self.violations)
