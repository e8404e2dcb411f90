"""Shared set-up for browser tests: the system Chromium, driven by Playwright."""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

requires_chromium = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) or shutil.which("chromium")),
    reason=(
        f"no Chromium at {CHROMIUM}: install it with `apt-get install chromium` "
        "(or set CHROMIUM_PATH) to run the browser tests"
    ),
)

SERIOUS = {"serious", "critical"}


def _patient_assertions():
    """Give every ``expect`` as long as the pages' actions have (15 s rather than 5): a
    statement that completes a course also renders its certificate, and a loaded machine
    must not read as a failure. A condition that never comes still fails."""
    try:
        from playwright.sync_api import expect
    except ImportError:  # the browser tests skip without Playwright's browser anyway
        return
    expect.set_options(timeout=15_000)


_patient_assertions()


#: True once Wagtail's messages (a list that fades in from transparent) are fully shown,
#: or when there are none.
MESSAGES_SHOWN = """() => [...document.querySelectorAll(".messages > ul")]
  .every((list) => getComputedStyle(list).opacity === "1")"""


#: True once every design-system component of the page has rendered (Stencil marks its
#: host "hydrated"; until then it is hidden, its colours not yet its own) and the page's
#: fonts have loaded.
PAGE_AT_REST = """() => document.fonts.status === "loaded" && [...document.querySelectorAll("*")]
  .filter((element) => element.localName.startsWith("gcds-"))
  .every((element) => element.classList.contains("hydrated"))"""


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical findings on the page, one line each, once the
    design system's components have rendered and Wagtail's messages have faded in
    (measured at rest, not half drawn or half transparent)."""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_function(PAGE_AT_REST)
    page.wait_for_function(MESSAGES_SHOWN)
    results = Axe().run(page)
    return [
        f"{page.url}: {violation['id']} ({violation['impact']}): {violation['help']} "
        f"{[node['target'] for node in violation['nodes']][:3]}"
        for violation in results.response["violations"]
        if violation.get("impact") in SERIOUS
    ]


def fresh_daphne_process():
    """The live server's process class: daphne's, with a thread pool of its own.

    The server process is forked from the test process; when async tests ran earlier in
    that process, the forked child inherits asgiref's single-thread executor without its
    thread, and every sync view or handshake would wait on it forever. It also inherits
    the signal handlers of whatever ran in the parent; the default ones are put back."""
    from daphne.testing import DaphneProcess

    class FreshDaphneProcess(DaphneProcess):
        def run(self):
            import signal
            from concurrent.futures import ThreadPoolExecutor

            from asgiref.sync import SyncToAsync

            # A server started again during a test is forked from a process whose event
            # loop (the browser driver's) handles signals itself: stopping must still stop.
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)

            SyncToAsync.single_thread_executor = ThreadPoolExecutor(max_workers=1)
            super().run()

    return FreshDaphneProcess
