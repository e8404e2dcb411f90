"""Counting uses in Django's cache (shared by every web worker when the cache is Redis),
for the fixed-window limits of public forms and endpoints."""

from django.core.cache import cache


def use_count(key: str, *, timeout: int) -> int:
    """Count one use of ``key`` within its window of ``timeout`` seconds (the window opens
    at the first use) and return the uses so far, this one included."""
    if cache.add(key, 1, timeout=timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=timeout)
        return 1
