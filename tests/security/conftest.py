"""What the attacks share: a learner signed in with a browser session (and its CSRF token),
and the doors such a learner reaches."""

import json
import uuid

import pytest
from django.test import Client

from tests import factories


class LearnerBrowser:
    """A signed-in learner's browser: the session cookie, the CSRF token, and the LRS door
    the offline outbox uses (``/xapi/statements`` with the session)."""

    def __init__(self, user):
        self.user = user
        self.client = Client(enforce_csrf_checks=True)
        self.client.force_login(user)

    @property
    def csrf(self) -> str:
        return self.client.get("/offline/session/").json()["csrf_token"]

    @property
    def actor(self) -> dict:
        return {
            "objectType": "Agent",
            "account": {"homePage": "http://testserver", "name": str(self.user.uuid)},
        }

    def xapi(self, method: str, path: str, body=None, **params):
        headers = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3", "HTTP_X_CSRFTOKEN": self.csrf}
        query = "&".join(f"{key}={value}" for key, value in params.items())
        url = f"/xapi/{path}" + (f"?{query}" if query else "")
        if method == "GET":
            return self.client.get(url, **headers)
        return getattr(self.client, method.lower())(
            url, json.dumps(body), content_type="application/json", **headers
        )

    def put_statement(self, statement: dict):
        statement = {"id": str(uuid.uuid4()), **statement}
        return self.xapi("PUT", "statements", statement, statementId=statement["id"])

    def get_json(self, path: str, **params):
        from urllib.parse import urlencode

        headers = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
        return self.client.get(f"/xapi/{path}?{urlencode(params)}", **headers)


@pytest.fixture
def unit(db):
    return factories.org_unit("YVR")


@pytest.fixture
def attacker(unit):
    return LearnerBrowser(factories.learner(unit))


@pytest.fixture
def victim(unit):
    return factories.learner(unit)
