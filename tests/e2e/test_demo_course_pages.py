"""Every lesson of a real demo course, with all its kinds of blocks, passes the
accessibility check in English and in French."""

import pytest
from wagtail.models import Locale

from courses.demo.content import course_read
from courses.demo.loader import catalogue_get_or_create, course_load, topics_get_or_create
from organisations.models import Audience
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

COURSE = course_read("police-cadets")


@pytest.mark.e2e
@requires_chromium
class DemoCourseAccessible(BrowserTestCase):
    def setUp(self):
        super().setUp()
        home, _ = factories.site_home()
        audiences = {
            code: Audience.objects.get_or_create(
                code=code, defaults={"name_en": code, "name_fr": code}
            )[0]
            for code in COURSE["audiences"]
        }
        self.demo, self.demo_lessons = course_load(
            COURSE,
            index=catalogue_get_or_create(home),
            audiences=audiences,
            topics=topics_get_or_create(),
        )

    def test_every_lesson_of_a_demo_course_passes_in_both_languages(self):
        french = Locale.objects.get(language_code="fr")
        pages = [self.demo, *self.demo_lessons]
        paths = [page.url for page in pages] + [page.get_translation(french).url for page in pages]
        self.start_browser()
        # Signed out: the course is sequential, and a new learner would see only lesson 1.
        page = self.browser.new_page()
        interactive = ("[data-scenario]", "[data-knowledge-check]", "[data-indicator-checklist]")
        seen = dict.fromkeys(interactive, 0)
        for path in paths:
            response = page.goto(self.live_server_url + path)
            assert response.status == 200, path
            for selector in interactive:
                seen[selector] += page.locator(selector).count()
            self.check_accessibility(page)
        # The pages checked hold every interactive kind of block, in both languages.
        assert all(count >= 2 for count in seen.values()), seen
        assert self.violations == [], "\n".join(self.violations)
