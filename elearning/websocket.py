"""Which pages may open the platform's websockets: its own, and no other.

A browser sends the session cookie with a websocket handshake whatever page opens it,
so a page elsewhere (another site, or another port of the same host) could listen to a
signed-in manager's dashboard. Channels' ``AllowedHostsOriginValidator`` compares host
names only; this compares the whole origin, port included.
"""

from urllib.parse import urlsplit

from channels.security.websocket import WebsocketDenier
from django.conf import settings
from django.http.request import split_domain_port, validate_host

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of an origin or URL, or ``None`` if it is not http(s)."""
    try:
        parts = urlsplit(url.strip().lower())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return parts.scheme, parts.hostname, port or _DEFAULT_PORTS[parts.scheme]


def origin_allowed(origin: str | None, host: str | None) -> bool:
    """Whether a handshake from ``origin`` to the site at ``host`` (the Host header) comes
    from one of the platform's own pages: the same host and port as the address it
    connects to (a host the site serves), or ``SITE_URL``, or a ``CSRF_TRUSTED_ORIGINS``
    entry. A handshake without an Origin is refused: every browser sends one."""
    asked = _origin(origin or "")
    if asked is None:
        return False
    trusted = [settings.SITE_URL, *settings.CSRF_TRUSTED_ORIGINS]
    if any(_origin(url) == asked for url in trusted):
        return True
    domain, port = split_domain_port((host or "").lower())
    if not domain or not validate_host(domain, settings.ALLOWED_HOSTS):
        return False
    scheme, origin_host, origin_port = asked
    host_port = int(port) if port else _DEFAULT_PORTS[scheme]
    return origin_host.strip("[]") == domain.strip("[]") and origin_port == host_port


class SameOriginValidator:
    """ASGI middleware for websockets: hands the connection on when
    :func:`origin_allowed`, refuses the handshake otherwise."""

    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        headers = dict(scope.get("headers", []))
        origin = headers.get(b"origin", b"").decode("latin1") or None
        host = headers.get(b"host", b"").decode("latin1") or None
        if origin_allowed(origin, host):
            return await self.application(scope, receive, send)
        return await WebsocketDenier()(scope, receive, send)
