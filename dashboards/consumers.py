"""Live dashboard updates: a manager's browser listens for completions in their scope."""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.utils import translation

from organisations.selectors import manager_scope_roots

from .selectors import completion_report, recent_completions
from .services import unit_group_name


def _snapshot(user, language: str) -> dict:
    with translation.override(language):
        report = completion_report(user=user, language=language)
        recent = [
            {
                "learner": completion.user.get_full_name() or completion.user.get_username(),
                "unit": completion.user.learner_profile.org_unit.name,
                "course_key": str(completion.course_key),
                "completed_at": completion.completed_at.isoformat(),
            }
            for completion in recent_completions(user=user)
        ]
    return {"type": "report", **report.as_json(), "recent": recent}


class CompletionDashboardConsumer(AsyncJsonWebsocketConsumer):
    """Joins the groups of the manager's scope roots; sends the fresh report on each change."""

    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        roots = await database_sync_to_async(manager_scope_roots)(user=user)
        if not roots:
            await self.close(code=4403)
            return
        language = self.scope["url_route"]["kwargs"].get("language", "en")
        self.language = language if language in ("en", "fr") else "en"
        self.groups_joined = [unit_group_name(root.pk) for root in roots]
        for group in self.groups_joined:
            await self.channel_layer.group_add(group, self.channel_name)
        await self.accept()
        await self.send_report()

    async def disconnect(self, code):
        for group in getattr(self, "groups_joined", []):
            await self.channel_layer.group_discard(group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        if content.get("type") == "refresh":
            await self.send_report()

    async def completion_recorded(self, event):
        await self.send_report(event=event)

    async def send_report(self, event=None):
        user = self.scope["user"]
        payload = await database_sync_to_async(_snapshot)(user, self.language)
        if event is not None:
            payload["event"] = {"course_key": event.get("course_key")}
        await self.send_json(payload)
