"""The content security policy in a real browser: learners' and managers' pages work
under it without a single violation (components, charts, the live socket), and a script
injected into a page does not run."""

import os

import pytest

from courses.services import lesson_complete
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Records every violation the page reports, from the first byte of each page.
COLLECT_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""

# What an attacker's injected markup would do: add an inline script.
INJECT_INLINE_SCRIPT = """() => {
  const script = document.createElement("script");
  script.textContent = "window.injectedScriptRan = true;";
  document.head.append(script);
  return window.injectedScriptRan === true;
}"""


@pytest.mark.e2e
@requires_chromium
class ContentSecurityPolicyInBrowser(BrowserTestCase):
    def visit(self, page, path):
        page.goto(self.live_server_url + path)
        page.wait_for_function("() => customElements.get('gcds-header') !== undefined")
        page.wait_for_function(
            "() => document.querySelector('gcds-header').classList.contains('hydrated')"
        )
        assert page.evaluate("window.cspViolations") == [], path

    def test_pages_run_under_the_policy_and_an_injected_script_does_not(self):
        from playwright.sync_api import expect

        lesson_complete(user=self.learner, lesson=self.lessons[0], language="en")
        self.start_browser()
        learner = self.sign_in(self.learner)
        learner.context.add_init_script(COLLECT_VIOLATIONS)
        for path in (
            "/en/",
            self.course.url,
            self.lessons[1].url,
            "/en/my-learning/",
            "/en/certificates/",
            "/fr/mon-apprentissage/",
        ):
            self.visit(learner, path)
        assert learner.evaluate(INJECT_INLINE_SCRIPT) is False
        assert any("script-src" in v for v in learner.evaluate("window.cspViolations"))

        manager = self.sign_in(self.manager)
        manager.context.add_init_script(COLLECT_VIOLATIONS)
        self.visit(manager, "/en/dashboard/")
        expect(manager.locator("#live-status")).to_have_attribute("data-connected", "true")
        expect(manager.locator("#dashboard-weeks figure.chart canvas")).to_be_visible()
        assert manager.evaluate("window.cspViolations") == []
