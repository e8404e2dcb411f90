"""A ``Date`` header on every HTTP response, whichever ASGI server runs the platform.

RFC 9110 (section 6.6.1) requires an origin server with a clock to send ``Date``, and
clients lean on it: xAPI clients compare it with ``X-Experience-API-Consistent-Through``
to judge how long to wait for a statement. uvicorn (the production server) adds the
header itself; daphne (``make run``), serving through Twisted's HTTP layer, does not.
The header is added only there, since a second ``Date`` from the application would be
a repeated singleton field that clients read as one unparseable date.
"""

import sys
from email.utils import formatdate


def _served_by_twisted() -> bool:
    """Whether the process serves HTTP through a running Twisted reactor (daphne). The
    reactor module is imported wherever daphne is an installed app, uvicorn included,
    but it runs only under daphne."""
    reactor = sys.modules.get("twisted.internet.reactor")
    return bool(reactor is not None and getattr(reactor, "running", False))


def _with_date(headers) -> list:
    headers = list(headers or [])
    if not any(name.lower() == b"date" for name, _value in headers):
        headers.append((b"date", formatdate(usegmt=True).encode("latin-1")))
    return headers


class DateHeaderMiddleware:
    """ASGI middleware: adds ``Date`` (the time the response starts, in IMF-fixdate form)
    to an HTTP response that has none, when the server does not add it itself."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not _served_by_twisted():
            return await self.app(scope, receive, send)

        async def send_with_date(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": _with_date(message.get("headers"))}
            await send(message)

        return await self.app(scope, receive, send_with_date)
