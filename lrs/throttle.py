"""Throttling of wrong LRS credentials: an address that sends too many is held off.

HTTP Basic secrets are checked on every request, so without a limit anyone may try
secrets as fast as the server answers. Each request whose ``Authorization`` header names
no valid credential counts against its address (``REMOTE_ADDR``) in Django's cache
(Redis in production, so every worker agrees); at ``LRS_AUTH_FAILURE_LIMIT`` failures
within ``LRS_AUTH_FAILURE_WINDOW`` seconds the address is held off for that many seconds,
its requests answered 429 before any secret is checked.

Counting by address, not by key: counting by key would let anyone lock a client out by
sending wrong secrets under its key. A request with valid credentials costs one cache
read.
"""

import hashlib
import time

from django.core.cache import cache

from .conf import setting


def _key(kind: str, request) -> str:
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    return f"lrs:auth-{kind}:" + hashlib.sha256(address.encode()).hexdigest()


def retry_after(request) -> int | None:
    """Seconds until the request's address may present credentials again, or ``None``
    when it is not held off."""
    until = cache.get(_key("held", request))
    if until is None:
        return None
    return max(1, int(until - time.time() + 0.999))


def failure_record(request) -> None:
    """Count a request whose credentials were wrong against its address, and hold the
    address off once it reaches the limit."""
    window = max(int(setting("LRS_AUTH_FAILURE_WINDOW")), 1)
    key = _key("failures", request)
    if cache.add(key, 1, timeout=window):
        failures = 1
    else:
        try:
            failures = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            failures = 1
    if failures >= int(setting("LRS_AUTH_FAILURE_LIMIT")):
        cache.set(_key("held", request), time.time() + window, timeout=window)
        cache.delete(key)
