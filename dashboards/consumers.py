"""Live dashboard updates: a manager's open dashboard hears that something changed in
their scope, and fetches its own page again through the same checks as any request.

Nothing personal goes over the socket: only the kinds of change. The groups joined come
from the signed-in manager's scope alone; the address and anything the browser sends
are ignored, so neither can widen what the manager hears.
"""

import re

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from identity.second_factor import session_owes_second_factor

from .access import scope_for, sees_everyone
from .services import ALL_GROUP, EVERYONE_GROUP, unit_group_name

# A change kind is a short word ("completion", "assignment", "certificate"...).
KIND = re.compile(r"^[a-z_]{1,40}$")


def _scope_groups(user) -> list[str]:
    """The groups of the manager's scope roots, and for those who read everyone's course
    figures the group every change reaches (empty for anyone else)."""
    scope = scope_for(user)
    groups = [unit_group_name(root.pk) for root in scope.roots]
    if sees_everyone(scope):
        groups.append(EVERYONE_GROUP)
    return [*groups, ALL_GROUP] if groups else []


class DashboardConsumer(AsyncJsonWebsocketConsumer):
    """Closes with 4401 for anyone signed out (or signed in with a password and owing
    the second factor their role requires) and 4403 for anyone with no dashboard (who
    neither manages a unit nor reads everyone's course figures).

    A refusal accepts first, then closes at once with its code: a handshake refused
    outright reaches the browser as a bare 1006, and the page would keep trying."""

    async def connect(self):
        self.groups_joined = []
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.refuse(4401)
            return
        owes = await database_sync_to_async(session_owes_second_factor)(
            user=user, session=self.scope.get("session") or {}
        )
        if owes:
            await self.refuse(4401)
            return
        groups = await database_sync_to_async(_scope_groups)(user)
        if not groups:
            await self.refuse(4403)
            return
        for group in groups:
            await self.channel_layer.group_add(group, self.channel_name)
        self.groups_joined = groups
        await self.accept()
        # The page says "Live" on this, not on the socket opening: a refusal opens too.
        await self.send_json({"type": "ready"})

    async def refuse(self, code: int):
        await self.accept()
        await self.close(code=code)

    async def disconnect(self, code):
        for group in self.groups_joined:
            await self.channel_layer.group_discard(group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        """The browser has nothing to ask: whatever it sends is ignored."""

    async def dashboard_changed(self, event):
        kinds = [
            kind for kind in event.get("kinds", []) if isinstance(kind, str) and KIND.match(kind)
        ]
        await self.send_json({"type": "changed", "kinds": kinds})

    async def completion_recorded(self, event):
        await self.send_json({"type": "changed", "kinds": ["completion"]})
