"""The certificate and required-training pages on a phone (390 px) and a desktop
(1280 px), in English and French: nothing scrolls sideways on a phone, no table is wider
than its box on a desktop, the form controls look like the site's, the validity of a
certificate reads the same everywhere, and every page passes the accessibility check."""

import tempfile
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from certificates.models import Certificate
from courses.services import lesson_complete
from organisations.models import Audience
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.training.helpers import requirement
from training.services import assignments_materialise

SCRATCH = Path(tempfile.mkdtemp(prefix="certificate-layout-e2e-"))

# The page is wider than the screen.
PAGE_WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]"

SITE_BLUE = "rgb(38, 55, 74)"
WHITE = "rgb(255, 255, 255)"

# Tables wider than the element that holds them.
WIDE_TABLES = """() => [...document.querySelectorAll("main table")]
  .filter((table) => table.getClientRects().length)
  .filter((table) => table.scrollWidth > table.parentElement.clientWidth + 1)
  .map((table) => (table.caption ? table.caption.textContent.trim() : table.className))"""


@pytest.mark.e2e
@requires_chromium
@override_settings(
    MEDIA_ROOT=SCRATCH / "media",
    PRIVATE_MEDIA_ROOT=SCRATCH / "private",
    CERTIFICATE_SIGNING_KEY="",
    CERTIFICATE_SIGNING_KEY_PATH=SCRATCH / "signing-key.pem",
)
class CertificatePagesLayout(BrowserTestCase):
    def test_pages_fit_a_phone_and_a_desktop_in_both_languages(self):
        requirement(
            courses=[self.course],
            audiences=[Audience.objects.get(code="border-services-officer")],
            due_days=10,
            recurrence="months_after_completion",
            recurrence_months=24,
            name="Human trafficking awareness for border services officers",
        )
        assignments_materialise()
        for lesson in self.lessons:
            lesson_complete(user=self.learner, lesson=lesson, language="en")
        certificate = Certificate.objects.get(user=self.learner)
        self.start_browser()
        learner = self.sign_in(self.learner)
        manager = self.sign_in(self.manager)
        visitor = self.browser.new_page()
        pages = [
            (learner, "training:mine", {}),
            (learner, "certificates:mine", {}),
            (visitor, "certificates:verify_lookup", {}),
            (visitor, "certificates:verify", {"code": certificate.code}),
            (visitor, "certificates:credential_verify", {}),
            (manager, "certificates:unit", {}),
        ]
        problems = []
        for width in (390, 1280):
            for page, name, kwargs in pages:
                page.set_viewport_size({"width": width, "height": 800})
                for language in ("en", "fr"):
                    with translation.override(language):
                        path = reverse(name, kwargs=kwargs)
                    page.goto(self.live_server_url + path)
                    self.check_accessibility(page)
                    scroll, inner = page.evaluate(PAGE_WIDTH)
                    if scroll > inner:
                        problems.append(f"{width} px {path}: page {scroll} px wide")
                    for table in page.evaluate(WIDE_TABLES):
                        problems.append(f"{width} px {path}: table {table} too wide")
        assert problems == [], "\n".join(problems)
        assert self.violations == [], "\n".join(self.violations)

        # The controls are drawn like the site's design-system controls, not as the
        # browser's own: the button dark blue like every button, the address, the unit
        # picker and the radios as large and outlined as the text inputs.
        learner.set_viewport_size({"width": 1280, "height": 800})
        learner.goto(self.live_server_url + reverse("training:mine"))
        save = learner.get_by_role("button", name="Save my choice")
        assert _style(save, "background-color") == SITE_BLUE
        assert _style(save, "color") == WHITE
        feed = learner.locator("#calendar-feed")
        assert _style(feed, "border-top-width") == "2px"
        assert feed.bounding_box()["height"] >= 48
        assert learner.locator("#optional-email-on").bounding_box()["width"] >= 24
        manager.set_viewport_size({"width": 1280, "height": 800})
        manager.goto(self.live_server_url + reverse("certificates:unit"))
        picker = manager.locator("#unit")
        assert _style(picker, "border-top-width") == "2px"
        assert _style(picker, "appearance") == "none"
        assert picker.bounding_box()["height"] >= 48
        assert _style(manager.get_by_role("button", name="Show"), "background-color") == SITE_BLUE

    def test_the_verification_code_is_as_large_as_the_text_around_it(self):
        """People read the code out and type it in: not the browser's small monospace."""
        for lesson in self.lessons:
            lesson_complete(user=self.learner, lesson=lesson, language="en")
        certificate = Certificate.objects.get(user=self.learner)
        self.start_browser()
        learner = self.sign_in(self.learner)
        visitor = self.browser.new_page()
        for page, path in (
            (visitor, reverse("certificates:verify", kwargs={"code": certificate.code})),
            (learner, reverse("certificates:mine")),
        ):
            page.goto(self.live_server_url + path)
            code = page.locator("main dd code").first
            assert code.inner_text() == certificate.code
            label = page.locator("main dt").first
            assert _style(code, "font-size") == _style(label, "font-size"), path


def _style(locator, name: str) -> str:
    return locator.evaluate(f"(element) => getComputedStyle(element).getPropertyValue('{name}')")
