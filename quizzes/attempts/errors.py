"""The errors of a request about an attempt that the rules refuse, each with a message for
the learner."""

from __future__ import annotations

from datetime import datetime


class AttemptError(Exception):
    """A request about an attempt that the rules refuse; ``message`` is for the learner."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class AttemptRefused(AttemptError):
    """A new attempt may not start now. ``reason`` names the rule: ``"attempts"`` (all
    the attempts allowed are used), ``"wait"`` (the waiting time since the last attempt
    is not over: ``available_at`` says until when), ``"questions"`` (the quiz has no
    question to serve) or ``"sequence"`` (the quiz is an assessment of a course taken in
    order, and lessons before it are not done: ``lesson`` is the one to do next, as
    ``{"title", "url"}``)."""

    def __init__(
        self,
        reason: str,
        message: str,
        *,
        available_at: datetime | None = None,
        lesson: dict | None = None,
    ):
        super().__init__(message)
        self.reason = reason
        self.available_at = available_at
        self.lesson = lesson


class AttemptClosed(AttemptError):
    """The attempt takes no more answers. ``reason``: ``"submitted"`` (already submitted
    under another submission key, or expired) or ``"deadline"`` (its time is over)."""

    def __init__(self, message: str, *, reason: str = "submitted"):
        super().__init__(message)
        self.reason = reason


class AttemptInvalid(AttemptError):
    """Part of a request does not fit the attempt; ``field`` names it, e.g.
    ``answers[3].response``, ``submission_key`` or ``client_timestamps.started_at``."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"
