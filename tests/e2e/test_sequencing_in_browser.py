"""SCORM 2004 sequencing in a real browser: a pretest, the content and a posttest, as
the manifest orders them (no choice, flow; a passed pretest skips the content; a failed
posttest is retried; a failed pretest leads to the content). The player's runner runs
scorm-again's sequencing engine; the run is completed by the rollup of the root. With
choice only, a part gated on the one before it opens as soon as that one reports itself
passed, while it is still on show."""

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
from tests.packages.test_sequencing_manifest import PRETEST_POSTTEST, item, manifest
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


# Choice only (no flow): the second part is disabled until the first is satisfied, read
# from the global objective the first one writes.
CHOICE_GATED = manifest(
    item(
        "FIRST",
        """<imsss:objectives>
          <imsss:primaryObjective objectiveID="FIRST_OBJ">
            <imsss:mapInfo targetObjectiveID="G_FIRST" readSatisfiedStatus="false"
                writeSatisfiedStatus="true"/>
          </imsss:primaryObjective>
        </imsss:objectives>""",
    )
    + item(
        "SECOND",
        """<imsss:sequencingRules>
          <imsss:preConditionRule>
            <imsss:ruleConditions conditionCombination="any">
              <imsss:ruleCondition referencedObjective="NEED_FIRST" operator="not"
                  condition="satisfied"/>
              <imsss:ruleCondition referencedObjective="NEED_FIRST" operator="not"
                  condition="objectiveStatusKnown"/>
            </imsss:ruleConditions>
            <imsss:ruleAction action="disabled"/>
          </imsss:preConditionRule>
        </imsss:sequencingRules>
        <imsss:objectives>
          <imsss:primaryObjective objectiveID="SECOND_OBJ"/>
          <imsss:objective objectiveID="NEED_FIRST">
            <imsss:mapInfo targetObjectiveID="G_FIRST" readSatisfiedStatus="true"/>
          </imsss:objective>
        </imsss:objectives>""",
    )
    + '<imsss:sequencing><imsss:controlMode choice="true" flow="false"/></imsss:sequencing>',
    ["FIRST", "SECOND"],
)

# A SCO that reports itself passed and commits, and never ends its session itself.
COMMITTING_SCO = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>%(id)s</title><script>
var win = window.parent, api = null;
try {
  while (win && !win.API_1484_11 && win.parent !== win) win = win.parent;
  api = win.API_1484_11;
} catch (error) { api = null; }
function pass() {
  api.SetValue("cmi.completion_status", "completed");
  api.SetValue("cmi.success_status", "passed");
  api.Commit("");
  document.getElementById("saved").textContent = "Saved";
}
window.addEventListener("load", function () { api.Initialize(""); });
</script></head><body><main><h1>%(id)s</h1>
<button type="button" onclick="pass()">Pass</button><p id="saved"></p>
</main></body></html>"""


def choice_gated_package():
    files = {"imsmanifest.xml": CHOICE_GATED}
    for sco in ("FIRST", "SECOND"):
        files[f"{sco}.html"] = COMMITTING_SCO % {"id": sco}
    path = f"{PACKAGES_ROOT}/choice-gated.zip"
    with open(path, "wb") as out:
        out.write(f.zip_bytes(files))
    return package_import(path=path, filename="choice-gated.zip").package


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


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class ChoiceInBrowser(BrowserTestCase):
    def test_a_part_opens_as_soon_as_the_one_before_it_reports_itself_passed(self):
        from playwright.sync_api import expect

        package = choice_gated_package()
        self.start_browser()
        page = self.sign_in(self.learner)
        page.goto(f"{self.live_server_url}/en/packages/{package.key}/")
        sco = page.frame_locator("iframe").frame_locator("iframe")
        second = page.locator('[data-item="SECOND"]')

        # Choice only: the learner starts with the first part; the second is closed.
        page.locator('[data-item="FIRST"]').click()
        expect(sco.locator("h1")).to_have_text("FIRST")
        expect(second).to_be_disabled()

        # The first part reports itself passed and commits, and stays on show: the
        # second part opens at once.
        sco.get_by_role("button", name="Pass").click()
        expect(sco.locator("#saved")).to_have_text("Saved")
        expect(second).to_be_enabled()
        expect(sco.locator("h1")).to_have_text("FIRST")

        second.click()
        expect(sco.locator("h1")).to_have_text("SECOND")
        expect(second).to_have_attribute("aria-current", "true")
        assert self.violations == []
