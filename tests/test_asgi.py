"""The ASGI application serves HTTP through Django's middleware in one sync step."""

import pytest
from asgiref.testing import ApplicationCommunicator

from elearning.asgi import application, django_asgi_app
from elearning.asgi_handler import SyncViewsASGIHandler


def _scope(path: str, headers=()) -> dict:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }


async def _get(path: str, headers=()) -> tuple[int, dict, bytes]:
    communicator = ApplicationCommunicator(application, _scope(path, headers))
    await communicator.send_input({"type": "http.request", "body": b"", "more_body": False})
    start = await communicator.receive_output(timeout=10)
    body = b""
    while True:
        message = await communicator.receive_output(timeout=10)
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    await communicator.wait()
    return start["status"], dict(start["headers"]), body


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
