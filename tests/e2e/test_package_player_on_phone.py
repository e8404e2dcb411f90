"""The package player on a 390 px phone: a package lesson's frame spans the width of the
screen, is tall enough to work in, starts on the first screen, and shows the SCO's
content (drawn, not a blank box), both with the content on an origin of its own and in
the opaque sandbox."""

import io
import tempfile
import time

import pytest
from django.test import override_settings
from django.utils import translation
from PIL import Image

from packages.models import PackageLessonPage
from packages.services import package_import
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.packages import fixtures as f

PACKAGES_ROOT = tempfile.mkdtemp(prefix="e2e-player-phone-")
PHONE = {"width": 390, "height": 844}

SCO = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>SCO</title></head>
<body><main><h1>Border interview</h1><p>Ask the traveller where they are going.</p>
<button type="button">Next question</button></main></body></html>"""

# The frame's box in the page, and the page's own width.
FRAME_BOX = """() => {
  const box = document.querySelector("[data-frame-holder] iframe").getBoundingClientRect();
  return {top: box.top + window.scrollY, left: box.left, right: box.right, width: box.width,
          height: box.height, viewport: window.innerWidth,
          pageWidth: document.documentElement.scrollWidth};
}"""


class PlayerOnPhoneChecks:
    """``sco(page)`` finds the SCO's frame (inside the runner's, or the player's own)."""

    def sco(self, page):
        raise NotImplementedError

    def package_lesson(self):
        path = f"{PACKAGES_ROOT}/interview.zip"
        with open(path, "wb") as out:
            out.write(
                f.zip_bytes(
                    f.scorm_package(
                        "1.2",
                        scos=[("interview", "Interview", "sco/index.html")],
                        title="Interview skills",
                        pages={"sco/index.html": SCO},
                    )
                )
            )
        version = package_import(path=path, filename="interview.zip")
        lesson = self.course.add_child(
            instance=PackageLessonPage(
                title="Interview simulation", slug="simulation", package=version.package
            )
        )
        lesson.save_revision().publish()
        lesson.refresh_from_db()
        return lesson

    def test_the_frame_is_wide_and_tall_enough_and_shows_the_sco(self):
        from playwright.sync_api import expect

        with translation.override("en"):
            url = self.package_lesson().url
        self.start_browser()
        page = self.sign_in(self.learner)
        page.set_viewport_size(PHONE)
        page.goto(f"{self.live_server_url}{url}")

        sco = self.sco(page)
        expect(sco.get_by_role("heading", name="Border interview")).to_be_visible()
        expect(sco.get_by_role("button", name="Next question")).to_be_visible()
        box = page.evaluate(FRAME_BOX)
        assert box["pageWidth"] <= box["viewport"], box
        assert box["left"] >= 0 and box["right"] <= box["viewport"], box
        assert box["width"] >= box["viewport"] - 48, box
        assert box["height"] >= PHONE["height"] / 2, box
        assert box["top"] < PHONE["height"] - 200, box

        # What the learner sees inside the frame's border is drawn: the SCO's dark text on
        # its light page, not a blank box. The frame's content may be painted by a process
        # of its own, a moment after its text is in the page: looked at again until then,
        # as the checks above wait for their element.
        frame = page.locator("[data-frame-holder] iframe")
        frame.scroll_into_view_if_needed()
        deadline = time.monotonic() + 15
        while True:
            shot = Image.open(io.BytesIO(frame.screenshot())).convert("L")
            inside = shot.crop((4, 4, shot.width - 4, shot.height - 4))
            darkest, lightest = inside.getextrema()
            if (darkest < 80 and lightest > 200) or time.monotonic() > deadline:
                break
            page.wait_for_timeout(250)
        assert darkest < 80 and lightest > 200, (darkest, lightest)


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class PlayerOnPhone(PlayerOnPhoneChecks, BrowserTestCase):
    def sco(self, page):
        return page.frame_locator("[data-frame-holder] iframe").frame_locator("iframe")


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT, PACKAGES_LOOPBACK_CONTENT_ORIGIN=False)
class PlayerOnPhoneInOpaqueSandbox(PlayerOnPhoneChecks, BrowserTestCase):
    def sco(self, page):
        return page.frame_locator("[data-frame-holder] iframe")
