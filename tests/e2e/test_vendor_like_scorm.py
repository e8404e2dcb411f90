"""SCORM content that behaves as the authoring tools' exports do, in a real browser.

The package below is written the way Storyline, Rise and Captivate exports work:
* its launch page redirects to a second page (the resume data must survive it);
* that page loads its engine with an XMLHttpRequest and runs it (the package's own files
  must be reachable from its origin);
* the engine searches for the API from ``window.parent`` up, reading each window's
  ``API``, and gives up at the first window it may not read;
* it sets ``incomplete`` at its first launch, numbers interactions from
  ``cmi.interactions._count`` right after ``LMSInitialize``, and checks each
  ``LMSSetValue`` result at the call.

The learner answers, leaves, comes back, fails the quiz (the course must not count it),
then passes. A second package's SCOs report no status at all, as Rustici's golf samples
do: each one is completed when it ends (SCORM 1.2).
"""

import tempfile

import pytest
from django.test import override_settings

from lrs.models import Statement
from packages.models import PackageAttempt, ScoRuntime
from packages.services import package_import
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.packages import fixtures as f
from tracking import vocabulary as v

PACKAGES_ROOT = tempfile.mkdtemp(prefix="e2e-vendor-like-")

LAUNCH = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Loading</title>
<script>window.location.replace("player/story.html" + window.location.search);</script>
</head><body><p>Loading…</p></body></html>"""

STORY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quiz</title>
<script>
var request = new XMLHttpRequest();
request.open("GET", "engine.js");
request.onload = function () { new Function(request.responseText)(); };
request.send();
</script></head>
<body><main><h1>Indicators quiz</h1>
<p>API <span id="found"></span>, entry <span id="entry"></span>,
location <span id="location"></span>, data <span id="data"></span>,
interactions <span id="count"></span>, bad value <span id="bad"></span>,
total time <span id="total"></span></p>
<button type="button" id="answer">Answer and leave</button>
<button type="button" id="fail">Finish with 40</button>
<button type="button" id="pass">Finish with 90</button>
</main></body></html>"""

ENGINE = """
function findFromParent(name) {
  var win = window.parent;
  for (var depth = 0; depth < 10 && win; depth += 1) {
    var api = win[name];  // throws on a window of another origin: the search stops
    if (api) return api;
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}
var api = null;
try { api = findFromParent("API"); } catch (error) { api = null; }
function show(id, text) { document.getElementById(id).textContent = text; }
show("found", api ? "found" : "missing");
if (api) {
  api.LMSInitialize("");
  // As the tools do: a first launch says "incomplete" at once.
  if (api.LMSGetValue("cmi.core.lesson_status") === "not attempted") {
    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
  }
  show("entry", api.LMSGetValue("cmi.core.entry"));
  show("location", api.LMSGetValue("cmi.core.lesson_location"));
  show("data", api.LMSGetValue("cmi.suspend_data"));
  show("count", api.LMSGetValue("cmi.interactions._count"));
  show("total", api.LMSGetValue("cmi.core.total_time"));
  var accepted = api.LMSSetValue("cmi.core.lesson_status", "splendid");
  show("bad", accepted + " " + api.LMSGetLastError());
}
function answer(response) {
  var n = api.LMSGetValue("cmi.interactions._count");
  api.LMSSetValue("cmi.interactions." + n + ".id", "q" + n);
  api.LMSSetValue("cmi.interactions." + n + ".type", "choice");
  api.LMSSetValue("cmi.interactions." + n + ".student_response", response);
  api.LMSSetValue("cmi.interactions." + n + ".result", response === "b" ? "correct" : "wrong");
}
function finish(raw) {
  answer(raw >= 80 ? "b" : "c");
  api.LMSSetValue("cmi.core.score.raw", String(raw));
  api.LMSSetValue("cmi.core.lesson_status", "completed");
  api.LMSSetValue("cmi.core.session_time", "0000:05:00");
  api.LMSCommit("");
  api.LMSFinish("");
}
document.getElementById("answer").addEventListener("click", function () {
  answer("a");
  api.LMSSetValue("cmi.core.lesson_location", "slide-4");
  api.LMSSetValue("cmi.suspend_data", "answered=q0");
  api.LMSSetValue("cmi.core.exit", "suspend");
  api.LMSSetValue("cmi.core.session_time", "0000:10:00");
  api.LMSCommit("");
  api.LMSFinish("");
});
document.getElementById("fail").addEventListener("click", function () { finish(40); });
document.getElementById("pass").addEventListener("click", function () { finish(90); });
"""

SILENT_SCO = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%(title)s</title>
<script>
var win = window.parent, api = null;
try { while (win && !win.API && win.parent !== win) win = win.parent; api = win.API; }
catch (error) { api = null; }
window.addEventListener("load", function () {
  api.LMSInitialize("");
  document.getElementById("state").textContent = "started";
});
window.addEventListener("pagehide", function () { api.LMSFinish(""); });
</script></head><body><main><h1>%(title)s</h1><p id="state"></p>
<button type="button" onclick="api.LMSFinish('')">Done</button></main></body></html>"""


def _import(name, files):
    path = f"{PACKAGES_ROOT}/{name}.zip"
    with open(path, "wb") as out:
        out.write(f.zip_bytes(files))
    return package_import(path=path, filename=f"{name}.zip").package


def quiz_package():
    manifest = f.scorm_manifest(
        "1.2",
        "Indicators quiz",
        [("quiz", "Indicators quiz", "index_lms.html")],
        item_extra="<adlcp:masteryscore>80</adlcp:masteryscore>",
    )
    return _import(
        "vendor-like-quiz",
        {
            "imsmanifest.xml": manifest,
            "index_lms.html": LAUNCH,
            "player/story.html": STORY,
            "player/engine.js": ENGINE,
        },
    )


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class ToolExportLikeScormInBrowser(BrowserTestCase):
    def test_parent_first_search_redirect_xhr_engine_resume_fail_then_pass(self):
        from playwright.sync_api import expect

        package = quiz_package()
        self.start_browser()
        page = self.sign_in(self.learner)
        player = f"{self.live_server_url}/en/packages/{package.key}/"

        page.goto(player)
        sco = page.frame_locator("iframe").frame_locator("iframe")
        expect(sco.locator("#found")).to_have_text("found")
        expect(sco.locator("#entry")).to_have_text("ab-initio")
        expect(sco.locator("#count")).to_have_text("0")
        # An invalid value is refused at the call, with SCORM's error code.
        expect(sco.locator("#bad")).to_have_text("false 405")
        self.check_accessibility(page)
        sco.locator("#answer").click()
        expect(page.locator("[data-player-status]")).to_have_text("Your progress is saved.")

        # Back again: through the redirecting launch page, the resume data is there.
        page.goto(player)
        sco = page.frame_locator("iframe").frame_locator("iframe")
        expect(sco.locator("#entry")).to_have_text("resume")
        expect(sco.locator("#location")).to_have_text("slide-4")
        expect(sco.locator("#data")).to_have_text("answered=q0")
        expect(sco.locator("#count")).to_have_text("1")
        expect(sco.locator("#total")).to_have_text("00:10:00")

        # 40 against a mastery score of 80: failed, and the package is not completed.
        sco.locator("#fail").click()
        expect(page.locator("[data-player-status]")).to_have_text(
            "You did not pass this time. Open the part you did not pass to try again."
        )
        attempt = PackageAttempt.objects.get(user=self.learner, version__package=package)
        assert attempt.completed_at is None and attempt.failed_at is not None
        runtime = ScoRuntime.objects.get(attempt=attempt)
        assert runtime.cmi["cmi.core.lesson_status"] == "failed"
        assert runtime.cmi["cmi.interactions.1.id"] == "q1"  # numbered after the first
        package_iri = v.activity_iri("package", str(package.key))
        sco_iri = v.package_sco_iri(package_iri, "quiz")
        assert Statement.objects.filter(object_iri=sco_iri, verb_iri=v.VERB_FAILED).exists()
        assert not Statement.objects.filter(
            object_iri=package_iri, verb_iri=v.VERB_COMPLETED
        ).exists()

        # Another try: 90 passes, and the package is completed.
        page.goto(player)
        sco = page.frame_locator("iframe").frame_locator("iframe")
        expect(sco.locator("#found")).to_have_text("found")
        expect(sco.locator("#total")).to_have_text("00:15:00")
        sco.locator("#pass").click()
        expect(page.locator("[data-player-status]")).to_have_text(
            "You have completed this content."
        )
        attempt.refresh_from_db()
        assert attempt.completed_at is not None and attempt.failed_at is None
        assert Statement.objects.filter(object_iri=sco_iri, verb_iri=v.VERB_PASSED).exists()
        assert Statement.objects.filter(object_iri=package_iri, verb_iri=v.VERB_COMPLETED).exists()
        assert self.violations == []


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class SilentScosInBrowser(BrowserTestCase):
    def test_scos_that_report_no_status_are_completed_when_they_end(self):
        from playwright.sync_api import expect

        scos = [(f"s{n}", f"Part {n}", f"s{n}/index.html") for n in (1, 2)]
        files = {"imsmanifest.xml": f.scorm_manifest("1.2", "Golf rules", scos)}
        for _identifier, title, href in scos:
            files[href] = SILENT_SCO % {"title": title}
        package = _import("silent-scos", files)
        self.start_browser()
        page = self.sign_in(self.learner)
        page.goto(f"{self.live_server_url}/en/packages/{package.key}/")
        for identifier, title, _href in scos:
            page.get_by_role("button", name=title, exact=True).click()
            sco = page.frame_locator("iframe").frame_locator("iframe")
            expect(sco.locator("h1")).to_have_text(title)
            expect(sco.locator("#state")).to_have_text("started")
            sco.get_by_role("button", name="Done").click()
            expect(page.locator(f'[data-item-status="{identifier}"]')).to_have_text("Completed")
        expect(page.locator("[data-player-status]")).to_have_text(
            "You have completed this content."
        )
        attempt = PackageAttempt.objects.get(user=self.learner, version__package=package)
        assert attempt.completed_at is not None
