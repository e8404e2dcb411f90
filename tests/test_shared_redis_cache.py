"""Two installations (or two test processes) sharing one Redis database: clearing one
cache leaves the other's keys, and the channel layer's, where they are."""

import uuid

import pytest
from django.conf import settings
from django.core.cache.backends.redis import RedisCache

from common.cache import PrefixedRedisCache

pytestmark = pytest.mark.skipif(not settings.REDIS_URL, reason="needs Redis (REDIS_URL)")


def _cache(prefix: str) -> PrefixedRedisCache:
    return PrefixedRedisCache(settings.REDIS_URL, {"KEY_PREFIX": prefix})


def test_clearing_one_prefix_keeps_the_keys_of_another():
    run = uuid.uuid4().hex[:8]
    mine, theirs = _cache(f"mine-{run}"), _cache(f"theirs-{run}")
    for n in range(1200):  # more than one batch of deletions
        mine.set(f"k{n}", n, 60)
    theirs.set("held-off", "until later", 60)
    foreign = RedisCache(settings.REDIS_URL, {})._cache.get_client(None, write=True)
    foreign.set(f"asgi-{run}:group", b"members", ex=60)
    try:
        mine.clear()
        assert mine.get("k0") is None and mine.get("k1199") is None
        assert theirs.get("held-off") == "until later"
        assert foreign.get(f"asgi-{run}:group") == b"members"
    finally:
        theirs.clear()
        foreign.delete(f"asgi-{run}:group")


def test_a_prefix_with_glob_characters_clears_only_itself():
    run = uuid.uuid4().hex[:8]
    starred, plain = _cache(f"a*{run}"), _cache(f"ab{run}")
    starred.set("k", 1, 60)
    plain.set("k", 2, 60)
    try:
        starred.clear()
        assert starred.get("k") is None
        assert plain.get("k") == 2
    finally:
        plain.clear()


def test_the_configured_cache_is_the_prefixed_one():
    from django.core.cache import caches

    assert isinstance(caches["default"], PrefixedRedisCache)
