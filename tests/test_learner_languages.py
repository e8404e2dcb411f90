"""The five learner languages: learners' pages in them (right to left for Arabic), staff
pages kept in English and French, and the links between a page's languages."""

import pytest
from lxml import html as lxml_html

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_home(home):
    english, _french = home
    return factories.translate(english, "ar", title="التدريب", slug="tadrib")


def _document(response):
    return lxml_html.fromstring(response.content)


def test_an_arabic_page_is_laid_out_right_to_left_with_its_interface_in_arabic(client, arabic_home):
    response = client.get("/ar/")
    assert response.status_code == 200
    page = _document(response)
    root = page.getroottree().getroot()
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")
    sign_in = page.xpath("//a[contains(@class, 'account-sign-in')]")[0]
    assert sign_in.text_content() == "تسجيل الدخول"
    # The design system's toggle knows only English and French: the header offers both.
    header = page.xpath("//gcds-header")[0]
    assert header.get("lang-href") is None
    toggle = {a.get("lang"): a.get("href") for a in header.xpath(".//nav[@slot='toggle']//a")}
    assert toggle == {"en": "/en/", "fr": "/fr/"}


def test_english_and_french_pages_keep_the_design_systems_toggle(client, home):
    page = _document(client.get("/en/"))
    root = page.getroottree().getroot()
    assert (root.get("lang"), root.get("dir")) == ("en", "ltr")
    assert page.xpath("//gcds-header")[0].get("lang-href") == "/fr/"
    assert not page.xpath("//nav[@slot='toggle']")


def test_a_page_lists_the_other_languages_it_is_published_in(client, home, arabic_home):
    english, _french = home
    spanish = factories.translate(english, "es", title="Formación", slug="formacion")
    page = _document(client.get("/en/"))
    links = {
        a.get("lang"): (a.get("href"), a.get("dir"), a.text_content())
        for a in page.xpath("//nav[contains(@class, 'language-links')]//a")
    }
    # French is the toggle's; each other language named in itself, Arabic right to left.
    assert links == {
        "es": (spanish.url, "ltr", "Español"),
        "ar": (arabic_home.url, "rtl", "العربية"),
    }
    arabic = _document(client.get("/ar/"))
    links = arabic.xpath("//nav[contains(@class, 'language-links')]//a")
    languages = [a.get("lang") for a in links]
    assert languages == ["en", "fr", "es"]


def test_an_unpublished_translation_is_not_offered(client, home):
    english, _french = home
    spanish = factories.translate(english, "es", title="Formación", slug="formacion")
    spanish.unpublish()
    page = _document(client.get("/en/"))
    assert not page.xpath("//nav[contains(@class, 'language-links')]")


@pytest.mark.parametrize(
    "path, english",
    [
        ("/ar/dashboard/", "/en/dashboard/"),
        ("/es/report/2025/", "/en/report/2025/"),
        ("/zh-hans/partners/register/", "/en/partners/register/"),
        ("/pa/workshops/approvals/?page=2", "/en/workshops/approvals/?page=2"),
        ("/tl/certificates/unit/", "/en/certificates/unit/"),
    ],
)
def test_staff_and_official_pages_asked_for_in_a_learner_language_are_sent_to_english(
    client, home, path, english
):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == english


def test_a_learners_own_pages_are_served_in_the_learner_language(client, arabic_home, units):
    learner = factories.learner(units["yvr"])
    client.force_login(learner)
    for path in ("/ar/my-learning/", "/ar/certificates/", "/ar/my-learning/required/"):
        response = client.get(path)
        assert response.status_code == 200, path
        root = _document(response).getroottree().getroot()
        assert (root.get("lang"), root.get("dir")) == ("ar", "rtl"), path


def test_a_managers_dashboard_link_in_a_learner_language_leads_to_english(
    client, arabic_home, units
):
    manager = factories.manager(units["region"])
    client.force_login(manager)
    page = _document(client.get("/ar/my-learning/"))
    hrefs = [a.get("href") for a in page.xpath("//gcds-nav-link")]
    assert "/en/dashboard/" in hrefs
    assert "/ar/my-learning/" in hrefs


def test_a_page_not_translated_into_the_language_asked_for_is_shown_in_its_own(client, course):
    course_page, _lessons = course
    # No home page in Spanish: Wagtail finds the English course; it is shown at its
    # English address, with the interface in English.
    response = client.get(course_page.url.replace("/en/", "/es/", 1))
    assert response.status_code == 302
    assert response["Location"] == course_page.url


def test_a_posted_form_is_never_redirected_away(client, home):
    response = client.post("/ar/dashboard/", {})
    assert response.status_code != 302 or not response["Location"].startswith("/en/")


def test_a_lesson_read_in_arabic_is_recorded_with_arabic_as_its_language(client, units, course):
    from lrs.models import Statement
    from tracking import vocabulary as v

    _course_page, lessons = course
    factories.translate(lessons[0].get_parent().specific, "ar", title="دورة", slug="dawra")
    arabic_lesson = factories.translate(lessons[0], "ar", title="الدرس الأول", slug="dars")
    learner = factories.learner(units["yvr"])
    client.force_login(learner)
    assert client.get(arabic_lesson.url).status_code == 200
    response = client.post(arabic_lesson.url + "complete/")
    assert response.status_code == 302
    statement = Statement.objects.get(verb_iri=v.VERB_COMPLETED).data
    assert statement["context"]["language"] == "ar"
    assert statement["object"]["definition"]["name"]["ar"] == "الدرس الأول"
    assert statement["object"]["definition"]["name"]["en-CA"] == "Lesson 1"
