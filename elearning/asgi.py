"""ASGI entry point: HTTP through Django, websockets through Channels (daphne serves both)."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.dev")
django.setup(set_prefix=False)

from elearning.asgi_handler import SyncViewsASGIHandler  # noqa: E402

django_asgi_app = SyncViewsASGIHandler()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import WebsocketDenier  # noqa: E402
from django.urls import re_path  # noqa: E402

from common.request_id import RequestIdASGIMiddleware  # noqa: E402
from dashboards.routing import websocket_urlpatterns  # noqa: E402
from elearning.date_header import DateHeaderMiddleware  # noqa: E402
from elearning.websocket import SameOriginValidator  # noqa: E402
from operations.metrics import WebsocketConnectionsMiddleware  # noqa: E402

application = DateHeaderMiddleware(
    # Each request and websocket connection has its id on its log lines.
    RequestIdASGIMiddleware(
        ProtocolTypeRouter(
            {
                "http": django_asgi_app,
                # Counted in /metrics from the moment a consumer accepts until it ends.
                "websocket": WebsocketConnectionsMiddleware(
                    SameOriginValidator(
                        AuthMiddlewareStack(
                            # A path no consumer serves is refused (closed during the
                            # handshake, which browsers report as 403) rather than left
                            # to fail with no route.
                            URLRouter(
                                [*websocket_urlpatterns, re_path(r"", WebsocketDenier.as_asgi())]
                            )
                        )
                    )
                ),
            }
        )
    )
)
