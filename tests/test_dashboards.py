"""Managers see their own subtree, and their open dashboards hear of changes in it live.

Async tests reach the database through channels' ``database_sync_to_async``, which
closes its connections, so none outlives the test database.
"""

import json

import pytest
from channels.db import database_sync_to_async as sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.test import Client

from courses.services import lesson_complete
from dashboards.services import ALL_GROUP, dashboard_notify, unit_group_name
from elearning.asgi import application
from tests import factories


def finish(user, lessons):
    for lesson in lessons:
        lesson_complete(user=user, lesson=lesson, language="en")


@pytest.mark.django_db
def test_dashboard_page_is_for_managers_only(client, units, course):
    learner = factories.learner(units["yvr"])
    client.force_login(learner)
    assert client.get("/en/dashboard/").status_code == 403
    manager = factories.manager(units["agency"])
    client.force_login(manager)
    response = client.get("/en/dashboard/")
    assert response.status_code == 200
    assert "Border agency" in response.content.decode()
    assert "Police" not in response.content.decode()
    drilled = client.get(f"/en/dashboard/?unit={units['agency'].pk}").content.decode()
    assert "Pacific" in drilled
    assert "Police" not in drilled


@pytest.mark.django_db
def test_anonymous_dashboard_visit_goes_to_sign_in(client):
    response = client.get("/en/dashboard/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_dashboard_page_carries_the_live_indicator_and_its_scripts(client, units):
    manager = factories.manager(units["region"])
    client.force_login(manager)
    html = client.get("/fr/tableau-de-bord/").content.decode()
    assert 'id="live-status"' in html
    assert 'data-socket-path="/ws/dashboard/fr/"' in html
    assert "dashboards/live.js" in html
    assert "vendor/chartjs/chart.umd.min.js" in html


async def _connect(user, path="/ws/dashboard/en/"):
    communicator = WebsocketCommunicator(application, path, headers=await _headers(user))
    connected, code = await communicator.connect()
    if not connected:
        return communicator, False, code
    # Accepted, then either refused with a reason or told it is subscribed.
    first = await communicator.receive_output(timeout=5)
    if first["type"] == "websocket.close":
        return communicator, False, first["code"]
    assert json.loads(first["text"]) == {"type": "ready"}
    return communicator, True, None


async def _headers(user):
    headers = [(b"host", b"localhost"), (b"origin", b"http://localhost")]
    if user is not None:
        client = Client()
        await sync_to_async(client.force_login)(user)
        cookie = f"sessionid={client.cookies['sessionid'].value}"
        headers.append((b"cookie", cookie.encode()))
    return headers


async def _messages(communicator):
    """Everything the socket sends until it falls quiet."""
    messages = []
    while not await communicator.receive_nothing(timeout=0.5):
        messages.append(await communicator.receive_json_from())
    return messages


@pytest.mark.django_db(transaction=True)
async def test_websocket_says_something_changed_when_a_learner_in_scope_completes(units, course):
    _, lessons = await sync_to_async(lambda: course)()
    learner = await sync_to_async(factories.learner)(
        units["yvr"], first_name="Alex", last_name="Martin"
    )
    manager = await sync_to_async(factories.manager)(units["agency"])

    communicator, connected, _ = await _connect(manager)
    assert connected
    assert await communicator.receive_nothing(timeout=0.2)

    await sync_to_async(finish)(learner, lessons)
    messages = await _messages(communicator)
    assert messages
    assert any("completion" in message["kinds"] for message in messages)
    # Only what changed, never who: the page fetches its figures through its own scope.
    for message in messages:
        assert set(message) == {"type", "kinds"}
        assert message["type"] == "changed"
    assert "Alex" not in str(messages)
    assert learner.username not in str(messages)
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_websocket_stays_quiet_for_completions_outside_scope(units, course):
    _, lessons = await sync_to_async(lambda: course)()
    outsider = await sync_to_async(factories.learner)(units["police"])
    neighbour = await sync_to_async(factories.learner)(units["douglas"])
    manager = await sync_to_async(factories.manager)(units["yvr"])
    communicator, connected, _ = await _connect(manager)
    assert connected
    await sync_to_async(finish)(outsider, lessons)
    await sync_to_async(finish)(neighbour, lessons)
    assert await communicator.receive_nothing(timeout=0.5)
    await communicator.disconnect()


def _trainer():
    """A trainer who reads course reports but manages no one (the groups a migration
    made are gone once a transactional test has flushed the database)."""
    from django.contrib.auth.models import Group, Permission

    Group.objects.get_or_create(name="Editors")
    user = factories.trainer()
    user.user_permissions.add(Permission.objects.get(codename="view_item_analysis"))
    return user


@pytest.mark.django_db(transaction=True)
async def test_websocket_refuses_a_learner_and_anyone_signed_out(units):
    learner = await sync_to_async(factories.learner)(units["yvr"])
    for user, expected in ((learner, 4403), (None, 4401)):
        communicator, connected, code = await _connect(user)
        # Closed with a code the page can read, so it stops asking; told nothing first.
        assert (connected, code) == (False, expected)
        layer = get_channel_layer()
        await layer.group_send(ALL_GROUP, {"type": "dashboard.changed", "kinds": ["rebuild"]})
        assert await communicator.receive_nothing(timeout=0.2)


@pytest.mark.django_db(transaction=True)
async def test_a_trainer_hears_changes_anywhere_and_nothing_personal(units, course):
    """Course reports count every learner for a trainer, so their socket hears every
    change; the message still names no one."""
    _, lessons = await sync_to_async(lambda: course)()
    learner = await sync_to_async(factories.learner)(units["police"])
    trainer = await sync_to_async(_trainer)()
    communicator, connected, _ = await _connect(trainer)
    assert connected
    await sync_to_async(finish)(learner, lessons)
    message = await communicator.receive_json_from(timeout=5)
    assert message["type"] == "changed"
    assert set(message) == {"type", "kinds"}
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_forged_address_does_not_widen_what_the_socket_hears(units, course):
    _, lessons = await sync_to_async(lambda: course)()
    outsider = await sync_to_async(factories.learner)(units["police"])
    manager = await sync_to_async(factories.manager)(units["region"])
    police = units["police"].pk
    for path in (
        f"/ws/dashboard/en/?unit={police}",
        f"/ws/dashboard/{police}/?units={police}&group=dashboard.unit.{police}",
    ):
        communicator, connected, _ = await _connect(manager, path)
        assert connected
        await sync_to_async(finish)(outsider, lessons)
        assert await communicator.receive_nothing(timeout=0.5)
        await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_forged_message_does_not_widen_what_the_socket_hears(units, course):
    _, lessons = await sync_to_async(lambda: course)()
    outsider = await sync_to_async(factories.learner)(units["police"])
    manager = await sync_to_async(factories.manager)(units["region"])
    communicator, connected, _ = await _connect(manager)
    assert connected
    police = units["police"].pk
    for forged in (
        {"type": "subscribe", "unit": police},
        {"type": "refresh", "units": [police], "learner": str(outsider.uuid)},
        {"type": "dashboard.changed", "kinds": ["completion"], "units": [police]},
        {"type": "group_add", "group": unit_group_name(police)},
    ):
        await communicator.send_json_to(forged)
    assert await communicator.receive_nothing(timeout=0.3)
    await sync_to_async(finish)(outsider, lessons)
    assert await communicator.receive_nothing(timeout=0.5)
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_every_manager_hears_a_change_too_wide_to_name_units(units):
    manager = await sync_to_async(factories.manager)(units["yvr"])
    communicator, connected, _ = await _connect(manager)
    assert connected
    await sync_to_async(dashboard_notify)(kind="rebuild")
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "changed",
        "kinds": ["rebuild"],
    }
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_the_socket_passes_on_only_the_kinds_of_a_change(units):
    manager = await sync_to_async(factories.manager)(units["region"])
    communicator, connected, _ = await _connect(manager)
    assert connected
    layer = get_channel_layer()
    await layer.group_send(
        unit_group_name(units["region"].pk),
        {
            "type": "dashboard.changed",
            "kinds": ["assignment", "<img src=x>", {"name": "Alex"}],
            "units": [units["yvr"].pk],
            "learner": "Alex Martin",
        },
    )
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "changed",
        "kinds": ["assignment"],
    }
    # The older notice of a completion is still understood, and told the same way.
    await layer.group_send(ALL_GROUP, {"type": "completion.recorded", "course_key": "x"})
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "changed",
        "kinds": ["completion"],
    }
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_manager_owing_the_second_factor_hears_nothing_until_verified(units, settings):
    """A manager signed in with only a password, where managers must use a second factor,
    opens no live dashboard: the socket does not go through the pages' middleware."""
    settings.SECOND_FACTOR_ROLES = ["manager"]
    manager = await sync_to_async(factories.manager)(units["agency"])
    communicator, connected, code = await _connect(manager)
    assert (connected, code) == (False, 4401)
    layer = get_channel_layer()
    await layer.group_send(ALL_GROUP, {"type": "dashboard.changed", "kinds": ["rebuild"]})
    assert await communicator.receive_nothing(timeout=0.2)

    settings.SECOND_FACTOR_ROLES = []
    communicator, connected, _ = await _connect(manager)
    assert connected
    await communicator.disconnect()
