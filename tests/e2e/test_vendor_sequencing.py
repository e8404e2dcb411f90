"""Rustici's golf "Simple Remediation" sample (SCORM 2004 3rd edition), a third-party
package, in a real browser: its manifest allows flow only (no choice), counts only the
tests toward rollup, skips the content and test of an objective already mastered, and
sends a learner who reaches the end without mastering every objective back through what
they have not mastered. The package is never kept in this repository: point
``SCORM_VENDOR_PACKAGES`` at the folder that holds it (the test is skipped, naming the
variable and the file, otherwise)."""

import os
import tempfile
from pathlib import Path

import pytest
from django.test import override_settings

from lrs.models import Statement
from packages.models import PackageAttempt
from packages.services import package_import
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tracking import vocabulary as v

FOLDER_VARIABLE = "SCORM_VENDOR_PACKAGES"
REMEDIATION = "golf-SequencingSimpleRemediation_SCORM20043rdEdition.zip"
PACKAGES_ROOT = tempfile.mkdtemp(prefix="e2e-vendor-sequencing-")
CONTENT = ["Playing the Game", "Etiquette", "Handicapping", "Having Fun"]
TESTS = ["Playing Quiz", "Etiquette Quiz", "Handicapping Quiz", "Having Fun Quiz"]


def remediation_zip() -> Path:
    folder = os.environ.get(FOLDER_VARIABLE, "")
    path = Path(folder) / REMEDIATION if folder else None
    if path is None or not path.is_file():
        pytest.skip(f"set {FOLDER_VARIABLE} to the folder that holds {REMEDIATION}")
    return path


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class GolfSimpleRemediationInBrowser(BrowserTestCase):
    def wait_for_part(self, page, title):
        from playwright.sync_api import expect

        expect(page.locator("[data-item][aria-current=true]")).to_have_text(title)
        sco = page.frame_locator("iframe").frame_locator("iframe")
        expect(sco.locator("#butNext, #contentFrame").first).to_be_attached()

    def next_part(self, page):
        page.locator('[data-flow="next"]').click()

    def answer_test(self, page, *, right: bool):
        from playwright.sync_api import expect

        test = page.frame_locator("iframe").frame_locator("iframe").frame_locator("#contentFrame")
        expect(test.get_by_role("button", name="Submit Answers")).to_be_visible()
        if right:
            for radio in test.locator(".correctAnswer input[type=radio]").all():
                radio.check()
            for field in test.locator(".correctAnswer input[type=text]").all():
                # The expected number follows the field, in brackets.
                shown = field.locator("xpath=..").inner_text()
                field.fill(shown.split("(")[-1].rstrip(")").strip())
                field.dispatch_event("change")
        test.get_by_role("button", name="Submit Answers").click()
        score = test.get_by_role("heading", name="Score:")
        expect(score).to_be_visible()
        assert (score.inner_text() == "Score: 100") is right, score.inner_text()

    def test_failed_objectives_are_remediated_and_mastered_ones_skipped(self):
        from playwright.sync_api import expect

        path = remediation_zip()
        package = package_import(path=path, filename=path.name).package
        self.start_browser()
        page = self.sign_in(self.learner)
        page.set_viewport_size({"width": 1400, "height": 1000})
        page.on("dialog", lambda dialog: dialog.dismiss())
        page.goto(f"{self.live_server_url}/en/packages/{package.key}/")

        # Flow only: the first content part, and no part may be chosen.
        self.wait_for_part(page, CONTENT[0])
        for title in [*CONTENT, *TESTS]:
            expect(page.get_by_role("button", name=title, exact=True)).to_be_disabled()
        for title in CONTENT[1:]:
            self.next_part(page)
            self.wait_for_part(page, title)

        # The tests: the first failed, the others passed.
        self.next_part(page)
        self.wait_for_part(page, TESTS[0])
        self.answer_test(page, right=False)
        for title in TESTS[1:]:
            self.next_part(page)
            self.wait_for_part(page, title)
            self.answer_test(page, right=True)

        # At the end, the one objective not mastered is remediated: its content again,
        # the mastered content skipped, then its test.
        self.next_part(page)
        self.wait_for_part(page, CONTENT[0])
        attempt = PackageAttempt.objects.get(user=self.learner, version__package=package)
        assert attempt.completed_at is None
        self.next_part(page)
        self.wait_for_part(page, TESTS[0])
        self.answer_test(page, right=True)

        # Every objective mastered: the course ends, satisfied, and the run is completed.
        self.next_part(page)
        expect(page.locator("[data-player-status]")).to_have_text(
            "You have completed this content."
        )
        attempt.refresh_from_db()
        assert attempt.completed_at is not None and attempt.failed_at is None
        package_iri = v.activity_iri("package", str(package.key))
        assert Statement.objects.filter(object_iri=package_iri, verb_iri=v.VERB_COMPLETED).exists()
        quiz_iri = v.package_sco_iri(package_iri, "test_1")
        verbs = set(
            Statement.objects.filter(object_iri=quiz_iri).values_list("verb_iri", flat=True)
        )
        assert {v.VERB_FAILED, v.VERB_PASSED} <= verbs


FORCED = "golf-SequencingForcedSequential_SCORM20043rdEdition.zip"


@pytest.mark.e2e
@requires_chromium
@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class GolfForcedSequentialInBrowser(BrowserTestCase):
    """Choice and flow are allowed, but a part stays disabled until the one before it is
    satisfied: the learner may go back, never ahead of the next part."""

    def read_to_the_end(self, page):
        sco = page.frame_locator("iframe").frame_locator("iframe")
        button = sco.locator("#butNext")
        for _ in range(20):
            if button.is_disabled():
                return
            button.click()
        raise AssertionError("the part has no end")

    def test_a_part_opens_only_once_the_one_before_is_satisfied(self):
        from playwright.sync_api import expect

        folder = os.environ.get(FOLDER_VARIABLE, "")
        path = Path(folder) / FORCED if folder else None
        if path is None or not path.is_file():
            pytest.skip(f"set {FOLDER_VARIABLE} to the folder that holds {FORCED}")
        package = package_import(path=path, filename=path.name).package
        self.start_browser()
        page = self.sign_in(self.learner)
        page.set_viewport_size({"width": 1400, "height": 1000})
        page.on("dialog", lambda dialog: dialog.dismiss())
        page.goto(f"{self.live_server_url}/en/packages/{package.key}/")
        current = page.locator("[data-item][aria-current=true]")

        # It starts with the first part; the next ones are disabled, not hidden.
        expect(current).to_have_text("Playing the Game")
        for title in ("Etiquette", "Handicapping", "Having Fun"):
            expect(page.get_by_role("button", name=title, exact=True)).to_be_disabled()

        # Read to the end: the part is satisfied, and Next opens the one after it.
        self.read_to_the_end(page)
        page.locator('[data-flow="next"]').click()
        expect(current).to_have_text("Etiquette")
        expect(page.get_by_role("button", name="Having Fun", exact=True)).to_be_disabled()
        # Back to review the first part is allowed.
        page.get_by_role("button", name="Playing the Game", exact=True).click()
        expect(current).to_have_text("Playing the Game")
