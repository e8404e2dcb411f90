"""Errors of the statement write path, each mapped to an HTTP status by the views."""

from .xapi.validation import StatementInvalid

__all__ = ["StatementInvalid", "StatementConflict", "LRSForbidden"]


class StatementConflict(Exception):
    """A different statement is already stored under this id (HTTP 409)."""

    def __init__(self, statement_id: str):
        self.statement_id = statement_id
        super().__init__(f"id: a different statement is already stored as {statement_id}")


class LRSForbidden(Exception):
    """The credentials do not allow this (HTTP 403)."""
