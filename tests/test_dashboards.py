"""Managers see completion for their own subtree, and it updates live.

Async tests reach the database through channels' ``database_sync_to_async``, which
closes its connections, so none outlives the test database.
"""

import pytest
from channels.db import database_sync_to_async as sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from courses.services import lesson_complete
from dashboards.selectors import completion_report
from elearning.asgi import application
from tests import factories


def finish(user, lessons):
    for lesson in lessons:
        lesson_complete(user=user, lesson=lesson, language="en")


@pytest.mark.django_db
def test_report_rolls_up_the_subtree_and_excludes_other_agencies(units, course):
    course_page, lessons = course
    key = str(course_page.translation_key)
    done = factories.learner(units["yvr"])
    factories.learner(units["yvr"])
    factories.learner(units["douglas"])
    outsider = factories.learner(units["police"])
    finish(done, lessons)
    finish(outsider, lessons)
    manager = factories.manager(units["region"])

    report = completion_report(user=manager, language="en")
    rows = {row.unit.name_en: row for row in report.rows}
    assert set(rows) == {"Pacific", "YVR", "Douglas"}
    assert rows["Pacific"].learners == 3
    assert rows["Pacific"].completed[key] == 1
    assert rows["Pacific"].percent(key) == 33
    assert rows["YVR"].percent(key) == 50
    assert rows["Douglas"].completed.get(key, 0) == 0


@pytest.mark.django_db
def test_dashboard_page_is_for_managers_only(client, units, course):
    learner = factories.learner(units["yvr"])
    client.login(username=learner.username, password=factories.PASSWORD)
    assert client.get("/en/dashboard/").status_code == 403
    manager = factories.manager(units["agency"])
    client.login(username=manager.username, password=factories.PASSWORD)
    response = client.get("/en/dashboard/")
    assert response.status_code == 200
    assert "Pacific" in response.content.decode()
    assert "Police" not in response.content.decode()


@pytest.mark.django_db
def test_anonymous_dashboard_visit_goes_to_sign_in(client):
    response = client.get("/en/dashboard/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


async def _connect(user, language="en"):
    client = Client()
    await sync_to_async(client.force_login)(user)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    communicator = WebsocketCommunicator(
        application,
        f"/ws/dashboard/{language}/",
        headers=[(b"cookie", cookie.encode()), (b"host", b"localhost")],
    )
    connected, _ = await communicator.connect()
    return communicator, connected


@pytest.mark.django_db(transaction=True)
async def test_websocket_pushes_a_new_completion_in_scope(units, course):
    course_page, lessons = await sync_to_async(lambda: course)()
    key = str(course_page.translation_key)
    learner = await sync_to_async(factories.learner)(units["yvr"])
    manager = await sync_to_async(factories.manager)(units["agency"])

    communicator, connected = await _connect(manager)
    assert connected
    initial = await communicator.receive_json_from(timeout=5)
    assert initial["type"] == "report"

    await sync_to_async(finish)(learner, lessons)
    update = await communicator.receive_json_from(timeout=5)
    assert update["event"]["course_key"] == key
    yvr_row = next(row for row in update["rows"] if row["unit"] == units["yvr"].pk)
    assert yvr_row["courses"][key] == {"completed": 1, "percent": 100}
    assert update["recent"][0]["unit"] == "YVR"
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_websocket_stays_quiet_for_completions_outside_scope(units, course):
    _, lessons = await sync_to_async(lambda: course)()
    outsider = await sync_to_async(factories.learner)(units["police"])
    manager = await sync_to_async(factories.manager)(units["region"])
    communicator, connected = await _connect(manager)
    assert connected
    await communicator.receive_json_from(timeout=5)
    await sync_to_async(finish)(outsider, lessons)
    assert await communicator.receive_nothing(timeout=0.5)
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_websocket_refuses_a_learner(units):
    learner = await sync_to_async(factories.learner)(units["yvr"])
    communicator, connected = await _connect(learner)
    assert not connected
