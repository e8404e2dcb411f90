from django.urls import path

from .consumers import CompletionDashboardConsumer

websocket_urlpatterns = [
    path("ws/dashboard/<str:language>/", CompletionDashboardConsumer.as_asgi()),
]
