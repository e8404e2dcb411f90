"""The Redis channel layer the settings configure keeps an idle dashboard's socket open.

The layer waits for messages with a blocking pop of 5 s; a Redis client that gives up
reading sooner (redis-py's default read timeout is 5 s) tore every idle dashboard's
websocket down within seconds. Needs a Redis server: REDIS_URL, or the local one."""

import asyncio
import os
import runpy
import uuid
from pathlib import Path

import pytest
import redis
from channels_redis.core import RedisChannelLayer

BASE_SETTINGS = Path(__file__).resolve().parents[2] / "elearning" / "settings" / "base.py"
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/8"


def _redis_reachable() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(not _redis_reachable(), reason=f"no Redis at {REDIS_URL}")


@pytest.fixture
def layer(monkeypatch):
    """The channel layer as the settings make it with REDIS_URL set, on a prefix of its own."""
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    monkeypatch.setenv("CHANNELS_PREFIX", f"test-idle-{uuid.uuid4().hex[:8]}")
    configured = runpy.run_path(str(BASE_SETTINGS))["CHANNEL_LAYERS"]["default"]
    assert configured["BACKEND"] == "channels_redis.core.RedisChannelLayer"
    return RedisChannelLayer(**configured["CONFIG"])


async def test_an_idle_listener_outlasts_the_layers_blocking_receive(layer):
    """A message sent after a whole empty blocking pop (5 s) still arrives: the client's
    read timeout does not cut the pop short (it raised TimeoutError, which closed the
    consumer and its websocket)."""
    channel = await layer.new_channel()

    async def send_later():
        await asyncio.sleep(layer.brpop_timeout + 1.5)
        await layer.send(channel, {"type": "dashboard.changed", "kinds": ["completion"]})

    sender = asyncio.create_task(send_later())
    try:
        message = await asyncio.wait_for(layer.receive(channel), timeout=30)
    finally:
        await sender
        await layer.flush()
    assert message == {"type": "dashboard.changed", "kinds": ["completion"]}
