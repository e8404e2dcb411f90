"""How log lines look: the request id on each, and one JSON object per line in production.

``LOG_FORMAT=json`` (production's default) writes each record as one JSON object with
``time`` (ISO 8601, UTC), ``level``, ``logger``, ``message``, ``request_id`` (null outside
a request or task), ``exc_info`` when there is an exception, and whatever the call passed
in ``extra``; ``LOG_FORMAT=text`` (development and tests) writes plain lines. See
``LOGGING`` in ``elearning/settings/base.py``.
"""

import logging
from datetime import UTC, datetime

from pythonjsonlogger.json import JsonFormatter as _JsonFormatter

from .request_context import request_id

# Django's request logs pass the request object along; its text says nothing the
# message does not, and it is no JSON value.
_DROPPED_EXTRA = ("request",)


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to every record: the id of the request or task being served
    when the record is made (read at that moment, so a worker that sets the id while a
    task runs gets it too), else ``None``."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(_JsonFormatter):
    """One JSON object per record (python-json-logger), with the platform's field names."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fmt", ["levelname", "name", "message", "request_id"])
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        super().__init__(*args, **kwargs)

    def add_fields(self, log_data, record, message_dict):
        log_data["time"] = datetime.fromtimestamp(record.created, tz=UTC).isoformat(
            timespec="milliseconds"
        )
        super().add_fields(log_data, record, message_dict)
        # A record that did not pass through RequestIdFilter still says whose it is.
        if log_data.get("request_id") is None:
            log_data["request_id"] = request_id.get()
        for key in _DROPPED_EXTRA:
            log_data.pop(key, None)


class TextFormatter(logging.Formatter):
    """Plain lines; a record made outside any request or task shows ``-`` for its id."""

    def format(self, record: logging.LogRecord) -> str:
        missing = getattr(record, "request_id", None) is None
        if missing:
            record.request_id = "-"
        try:
            return super().format(record)
        finally:
            if missing:
                record.request_id = None
