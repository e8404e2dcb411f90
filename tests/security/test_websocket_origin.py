"""The live dashboard's websocket opens only for the platform's own pages: a page on
another origin, another port of the same host included, is refused, so that it cannot
listen with a signed-in manager's cookie."""

import json

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from elearning.asgi import application
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)

SITE_HOST = b"127.0.0.1:8000"


@pytest.fixture(autouse=True)
def served_hosts(settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    settings.SITE_URL = "http://127.0.0.1:8000"
    settings.CSRF_TRUSTED_ORIGINS = []


@database_sync_to_async
def _manager_cookie() -> bytes:
    unit = factories.org_unit("Region", kind="region")
    client = Client()
    client.force_login(factories.manager(unit))
    return f"sessionid={client.cookies['sessionid'].value}".encode()


async def _opens(origin: bytes | None, host: bytes = SITE_HOST) -> bool:
    headers = [(b"host", host), (b"cookie", await _manager_cookie())]
    if origin is not None:
        headers.append((b"origin", origin))
    communicator = WebsocketCommunicator(application, "/ws/dashboard/en/", headers=headers)
    connected, _code = await communicator.connect()
    if connected:
        first = await communicator.receive_output(timeout=5)
        connected = first["type"] == "websocket.send" and json.loads(first["text"]) == {
            "type": "ready"
        }
    await communicator.disconnect()
    return connected


async def test_a_page_on_another_port_of_the_same_host_is_refused():
    assert not await _opens(b"http://127.0.0.1:9999")
    assert await _opens(b"http://127.0.0.1:8000"), "the site's own page opens it"


async def test_a_page_on_another_site_is_refused():
    assert not await _opens(b"https://attacker.example")
    assert await _opens(b"http://localhost:8000", host=b"localhost:8000")


async def test_a_handshake_without_an_origin_is_refused():
    assert not await _opens(None)
