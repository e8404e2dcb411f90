"""French addresses in French words: every page of learners, managers and the public has
its French address under /fr/ in French (/fr/mon-apprentissage/, /fr/certificats/...),
its English one under /en/ as before, the language switch goes from one to the other,
and the French addresses of old, in English words, still lead to their pages."""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

from tests import factories

pytestmark = pytest.mark.django_db

# Words an address may share between the two languages: file types, standards, and the
# words that are the same in both.
SAME_IN_BOTH = {"pdf", "zip", "jwt", "ics", "csv", "xlsx", "cmi5", "definition", "public"}

# (name, kwargs, English address, French address)
PAGES = [
    ("login", {}, "/en/accounts/login/", "/fr/comptes/connexion/"),
    ("my_learning", {}, "/en/my-learning/", "/fr/mon-apprentissage/"),
    ("training:mine", {}, "/en/my-learning/required/", "/fr/formation-obligatoire/"),
    (
        "training:calendar_download",
        {},
        "/en/my-learning/required/required-training.ics",
        "/fr/formation-obligatoire/formation-obligatoire.ics",
    ),
    ("certificates:mine", {}, "/en/certificates/", "/fr/certificats/"),
    ("certificates:verify_lookup", {}, "/en/certificates/verify/", "/fr/certificats/verifier/"),
    (
        "certificates:verify",
        {"code": "CERT-2222-3333-4444"},
        "/en/certificates/verify/CERT-2222-3333-4444/",
        "/fr/certificats/verifier/CERT-2222-3333-4444/",
    ),
    (
        "certificates:pdf",
        {"code": "CERT-2222-3333-4444"},
        "/en/certificates/CERT-2222-3333-4444/certificate.pdf",
        "/fr/certificats/CERT-2222-3333-4444/certificat.pdf",
    ),
    ("certificates:unit", {}, "/en/certificates/unit/", "/fr/certificats/unite/"),
    ("dashboards:manager", {}, "/en/dashboard/", "/fr/tableau-de-bord/"),
    (
        "dashboards:unit_learners",
        {"unit_id": 7},
        "/en/dashboard/units/7/learners/",
        "/fr/tableau-de-bord/unites/7/apprenants/",
    ),
    ("dashboards:compliance", {}, "/en/dashboard/compliance/", "/fr/tableau-de-bord/conformite/"),
    (
        "dashboards:export",
        {"table": "units", "fmt": "csv"},
        "/en/dashboard/export/units.csv",
        "/fr/tableau-de-bord/exporter/units.csv",
    ),
    ("dashboards:courses", {}, "/en/dashboard/courses/", "/fr/tableau-de-bord/cours/"),
    ("offline:page", {}, "/en/offline/", "/fr/hors-ligne/"),
]


def _language_routes(patterns, prefix_en="", prefix_fr="", namespace=""):
    """(view name, English route, French route) of every named route under ``patterns``."""
    for pattern in patterns:
        with translation.override("en"):
            english = prefix_en + str(pattern.pattern)
        with translation.override("fr"):
            french = prefix_fr + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _language_routes(pattern.url_patterns, english, french, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", english, french


def site_routes() -> list[tuple[str, str, str]]:
    """The routes under the language prefix, without Wagtail's pages (whose French
    addresses are their French slugs)."""
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            return [
                route
                for route in _language_routes(pattern.url_patterns)
                if not route[0].startswith("wagtail")
            ]
    raise AssertionError("no language-prefixed routes")


def words(route: str) -> set[str]:
    """The words of a route, without its parameters and regular expression syntax."""
    route = re.sub(r"<[^>]+>|\(\?P<\w+>[^)]*\)", " ", route)
    return set(re.findall(r"[a-z][a-z0-9]*", route))


@pytest.mark.parametrize(("name", "kwargs", "english", "french"), PAGES)
def test_pages_have_french_words_under_fr_and_english_words_under_en(name, kwargs, english, french):
    with translation.override("en"):
        assert reverse(name, kwargs=kwargs) == english
    with translation.override("fr"):
        assert reverse(name, kwargs=kwargs) == french


def test_every_named_address_under_fr_is_in_french_words():
    routes = site_routes()
    assert len(routes) > 30
    for name, english, french in routes:
        assert french.split("/")[0] != english.split("/")[0], (name, french)
        shared = (words(english) & words(french)) - SAME_IN_BOTH
        assert not shared, f"{name}: /fr/{french} keeps the English {sorted(shared)}"


def test_machine_addresses_keep_their_place_in_both_languages():
    with translation.override("fr"):
        assert reverse("lrs:about") == "/xapi/about"
        assert reverse("service_worker") == "/sw.js"
        assert reverse("offline_session") == "/offline/session/"
        assert reverse("wagtailadmin_home") == "/admin/"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/fr/my-learning/", "/fr/mon-apprentissage/"),
        ("/fr/my-learning/required/", "/fr/formation-obligatoire/"),
        ("/fr/certificates/", "/fr/certificats/"),
        (
            "/fr/certificates/verify/CERT-2222-3333-4444/",
            "/fr/certificats/verifier/CERT-2222-3333-4444/",
        ),
        ("/fr/dashboard/", "/fr/tableau-de-bord/"),
        ("/fr/dashboard/?unit=3&sort=name", "/fr/tableau-de-bord/?unit=3&sort=name"),
        ("/fr/dashboard/compliance.csv", "/fr/tableau-de-bord/conformite.csv"),
        ("/fr/accounts/login/?next=/fr/cours/", "/fr/comptes/connexion/?next=/fr/cours/"),
        ("/fr/offline/", "/fr/hors-ligne/"),
        ("/fr/hors-ligne/courses/3f1c/", "/fr/hors-ligne/cours/3f1c/"),
        # Half-translated: the English words that are left are put right too.
        ("/fr/certificats/verify/", "/fr/certificats/verifier/"),
    ],
)
def test_old_french_addresses_in_english_words_redirect_permanently(client, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new
    assert client.head(old).status_code == 301


def test_an_old_french_bookmark_opens_the_french_page(client, course):
    user = factories.learner(factories.org_unit("YVR"))
    client.force_login(user)
    response = client.get("/fr/my-learning/", follow=True)
    assert response.redirect_chain == [("/fr/mon-apprentissage/", 301)]
    assert response.status_code == 200
    assert '<html lang="fr" dir="ltr">' in response.content.decode()


def test_the_unprefixed_verification_address_ends_on_the_french_page(client, db):
    response = client.get(
        "/certificates/verify/CERT-2222-3333-4444/", HTTP_ACCEPT_LANGUAGE="fr-CA,fr", follow=True
    )
    assert response.redirect_chain[-1][0] == "/fr/certificats/verifier/CERT-2222-3333-4444/"


def test_a_script_asking_an_old_french_address_is_answered_there(course):
    """A page kept offline asks with the addresses it was made with, and its scripts (and
    the outbox) refuse redirects: the answer comes from the old address itself."""
    course_page, _lessons = course
    client = Client()
    client.force_login(factories.learner(factories.org_unit("YVR")))
    old = f"/fr/hors-ligne/courses/{course_page.translation_key}/"
    response = client.get(old, HTTP_SEC_FETCH_MODE="cors")
    assert response.status_code == 200
    assert response.json()["course"]["language"] == "fr"
    new = client.get(f"/fr/hors-ligne/cours/{course_page.translation_key}/").json()
    assert response.json() == new


def test_a_sign_in_posted_to_the_old_french_address_signs_in(db, home):
    user = factories.learner(factories.org_unit("YVR"))
    client = Client()
    response = client.post(
        "/fr/accounts/login/", {"username": user.username, "password": factories.PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/fr/mon-apprentissage/").status_code == 200
    assert "_auth_user_id" in client.session


def test_english_and_wagtail_addresses_are_not_redirected(client, course):
    course_page, lessons = course
    french_lesson = lessons[0].get_translation(factories.locales()[1])
    assert client.get("/en/certificates/verify/").status_code == 200
    assert client.get("/fr/certificats/verifier/").status_code == 200
    assert client.get("/fr/cours/").status_code == 200
    assert client.get(french_lesson.url).status_code == 200
    assert client.get("/fr/no-such-page/").status_code == 404


@pytest.mark.parametrize(
    ("path", "other"),
    [
        ("/fr/mon-apprentissage/", "/en/my-learning/"),
        ("/en/my-learning/", "/fr/mon-apprentissage/"),
        ("/en/my-learning/required/", "/fr/formation-obligatoire/"),
        ("/fr/certificats/", "/en/certificates/"),
        ("/en/offline/", "/fr/hors-ligne/"),
    ],
)
def test_the_language_switch_leads_to_the_same_page_in_the_other_language(path, other, course):
    client = Client()
    client.force_login(factories.learner(factories.org_unit("YVR")))
    body = client.get(path).content.decode()
    assert f'lang-href="{other}"' in body


def test_the_language_switch_keeps_the_dashboard_filters(db):
    unit = factories.org_unit("Agency", kind="agency")
    client = Client()
    client.force_login(factories.manager(unit))
    body = client.get(f"/en/dashboard/compliance/?unit={unit.pk}").content.decode()
    assert f'lang-href="/fr/tableau-de-bord/conformite/?unit={unit.pk}"' in body
    body = client.get(f"/fr/tableau-de-bord/conformite/?unit={unit.pk}").content.decode()
    assert f'lang-href="/en/dashboard/compliance/?unit={unit.pk}"' in body


def test_the_service_worker_knows_the_french_offline_page(client, db):
    config = client.get("/sw.js").content.decode()
    assert '"fr": "/fr/hors-ligne/"' in config
    assert '"en": "/en/offline/"' in config
