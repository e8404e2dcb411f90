"""The walkthrough tool stops when a role cannot sign in, instead of photographing the
sign-in page under every page's name and reporting no problem."""

import pytest

from tests.e2e.walkthrough import sign_in


class FakeNavigation:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class FakePage:
    """A browser page whose sign-in lands on ``landing``."""

    def __init__(self, landing: str):
        self.landing = landing
        self.url = "about:blank"
        self.closed = False

    def goto(self, url):
        self.url = url

    def fill(self, selector, value):
        pass

    def expect_navigation(self):
        return FakeNavigation()

    def locator(self, selector):
        return self

    def click(self):
        self.url = self.landing

    def close(self):
        self.closed = True


class FakeContext:
    def __init__(self, landing: str):
        self.page = FakePage(landing)

    def new_page(self):
        return self.page


BASE = "http://127.0.0.1:8123"


def test_a_refused_sign_in_stops_the_walk():
    context = FakeContext(f"{BASE}/en/accounts/login/")
    with pytest.raises(RuntimeError, match="manager could not sign in"):
        sign_in(context, BASE, "manager", "wrong")
    assert context.page.closed


def test_a_signed_in_role_goes_on():
    context = FakeContext(f"{BASE}/en/dashboard/")
    sign_in(context, BASE, "manager", "training-demo")
    assert context.page.closed
