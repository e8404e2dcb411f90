"""A walkthrough of the site as each role sees it: every kind of page, in English and French,
on a desktop (1280 px) and a phone (390 px) screen.

For each page it checks what a person would notice on the layout: the page scrolls
sideways on a phone, a table is wider than the box it sits in on a desktop, a list of
facts is left as the browser's bare definition list, a breadcrumb's title wraps away from
its arrow on a phone, or the browser asks another host for anything (an avatar, a font, a
script). The browser test
``test_page_layout.py`` walks a small world with it; against a running demo it also takes
a screenshot of every page, for people to look at::

    DATABASE_URL=... .venv/bin/python -m tests.e2e.walkthrough \\
        --base http://127.0.0.1:8000 --out /tmp/walkthrough

(the database is the demo server's, read to find each role's pages; every demo password is
``training-demo``).
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

WIDTHS = {"desktop": 1280, "phone": 390}
LANGUAGES = ("en", "fr")

# Elements wider than the screen that are not inside a box that scrolls on its own.
OVERFLOW_SCRIPT = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width + 1) return [];
  const scrolls = (element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (["auto", "scroll", "hidden", "clip"].includes(style.overflowX)) return true;
    }
    return false;
  };
  const culprits = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width && box.right > width + 1 && !scrolls(element)) {
      const name = element.tagName.toLowerCase()
        + (element.id ? "#" + element.id : "")
        + (element.classList.length ? "." + [...element.classList].join(".") : "");
      culprits.push(`${name} (${Math.round(box.right)} px)`);
    }
  }
  return [`page ${document.documentElement.scrollWidth} px wide`, ...culprits.slice(0, 4)];
}"""

# Tables wider than the element that holds them.
WIDE_TABLES_SCRIPT = """() => [...document.querySelectorAll("main table")]
  .filter((table) => table.getClientRects().length)
  .filter((table) => table.scrollWidth > table.parentElement.clientWidth + 1)
  .map((table) => {
    const caption = table.caption ? table.caption.textContent.trim().slice(0, 60) : "";
    return `table "${caption}" ${table.scrollWidth} px in ${table.parentElement.clientWidth} px`;
  })"""

# Definition lists left as the browser draws them (each value indented 40 px under its
# label): a page's facts must be laid out like the rest of the design.
BARE_LISTS_SCRIPT = """() => [...document.querySelectorAll("main dd")]
  .filter((value) => value.getClientRects().length)
  .filter((value) => getComputedStyle(value).marginInlineStart === "40px")
  .map((value) => {
    const list = value.closest("dl");
    const name = list.className ? "dl." + list.className.split(" ").join(".") : "dl";
    return `${name} drawn as the browser's bare definition list`;
  })
  .filter((line, index, lines) => lines.indexOf(line) === index)"""

# Breadcrumbs whose link starts a line below its arrow: a long title wrapped away from the
# arrow, which is left alone at the end of the line above.
LONELY_ARROWS_SCRIPT = """() => [...document.querySelectorAll("gcds-breadcrumbs-item")]
  .filter((item) => item.getClientRects().length && item.shadowRoot)
  .filter((item) => {
    const link = item.shadowRoot.querySelector("gcds-link");
    return link && link.getBoundingClientRect().top > item.getBoundingClientRect().top + 4;
  })
  .map((item) => `breadcrumb "${item.textContent.trim().slice(0, 40)}" starts below its arrow`)"""


@dataclass
class Visit:
    role: str
    name: str
    path: str
    admin: bool = False


@dataclass
class Findings:
    overflow: list[str] = field(default_factory=list)
    wide_tables: list[str] = field(default_factory=list)
    bare_lists: list[str] = field(default_factory=list)
    lonely_arrows: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def all(self) -> list[str]:
        return [
            *self.overflow,
            *self.wide_tables,
            *self.bare_lists,
            *self.lonely_arrows,
            *self.foreign_requests,
            *self.errors,
        ]


def role_pages(language: str, *, learner, manager, trainer) -> list[Visit]:
    """The pages each role reaches, found in the database: the learner's own course, lesson,
    quiz and certificate, the manager's unit and learner, the trainer's course."""
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Locale

    from certificates.models import Certificate
    from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage
    from organisations.models import ManagerScope
    from quizzes.models.pages import QuizPage

    locale = Locale.objects.get(language_code=language)
    with translation.override(language):
        home = HomePage.objects.live().filter(locale=locale).first()
        catalogue = CourseIndexPage.objects.live().filter(locale=locale).first()
        certificate = Certificate.objects.filter(user=learner, revoked_at=None).first()
        courses = CoursePage.objects.live().filter(locale=locale)
        if certificate is not None:
            course = courses.filter(translation_key=certificate.course_key).first()
        else:
            course = courses.first()
        lesson = LessonPage.objects.live().descendant_of(course).first()
        quiz = QuizPage.objects.live().descendant_of(course).first()
        scope = ManagerScope.objects.filter(manager=manager).select_related("org_unit").first()

        public = [
            Visit("anonymous", "home", home.url),
            Visit("anonymous", "catalogue", catalogue.url),
            Visit("anonymous", "course", course.url),
            Visit("anonymous", "sign-in", reverse("login")),
            Visit("anonymous", "verify-lookup", reverse("certificates:verify_lookup")),
            Visit("anonymous", "not-found", f"/{language}/no-such-page/"),
        ]
        if certificate is not None:
            verify = reverse("certificates:verify", args=[certificate.code])
            public.append(Visit("anonymous", "verify", verify))
        learner_pages = [
            Visit("learner", "home", home.url),
            Visit("learner", "catalogue", catalogue.url),
            Visit("learner", "my-learning", reverse("my_learning")),
            Visit("learner", "required-training", reverse("training:mine")),
            Visit("learner", "certificates", reverse("certificates:mine")),
            Visit("learner", "course", course.url),
            Visit("learner", "lesson", lesson.url),
            Visit("learner", "offline", reverse("offline:page")),
        ]
        if quiz is not None:
            learner_pages.append(Visit("learner", "quiz", quiz.url))
        manager_pages = [
            Visit("manager", "dashboard", reverse("dashboards:manager")),
            Visit("manager", "compliance", reverse("dashboards:compliance")),
            Visit("manager", "course-list", reverse("dashboards:courses")),
            Visit(
                "manager",
                "course-report",
                reverse("dashboards:course", args=[course.translation_key]),
            ),
            Visit("manager", "certificates-by-unit", reverse("certificates:unit")),
            Visit("manager", "learner", reverse("dashboards:learner", args=[learner.uuid])),
        ]
        if scope is not None:
            units = reverse("dashboards:unit_learners", args=[scope.org_unit_id])
            manager_pages.append(Visit("manager", "unit-learners", units))
    trainer_pages = [
        Visit("trainer", "admin-home", "/admin/", admin=True),
        Visit("trainer", "admin-course", f"/admin/pages/{course.id}/", admin=True),
        Visit("trainer", "admin-lesson-edit", f"/admin/pages/{lesson.id}/edit/", admin=True),
        Visit("trainer", "admin-packages", "/admin/packages/", admin=True),
        Visit("trainer", "admin-images", "/admin/images/", admin=True),
        Visit("trainer", "course-reports", reverse("dashboards:courses")),
    ]
    return [*public, *learner_pages, *manager_pages, *trainer_pages]


def allowed_hosts(base: str) -> set[str]:
    """The site's own host and the package content's (the other loopback name)."""
    host = urlsplit(base).netloc
    hosts = {host}
    name, _, port = host.partition(":")
    for pair in (("127.0.0.1", "localhost"), ("localhost", "127.0.0.1")):
        if name == pair[0]:
            hosts.add(f"{pair[1]}:{port}" if port else pair[1])
    content = os.environ.get("CONTENT_ORIGIN")
    if content:
        hosts.add(urlsplit(content).netloc)
    return hosts


def sign_in(context, base: str, username: str, password: str) -> None:
    page = context.new_page()
    page.goto(f"{base}/en/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()
    # Still on the sign-in page (a wrong password, a server error): every page of the role
    # would be the sign-in page, answering 200, and nothing would be flagged.
    refused = "/accounts/login/" in urlsplit(page.url).path
    page.close()
    if refused:
        raise RuntimeError(f"{username} could not sign in at {base}")


def walk(
    browser,
    base: str,
    visits: list[Visit],
    credentials: dict[str, tuple[str, str]],
    *,
    language: str,
    width: str,
    screenshots: Path | None = None,
) -> dict[str, Findings]:
    """Visit each page as its role, at one width, in one language; what was found, by page."""
    found: dict[str, Findings] = {}
    hosts = allowed_hosts(base)
    contexts = {}
    try:
        for visit in visits:
            context = contexts.get(visit.role)
            if context is None:
                context = browser.new_context(
                    viewport={"width": WIDTHS[width], "height": 900},
                    locale="fr-CA" if language == "fr" else "en-CA",
                    service_workers="block",
                )
                if visit.role in credentials:
                    sign_in(context, base, *credentials[visit.role])
                contexts[visit.role] = context
            findings = Findings()
            page = context.new_page()
            page.on(
                "request",
                lambda request, findings=findings: (
                    urlsplit(request.url).scheme in ("http", "https")
                    and urlsplit(request.url).netloc not in hosts
                    and findings.foreign_requests.append(f"request to {request.url}")
                ),
            )
            response = page.goto(f"{base}{visit.path}", wait_until="load")
            expected = 404 if visit.name == "not-found" else 200
            if response is None or response.status != expected:
                status = response.status if response else "no answer"
                findings.errors.append(f"{visit.path} answered {status}")
            page.wait_for_timeout(300)
            if not visit.admin:
                if width == "phone":
                    findings.overflow = page.evaluate(OVERFLOW_SCRIPT)
                    findings.lonely_arrows = page.evaluate(LONELY_ARROWS_SCRIPT)
                else:
                    findings.wide_tables = page.evaluate(WIDE_TABLES_SCRIPT)
                    findings.bare_lists = page.evaluate(BARE_LISTS_SCRIPT)
            if screenshots is not None:
                screenshots.mkdir(parents=True, exist_ok=True)
                shot = screenshots / f"{visit.role}-{visit.name}-{language}-{width}.png"
                page.screenshot(path=str(shot), full_page=True)
            found[f"{visit.role} {visit.name} ({language}, {width}): {visit.path}"] = findings
            page.close()
    finally:
        for context in contexts.values():
            context.close()
    return found


def main() -> None:  # pragma: no cover - a tool for people, run against a demo server
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--out", type=Path, default=Path("walkthrough"))
    parser.add_argument("--password", default="training-demo")
    parser.add_argument("--learner", help="a learner's username (default: one with a certificate)")
    arguments = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.dev")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from playwright.sync_api import sync_playwright

    from certificates.models import Certificate
    from organisations.models import ManagerScope
    from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS

    users = get_user_model().objects
    if arguments.learner:
        learner = users.get(username=arguments.learner)
    else:
        # One with a certificate, in the demo manager's part of the organisation.
        scope = ManagerScope.objects.filter(manager__username="manager").first()
        learner = (
            Certificate.objects.filter(
                revoked_at=None,
                user__learner_profile__org_unit__path__startswith=scope.org_unit.path,
            )
            .order_by("issued_at")
            .first()
            .user
        )
    people = {
        "learner": learner,
        "manager": users.get(username="manager"),
        "trainer": users.get(username="trainer"),
    }
    credentials = {role: (user.username, arguments.password) for role, user in people.items()}
    # Read before the browser starts: Playwright keeps an event loop in this thread.
    pages = {language: role_pages(language, **people) for language in LANGUAGES}
    problems = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for language, visits in pages.items():
            for width in WIDTHS:
                found = walk(
                    browser,
                    arguments.base,
                    visits,
                    credentials,
                    language=language,
                    width=width,
                    screenshots=arguments.out,
                )
                for where, findings in found.items():
                    for finding in findings.all():
                        problems += 1
                        print(f"{where}: {finding}")
        browser.close()
    print(f"{problems} problems; screenshots in {arguments.out}/")


if __name__ == "__main__":  # pragma: no cover
    main()
