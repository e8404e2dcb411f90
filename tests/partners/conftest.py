"""Fixtures of the partners' tests: a partner organisation under the border agency, its
manager, and the sign-up form's counters emptied before each test."""

import re

import pytest


@pytest.fixture(autouse=True)
def fresh_limits():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def shelter(units):
    """A partner organisation in the border agency's tree (its managers decide)."""
    from tests import factories

    return factories.org_unit("Harbour Shelter", parent=units["agency"], kind="partner")


@pytest.fixture
def shelter_manager(units):
    from tests import factories

    return factories.manager(units["agency"], first_name="Mona", last_name="Gerant")


@pytest.fixture
def police_manager(units):
    from tests import factories

    return factories.manager(units["police"], first_name="Pat", last_name="Police")


def link_in(message) -> str:
    """The site path of the one link of the platform in an e-mail."""
    match = re.search(r"http://testserver(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


GOOD = {
    "first_name": "Rita",
    "last_name": "Provider",
    "email": "rita@shelter.example.org",
    "password": "long-enough-pass-9",
    "password_again": "long-enough-pass-9",
    "preferred_language": "en",
    "organisation": "Harbour Shelter",
}


def signs_in(client, username: str, password: str) -> bool:
    """Whether the site's sign-in form lets this person in."""
    response = client.post("/en/accounts/login/", {"username": username, "password": password})
    return response.status_code == 302
