"""What the LRS's tests build: clients, their Basic credentials, and users. It needs
nothing of the platform, so the LRS's tests run on their own (``tests/lrs/settings.py``)."""

import base64
import itertools

from django.contrib.auth import get_user_model

from lrs.services import lrs_client_create

_numbers = itertools.count(1)


def lrs_client(scopes=("all",), key="test-key", secret="test-secret"):
    return lrs_client_create(name=f"Client {key}", key=key, secret=secret, scopes=list(scopes))


def basic_auth(key="test-key", secret="test-secret") -> str:
    return "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()


def user(**fields):
    """A user of the site the LRS serves, with a password (``a-test-password``)."""
    number = next(_numbers)
    fields.setdefault(get_user_model().USERNAME_FIELD, f"person{number}@example.gc.ca")
    person = get_user_model()(**fields)
    person.set_password("a-test-password")
    person.save()
    return person
