"""The site shell: health, languages, sign-in, the admin and the demo data."""

from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.db.utils import OperationalError
from django.test import override_settings

from tests import factories

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_answers_503_when_the_database_does_not(client):
    with mock.patch("elearning.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"


def test_root_redirects_to_a_language(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-CA,fr;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_catalogues_in_both_languages_list_the_course(client, course):
    course_page, _ = course
    english = client.get("/en/courses/").content.decode()
    french = client.get("/fr/cours/").content.decode()
    assert course_page.title in english
    assert course_page.title + " (FR)" in french
    assert '<html lang="fr" dir="ltr">' in french


def test_language_toggle_points_at_the_same_page_in_the_other_language(client, course):
    course_page, lessons = course
    french_lesson = lessons[0].get_translation(factories.locales()[1])
    body = client.get(lessons[0].url).content.decode()
    assert f'lang-href="{french_lesson.url}"' in body
    body = client.get(french_lesson.url).content.decode()
    assert f'lang-href="{lessons[0].url}"' in body


def test_language_toggle_on_a_django_view_keeps_the_path(client, db):
    body = client.get("/en/certificates/verify/").content.decode()
    assert 'lang-href="/fr/certificats/verifier/"' in body


def test_interface_strings_are_translated(client, course):
    body = client.get("/fr/comptes/connexion/").content.decode()
    assert "Ouvrir une session" in body


def test_sign_in_with_a_wrong_password_shows_an_error_and_stays(client, units):
    user = factories.learner(units["yvr"])
    response = client.post("/en/accounts/login/", {"username": user.username, "password": "wrong"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_admin_login_page_is_served(client):
    assert client.get("/admin/login/").status_code == 200


def test_my_learning_shows_progress(client, units, course):
    from courses.services import lesson_complete

    course_page, lessons = course
    user = factories.learner(units["yvr"])
    lesson_complete(user=user, lesson=lessons[0], language="en")
    client.force_login(user)
    body = client.get("/en/my-learning/").content.decode()
    assert course_page.title in body
    assert "1 of 2 lessons done" in body


def test_demo_refuses_to_load_with_debug_off():
    with override_settings(DEBUG=False), pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo")


def row_counts() -> dict[str, int]:
    """How many rows each model's table holds."""
    from django.apps import apps

    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def test_demo_loads_twice_without_duplicating_anything():
    """A second run adds no row to any table. Loaded with two of the demo's four courses
    and their question banks: the border officers' and the police cadets', the two that
    the demo's required training is built on, so that every step of the load runs (site,
    organisation, courses and banks in both languages, people, progress, required
    training, read models). Each course takes about a quarter of a full load, and the
    other two are loaded, and taken, by the same steps (``tests/courses/test_demo_data.py``
    checks the content of all four as loaded)."""
    from django.contrib.auth.models import Group

    from certificates.models import Certificate
    from courses.demo.content import course_read
    from elearning.management.commands import load_demo
    from lrs.models import Statement
    from organisations.models import OrgUnit, User
    from quizzes.demo.content import bank_read

    factories.site_home()
    for name in ("Editors", "Moderators"):
        Group.objects.get_or_create(name=name)
    folders = ["border-services", "police-cadets"]
    with (
        override_settings(DEBUG=True),
        # Read afresh by each run, as the real ``demo_courses`` and ``demo_banks`` do.
        mock.patch.object(load_demo, "demo_courses", lambda: [course_read(f) for f in folders]),
        mock.patch.object(load_demo, "demo_banks", lambda: [bank_read(f) for f in folders]),
    ):
        call_command("load_demo", stdout=mock.MagicMock())
        counts = (
            User.objects.count(),
            OrgUnit.objects.count(),
            Statement.objects.count(),
            Certificate.objects.count(),
        )
        rows = row_counts()
        call_command("load_demo", stdout=mock.MagicMock())
    assert counts[0] >= 50
    assert counts[2] > 0 and counts[3] > 0
    assert counts == (
        User.objects.count(),
        OrgUnit.objects.count(),
        Statement.objects.count(),
        Certificate.objects.count(),
    )
    assert row_counts() == rows


def test_production_settings_refuse_to_start_without_a_secret_key():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "elearning.settings.production"
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
