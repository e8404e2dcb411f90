"""A course's fact sheet offline: the learner makes a course available offline, the
platform's server then stops (``tests/e2e/cuts.py``), and the fact sheet its lesson
offers (a PDF made the way the demo makes its fact sheets, linked through the lesson's
document block) still opens and downloads, from the copy kept on the device."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from courses.demo.content import demo_fact_sheets
from courses.demo.loader import fact_sheet_html, fact_sheet_pdf
from tests import factories
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.cuts import ServerCuts
from tests.e2e.test_learning_path import BrowserTestCase
from tests.e2e.test_offline_in_browser import OfflineBrowserTestCase

SLOW = 60_000

FETCHED = """async (address) => {
  const response = await fetch(address);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get("Content-Type"),
    start: String.fromCharCode(...bytes.slice(0, 5)),
    size: bytes.length,
  };
}"""


@pytest.mark.e2e
@requires_chromium
class FactSheetKeptOffline(ServerCuts, OfflineBrowserTestCase):
    def setUp(self):
        super().setUp()
        sheet = demo_fact_sheets()["human-trafficking-border-services"]
        self.pdf = fact_sheet_pdf(
            fact_sheet_html(sheet, language="en", course_title=self.offline_course.title)
        )
        from wagtail.models import Collection

        # A live-server test starts from an emptied database: no root collection yet.
        collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
        document = get_document_model()(
            title="Fact sheet: Forced labour signs", collection=collection
        )
        document.file.save("fact-sheet-e2e.pdf", ContentFile(self.pdf), save=False)
        document._set_document_file_metadata()
        document.save()
        self.addCleanup(document.file.delete, save=False)
        lesson = self.offline_lessons[0]
        raw = list(lesson.body.raw_data)
        raw.append(
            {
                "type": "document",
                "value": {"document": document.pk, "description": sheet["description"].en},
            }
        )
        lesson.body = raw
        lesson.save_revision().publish()

    def test_the_fact_sheet_opens_from_the_kept_copy_when_the_server_is_gone(self):
        from playwright.sync_api import expect

        directory, context, page = self.open_profile()
        self.sign_in_on(page, self.learner)
        self.make_available_offline(page)
        lesson = self.offline_lessons[0]

        self.server_stop()
        assert page.evaluate("navigator.onLine") is True
        page.goto(self.url(lesson.url))
        expect(page.locator("h1")).to_have_text(lesson.title, timeout=SLOW)
        link = page.get_by_role("link", name="Fact sheet: Forced labour signs")
        expect(link).to_be_visible()
        expect(page.locator(".block-document-meta")).to_contain_text("PDF")
        self.violations += serious_violations(page)

        # The file itself, from the device: the whole PDF, as the server sent it.
        address = link.get_attribute("href")
        fetched = page.evaluate(FETCHED, address)
        assert fetched["status"] == 200
        assert fetched["type"].startswith("application/pdf")
        assert fetched["start"] == "%PDF-"
        assert fetched["size"] == len(self.pdf)

        # Following the link opens it from the device: the server is gone.
        with page.expect_response(lambda response: address in response.url) as answer:
            link.click()
        opened = answer.value
        assert opened.status == 200
        assert opened.from_service_worker
        # The browser shows it in its PDF viewer: the kept answer, the whole file.
        assert opened.headers["content-type"] == "application/pdf"
        assert int(opened.headers["content-length"]) == len(self.pdf)
        assert page.url.endswith(address)
        context.close()
        assert self.violations == [], "\n".join(self.violations)


@pytest.mark.e2e
@requires_chromium
class DemoFactSheetAndWorkshopAccessible(BrowserTestCase):
    """The lesson offering a demo course's fact sheet and the course's workshop, as the
    demo loads them, pass the accessibility check in English and in French."""

    def setUp(self):
        super().setUp()
        from wagtail.models import Collection

        from courses.demo.content import course_read
        from courses.demo.loader import (
            catalogue_get_or_create,
            course_load,
            fact_sheet_load,
            topics_get_or_create,
        )
        from organisations.models import Audience
        from workshops.demo import demo_workshops, workshop_load

        content = course_read("police-cadets")
        home, _ = factories.site_home()
        audiences = {
            code: Audience.objects.get_or_create(
                code=code, defaults={"name_en": code, "name_fr": code}
            )[0]
            for code in content["audiences"]
        }
        self.demo, lessons = course_load(
            content,
            index=catalogue_get_or_create(home),
            audiences=audiences,
            topics=topics_get_or_create(),
        )
        self.lesson = lessons[-1]
        collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
        fact_sheet_load(
            demo_fact_sheets()[content["slug"]],
            course=self.demo,
            lesson=self.lesson,
            collection=collection,
        )
        workshop = next(w for w in demo_workshops() if w["course"] == content["slug"])
        self.workshop = workshop_load(workshop, course=self.demo)

    def test_the_fact_sheet_lesson_and_the_workshop_pass_in_both_languages(self):
        french = Locale.objects.get(language_code="fr")
        pages = [self.lesson, self.workshop]
        paths = [page.url for page in pages] + [page.get_translation(french).url for page in pages]
        self.start_browser()
        page = self.browser.new_page()
        for path in paths:
            response = page.goto(self.live_server_url + path)
            assert response.status == 200, path
            self.check_accessibility(page)
        page.goto(self.live_server_url + self.lesson.get_translation(french).url)
        link = page.locator(".block-document-link a")
        assert link.inner_text().startswith("Fiche d’information")
        assert self.violations == [], "\n".join(self.violations)
