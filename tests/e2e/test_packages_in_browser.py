"""SCORM packages in a real browser: a SCORM 1.2 SCO and a two-SCO SCORM 2004 package,
each in the player's sandboxed frame, find their API through the standard search,
commit, suspend and resume; the SCORM 2004 package flows from one SCO to the next; the
resulting xAPI statements are checked, and the player page passes axe-core. Both ways
the player runs SCORM: with the content on an origin of its own (the runner is the
SCO's parent) and, without one, in an opaque sandbox with the postMessage bridge."""

import tempfile

import pytest
from django.test import override_settings

from lrs.models import Statement
from packages.services import package_import
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.packages import fixtures as f
from tracking import vocabulary as v

PACKAGES_ROOT = tempfile.mkdtemp(prefix="e2e-packages-")

# The standard API search of SCORM content: the window, then its parents, then the opener.
FIND_API = """
function findAPI(win, name) {
  var tries = 0;
  while (win[name] == null && win.parent != null && win.parent != win) {
    if (++tries > 7) return null;
    win = win.parent;
  }
  return win[name];
}
function getAPI(name) {
  return findAPI(window, name) || (window.opener ? findAPI(window.opener, name) : null);
}
"""

SCO_12 = (
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SCO 1.2</title>
<script>"""
    + FIND_API
    + """
var api = null;
function start() {
  api = getAPI("API");
  document.getElementById("found").textContent = api ? "found" : "missing";
  document.getElementById("init").textContent = api.LMSInitialize("");
  document.getElementById("entry").textContent = api.LMSGetValue("cmi.core.entry");
  document.getElementById("location").textContent = api.LMSGetValue("cmi.core.lesson_location");
  document.getElementById("data").textContent = api.LMSGetValue("cmi.suspend_data");
  document.getElementById("has-2004").textContent = String(window.API_1484_11 !== undefined);
  var cookie;
  try { cookie = document.cookie; } catch (e) { cookie = "blocked"; }
  document.getElementById("cookie").textContent = cookie === "" ? "empty" : cookie;
}
function suspend() {
  api.LMSSetValue("cmi.core.lesson_status", "incomplete");
  api.LMSSetValue("cmi.core.lesson_location", "page-7");
  api.LMSSetValue("cmi.suspend_data", "seen=1,2,3");
  api.LMSSetValue("cmi.core.exit", "suspend");
  api.LMSCommit("");
  api.LMSFinish("");
}
function finish() {
  api.LMSSetValue("cmi.interactions.0.id", "q1");
  api.LMSSetValue("cmi.interactions.0.type", "choice");
  api.LMSSetValue("cmi.interactions.0.student_response", "b");
  api.LMSSetValue("cmi.interactions.0.result", "correct");
  api.LMSSetValue("cmi.core.score.raw", "90");
  api.LMSSetValue("cmi.core.lesson_status", "passed");
  api.LMSCommit("");
  api.LMSFinish("");
}
window.addEventListener("load", start);
</script></head>
<body><main><h1>Border interview</h1>
<p>API <span id="found"></span>, initialized <span id="init"></span>,
entry <span id="entry"></span>, location <span id="location"></span>,
data <span id="data"></span>, 2004 API <span id="has-2004"></span>,
cookie <span id="cookie"></span></p>
<button type="button" onclick="suspend()">Suspend</button>
<button type="button" onclick="finish()">Finish</button>
</main></body></html>"""
)

SCO_2004 = (
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SCO 2004</title>
<script>"""
    + FIND_API
    + """
var api = null;
function start() {
  api = getAPI("API_1484_11");
  document.getElementById("found").textContent = api ? "found" : "missing";
  api.Initialize("");
  document.getElementById("entry").textContent = api.GetValue("cmi.entry");
  document.getElementById("location").textContent = api.GetValue("cmi.location");
  document.getElementById("has-12").textContent = String(window.API !== undefined);
}
function suspend() {
  api.SetValue("cmi.location", "slide-2");
  api.SetValue("cmi.suspend_data", "x");
  api.SetValue("cmi.exit", "suspend");
  api.Commit("");
  api.Terminate("");
}
function next() {
  api.SetValue("cmi.completion_status", "completed");
  api.SetValue("cmi.success_status", "passed");
  api.SetValue("cmi.score.scaled", "0.9");
  api.SetValue("adl.nav.request", "continue");
  api.Terminate("");
}
window.addEventListener("load", start);
</script></head>
<body><main><h1>%(title)s</h1>
<p>API <span id="found"></span>, entry <span id="entry"></span>,
location <span id="location"></span>, 1.2 API <span id="has-12"></span></p>
<button type="button" onclick="suspend()">Suspend</button>
<button type="button" onclick="next()">Done, continue</button>
</main></body></html>"""
)


class ScormRunChecks:
    """The shared walk through both packages; ``sco(page)`` finds the SCO's frame and
    ``cookie`` is what the SCO reads of ``document.cookie``."""

    cookie = ""

    def sco(self, page):
        raise NotImplementedError

    def import_package(self, version, scos, pages, name):
        files = f.scorm_package(version, scos=scos, title=name, pages=pages)
        path = f"{PACKAGES_ROOT}/{name}.zip"
        with open(path, "wb") as out:
            out.write(f.zip_bytes(files))
        return package_import(path=path, filename=f"{name}.zip").package

    def run_both_packages(self):
        from playwright.sync_api import expect

        scorm12 = self.import_package(
            "1.2",
            [("interview", "Interview", "sco/index.html")],
            {"sco/index.html": SCO_12},
            "Interview skills",
        )
        scorm2004 = self.import_package(
            "2004",
            [("part1", "Part 1", "p1/index.html"), ("part2", "Part 2", "p2/index.html")],
            {
                "p1/index.html": SCO_2004.replace("%(title)s", "Part one"),
                "p2/index.html": SCO_2004.replace("%(title)s", "Part two"),
            },
            "Indicators",
        )
        self.start_browser()
        page = self.sign_in(self.learner)

        # SCORM 1.2: first launch, suspend, come back, resume, finish.
        page.goto(f"{self.live_server_url}/en/packages/{scorm12.key}/")
        sco = self.sco(page)
        expect(sco.locator("#found")).to_have_text("found")
        expect(sco.locator("#init")).to_have_text("true")
        expect(sco.locator("#entry")).to_have_text("ab-initio")
        expect(sco.locator("#has-2004")).to_have_text("false")
        expect(sco.locator("#cookie")).to_have_text(self.cookie)
        self.check_accessibility(page)
        sco.get_by_role("button", name="Suspend").click()
        expect(page.locator("[data-player-status]")).to_have_text("Your progress is saved.")

        page.reload()
        sco = self.sco(page)
        expect(sco.locator("#entry")).to_have_text("resume")
        expect(sco.locator("#location")).to_have_text("page-7")
        expect(sco.locator("#data")).to_have_text("seen=1,2,3")
        sco.get_by_role("button", name="Finish").click()
        expect(page.locator("[data-player-status]")).to_have_text(
            "You have completed this content."
        )

        package_iri = v.activity_iri("package", str(scorm12.key))
        sco_iri = v.package_sco_iri(package_iri, "interview")
        verbs = set(
            Statement.objects.filter(object_iri__startswith=sco_iri).values_list(
                "verb_iri", flat=True
            )
        )
        assert verbs == {v.VERB_COMPLETED, v.VERB_PASSED, v.VERB_ANSWERED}
        passed = Statement.objects.get(object_iri=sco_iri, verb_iri=v.VERB_PASSED).data
        assert passed["result"]["score"]["raw"] == 90
        assert Statement.objects.filter(object_iri=package_iri, verb_iri=v.VERB_COMPLETED).exists()

        # SCORM 2004, two SCOs: suspend the first, resume it, then flow to the second.
        page.goto(f"{self.live_server_url}/en/packages/{scorm2004.key}/")
        sco = self.sco(page)
        expect(sco.locator("h1")).to_have_text("Part one")
        expect(sco.locator("#found")).to_have_text("found")
        expect(sco.locator("#has-12")).to_have_text("false")
        expect(sco.locator("#entry")).to_have_text("ab-initio")
        self.check_accessibility(page)
        sco.get_by_role("button", name="Suspend").click()
        expect(page.locator("[data-player-status]")).not_to_be_empty()
        page.reload()
        sco = self.sco(page)
        expect(sco.locator("#entry")).to_have_text("resume")
        expect(sco.locator("#location")).to_have_text("slide-2")
        sco.get_by_role("button", name="Done, continue").click()
        # The player marks the part it launches as it puts its frame in place of the one
        # before: wait for that first. Checked through the frames at once, the first part
        # may still be on show; where that frame is a page of another site (the runner),
        # its removal in the middle of a check ends the check at once, on "Part one".
        expect(page.locator('[data-item="part2"]')).to_have_attribute("aria-current", "true")
        expect(self.sco(page).locator("h1")).to_have_text("Part two")
        expect(page.locator('[data-item-status="part1"]')).to_have_text("Completed")
        self.sco(page).get_by_role("button", name="Done, continue").click()
        expect(page.locator("[data-player-status]")).to_have_text(
            "You have completed this content."
        )
        self.check_accessibility(page)

        package_iri = v.activity_iri("package", str(scorm2004.key))
        for part in ("part1", "part2"):
            part_iri = v.package_sco_iri(package_iri, part)
            assert Statement.objects.filter(object_iri=part_iri, verb_iri=v.VERB_PASSED).exists()
        assert Statement.objects.filter(object_iri=package_iri, verb_iri=v.VERB_COMPLETED).exists()
        assert self.violations == []


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class ScormPackagesInBrowser(ScormRunChecks, BrowserTestCase):
    """Content on its own origin (localhost beside the platform's 127.0.0.1): the SCO
    is a frame of the runner, which holds the API; the SCO sees no cookie of the
    platform's (its origin has none)."""

    cookie = "empty"

    def sco(self, page):
        return page.frame_locator("iframe").frame_locator("iframe")

    def test_scorm_12_and_2004_run_commit_resume_and_flow(self):
        self.run_both_packages()


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT, PACKAGES_LOOPBACK_CONTENT_ORIGIN=False)
class ScormPackagesInOpaqueSandbox(ScormRunChecks, BrowserTestCase):
    """No origin for content: the SCO runs in an opaque sandbox (no cookies at all) and
    reaches the run-time in the player page through the bridge."""

    cookie = "blocked"

    def sco(self, page):
        return page.frame_locator("iframe")

    def test_scorm_12_and_2004_run_commit_resume_and_flow(self):
        self.run_both_packages()


XAPI_CONTENT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>xAPI</title>
<script>
async function run() {
  const params = new URLSearchParams(location.search);
  const response = await fetch(params.get("endpoint") + "statements", {
    method: "POST",
    headers: {
      "Authorization": params.get("auth"),
      "X-Experience-API-Version": "1.0.3",
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      actor: JSON.parse(params.get("actor")),
      verb: {id: "http://adlnet.gov/expapi/verbs/completed"},
      object: {id: params.get("activity_id")},
      context: {registration: params.get("registration")},
    }),
  });
  document.getElementById("result").textContent = "status " + response.status;
}
window.addEventListener("load", run);
</script></head><body><main><h1>xAPI content</h1><p id="result"></p></main></body></html>"""

CMI5_AU = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>AU</title>
<script>
const SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
async function run() {
  const params = new URLSearchParams(location.search);
  const endpoint = params.get("endpoint");
  const token = (await (await fetch(params.get("fetch"), {method: "POST"})).json())["auth-token"];
  const headers = {"Authorization": "Basic " + token, "X-Experience-API-Version": "1.0.3"};
  const query = new URLSearchParams({
    activityId: params.get("activityId"), agent: params.get("actor"),
    registration: params.get("registration"), stateId: "LMS.LaunchData",
  });
  const launchData = await (await fetch(endpoint + "activities/state?" + query, {headers})).json();
  const preferences = new URLSearchParams({
    agent: params.get("actor"), profileId: "cmi5LearnerPreferences",
  });
  await fetch(endpoint + "agents/profile?" + preferences, {headers});
  const send = async (verb, result) => {
    // As a conforming AU sends it: an id, a UTC timestamp, the launch's context, the
    // moveOn category with an outcome, and a duration where cmi5 wants one.
    const context = JSON.parse(JSON.stringify(launchData.contextTemplate));
    context.registration = params.get("registration");
    context.contextActivities = context.contextActivities || {};
    const categories = [{id: "https://w3id.org/xapi/cmi5/context/categories/cmi5"}];
    if (result && "completion" in result) {
      categories.push({id: "https://w3id.org/xapi/cmi5/context/categories/moveon"});
    }
    context.contextActivities.category = categories;
    const body = {id: crypto.randomUUID(), timestamp: new Date().toISOString(),
                  actor: JSON.parse(params.get("actor")), verb: {id: verb},
                  object: {id: params.get("activityId")}, context};
    if (result) body.result = result;
    const response = await fetch(endpoint + "statements", {
      method: "POST", headers: {...headers, "Content-Type": "application/json"},
      body: JSON.stringify(body),
    });
    return response.status;
  };
  const statuses = [
    await send("http://adlnet.gov/expapi/verbs/initialized"),
    await send("http://adlnet.gov/expapi/verbs/completed", {completion: true, duration: "PT1S"}),
    await send("http://adlnet.gov/expapi/verbs/terminated", {duration: "PT2S"}),
  ];
  document.getElementById("result").textContent =
    launchData.launchMode + " " + statuses.join(",");
}
window.addEventListener("load", run);
</script></head><body><main><h1>cmi5 unit</h1><p id="result"></p></main></body></html>"""


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class XapiAndCmi5PackagesInBrowser(BrowserTestCase):
    def import_files(self, files, name):
        path = f"{PACKAGES_ROOT}/{name}.zip"
        with open(path, "wb") as out:
            out.write(f.zip_bytes(files))
        return package_import(path=path, filename=f"{name}.zip").package

    def test_an_xapi_package_and_a_cmi5_au_report_from_their_sandboxed_frames(self):
        from playwright.sync_api import expect

        tincan = f.tincan_package(activity_id="https://example.org/xapi/course")
        tincan["index.html"] = XAPI_CONTENT
        xapi_package = self.import_files(tincan, "xapi")
        cmi5_package = self.import_files(
            {
                "cmi5.xml": f.cmi5_xml(f.au("https://example.org/au/1", "au/index.html")),
                "au/index.html": CMI5_AU,
            },
            "cmi5",
        )
        self.start_browser()
        page = self.sign_in(self.learner)

        page.goto(f"{self.live_server_url}/en/packages/{xapi_package.key}/")
        expect(page.frame_locator("iframe").locator("#result")).to_have_text("status 200")
        self.check_accessibility(page)
        stored = Statement.objects.get(object_iri="https://example.org/xapi/course")
        assert stored.verb_iri == v.VERB_COMPLETED
        page.reload()
        expect(page.locator("[data-player-status]")).to_have_text(
            "You have completed this content."
        )

        page.goto(f"{self.live_server_url}/en/packages/{cmi5_package.key}/")
        self.check_accessibility(page)
        page.get_by_role("button", name="First unit").click()
        expect(page.frame_locator("iframe").locator("#result")).to_have_text("Normal 200,200,200")
        package_iri = v.activity_iri("package", str(cmi5_package.key))
        satisfied = set(
            Statement.objects.filter(verb_iri=v.VERB_SATISFIED).values_list("object_iri", flat=True)
        )
        # Only the course (the package) is satisfied, never the AU itself (cmi5 9.4).
        assert satisfied == {package_iri}
        assert Statement.objects.filter(verb_iri=v.VERB_LAUNCHED).count() == 1
        self.check_accessibility(page)
        assert self.violations == []


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class ExportedCourseInBrowser(BrowserTestCase):
    def import_export(self, kind):
        from packages.export import course_export

        path = f"{PACKAGES_ROOT}/export-{kind}.zip"
        with open(path, "wb") as out:
            out.write(course_export(course=self.course, kind=kind, language="en"))
        # The export keeps this platform's activity ids, which its own importer refuses:
        # it is imported as another platform would import it.
        with override_settings(
            SITE_URL="https://other-lms.example",
            XAPI_PLATFORM_IRI="https://other-lms.example/xapi",
        ):
            return package_import(path=path, filename=f"export-{kind}.zip").package

    def test_an_exported_course_runs_as_cmi5_and_as_scorm_12(self):
        from playwright.sync_api import expect

        cmi5_package = self.import_export("cmi5")
        scorm_package = self.import_export("scorm12")
        self.start_browser()
        page = self.sign_in(self.learner)

        page.goto(f"{self.live_server_url}/en/packages/{cmi5_package.key}/")
        for number in (1, 2):
            page.get_by_role("button", name=f"Lesson {number}", exact=True).click()
            unit = page.frame_locator("iframe")
            expect(unit.locator("h1")).to_have_text(f"Lesson {number}")
            unit.get_by_role("button", name="Complete the lesson").click()
            expect(unit.locator("[data-status]")).to_have_text("You have completed this lesson.")
        self.check_accessibility(page)
        course_iri = v.activity_iri("package", str(cmi5_package.key))
        assert Statement.objects.filter(verb_iri=v.VERB_SATISFIED, object_iri=course_iri).exists()

        page.goto(f"{self.live_server_url}/en/packages/{scorm_package.key}/")
        for number in (1, 2):
            page.get_by_role("button", name=f"Lesson {number}", exact=True).click()
            # The SCO is a frame of the runner, which holds its API.
            sco = page.frame_locator("iframe").frame_locator("iframe")
            expect(sco.locator("h1")).to_have_text(f"Lesson {number}")
            sco.get_by_role("button", name="Complete the lesson").click()
            expect(sco.locator("[data-status]")).to_have_text("You have completed this lesson.")
        expect(page.locator("[data-player-status]")).to_have_text(
            "You have completed this content."
        )
        assert Statement.objects.filter(
            verb_iri=v.VERB_COMPLETED,
            object_iri=v.activity_iri("package", str(scorm_package.key)),
        ).exists()
        assert self.violations == []


# A one-SCO SCORM 2004 package with sequencing, as authoring tools export one (iSpring,
# Storyline): its quiz reports "failed" from the first page until it is passed, and its
# outcome is committed without ending the session (the learner stays on the last page).
QUIZ_SCO = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quiz</title>
<script>
var win = window.parent, api = null;
while (win && !win.API_1484_11 && win.parent !== win) win = win.parent;
api = win.API_1484_11;
function report(completion, success, score) {
  api.SetValue("cmi.completion_status", completion);
  api.SetValue("cmi.success_status", success);
  api.SetValue("cmi.score.scaled", score);
  api.Commit("");
  document.getElementById("reported").textContent = success;
}
window.addEventListener("load", function () {
  api.Initialize("");
  document.getElementById("entry").textContent = api.GetValue("cmi.entry");
  api.SetValue("cmi.exit", "suspend");
  report("incomplete", "failed", "0");
});
window.addEventListener("pagehide", function () {
  api.Terminate("");
});
</script></head><body><main><h1>Quiz</h1>
<p>Entry <span id="entry"></span>, reported <span id="reported"></span></p>
<button type="button" onclick="report('completed', 'failed', '0.5')">Answer wrongly</button>
<button type="button" onclick="report('completed', 'passed', '1')">Answer rightly</button>
</main></body></html>"""


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class SequencedQuizOutcomeInBrowser(BrowserTestCase):
    def import_quiz(self):
        from tests.packages.test_sequencing_manifest import item, manifest

        xml = manifest(
            item(
                "QUIZ",
                '<imsss:deliveryControls completionSetByContent="true" '
                'objectiveSetByContent="true"/>',
            )
            + '<imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing>',
            ["QUIZ"],
        )
        path = f"{PACKAGES_ROOT}/sequenced-quiz.zip"
        with open(path, "wb") as out:
            out.write(f.zip_bytes({"imsmanifest.xml": xml, "QUIZ.html": QUIZ_SCO}))
        package = package_import(path=path, filename="sequenced-quiz.zip").package
        assert package.versions.get().structure.get("sequencing")
        return package

    def test_the_outcome_shows_when_the_quiz_reports_it_not_before(self):
        from playwright.sync_api import expect

        from packages.models import PackageAttempt

        package = self.import_quiz()
        self.start_browser()
        page = self.sign_in(self.learner)
        page.goto(f"{self.live_server_url}/en/packages/{package.key}/")
        sco = page.frame_locator("iframe").frame_locator("iframe")
        status = page.locator("[data-player-status]")
        expect(sco.locator("#reported")).to_have_text("failed")
        # Opened and left with the quiz not taken: the learner has not failed.
        page.reload()
        sco = page.frame_locator("iframe").frame_locator("iframe")
        expect(sco.locator("#entry")).to_have_text("resume")
        expect(sco.locator("#reported")).to_have_text("failed")
        page.wait_for_timeout(2000)
        attempt = PackageAttempt.objects.get(user=self.learner)
        assert attempt.failed_at is None
        expect(status).not_to_contain_text("You did not pass")
        # The quiz failed, the learner still on its page: the player says so at once.
        sco.get_by_role("button", name="Answer wrongly").click()
        expect(status).to_have_text(
            "You did not pass this time. Open the part you did not pass to try again."
        )
        attempt.refresh_from_db()
        assert attempt.failed_at is not None and attempt.completed_at is None
        sco.get_by_role("button", name="Answer rightly").click()
        expect(status).to_have_text("You have completed this content.")
        attempt.refresh_from_db()
        assert attempt.completed_at is not None and attempt.failed_at is None
        package_iri = v.activity_iri("package", str(package.key))
        assert Statement.objects.filter(object_iri=package_iri, verb_iri=v.VERB_COMPLETED).exists()
        self.check_accessibility(page)
        assert self.violations == []


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class PageDrawnBeforeTheLastSaveWasStored(ScormRunChecks, BrowserTestCase):
    """A reload at once after a save: the platform may draw the new page before the
    save it is answering is stored, and the old page has its answer by then. The new
    page sends what the device had answered lately again, and starts the SCO where the
    learner left it, not with the data the platform drew the page with."""

    def test_a_page_drawn_with_an_older_state_resumes_and_flows_on(self):
        from playwright.sync_api import expect

        from packages.models import ScoRuntime

        package = self.import_package(
            "2004",
            [("part1", "Part 1", "p1/index.html"), ("part2", "Part 2", "p2/index.html")],
            {
                "p1/index.html": SCO_2004.replace("%(title)s", "Part one"),
                "p2/index.html": SCO_2004.replace("%(title)s", "Part two"),
            },
            "Indicators drawn early",
        )
        self.start_browser()
        page = self.sign_in(self.learner)
        page.goto(f"{self.live_server_url}/en/packages/{package.key}/")
        sco = page.frame_locator("iframe").frame_locator("iframe")
        expect(sco.locator("#entry")).to_have_text("ab-initio")
        sco.get_by_role("button", name="Suspend").click()
        expect(page.locator("[data-player-status]")).to_contain_text("This part is over.")
        stored = ScoRuntime.objects.filter(
            attempt__user=self.learner, sco_identifier="part1", session_sequence=2
        )
        for _ in range(100):
            if stored.exists():
                break
            page.wait_for_timeout(100)
        runtime = stored.get()
        assert runtime.cmi["cmi.location"] == "slide-2"
        # What the platform would have drawn had the page come before the save was stored.
        runtime.delete()

        page.reload()
        sco = page.frame_locator("iframe").frame_locator("iframe")
        expect(sco.locator("#entry")).to_have_text("resume")
        expect(sco.locator("#location")).to_have_text("slide-2")
        sco.get_by_role("button", name="Done, continue").click()
        # The second part's frame in place of the first's (see run_both_packages).
        expect(page.locator('[data-item="part2"]')).to_have_attribute("aria-current", "true")
        expect(sco.locator("h1")).to_have_text("Part two")
        expect(page.locator('[data-item-status="part1"]')).to_have_text("Completed")
