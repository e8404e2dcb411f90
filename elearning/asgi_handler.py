"""Django's ASGI handler, tuned for a platform whose HTTP views are all synchronous."""

from asgiref.sync import sync_to_async
from django.core.handlers.asgi import ASGIHandler


class SyncViewsASGIHandler(ASGIHandler):
    """Runs the middleware chain and the view together in one step on the request's sync
    thread, instead of crossing between the event loop and that thread once or twice per
    middleware (Django's default under ASGI, built for async views). Everything else
    (reading the body, signals, streaming the response, websockets beside it) is Django's
    own ASGI handling."""

    def load_middleware(self, is_async=False):
        super().load_middleware(is_async=False)

    async def get_response_async(self, request):
        return await sync_to_async(self.get_response, thread_sensitive=True)(request)
