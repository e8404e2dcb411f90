"""Django's ASGI handler, tuned for a platform whose HTTP views are all synchronous."""

import asyncio
import weakref

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.handlers.asgi import ASGIHandler
from django.db import close_old_connections


class SyncViewsASGIHandler(ASGIHandler):
    """Runs the middleware chain and the view together in one step on the request's sync
    thread, instead of crossing between the event loop and that thread once or twice per
    middleware (Django's default under ASGI, built for async views). Everything else
    (reading the body, signals, streaming the response, websockets beside it) is Django's
    own ASGI handling.

    Django gives every request a thread of its own, and each thread takes a database
    connection of its own: a burst of requests would run as many threads at once, each
    holding a connection while it waits for its turn at the interpreter, until the
    connection pool runs dry and requests fail after its timeout. At most
    ``REQUEST_CONCURRENCY`` requests of a process run at once; the others wait their turn
    on the event loop, in order, holding nothing. A finished request hands its connection
    back before its place goes to the next one (a streamed answer keeps it while it
    streams)."""

    def load_middleware(self, is_async=False):
        super().load_middleware(is_async=False)
        # One set of places per event loop (a server runs one; tests may run several).
        self._slots: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    async def get_response_async(self, request):
        loop = asyncio.get_running_loop()
        slots = self._slots.get(loop)
        if slots is None:
            slots = self._slots[loop] = asyncio.Semaphore(settings.REQUEST_CONCURRENCY)
        async with slots:
            return await sync_to_async(self._respond, thread_sensitive=True)(request)

    def _respond(self, request):
        response = self.get_response(request)
        if not response.streaming:
            close_old_connections()
        return response
