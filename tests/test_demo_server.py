"""What ``make run`` serves: the address the demo is reached at follows HOST and PORT,
and a wrong address or a failure shows the platform's own pages, not Django's debug
pages."""

import os
import subprocess
from pathlib import Path

import pytest
from django.test import RequestFactory, override_settings

from elearning.middleware import PlatformErrorPagesMiddleware

ROOT = Path(__file__).resolve().parent.parent


def planned_run(*arguments: str, **environment: str) -> str:
    """The commands ``make run`` would run (``make -n``: nothing is run)."""
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"} | environment
    return subprocess.run(
        ["make", "-n", "run", *arguments], cwd=ROOT, env=env, capture_output=True, text=True
    ).stdout


@pytest.mark.parametrize(
    ("arguments", "environment", "site"),
    [
        ((), {}, "http://127.0.0.1:8000"),
        (("PORT=9103",), {}, "http://127.0.0.1:9103"),
        (("HOST=0.0.0.0", "PORT=9000"), {}, "http://127.0.0.1:9000"),
        (
            ("PORT=9103",),
            {"SITE_URL": "https://training.example.ca"},
            "https://training.example.ca",
        ),
    ],
)
def test_the_demo_knows_the_address_it_is_served_at(arguments, environment, site):
    plan = planned_run(*arguments, **environment)
    assert f"SITE_URL={site} .venv/bin/python manage.py load_demo" in plan
    assert f"SITE_URL={site} .venv/bin/daphne" in plan
    assert f"Serving {site}/" in plan


@pytest.mark.django_db
@override_settings(DEBUG=True)
@pytest.mark.parametrize(
    ("path", "text"),
    [("/en/no-such-page/", "We couldn't find that page"), ("/fr/no-such-page/", "Nous n")],
)
def test_a_wrong_address_shows_the_platforms_page_not_the_debug_page(client, path, text):
    from tests import factories

    factories.site_home()
    response = client.get(path)
    assert response.status_code == 404
    page = response.content.decode()
    assert text in page
    assert "URLconf" not in page and "Using the URLconf" not in page


@override_settings(DEBUG=True)
def test_a_failure_shows_the_platforms_page_in_both_languages():
    middleware = PlatformErrorPagesMiddleware(lambda request: None)
    response = middleware.process_exception(RequestFactory().get("/en/"), RuntimeError("boom"))
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong" in page and "Une erreur s’est produite" in page
    assert "boom" not in page and "Traceback" not in page


@override_settings(DEBUG=False)
def test_without_debug_django_shows_them_itself():
    middleware = PlatformErrorPagesMiddleware(lambda request: None)
    assert middleware.process_exception(RequestFactory().get("/en/"), RuntimeError()) is None
