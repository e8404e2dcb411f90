"""Launch tokens and joined endpoint URLs, as any client of the LRS sees them: a resource
asked for after a doubled slash, tokens that may only read documents, and a revoked
token."""

import json
import uuid
from datetime import timedelta

import pytest
from django.test import Client

from lrs.services import lrs_token_issue, lrs_token_revoke
from tests.lrs import support

pytestmark = pytest.mark.django_db

ACTIVITY = "https://example.org/activities/unit-1"
XAPI = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}


def _token(scopes):
    person = support.user()
    token, secret = lrs_token_issue(
        user=person, activity_iri=ACTIVITY, lifetime=timedelta(hours=1), scopes=scopes
    )
    return token, support.basic_auth(token.key, secret)


@pytest.mark.parametrize("path", ["/xapi//statements", "/xapi///statements", "/xapi//about"])
def test_a_resource_after_extra_slashes_is_the_resource(path):
    support.lrs_client()
    response = Client().get(path, HTTP_AUTHORIZATION=support.basic_auth(), **XAPI)
    assert response.status_code == 200


def test_a_read_only_token_reads_its_documents_but_writes_none():
    token, auth = _token(("state/read", "profile/read"))
    agent = json.dumps(token.actor)
    state = f"/xapi/activities/state?activityId={ACTIVITY}&agent={agent}&stateId=s"
    profile = f"/xapi/agents/profile?agent={agent}&profileId=p"
    assert Client().get(state, HTTP_AUTHORIZATION=auth, **XAPI).status_code == 404
    assert Client().get(profile, HTTP_AUTHORIZATION=auth, **XAPI).status_code == 404
    for url in (state, profile):
        written = Client().put(
            url,
            data="{}",
            content_type="application/json",
            HTTP_AUTHORIZATION=auth,
            HTTP_IF_NONE_MATCH="*",
            **XAPI,
        )
        assert written.status_code == 403
        assert Client().delete(url, HTTP_AUTHORIZATION=auth, **XAPI).status_code == 403


def test_a_revoked_token_is_refused_everything():
    token, auth = _token(("statements/write", "statements/read/mine", "state"))
    statement = {
        "actor": token.actor,
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": ACTIVITY},
    }

    def post():
        statement["id"] = str(uuid.uuid4())
        return Client().post(
            "/xapi/statements",
            data=json.dumps(statement),
            content_type="application/json",
            HTTP_AUTHORIZATION=auth,
            **XAPI,
        )

    assert post().status_code == 200
    lrs_token_revoke(key=token.key)
    assert post().status_code == 401
    assert Client().get("/xapi/statements", HTTP_AUTHORIZATION=auth, **XAPI).status_code == 401


@pytest.mark.django_db(transaction=False)
def test_content_posting_after_its_session_ended_does_not_lock_its_office_out(settings):
    """A unit that keeps sending with its ended token is refused every time, but that is
    not guessing: the address is not held off, and the other clients behind it go on. A
    wrong secret still counts."""
    from django.core.cache import cache

    cache.clear()
    settings.LRS_AUTH_FAILURE_LIMIT = 3
    support.lrs_client()
    token, auth = _token(("statements/write",))
    lrs_token_revoke(key=token.key)
    for _ in range(5):
        assert Client().get("/xapi/statements", HTTP_AUTHORIZATION=auth, **XAPI).status_code == 401
    good = Client().get("/xapi/statements", HTTP_AUTHORIZATION=support.basic_auth(), **XAPI)
    assert good.status_code == 200

    wrong = support.basic_auth(token.key, "not-its-secret")
    answers = [
        Client().get("/xapi/statements", HTTP_AUTHORIZATION=wrong, **XAPI).status_code
        for _ in range(4)
    ]
    assert answers[-1] == 429
    cache.clear()
