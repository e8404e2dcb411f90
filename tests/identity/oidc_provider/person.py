"""A person at the test provider, driven over HTTP as their browser would: sign in at
the provider, then allow (or refuse) the platform's request."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlencode, urlparse, urlunparse

import requests

from .runner import PASSWORD

HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)"')


class PersonAtProvider:
    def __init__(self, username: str):
        self.username = username
        self.browser = requests.Session()

    def _csrf(self) -> str:
        return next(c.value for c in self.browser.cookies if c.name == "provider_csrftoken")

    def answer(self, authorize_url: str, *, allow: bool = True) -> str:
        """Sign in at the provider when it asks, answer its consent page, and return the
        address the provider sends the browser back to (the platform's callback)."""
        page = self.browser.get(authorize_url, allow_redirects=True)
        if "/accounts/login/" in page.url:
            signed_in = self.browser.post(
                page.url,
                data={
                    "username": self.username,
                    "password": PASSWORD,
                    "csrfmiddlewaretoken": self._csrf(),
                },
                allow_redirects=False,
            )
            assert signed_in.status_code == 302, signed_in.text
            page = self.browser.get(authorize_url, allow_redirects=False)
        if page.status_code == 302:  # consent given before
            return page.headers["Location"]
        assert page.status_code == 200, page.text
        fields = {name: html.unescape(value) for name, value in HIDDEN.findall(page.text)}
        fields["csrfmiddlewaretoken"] = self._csrf()
        if allow:
            fields["allow"] = "Authorize"
        answer = self.browser.post(authorize_url, data=fields, allow_redirects=False)
        assert answer.status_code == 302, answer.text
        return answer.headers["Location"]

    def asks_for_password(self, authorize_url: str) -> bool:
        """Whether the provider would ask this browser to sign in again."""
        page = self.browser.get(authorize_url, allow_redirects=False)
        return page.status_code == 302 and "/accounts/login/" in page.headers["Location"]


def with_query(url: str, **changes) -> str:
    """``url`` with some query parameters replaced."""
    parts = urlparse(url)
    query = {name: values[0] for name, values in parse_qs(parts.query).items()}
    query.update(changes)
    return urlunparse(parts._replace(query=urlencode(query)))


def query_of(url: str) -> dict:
    return {name: values[0] for name, values in parse_qs(urlparse(url).query).items()}
