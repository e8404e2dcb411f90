"""The statement resource over HTTP, as an xAPI client sees it."""

import json
import uuid

import pytest

from lrs.models import Statement

pytestmark = pytest.mark.django_db

ACTOR = {"objectType": "Agent", "mbox": "mailto:officer@example.gc.ca"}
VERB = {"id": "http://adlnet.gov/expapi/verbs/experienced", "display": {"en-US": "experienced"}}
ACTIVITY = {"objectType": "Activity", "id": "http://example.gc.ca/activities/briefing"}


def statement(**overrides):
    return {"actor": ACTOR, "verb": VERB, "object": ACTIVITY, **overrides}


def post(client, body, headers, **params):
    return client.post(
        "/xapi/statements", data=json.dumps(body), content_type="application/json", **headers
    )


def test_about_lists_both_versions_without_credentials(client):
    response = client.get("/xapi/about")
    assert response.status_code == 200
    assert response.json()["version"] == ["1.0.3", "2.0.0"]


def test_post_single_statement_returns_its_new_id_and_stores_it(client, lrs_client, xapi_headers):
    response = post(client, statement(), xapi_headers)
    assert response.status_code == 200
    [statement_id] = response.json()
    stored = Statement.objects.get(id=statement_id)
    assert stored.data["actor"] == ACTOR
    assert stored.data["authority"]["account"]["name"] == "test-key"
    assert "stored" in stored.data
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_post_batch_is_all_or_nothing(client, lrs_client, xapi_headers):
    good = statement(id=str(uuid.uuid4()))
    bad = statement(verb={"id": "not an iri"})
    response = post(client, [good, bad], xapi_headers)
    assert response.status_code == 400
    assert "[1].verb.id" in response.json()["error"]
    assert not Statement.objects.exists()


def test_put_with_statement_id_stores_it_and_replay_changes_nothing(
    client, lrs_client, xapi_headers
):
    statement_id = str(uuid.uuid4())
    body = json.dumps(statement(timestamp="2026-11-01T10:00:00.123+02:00"))
    url = f"/xapi/statements?statementId={statement_id}"
    first = client.put(url, data=body, content_type="application/json", **xapi_headers)
    again = client.put(url, data=body, content_type="application/json", **xapi_headers)
    assert first.status_code == 204
    assert again.status_code == 204
    assert Statement.objects.count() == 1
    assert Statement.objects.get().data["timestamp"] == "2026-11-01T10:00:00.123+02:00"


@pytest.mark.parametrize("version", ["1.0.3", "2.0.0"])
def test_a_replay_differing_only_in_duration_beyond_hundredths_is_the_same_statement(
    client, lrs_client, xapi_headers, version
):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": version}
    statement_id = str(uuid.uuid4())
    url = f"/xapi/statements?statementId={statement_id}"

    def put(duration):
        body = json.dumps(statement(result={"duration": duration}))
        return client.put(url, data=body, content_type="application/json", **headers)

    assert put("PT1.1234S").status_code == 204
    assert put("PT1.12S").status_code == 204
    assert put("PT1.129S").status_code == 204
    assert Statement.objects.get().data["result"]["duration"] == "PT1.1234S"
    different = put("PT1.13S")
    assert different.status_code == 409
    assert Statement.objects.get().data["result"]["duration"] == "PT1.1234S"


def test_a_different_statement_under_an_existing_id_is_a_conflict(client, lrs_client, xapi_headers):
    statement_id = str(uuid.uuid4())
    post(client, statement(id=statement_id), xapi_headers)
    other = statement(id=statement_id, verb={"id": "http://adlnet.gov/expapi/verbs/completed"})
    response = post(client, other, xapi_headers)
    assert response.status_code == 409
    assert Statement.objects.get().verb_iri == VERB["id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"verb": VERB, "object": ACTIVITY}, "actor"),
        (statement(actor={"name": "no identifier"}), "actor"),
        (statement(actor={**ACTOR, "mbox": "officer@example.gc.ca"}), "actor.mbox"),
        (statement(object={"id": "relative/path"}), "object.id"),
        (statement(id="not-a-uuid"), "id"),
        (statement(timestamp="yesterday"), "timestamp"),
        (statement(result={"score": {"scaled": 1.5}}), "result.score.scaled"),
        (statement(result={"duration": "10 minutes"}), "result.duration"),
        (statement(context={"registration": "abc"}), "context.registration"),
        (statement(unexpected=True), "unexpected"),
    ],
)
def test_invalid_statement_is_rejected_with_the_field_named(
    client, lrs_client, xapi_headers, body, field
):
    response = post(client, body, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith(field + ":")
    assert not Statement.objects.exists()


def test_malformed_json_is_a_400(client, lrs_client, xapi_headers):
    response = client.post(
        "/xapi/statements", data="{not json", content_type="application/json", **xapi_headers
    )
    assert response.status_code == 400
    assert "body" in response.json()["error"]


def test_missing_version_header_is_a_400(client, lrs_client):
    from tests.lrs.support import basic_auth

    response = client.get("/xapi/statements", HTTP_AUTHORIZATION=basic_auth())
    assert response.status_code == 400
    assert "X-Experience-API-Version" in response.json()["error"]


def test_wrong_secret_is_a_401(client, lrs_client):
    from tests.lrs.support import basic_auth

    response = client.get(
        "/xapi/statements",
        HTTP_AUTHORIZATION=basic_auth(secret="wrong"),
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Basic")


def test_read_only_client_cannot_write(client, db):
    from tests.lrs.support import basic_auth, lrs_client

    lrs_client(scopes=["statements/read"], key="reader", secret="s")
    response = post(
        client,
        statement(),
        {
            "HTTP_AUTHORIZATION": basic_auth("reader", "s"),
            "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
        },
    )
    assert response.status_code == 403
    assert not Statement.objects.exists()


def test_get_by_id_and_query_by_verb_with_paging(client, lrs_client, xapi_headers):
    ids = [post(client, statement(), xapi_headers).json()[0] for _ in range(3)]
    completed = {"id": "http://adlnet.gov/expapi/verbs/completed"}
    post(client, statement(verb=completed), xapi_headers)

    single = client.get(f"/xapi/statements?statementId={ids[0]}", **xapi_headers)
    assert single.status_code == 200
    assert single.json()["id"] == ids[0]

    page = client.get(f"/xapi/statements?verb={VERB['id']}&limit=2", **xapi_headers).json()
    assert len(page["statements"]) == 2
    assert page["more"]
    rest = client.get(page["more"], **xapi_headers).json()
    assert len(rest["statements"]) == 1
    assert rest["more"] == ""
    seen = {s["id"] for s in page["statements"] + rest["statements"]}
    assert seen == set(ids)


def test_voided_statement_is_hidden_from_queries_but_retrievable(client, lrs_client, xapi_headers):
    [target] = post(client, statement(), xapi_headers).json()
    voiding = statement(
        verb={"id": "http://adlnet.gov/expapi/verbs/voided"},
        object={"objectType": "StatementRef", "id": target},
    )
    voiding_response = post(client, voiding, xapi_headers)
    assert voiding_response.status_code == 200
    assert client.get(f"/xapi/statements?statementId={target}", **xapi_headers).status_code == 404
    voided = client.get(f"/xapi/statements?voidedStatementId={target}", **xapi_headers)
    assert voided.status_code == 200
    listed = client.get(f"/xapi/statements?verb={VERB['id']}", **xapi_headers).json()
    # The voided statement is never listed; the voiding statement that targets it is,
    # since a statement meets a filter when the statement it refers to does.
    assert [s["id"] for s in listed["statements"]] == voiding_response.json()


def test_launch_token_writes_only_for_its_learner_and_activity(client):
    import base64

    from lrs.identity import user_agent as actor_for
    from lrs.services import lrs_token_issue
    from tests.lrs import support

    learner = support.user()
    other = support.user()
    activity = "http://example.gc.ca/packages/p1"
    token, secret = lrs_token_issue(user=learner, activity_iri=activity)
    headers = {
        "HTTP_AUTHORIZATION": "Basic "
        + base64.b64encode(f"{token.key}:{secret}".encode()).decode(),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
    own = statement(actor=actor_for(learner), object={"id": activity + "/slide-3"})
    assert post(client, own, headers).status_code == 200
    someone_else = statement(actor=actor_for(other), object={"id": activity})
    response = post(client, someone_else, headers)
    assert response.status_code == 403
    assert response.json()["error"].startswith("actor:")
    elsewhere = statement(actor=actor_for(learner), object={"id": "http://example.gc.ca/x"})
    assert post(client, elsewhere, headers).status_code == 403
    assert Statement.objects.count() == 1


def test_post_statements_with_duplicate_id_returns_409(client, lrs_client, xapi_headers):
    statement_id = str(uuid.uuid4())
    assert post(client, statement(id=statement_id), xapi_headers).status_code == 200
    different = statement(id=statement_id, result={"completion": True})
    response = post(client, different, xapi_headers)
    assert response.status_code == 409
    assert response.json()["error"].startswith("id:")
    assert "result" not in Statement.objects.get().data


def test_post_of_an_already_stored_statement_changes_nothing_and_returns_204(
    client, lrs_client, xapi_headers
):
    body = statement(id=str(uuid.uuid4()))
    post(client, body, xapi_headers)
    stored_before = Statement.objects.get().data["stored"]
    assert post(client, body, xapi_headers).status_code == 204
    assert Statement.objects.get().data["stored"] == stored_before


def test_a_version_2_client_gets_version_2_answers(client, lrs_client, xapi_headers):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": "2.0.0"}
    [statement_id] = post(client, statement(), headers).json()
    response = client.get(f"/xapi/statements?statementId={statement_id}", **headers)
    assert response["X-Experience-API-Version"] == "2.0.0"
    assert response.json()["version"] == "2.0.0"


def test_only_callers_with_define_change_canonical_definitions(client, lrs_client, xapi_headers):
    from lrs.models import ActivityDefinition
    from tests.lrs.support import basic_auth
    from tests.lrs.support import lrs_client as make_client

    make_client(scopes=["statements/write"], key="writer", secret="s")
    writer = {
        "HTTP_AUTHORIZATION": basic_auth("writer", "s"),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
    first = {**ACTIVITY, "definition": {"name": {"en-CA": "Briefing"}}}
    post(client, statement(object=first), writer)
    renamed = {**ACTIVITY, "definition": {"name": {"en-CA": "Renamed"}}}
    post(client, statement(object=renamed), writer)
    definition = ActivityDefinition.objects.get(iri=ACTIVITY["id"]).definition
    assert definition["name"] == {"en-CA": "Briefing"}
    post(client, statement(object=renamed), xapi_headers)
    definition = ActivityDefinition.objects.get(iri=ACTIVITY["id"]).definition
    assert definition["name"] == {"en-CA": "Renamed"}
