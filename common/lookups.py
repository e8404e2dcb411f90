"""Lookups a long job may answer from memory.

A job that projects a million statements (``rebuild_progress``) asks the same questions
over and over: which live lesson has this key, what are its course's lessons, which
user is this actor. Inside :func:`lookups_remembered`, the functions that answer them
through :func:`remembered` compute each answer once; everywhere else they read the
database every time, as a request must. Nothing that publishes or moves pages, or
changes users, may run inside the block.
"""

from collections.abc import Callable, Hashable
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

_answers: ContextVar[dict | None] = ContextVar("lookups_remembered", default=None)


@contextmanager
def lookups_remembered():
    """Remember the answers of :func:`remembered` lookups until the block ends."""
    token = _answers.set({})
    try:
        yield
    finally:
        _answers.reset(token)


def remembered(key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or within :func:`lookups_remembered` the answer it gave for ``key``."""
    answers = _answers.get()
    if answers is None:
        return compute()
    if key not in answers:
        answers[key] = compute()
    return answers[key]
