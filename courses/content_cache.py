"""Answers about the published content that every request asks again, kept in memory.

A lesson page asks which course it belongs to, that course's lessons, modules and
assessments, the xAPI names of both, its breadcrumbs and its translation; My learning
asks the same of every course. The answers change only when an editor changes a page,
but read from the database they were most of a request's cost (two thirds of its
queries). Here each server process keeps them in memory, and throws them all away as
soon as any page, locale, site, audience or quiz changes anywhere.

How a process knows that something changed, even on another node: every such change
writes a row (a new random token) to ``ContentChange`` in the same transaction as the
change itself. A request reads the newest token once, the first time it asks for a
remembered answer (one indexed query); a token other than the one the process's answers
were computed under means they are thrown away. The token commits with the change, so
a request that sees it also sees the changed pages, and a rolled-back change takes its
token with it.

Only requests use these answers (:class:`ContentCacheMiddleware` opens the scope);
tasks, commands and websockets read the database each time, as before (or, inside
``common.lookups.lookups_remembered``, the job's own memory). The remembered values are
pages and plain values that no caller may change.
"""

import secrets
import threading
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import TypeVar

from django.db import connection
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, Site, get_page_models
from wagtail.signals import post_page_move

from common.lookups import remembered

T = TypeVar("T")

# Keep the newest rows only: the token is the newest row's.
_KEEP = 50


class _Answers:
    def __init__(self, token: str | None):
        self.token = token
        self.values: dict = {}


_process = _Answers(None)
_process_lock = threading.Lock()


class _Scope:
    """One request: the content token, read once, when first needed."""

    _UNREAD = object()

    def __init__(self):
        self._token = self._UNREAD

    def token(self) -> str | None:
        if self._token is self._UNREAD:
            self._token = newest_token()
        return self._token


_scope: ContextVar[_Scope | None] = ContextVar("content_cache_scope", default=None)


def newest_token() -> str | None:
    """The token of the newest content change (None before the first one)."""
    from .models import ContentChange

    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT token FROM {ContentChange._meta.db_table} ORDER BY id DESC LIMIT 1"  # noqa: S608 (the model's own table name)
        )
        row = cursor.fetchone()
    return row[0] if row else None


def content_remembered(key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, remembered by this process under ``key`` until content changes
    (an answer of None is not remembered).

    ``compute`` must depend on published content alone (pages, locales, sites), never on
    who asks. Outside a request, the job's memory of ``common.lookups`` or nothing."""
    global _process
    scope = _scope.get()
    if scope is None:
        return remembered(key, compute)
    if isinstance(key, tuple) and None in key:
        # A page not saved yet (an editor's preview of a new page) has no key of its own.
        return compute()
    token = scope.token()
    if token is None:
        return compute()
    answers = _process
    if answers.token != token:
        with _process_lock:
            if _process.token != token:
                _process = _Answers(token)
            answers = _process
    try:
        return answers.values[key]
    except KeyError:
        value = compute()
        # Nothing is kept for a question about what does not exist (an address or a key
        # a visitor made up): such questions cost a query each, and cannot fill memory.
        if value is not None:
            answers.values[key] = value
        return value


def content_changed() -> None:
    """Record that published content changed: every process's answers go, once the
    change commits."""
    from .models import ContentChange

    change = ContentChange.objects.create(token=secrets.token_hex(16))
    if change.pk % _KEEP == 0:
        ContentChange.objects.filter(pk__lte=change.pk - _KEEP).delete()


class ContentCacheMiddleware:
    """Opens the scope in which a request's content answers may come from memory."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _scope.set(_Scope())
        try:
            return self.get_response(request)
        finally:
            _scope.reset(token)


def _changed(sender, **kwargs):
    if kwargs.get("raw"):
        return
    content_changed()


def watch(*models) -> None:
    """Every change to an object of these models throws the answers away: for an app
    whose models come with the remembered pages (the quiz of an assessment page)."""
    for model in models:
        uid = f"content-cache-{model._meta.label_lower}"
        post_save.connect(_changed, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=uid + "-delete")


def connect() -> None:
    """Every change to a page (of any type), a locale, a site or an audience (My learning
    keeps the courses' audiences) throws the answers away."""
    from organisations.models import Audience

    watch(Page, Locale, Site, Audience, *get_page_models())
    post_page_move.connect(_changed, dispatch_uid="content-cache-move")
