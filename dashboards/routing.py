from django.urls import path

from .consumers import DashboardConsumer

websocket_urlpatterns = [
    path("ws/dashboard/<str:language>/", DashboardConsumer.as_asgi()),
]
