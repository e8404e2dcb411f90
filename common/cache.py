"""Django's Redis cache, cleared one installation at a time.

Django's ``RedisCache.clear()`` empties the whole Redis database (``FLUSHDB``): the
channel layer's groups, the rate limits and every other installation or test process
that shares the database under its own ``KEY_PREFIX`` would lose their keys too. Here
``clear()`` deletes only the keys under this cache's prefix.
"""

import re
from itertools import islice

from django.core.cache.backends.redis import RedisCache

_GLOB_SPECIAL = re.compile(r"([\\*?\[\]])")


class PrefixedRedisCache(RedisCache):
    def clear(self) -> None:
        client = self._cache.get_client(None, write=True)
        # Django's default key function writes "<prefix>:<version>:<key>".
        pattern = _GLOB_SPECIAL.sub(r"\\\1", self.key_prefix) + ":*"
        keys = client.scan_iter(match=pattern, count=1000)
        while batch := list(islice(keys, 500)):
            client.delete(*batch)
