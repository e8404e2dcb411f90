"""The header, the catalogue, a course page and My learning in a real browser: each role
lands where its work is and finds its pages in the header; on a 390 px phone the account
menu and the main menu work with the keyboard and no page scrolls sideways; course cards
and the course page show their cover; lesson durations line up in one column; the
catalogue's filters look like the design system's fields."""

import tempfile
from pathlib import Path

import factory
import pytest
import wagtail_factories
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.test import override_settings

from courses.models import CoursePage, LessonPage, ModulePage
from courses.services import lesson_complete
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

SCRATCH = Path(tempfile.mkdtemp(prefix="navigation-e2e-"))
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# The element that has the keyboard focus, through the design system's shadow roots:
# each level's tag and text, outermost first.
FOCUSED = """() => {
  const chain = [];
  let element = document.activeElement;
  while (element) {
    chain.push([element.tagName, (element.textContent || "").trim()]);
    element = element.shadowRoot ? element.shadowRoot.activeElement : null;
  }
  return chain;
}"""

NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def cover(description: str):
    return wagtail_factories.ImageFactory(
        title=description,
        description=description,
        file=factory.django.ImageField(width=1600, height=800, color="teal"),
    )


def modular_course() -> CoursePage:
    """A course in two modules whose lessons have titles and durations of every length."""
    index = factories.catalogue()
    course = publish(
        index.add_child(
            instance=CoursePage(
                title=(
                    "Recognising and responding to indicators of labour trafficking in "
                    "agriculture, hospitality and domestic work"
                ),
                slug="modular-course",
                summary="A course in two modules.",
            )
        )
    )
    lessons = [
        ("First steps", 5),
        ("A much longer lesson title that wraps onto a second line on a phone", 120),
        ("Law", 12),
    ]
    for number, module_title in enumerate(("Module one", "Module two: the law in practice")):
        module = publish(
            course.add_child(instance=ModulePage(title=module_title, slug=f"m{number}"))
        )
        for title, minutes in lessons:
            publish(
                module.add_child(
                    instance=LessonPage(
                        title=title,
                        slug=f"m{number}-{minutes}",
                        estimated_minutes=minutes,
                        body=factories.paragraph("<p>Body.</p>"),
                    )
                )
            )
    return course


@pytest.mark.e2e
@requires_chromium
@override_settings(MEDIA_ROOT=SCRATCH / "media")
class NavigationLayoutCase(BrowserTestCase):
    @classmethod
    def setUpClass(cls):
        # The server process is forked from this one: what earlier tests cached in memory
        # (renditions of images that had the same ids, in other media folders) must not
        # go with it.
        for cache in caches.all():
            cache.clear()
        super().setUpClass()

    def setUp(self):
        super().setUp()
        # A live-server test starts from an emptied database: the groups the migrations
        # made (trainers are Wagtail's Editors) are made again here.
        editors, _ = Group.objects.get_or_create(name="Editors")
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label__in=("quizzes", "wagtailadmin"),
                codename__in=("access_admin", "view_item_analysis"),
            )
        )
        self.trainer = factories.trainer(first_name="Taylor", last_name="Dubois")
        self.course.cover_image = cover("Teal rectangle.")
        publish(self.course)
        french = self.course.get_translation(factories.locales()[1])
        french.cover_image = cover("Rectangle sarcelle.")
        publish(french)
        self.modular = modular_course()
        lesson_complete(user=self.learner, lesson=self.lessons[0], language="en")

    def new_page(self, viewport):
        """A page whose ``/media/`` requests are answered from MEDIA_ROOT, as the web server
        in front of the platform does (the test server runs without DEBUG)."""
        context = self.browser.new_context(locale="en-CA", viewport=viewport)
        media = Path(settings.MEDIA_ROOT)

        def serve_media(route):
            file = media / route.request.url.split("/media/", 1)[1]
            if file.is_file():
                route.fulfill(path=file)
            else:
                route.fulfill(status=404)

        context.route("**/media/**", serve_media)
        page = context.new_page()
        page.set_default_timeout(15000)
        return page

    def sign_in_on(self, page, user):
        page.goto(f"{self.live_server_url}/en/accounts/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", factories.PASSWORD)
        page.locator("main button[type=submit]").click()
        page.wait_for_url(lambda url: "/accounts/login/" not in url)

    def header_entries(self, page) -> list[str]:
        links = page.locator("gcds-top-nav > gcds-nav-link:not([slot])")
        return [text.strip() for text in links.all_inner_texts()]

    def focused(self, page) -> list[list[str]]:
        return page.evaluate(FOCUSED)

    def tab_to(self, page, matches, limit: int = 40) -> None:
        """Press Tab until the focused element matches (a test of its focus chain)."""
        for _ in range(limit):
            page.keyboard.press("Tab")
            if matches(self.focused(page)):
                return
        raise AssertionError(f"never reached by Tab; last focus: {self.focused(page)}")


class HeaderInBrowser(NavigationLayoutCase):
    def test_each_role_lands_on_its_work_and_a_phone_works_the_menus_by_keyboard(self):
        from playwright.sync_api import expect

        self.start_browser()
        learner_entries = ["Courses", "My learning", "Required training", "My certificates"]

        page = self.new_page(DESKTOP)
        self.sign_in_on(page, self.learner)
        assert page.url.endswith("/en/my-learning/")
        assert self.header_entries(page) == learner_entries
        expect(page.locator('gcds-top-nav a[aria-current="page"]')).to_have_count(1)
        expect(page.locator("gcds-nav-link[current]")).to_have_text("My learning")
        account = page.locator('gcds-header [slot="account"]')
        expect(account).to_contain_text("Signed in as Alex Martin")
        expect(account.get_by_role("button", name="Sign out")).to_be_visible()
        expect(page.locator("main")).not_to_contain_text("Signed in as")
        self.check_accessibility(page)
        page.context.close()

        page = self.new_page(DESKTOP)
        self.sign_in_on(page, self.manager)
        assert page.url.endswith("/en/dashboard/")
        assert self.header_entries(page) == [*learner_entries, "Dashboard"]
        expect(page.locator("gcds-nav-link[current]")).to_have_text("Dashboard")
        page.context.close()

        page = self.new_page(DESKTOP)
        self.sign_in_on(page, self.trainer)
        assert page.url.endswith("/admin/")
        page.goto(f"{self.live_server_url}/en/courses/")
        assert self.header_entries(page) == [*learner_entries, "Dashboard", "Administration"]
        expect(page.locator("gcds-nav-link[current]")).to_have_text("Courses")
        page.context.close()

        # On a phone: who is signed in folds behind "Account", opened and closed by keyboard.
        page = self.new_page(PHONE)
        self.sign_in_on(page, self.learner)
        page.wait_for_function("() => customElements.get('gcds-top-nav') !== undefined")
        assert page.evaluate(NO_SIDEWAYS_SCROLL)
        toggle = page.get_by_role("button", name="Account")
        name = page.get_by_text("Signed in as Alex Martin")
        expect(toggle).to_have_attribute("aria-expanded", "false")
        expect(name).to_be_hidden()
        self.tab_to(page, lambda chain: chain[-1] == ["BUTTON", "Account"])
        page.keyboard.press("Enter")
        expect(toggle).to_have_attribute("aria-expanded", "true")
        expect(name).to_be_visible()
        assert page.evaluate(NO_SIDEWAYS_SCROLL)
        self.check_accessibility(page)
        page.keyboard.press("Tab")
        assert self.focused(page)[-1] == ["BUTTON", "Sign out"]
        page.keyboard.press("Escape")
        expect(name).to_be_hidden()
        assert self.focused(page)[-1] == ["BUTTON", "Account"]
        page.keyboard.press("Space")
        expect(name).to_be_visible()
        page.keyboard.press("Escape")

        # The main menu, behind its "Menu" button, leads to the catalogue by keyboard.
        page.locator("body").focus()
        self.tab_to(page, lambda chain: chain[0][0] == "GCDS-TOP-NAV" and chain[-1][0] == "BUTTON")
        page.keyboard.press("Enter")
        courses = page.locator("gcds-top-nav > gcds-nav-link", has_text="Courses")
        expect(courses).to_be_visible()
        self.tab_to(page, lambda chain: ["GCDS-NAV-LINK", "Courses"] in chain)
        page.keyboard.press("Enter")
        page.wait_for_url("**/en/courses/")
        assert page.evaluate(NO_SIDEWAYS_SCROLL)

        # Signing out from the account menu, by keyboard.
        page.locator("body").focus()
        self.tab_to(page, lambda chain: chain[-1] == ["BUTTON", "Account"])
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        expect(page.locator('gcds-header [slot="account"]')).to_have_text("Sign in")
        assert self.violations == [], "\n".join(self.violations)


SAME_MOMENT_BOXES = """(selectors) => selectors.map((selector) =>
  [...document.querySelectorAll(selector)].map((element) => {
    const box = element.getBoundingClientRect();
    return {x: box.x, y: box.y, width: box.width, height: box.height};
  }))"""


class PagesInBrowser(NavigationLayoutCase):
    def test_catalogue_course_page_and_my_learning_fit_a_phone_and_show_their_covers(self):
        from playwright.sync_api import expect

        self.start_browser()
        french = self.course.get_translation(factories.locales()[1])
        for viewport in (PHONE, DESKTOP):
            page = self.new_page(viewport)
            self.sign_in_on(page, self.learner)
            for path in ("/en/courses/", self.modular.url, self.course.url, "/en/my-learning/"):
                page.goto(self.live_server_url + path)
                page.wait_for_load_state("networkidle")
                assert page.evaluate(NO_SIDEWAYS_SCROLL), (path, viewport)
                self.check_accessibility(page)

            # Durations in one column, across the two modules' lists.
            page.goto(self.live_server_url + self.modular.url)
            page.wait_for_load_state("networkidle")
            # One reading of the layout: the cover image arriving between two readings
            # would move the list down.
            minutes, titles = page.evaluate(
                SAME_MOMENT_BOXES,
                [
                    ".lesson-list .lesson-minutes",
                    ".lesson-list li > :first-child",
                ],
            )
            assert len(minutes) == 6
            assert len({round(box["x"]) for box in minutes}) == 1, minutes
            assert len({round(box["width"]) for box in minutes}) == 1, minutes
            for title, duration in zip(titles, minutes, strict=True):
                if viewport is PHONE:
                    assert duration["y"] >= title["y"] + title["height"] - 1
                else:
                    assert duration["x"] >= title["x"] + title["width"]

            # The course page's header shows the cover, with its alt text.
            page.goto(self.live_server_url + self.course.url)
            image = page.locator("img.course-header-image")
            expect(image).to_have_attribute("alt", "Teal rectangle.")
            assert page.evaluate("i => i.complete && i.naturalWidth > 0", image.element_handle())
            page.goto(self.live_server_url + french.url)
            expect(page.locator("img.course-header-image")).to_have_attribute(
                "alt", "Rectangle sarcelle."
            )

            # Cards: the covered course's card shows its picture across its top; the
            # others, none, and a band of colour instead.
            page.goto(f"{self.live_server_url}/en/courses/")
            card = page.locator("li.card", has_text="Trafficking awareness")
            picture = card.locator("img.card-image")
            expect(picture).to_be_visible()
            assert page.evaluate("i => i.complete && i.naturalWidth > 0", picture.element_handle())
            assert abs(picture.bounding_box()["width"] - card.bounding_box()["width"]) <= 2
            bare = page.locator("li.card", has_text="Recognising and responding")
            expect(bare.locator("img")).to_have_count(0)
            assert bare.evaluate("e => getComputedStyle(e).borderTopWidth") == "6px"
            page.goto(f"{self.live_server_url}/en/my-learning/")
            expect(page.locator("li.card img.card-image")).to_have_count(1)

            # The filters look like the design system's fields: labels above 48 px high
            # controls with 2 px borders, and the wide focus ring.
            page.goto(f"{self.live_server_url}/en/courses/")
            for control in ("#catalogue-q", "#catalogue-audience", "#catalogue-language"):
                field = page.locator(control)
                style = field.evaluate(
                    "e => [getComputedStyle(e).minHeight, getComputedStyle(e).borderTopWidth,"
                    " getComputedStyle(e).appearance]"
                )
                assert style[:2] == ["48px", "2px"], (control, style)
                label = page.locator(f'label[for="{control[1:]}"]').bounding_box()
                assert label["y"] + label["height"] <= field.bounding_box()["y"]
            assert (
                page.locator("#catalogue-topic").evaluate("e => getComputedStyle(e).appearance")
                == "none"
            )
            page.locator("#catalogue-topic").focus()
            assert (
                page.locator("#catalogue-topic").evaluate("e => getComputedStyle(e).outlineWidth")
                == "4px"
            )
            page.context.close()
        assert self.violations == [], "\n".join(self.violations)

    @staticmethod
    def boxes(page, selector: str) -> list[dict]:
        return [element.bounding_box() for element in page.locator(selector).all()]
