"""The id of the request being served, for log lines and the background tasks it queues.

The web process sets it for each request; a background worker sets it while it runs a
task queued during a request, so that the task's log lines carry the same id.
"""

from contextvars import ContextVar

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
