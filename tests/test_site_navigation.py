"""The site header: the main menu each role sees, with the section being read marked, and
who is signed in with the way out, in the header rather than in the page's body."""

from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from tests import factories

pytestmark = pytest.mark.django_db


class Header(HTMLParser):
    """What a page's header holds: the main menu's entries (label, address, current), its
    account area's text and links, and whether the body mentions who is signed in."""

    def __init__(self, body: str):
        super().__init__()
        self.entries: list[tuple[str, str, bool]] = []
        self.account_text = ""
        self.account_links: list[str] = []
        self._entry = None
        self._in_header = self._in_account = False
        self._account_depth = 0
        self.feed(body)
        self.main = body.split("<main", 1)[1].split("</main>", 1)[0]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "gcds-header":
            self._in_header = True
        if self._in_header and attrs.get("slot") == "account":
            self._in_account = True
        if self._in_account:
            self._account_depth += 1
            if tag == "a":
                self.account_links.append(attrs["href"])
        if tag == "gcds-nav-link" and attrs.get("slot") != "home":
            self._entry = [attrs["href"], "current" in attrs, ""]

    def handle_endtag(self, tag):
        if tag == "gcds-header":
            self._in_header = False
        if self._in_account:
            self._account_depth -= 1
            self._in_account = self._account_depth > 0
        if tag == "gcds-nav-link" and self._entry is not None:
            href, current, label = self._entry
            self.entries.append((label.strip(), href, current))
            self._entry = None

    def handle_data(self, data):
        if self._entry is not None:
            self._entry[2] += data
        if self._in_account:
            self.account_text += data

    @property
    def labels(self) -> list[str]:
        return [label for label, _, _ in self.entries]

    @property
    def current(self) -> list[str]:
        return [label for label, _, current in self.entries if current]


def header(client, path: str) -> Header:
    response = client.get(path)
    assert response.status_code == 200, path
    return Header(response.content.decode())


LEARNER_MENU = ["Courses", "My learning", "Required training", "My certificates"]


def test_a_visitor_sees_the_catalogue_and_a_sign_in_link(client, course):
    page = header(client, "/en/courses/")
    assert page.labels == ["Courses"]
    assert page.account_links == [f"{reverse('login')}?next=/en/courses/"]
    assert "Sign in" in page.account_text


def test_sign_in_from_the_home_page_asks_for_no_page_to_come_back_to(client, course):
    assert header(client, "/en/").account_links == [reverse("login")]
    with translation.override("fr"):
        login = reverse("login")
    assert header(client, "/fr/").account_links == [login]


def test_a_learner_has_the_catalogue_their_learning_required_training_and_certificates(
    client, units, course
):
    client.force_login(factories.learner(units["yvr"], first_name="Alex", last_name="Martin"))
    page = header(client, "/en/courses/")
    assert page.labels == LEARNER_MENU
    assert [href for _, href, _ in page.entries] == [
        "/en/courses/",
        reverse("my_learning"),
        reverse("training:mine"),
        reverse("certificates:mine"),
    ]
    assert "Signed in as Alex Martin" in page.account_text
    assert "Sign out" in page.account_text
    assert "Signed in as" not in page.main


def test_a_manager_also_has_their_dashboard(client, units, course):
    client.force_login(factories.manager(units["agency"]))
    page = header(client, "/en/courses/")
    assert page.labels == [*LEARNER_MENU, "Dashboard"]
    assert page.entries[-1][1] == reverse("dashboards:manager")


def test_a_trainer_has_their_course_reports_and_the_administration(client, course):
    client.force_login(factories.trainer())
    page = header(client, "/en/courses/")
    assert page.labels == [*LEARNER_MENU, "Dashboard", "Administration"]
    assert page.entries[-2][1] == reverse("dashboards:courses")
    assert page.entries[-1][1] == reverse("wagtailadmin_home")


def test_staff_who_read_no_course_reports_have_the_administration_only(client, course):
    staff = factories.UserFactory()
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    assert header(client, "/en/courses/").labels == [*LEARNER_MENU, "Administration"]


def test_the_section_being_read_is_marked_current(client, units, course):
    course_page, lessons = course
    client.force_login(factories.learner(units["yvr"]))
    assert header(client, "/en/courses/").current == ["Courses"]
    assert header(client, course_page.url).current == ["Courses"]
    assert header(client, lessons[0].url).current == ["Courses"]
    assert header(client, reverse("my_learning")).current == ["My learning"]
    # Required training's address starts with My learning's: only the closer one is marked.
    assert header(client, reverse("training:mine")).current == ["Required training"]
    assert header(client, reverse("certificates:mine")).current == ["My certificates"]
    assert header(client, "/en/").current == []


def test_the_header_is_in_french_on_french_pages(client, units, course):
    client.force_login(factories.manager(units["agency"], first_name="Alex", last_name="Martin"))
    page = header(client, "/fr/cours/")
    assert page.labels == [
        "Cours",
        "Mon apprentissage",
        "Formation obligatoire",
        "Mes certificats",
        "Tableau de bord",
    ]
    assert page.current == ["Cours"]
    # Not "en tant que Alex": no elision to get wrong before a name.
    assert "Session ouverte\u00a0: Alex Martin" in page.account_text
    with translation.override("fr"):
        assert page.entries[1][1] == reverse("my_learning")
