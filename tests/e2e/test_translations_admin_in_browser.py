"""The admin's Translations report in a browser: a trainer downloads a page's PO file,
has it translated, uploads it, records a fluent speaker's review, and each page passes
the accessibility check."""

import polib
import pytest
from wagtail_localize.models import Translation, TranslationSource

from tests import factories
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.test_learning_path import BrowserTestCase


@pytest.mark.e2e
@requires_chromium
class TranslationsReportInBrowser(BrowserTestCase):
    @classmethod
    def setUpClass(cls):
        from django.core.cache import cache

        # Wagtail keeps the sites' root paths in the cache; an earlier test's, kept there,
        # would be what the server process (started now) gives this test's pages.
        cache.clear()
        super().setUpClass()

    def setUp(self):
        super().setUp()
        source, _ = TranslationSource.get_or_create_from_instance(self.lessons[0])
        self.translation = Translation.objects.create(
            source=source, target_locale=factories.all_locales()["es"]
        )
        self.translation.save_target(publish=True)
        self.trainer = factories.trainer()

    def test_a_trainer_works_with_an_outside_translator_and_records_the_review(self):
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in(self.trainer)
        page.goto(f"{self.live_server_url}/admin/translations/")
        row = page.locator(f"tr[data-translation='{self.translation.pk}']")
        expect(row).to_contain_text("Español")
        expect(row.locator("[data-state]")).to_have_attribute("data-state", "draft")
        self.violations += serious_violations(page)

        row.get_by_role("link", name="Lesson 1").click()
        expect(page.locator("h1")).to_contain_text("Lesson 1")
        with page.expect_download() as waiting:
            page.get_by_role("link", name="Download the PO file").click()
        po = polib.pofile(open(waiting.value.path(), encoding="utf-8").read())
        for entry in po:
            entry.msgstr = f"ES {entry.msgid}"
        self.violations += serious_violations(page)

        # Uploading nothing names the field at fault; the translated file is imported.
        page.get_by_role("button", name="Upload the PO file").click()
        expect(page.locator("#file-error")).to_have_text("Choose a PO file to upload.")
        self.violations += serious_violations(page)
        page.get_by_label("Translated PO file").set_input_files(
            files=[{"name": "lesson-es.po", "mimeType": "text/plain", "buffer": str(po).encode()}]
        )
        page.get_by_role("button", name="Upload the PO file").click()
        expect(page.get_by_text(f"{len(po)} texts imported from the PO file.")).to_be_visible()

        page.get_by_label("Reviewed by (fluent speaker)").fill("María Pérez")
        page.get_by_role("button", name="Record the review").click()
        expect(page.locator("dd[data-state]")).to_have_attribute("data-state", "reviewed")
        expect(page.locator("dd[data-state]")).to_contain_text("María Pérez")
        self.violations += serious_violations(page)
        assert self.violations == [], "\n".join(self.violations)
