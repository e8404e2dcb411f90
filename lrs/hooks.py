"""The one extension point through which the rest of a site learns of stored statements.

The LRS knows xAPI and nothing of what the statements mean to the site around it. A
site registers receivers here (in its ``AppConfig.ready``); every newly stored
statement is then handed to each receiver, in the order registered, inside the
transaction that stores it, with the kind of credential that wrote it (see
:class:`lrs.auth.Source`) and its authority. A receiver that raises rolls the whole
write back, so what a receiver derives is never out of step with the statements.

Statements that were already stored (a replay of the same statement) are not handed
on again. ``manage.py rebuild_progress`` replays stored statements through the same
receivers, so a receiver must be safe to run twice on one statement.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .auth import Source


@dataclass(frozen=True)
class StoredStatement:
    """A statement as stored (with ``id``, ``stored`` and ``authority`` set), and who wrote
    it."""

    statement: dict
    source: Source

    @property
    def authority(self) -> dict:
        return self.statement["authority"]


Receiver = Callable[[StoredStatement], None]

_receivers: list[Receiver] = []


def statement_receiver_register(receiver: Receiver) -> Receiver:
    """Hand every newly stored statement to ``receiver`` (once, however often called)."""
    if receiver not in _receivers:
        _receivers.append(receiver)
    return receiver


def statement_receivers() -> tuple[Receiver, ...]:
    return tuple(_receivers)


def statement_stored(stored: StoredStatement) -> None:
    """Run every receiver on one newly stored statement."""
    for receiver in _receivers:
        receiver(stored)
