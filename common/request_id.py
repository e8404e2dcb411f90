"""One id per request, from the load balancer to the log lines and the tasks it queues.

The id comes from the request's ``X-Request-ID`` header when that is well formed (a
load balancer or proxy in front of the platform made it), otherwise it is made here. It
is kept in :data:`common.request_context.request_id` while the request is served, sent
back as ``X-Request-ID``, and put on every log line by :class:`common.log_format.RequestIdFilter`.

Two places set it, so that every line of a request carries it:

* :class:`RequestIdASGIMiddleware`, around the whole ASGI application, covers what Django
  logs outside the middleware chain (the "Not Found" and "Internal Server Error" lines)
  and websocket connections (their consumers' log lines);
* :class:`RequestIdMiddleware`, in Django's middleware, sends the header back and sets
  the id when nothing outside did (the test client, a management command's requests).
"""

import re
import uuid
from collections.abc import Iterable

from asgiref.sync import iscoroutinefunction, markcoroutinefunction

from .request_context import request_id

HEADER = "X-Request-ID"
META_KEY = "HTTP_X_REQUEST_ID"
_ASGI_HEADER = b"x-request-id"
# What load balancers and proxies send (UUIDs, nginx's hex $request_id, AWS trace ids
# such as Root=1-67891233-abcdef012345678912345678): letters, digits and a few
# separators, at most 128 characters. Anything else (spaces, quotes, line breaks, a
# kilobyte of text) could forge or garble log lines, so it is replaced.
WELL_FORMED = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:=+/-]{0,127}")


def new_request_id() -> str:
    """A fresh id: 32 hexadecimal digits."""
    return uuid.uuid4().hex


def accepted_request_id(value: str | bytes | None) -> str:
    """``value`` when it is a well-formed request id, else a fresh one."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if value and WELL_FORMED.fullmatch(value):
        return value
    return new_request_id()


def _header(headers: Iterable[tuple[bytes, bytes]]) -> bytes | None:
    for name, value in headers:
        if name.lower() == _ASGI_HEADER:
            return value
    return None


class RequestIdASGIMiddleware:
    """ASGI middleware: sets the request id for an HTTP request or a websocket
    connection, for as long as the application serves it (the scope keeps it too, under
    ``"request_id"``). The response header itself comes from :class:`RequestIdMiddleware`."""

    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.application(scope, receive, send)
        value = accepted_request_id(_header(scope.get("headers", [])))
        token = request_id.set(value)
        try:
            return await self.application({**scope, "request_id": value}, receive, send)
        finally:
            request_id.reset(token)


class RequestIdMiddleware:
    """Django middleware: the request's id (the one set around the application, else the
    incoming header's when well formed, else a new one) in ``request.request_id`` and in
    the ``X-Request-ID`` response header, set in the context while the request is served
    and reset after. For synchronous and asynchronous chains alike."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response):
        self.get_response = get_response
        if iscoroutinefunction(get_response):
            markcoroutinefunction(self)

    def _begin(self, request):
        value = request_id.get() or accepted_request_id(request.META.get(META_KEY))
        request.request_id = value
        return value, request_id.set(value)

    def __call__(self, request):
        if iscoroutinefunction(self):
            return self.__acall__(request)
        value, token = self._begin(request)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response[HEADER] = value
        return response

    async def __acall__(self, request):
        value, token = self._begin(request)
        try:
            response = await self.get_response(request)
        finally:
            request_id.reset(token)
        response[HEADER] = value
        return response
