"""The ASGI application serves HTTP through Django's middleware in one sync step."""

import pytest

from elearning.asgi import application, django_asgi_app
from elearning.asgi_handler import SyncViewsASGIHandler
from tests.asgi_support import asgi_get


async def _get(path: str, headers=()) -> tuple[int, dict, bytes]:
    return await asgi_get(application, path, headers)


def test_http_is_served_by_the_sync_views_handler():
    assert isinstance(django_asgi_app, SyncViewsASGIHandler)


@pytest.mark.django_db(transaction=True)
async def test_middleware_still_runs_under_asgi_language_redirect_and_security_headers():
    status, headers, _ = await _get("/", headers=[(b"accept-language", b"fr-CA,fr;q=0.9")])
    assert status == 302
    assert headers[b"Location"] == b"/fr/"
    assert headers[b"X-Content-Type-Options"] == b"nosniff"


@pytest.mark.django_db(transaction=True)
async def test_lrs_about_answers_over_asgi():
    status, _, body = await _get("/xapi/about", headers=[(b"x-experience-api-version", b"1.0.3")])
    assert status == 200
    assert b'"version"' in body
