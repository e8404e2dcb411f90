"""A learner downloads their certificate as a PDF and as a signed credential from "My
learning", then anyone checks both: the verification page and the credential checker, in
English and in French; the manager sees it in their units' list. Every page passes the
accessibility check."""

import tempfile
from pathlib import Path

import pytest
from django.test import override_settings

from certificates.models import Certificate
from courses.services import lesson_complete
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

SCRATCH = Path(tempfile.mkdtemp(prefix="certificates-e2e-"))


@pytest.mark.e2e
@requires_chromium
@override_settings(
    MEDIA_ROOT=SCRATCH / "media",
    PRIVATE_MEDIA_ROOT=SCRATCH / "private",
    CERTIFICATE_SIGNING_KEY="",
    CERTIFICATE_SIGNING_KEY_PATH=SCRATCH / "signing-key.pem",
)
class CertificatesInBrowser(BrowserTestCase):
    def test_learner_downloads_and_anyone_verifies_in_both_languages(self):
        for lesson in self.lessons:
            lesson_complete(user=self.learner, lesson=lesson, language="en")
        certificate = Certificate.objects.get(user=self.learner)
        self.start_browser()
        page = self.sign_in(self.learner)
        page.goto(f"{self.live_server_url}/en/my-learning/")
        self.check_accessibility(page)
        with page.expect_download() as pdf_download:
            page.get_by_role("link", name="Download PDF").first.click()
        pdf = Path(pdf_download.value.path()).read_bytes()
        assert pdf.startswith(b"%PDF")
        assert pdf_download.value.suggested_filename == f"{certificate.code}.pdf"
        with page.expect_download() as credential_download:
            page.get_by_role("link", name="Download signed credential").first.click()
        credential = Path(credential_download.value.path()).read_text()
        assert credential.count(".") == 2

        page.goto(f"{self.live_server_url}/fr/mon-apprentissage/")
        self.check_accessibility(page)

        visitor = self.browser.new_page()
        for language in ("en", "fr"):
            visitor.goto(
                f"{self.live_server_url}/{language}/certificates/verify/{certificate.code}/"
            )
            assert certificate.code in visitor.content()
            self.check_accessibility(visitor)
            visitor.goto(f"{self.live_server_url}/{language}/certificates/credentials/verify/")
            self.check_accessibility(visitor)
            visitor.locator("#credential").fill(credential)
            visitor.locator("main button[type=submit]").click()
            visitor.locator(".certificate[role=status]").wait_for()
            assert certificate.code in visitor.locator(".certificate[role=status]").text_content()
            self.check_accessibility(visitor)
        visitor.locator("#credential").fill(credential[:-4] + "AAAA")
        visitor.locator("main button[type=submit]").click()
        visitor.locator(".certificate[role=status]").wait_for()
        assert certificate.code not in visitor.content()

        manager = self.sign_in(self.manager)
        for language in ("en", "fr"):
            manager.goto(f"{self.live_server_url}/{language}/certificates/unit/")
            assert certificate.code in manager.content()
            self.check_accessibility(manager)
        assert self.violations == [], "\n".join(self.violations)
