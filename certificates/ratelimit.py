"""A fixed-window limit on the public verification endpoints, per client address, kept in
Django's cache (shared by every web worker when the cache is Redis)."""

import time

from django.conf import settings

from common.ratelimit import use_count


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def verification_allowed(request) -> tuple[bool, int]:
    """Count this request against the client's window: (allowed, seconds until the window
    ends). The window is aligned on its length so every worker agrees on it."""
    window = max(int(settings.CERTIFICATE_VERIFY_RATE_WINDOW), 1)
    limit = int(settings.CERTIFICATE_VERIFY_RATE_LIMIT)
    now = time.time()
    start = int(now // window) * window
    retry_after = max(int(start + window - now + 0.999), 1)
    key = f"certificates:verify:{client_address(request)}:{start}"
    count = use_count(key, timeout=window + 1)
    return count <= limit, retry_after
