"""SCORM 2004 sequencing in a real browser: a pretest, the content and a posttest, as
the manifest orders them (no choice, flow; a passed pretest skips the content; a failed
posttest is retried; a failed pretest leads to the content). The player's runner runs
scorm-again's sequencing engine; the run is completed by the rollup of the root."""

import tempfile

import pytest
from django.test import override_settings

from lrs.models import Statement
from packages.models import PackageAttempt
from packages.services import package_import
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.packages import fixtures as f
from tests.packages.test_sequencing_manifest import PRETEST_POSTTEST
from tracking import vocabulary as v

PACKAGES_ROOT = tempfile.mkdtemp(prefix="e2e-sequencing-")

SCO = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%(id)s</title>
<script>
var win = window.parent, api = null;
try {
  while (win && !win.API_1484_11 && win.parent !== win) win = win.parent;
  api = win.API_1484_11;
} catch (error) { api = null; }
function finish(score) {
  api.SetValue("cmi.score.scaled", score);
  api.SetValue("cmi.completion_status", "completed");
  api.SetValue("adl.nav.request", "continue");
  api.Terminate("");
}
window.addEventListener("load", function () {
  api.Initialize("");
  document.getElementById("launch").textContent = String(Math.random()).slice(2, 10);
  document.getElementById("entry").textContent = api.GetValue("cmi.entry");
});
</script></head><body><main><h1>%(id)s</h1>
<p>Launch <span id="launch"></span>, entry <span id="entry"></span></p>
<button type="button" onclick="finish('0.95')">Score 95</button>
<button type="button" onclick="finish('0.5')">Score 50</button>
</main></body></html>"""


def sequenced_package():
    files = {"imsmanifest.xml": PRETEST_POSTTEST}
    for sco in ("PRETEST", "CONTENT", "POSTTEST"):
        files[f"{sco}.html"] = SCO % {"id": sco}
    path = f"{PACKAGES_ROOT}/pretest-posttest.zip"
    with open(path, "wb") as out:
        out.write(f.zip_bytes(files))
    return package_import(path=path, filename="pretest-posttest.zip").package


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class SequencingInBrowser(BrowserTestCase):
    def test_pretest_skips_content_posttest_retried_then_the_root_completes(self):
        from playwright.sync_api import expect

        package = sequenced_package()
        second = factories.learner(self.units["yvr"], first_name="Sam", last_name="Roy")
        self.start_browser()
        page = self.sign_in(self.learner)
        player = f"{self.live_server_url}/en/packages/{package.key}/"
        page.goto(player)
        sco = page.frame_locator("iframe").frame_locator("iframe")

        # The engine starts with the pretest; the manifest allows no choice of any part
        # (the organization's choice="false" covers the posttest inside its module).
        expect(sco.locator("h1")).to_have_text("PRETEST")
        expect(page.locator('[data-item="PRETEST"]')).to_have_attribute("aria-current", "true")
        expect(page.locator('[data-item="POSTTEST"]')).to_be_disabled()
        self.check_accessibility(page)

        # A passed pretest skips the content.
        sco.get_by_role("button", name="Score 95").click()
        expect(sco.locator("h1")).to_have_text("POSTTEST")
        expect(page.locator('[data-item="POSTTEST"]')).to_have_attribute("aria-current", "true")

        # A failed posttest is tried again (a new launch of it).
        first_launch = sco.locator("#launch").inner_text()
        sco.get_by_role("button", name="Score 50").click()
        expect(sco.locator("#launch")).not_to_have_text(first_launch)
        expect(sco.locator("h1")).to_have_text("POSTTEST")
        attempt = PackageAttempt.objects.get(user=self.learner, version__package=package)
        assert attempt.completed_at is None

        # Leaving and coming back: the engine's state is kept, the posttest is on show.
        page.goto(player)
        sco = page.frame_locator("iframe").frame_locator("iframe")
        expect(sco.locator("h1")).to_have_text("POSTTEST")

        sco.get_by_role("button", name="Score 95").click()
        expect(page.locator("[data-player-status]")).to_have_text(
            "You have completed this content."
        )
        attempt.refresh_from_db()
        assert attempt.completed_at is not None and attempt.failed_at is None
        assert attempt.sequencing_state
        assert not attempt.scos.filter(sco_identifier="CONTENT").exists()
        package_iri = v.activity_iri("package", str(package.key))
        assert Statement.objects.filter(object_iri=package_iri, verb_iri=v.VERB_COMPLETED).exists()

        # Another learner fails the pretest: the content comes next.
        page.context.close()
        page = self.sign_in(second)
        page.goto(player)
        sco = page.frame_locator("iframe").frame_locator("iframe")
        expect(sco.locator("h1")).to_have_text("PRETEST")
        sco.get_by_role("button", name="Score 50").click()
        expect(sco.locator("h1")).to_have_text("CONTENT")
        assert self.violations == []
