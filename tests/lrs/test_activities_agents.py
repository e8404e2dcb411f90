"""The Activities and Agents resources over HTTP, as a client sees them."""

import json
import uuid
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from lrs.identity import actor_key
from lrs.models import ActivityDefinition, Statement
from lrs.services import lrs_token_issue
from tests.lrs import support

pytestmark = pytest.mark.django_db

ACTIVITY = "http://example.gc.ca/activities/briefing"
AGENT = {"objectType": "Agent", "mbox": "mailto:officer@example.gc.ca"}
DEFINITION = {
    "type": "http://adlnet.gov/expapi/activities/lesson",
    "name": {"en-CA": "Briefing", "fr-CA": "Séance d'information"},
}


def activities_url(**params) -> str:
    return f"/xapi/activities?{urlencode(params)}"


def agents_url(agent, **params) -> str:
    value = agent if isinstance(agent, str) else json.dumps(agent)
    return f"/xapi/agents?{urlencode({'agent': value, **params})}"


def record_statement(actor: dict) -> None:
    """A stored statement by ``actor``, written straight to the table."""
    now = timezone.now()
    Statement.objects.create(
        id=uuid.uuid4(),
        data={"actor": actor, "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"}},
        actor_key=actor_key(actor),
        verb_iri="http://adlnet.gov/expapi/verbs/experienced",
        object_iri=ACTIVITY,
        timestamp=now,
        stored=now,
    )


# Activities -----------------------------------------------------------------------------


def test_an_unknown_activity_is_returned_as_an_activity_with_only_its_id(
    client, lrs_client, xapi_headers
):
    response = client.get(activities_url(activityId=ACTIVITY), **xapi_headers)
    assert response.status_code == 200
    assert response.json() == {"objectType": "Activity", "id": ACTIVITY}
    assert response["ETag"].startswith('"')
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_a_known_activity_is_returned_with_its_canonical_definition(
    client, lrs_client, xapi_headers
):
    ActivityDefinition.objects.create(iri=ACTIVITY, definition=DEFINITION)
    response = client.get(activities_url(activityId=ACTIVITY), **xapi_headers)
    assert response.json() == {"objectType": "Activity", "id": ACTIVITY, "definition": DEFINITION}


def test_activities_answer_version_2_0_requests_in_version_2_0(client, lrs_client, xapi_headers):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": "2.0.0"}
    response = client.get(activities_url(activityId=ACTIVITY), **headers)
    assert response.status_code == 200
    assert response["X-Experience-API-Version"] == "2.0.0"


def test_head_on_activities_gives_headers_without_a_body(client, lrs_client, xapi_headers):
    response = client.head(activities_url(activityId=ACTIVITY), **xapi_headers)
    assert response.status_code == 200
    assert response.content == b""
    assert response["ETag"].startswith('"')


def test_an_activity_lookup_without_an_activity_id_is_400_naming_it(
    client, lrs_client, xapi_headers
):
    response = client.get("/xapi/activities", **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == "activityId: is required"


@pytest.mark.parametrize("activity_id", ["not an iri", "no-scheme/briefing", ""])
def test_an_activity_id_that_is_not_an_iri_is_400_naming_it(
    client, lrs_client, xapi_headers, activity_id
):
    response = client.get(activities_url(activityId=activity_id), **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == "activityId: must be an absolute IRI"


@pytest.mark.parametrize("name", ["activityID", "agent", "since"])
def test_a_parameter_the_activities_resource_does_not_know_is_400_naming_it(
    client, lrs_client, xapi_headers, name
):
    response = client.get(activities_url(activityId=ACTIVITY, **{name: "x"}), **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith(f"{name}: ")


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_activities_are_read_only(client, lrs_client, xapi_headers, method):
    response = client.generic(method, activities_url(activityId=ACTIVITY), **xapi_headers)
    assert response.status_code == 405
    assert not ActivityDefinition.objects.exists()


@pytest.mark.parametrize(
    ("scopes", "status"),
    [
        (["define"], 200),
        (["all/read"], 200),
        (["all"], 200),
        (["statements/read"], 200),
        (["statements/read/mine"], 200),
        (["state"], 200),
        (["profile"], 200),
        (["statements/write"], 403),
    ],
)
def test_any_read_scope_may_look_up_activities_and_agents(client, xapi_headers, scopes, status):
    support.lrs_client(scopes=scopes)
    assert client.get(activities_url(activityId=ACTIVITY), **xapi_headers).status_code == status
    assert client.get(agents_url(AGENT), **xapi_headers).status_code == status


# Agents ---------------------------------------------------------------------------------


def test_an_agent_is_returned_as_a_person_with_its_identifier_in_arrays(
    client, lrs_client, xapi_headers
):
    response = client.get(agents_url({**AGENT, "name": "Officer"}), **xapi_headers)
    assert response.status_code == 200
    assert response.json() == {
        "objectType": "Person",
        "name": ["Officer"],
        "mbox": ["mailto:officer@example.gc.ca"],
    }
    assert response["ETag"].startswith('"')


@pytest.mark.parametrize(
    ("agent", "ifi"),
    [
        ({"account": {"homePage": "http://testserver", "name": "abc-123"}}, "account"),
        ({"openid": "http://openid.example.gc.ca/officer"}, "openid"),
        ({"mbox_sha1sum": "ebd31e95054c018b10727ccffd2ef2ec3a016ee9"}, "mbox_sha1sum"),
    ],
)
def test_a_person_carries_whichever_identifier_the_agent_has(
    client, lrs_client, xapi_headers, agent, ifi
):
    response = client.get(agents_url(agent), **xapi_headers)
    assert response.json() == {"objectType": "Person", ifi: [agent[ifi]]}


def test_a_person_lists_the_names_stored_statements_gave_the_agent(
    client, lrs_client, xapi_headers
):
    record_statement({**AGENT, "name": "Officer Tremblay"})
    record_statement({**AGENT, "name": "A. Tremblay"})
    record_statement({**AGENT, "name": "Officer Tremblay"})
    record_statement({"mbox": "mailto:someone.else@example.gc.ca", "name": "Someone else"})
    response = client.get(agents_url(AGENT), **xapi_headers)
    person = response.json()
    assert sorted(person["name"]) == ["A. Tremblay", "Officer Tremblay"]
    assert person["mbox"] == [AGENT["mbox"]]


def test_names_from_statements_are_only_shown_to_credentials_that_read_statements(
    client, xapi_headers
):
    support.lrs_client(scopes=["define"])
    record_statement({**AGENT, "name": "Officer Tremblay"})
    response = client.get(agents_url(AGENT), **xapi_headers)
    assert response.json() == {"objectType": "Person", "mbox": [AGENT["mbox"]]}


def test_agents_answer_version_2_0_requests_in_version_2_0(client, lrs_client, xapi_headers):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": "2.0.0"}
    response = client.get(agents_url(AGENT), **headers)
    assert response.status_code == 200
    assert response["X-Experience-API-Version"] == "2.0.0"


def test_an_agents_lookup_without_an_agent_is_400_naming_it(client, lrs_client, xapi_headers):
    response = client.get("/xapi/agents", **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == "agent: is required"


@pytest.mark.parametrize("agent", ["not JSON", "true", "[]"])
def test_an_agent_that_is_not_a_json_object_is_400_naming_it(
    client, lrs_client, xapi_headers, agent
):
    response = client.get(agents_url(agent), **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == "agent: must be a JSON Agent object"


@pytest.mark.parametrize(
    "agent",
    [
        {"objectType": "Group", "mbox": "mailto:team@example.gc.ca"},
        {"mbox": "mailto:a@example.gc.ca", "openid": "http://openid.example.gc.ca/a"},
        {"name": "no identifier"},
        {"objectType": "Person", "mbox": ["mailto:a@example.gc.ca"]},
    ],
)
def test_a_group_a_person_or_a_broken_agent_is_400_naming_the_agent(
    client, lrs_client, xapi_headers, agent
):
    response = client.get(agents_url(agent), **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("agent")


def test_a_parameter_the_agents_resource_does_not_know_is_400_naming_it(
    client, lrs_client, xapi_headers
):
    response = client.get(agents_url(AGENT, activityId=ACTIVITY), **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("activityId: ")


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_agents_are_read_only(client, lrs_client, xapi_headers, method):
    response = client.generic(method, agents_url(AGENT), **xapi_headers)
    assert response.status_code == 405


# Launch tokens --------------------------------------------------------------------------


@pytest.fixture
def launch(db):
    user = support.user()
    token, secret = lrs_token_issue(user=user, activity_iri=ACTIVITY)
    headers = {
        "HTTP_AUTHORIZATION": support.basic_auth(token.key, secret),
        "HTTP_X_EXPERIENCE_API_VERSION": "2.0.0",
    }
    return token.actor, headers


def test_a_launch_token_may_look_up_its_activity_and_its_learner(client, launch):
    actor, headers = launch
    assert client.get(activities_url(activityId=ACTIVITY), **headers).status_code == 200
    below = activities_url(activityId=f"{ACTIVITY}/lesson-1")
    assert client.get(below, **headers).status_code == 200
    response = client.get(agents_url(actor), **headers)
    assert response.status_code == 200
    assert response.json() == {"objectType": "Person", "account": [actor["account"]]}


def test_a_launch_token_is_403_on_other_activities_and_agents(client, launch):
    _actor, headers = launch
    other = activities_url(activityId="http://example.gc.ca/activities/other")
    response = client.get(other, **headers)
    assert response.status_code == 403
    assert response.json()["error"].startswith("activityId: ")
    response = client.get(agents_url(AGENT), **headers)
    assert response.status_code == 403
    assert response.json()["error"].startswith("agent: ")
