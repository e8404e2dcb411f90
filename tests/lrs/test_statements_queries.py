"""Reading statements: single and voided statements, filters, related_* queries,
formats, paging, comparison on replays, and the statements/read/mine scope."""

import json
import uuid
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from lrs.models import ActivityDefinition, Statement, StatementIndex
from lrs.xapi.equality import statements_match
from lrs.xapi.formats import accepted_languages, choose_language, statement_ids
from tests.lrs.support import basic_auth
from tests.lrs.support import lrs_client as make_client
from tests.lrs.test_statements import ACTIVITY, ACTOR, VERB, post, statement

pytestmark = pytest.mark.django_db

VOIDED = {"id": "http://adlnet.gov/expapi/verbs/voided"}
INSTRUCTOR = {"objectType": "Agent", "mbox": "mailto:instructor@example.gc.ca"}
CATEGORY = {
    "objectType": "Activity",
    "id": "http://example.gc.ca/activities/category",
    "definition": {
        "name": {"en-US": "Category", "en-GB": "Category (GB)"},
        "description": {"en-US": "desc", "en-GB": "desc (GB)"},
    },
}


def get(client, headers, **params):
    return client.get("/xapi/statements?" + urlencode(params), **headers)


def ids_of(response) -> list[str]:
    return [s["id"] for s in response.json()["statements"]]


def void(client, headers, target):
    return post(
        client, statement(verb=VOIDED, object={"objectType": "StatementRef", "id": target}), headers
    )


def test_statement_id_with_other_filters_is_a_400(client, lrs_client, xapi_headers):
    [statement_id] = post(client, statement(), xapi_headers).json()
    for name, value in [("verb", VERB["id"]), ("limit", "1"), ("ascending", "true")]:
        response = get(client, xapi_headers, statementId=statement_id, **{name: value})
        assert response.status_code == 400
        assert response.json()["error"].startswith(name + ":")
    ok = get(client, xapi_headers, statementId=statement_id, format="ids", attachments="false")
    assert ok.status_code == 200
    assert ok["Content-Type"] == "application/json"


def test_statement_id_and_voided_statement_id_together_is_a_400(client, lrs_client, xapi_headers):
    some = str(uuid.uuid4())
    response = get(client, xapi_headers, statementId=some, voidedStatementId=some)
    assert response.status_code == 400


def test_single_statement_has_last_modified_of_its_stored_time(client, lrs_client, xapi_headers):
    [statement_id] = post(client, statement(), xapi_headers).json()
    response = get(client, xapi_headers, statementId=statement_id)
    assert response["Last-Modified"].endswith("GMT")
    assert response.json()["stored"]


def test_stored_and_authority_are_set_by_the_lrs(client, lrs_client, xapi_headers):
    supplied = {"objectType": "Agent", "mbox": "mailto:someone-else@example.org"}
    [statement_id] = post(
        client, statement(stored="2001-01-01T00:00:00Z", authority=supplied), xapi_headers
    ).json()
    data = get(client, xapi_headers, statementId=statement_id).json()
    assert data["authority"]["account"]["name"] == "test-key"
    assert not data["stored"].startswith("2001")


def test_a_voided_statement_is_only_returned_by_voided_statement_id(
    client, lrs_client, xapi_headers
):
    [target] = post(client, statement(), xapi_headers).json()
    assert void(client, xapi_headers, target).status_code == 200
    assert get(client, xapi_headers, statementId=target).status_code == 404
    assert get(client, xapi_headers, voidedStatementId=target).json()["id"] == target
    assert target not in ids_of(get(client, xapi_headers))


def test_a_statement_that_is_not_voided_is_not_found_by_voided_statement_id(
    client, lrs_client, xapi_headers
):
    [target] = post(client, statement(), xapi_headers).json()
    assert get(client, xapi_headers, voidedStatementId=target).status_code == 404


def test_a_voiding_statement_cannot_be_voided(client, lrs_client, xapi_headers):
    [target] = post(client, statement(), xapi_headers).json()
    [voiding] = void(client, xapi_headers, target).json()
    response = void(client, xapi_headers, voiding)
    assert response.status_code == 400
    assert response.json()["error"].startswith("object.id:")
    assert get(client, xapi_headers, statementId=voiding).status_code == 200


def test_voiding_before_the_target_arrives_voids_it_on_arrival(client, lrs_client, xapi_headers):
    target = str(uuid.uuid4())
    assert void(client, xapi_headers, target).status_code == 200
    post(client, statement(id=target), xapi_headers)
    assert Statement.objects.get(id=target).voided
    assert get(client, xapi_headers, voidedStatementId=target).status_code == 200


def test_statements_targeting_a_voided_statement_meet_its_filters(client, lrs_client, xapi_headers):
    verb = {"id": f"http://example.gc.ca/verbs/{uuid.uuid4()}"}
    [target] = post(client, statement(verb=verb), xapi_headers).json()
    [voiding] = void(client, xapi_headers, target).json()
    [ref] = post(
        client, statement(object={"objectType": "StatementRef", "id": target}), xapi_headers
    ).json()
    assert ids_of(get(client, xapi_headers, verb=verb["id"])) == [ref, voiding]
    assert ids_of(get(client, xapi_headers, verb=verb["id"], limit=1)) == [ref]
    assert voiding in ids_of(get(client, xapi_headers, verb=VOIDED["id"]))


def test_identical_replay_is_204_and_different_content_is_409(client, lrs_client, xapi_headers):
    statement_id = str(uuid.uuid4())
    body = statement(id=statement_id, timestamp="2026-11-01T10:00:00.123+02:00")
    assert post(client, body, xapi_headers).status_code == 200
    same_instant = {**body, "timestamp": "2026-11-01T08:00:00.123Z", "version": "1.0.3"}
    assert post(client, same_instant, xapi_headers).status_code == 204
    changed = {**body, "result": {"success": True}}
    assert post(client, changed, xapi_headers).status_code == 409
    url = f"/xapi/statements?statementId={statement_id}"
    response = client.put(
        url, data=json.dumps(changed), content_type="application/json", **xapi_headers
    )
    assert response.status_code == 409
    assert Statement.objects.count() == 1


def test_statement_comparison_ignores_what_the_specification_allows():
    base = statement(
        id="AB97B177-9383-4934-8543-0F91A7A02836",
        actor={"objectType": "Group", "member": [ACTOR, INSTRUCTOR]},
        object={**ACTIVITY, "definition": {"name": {"en": "x"}}},
        context={"registration": "AB97B177-9383-4934-8543-0F91A7A02836"},
        timestamp="2026-01-01T00:00:00Z",
    )
    other = {
        **base,
        "actor": {"objectType": "Group", "member": [INSTRUCTOR, ACTOR]},
        "verb": {"id": VERB["id"]},
        "object": ACTIVITY,
        "context": {"registration": "ab97b177-9383-4934-8543-0f91a7a02836"},
        "timestamp": "2026-01-01T01:00:00+01:00",
        "stored": "2027-01-01T00:00:00Z",
        "authority": INSTRUCTOR,
        "version": "1.0.3",
    }
    assert statements_match(base, other)
    assert not statements_match(base, {**other, "result": {"duration": "PT1H"}})
    assert not statements_match(
        {**base, "result": {"duration": "PT1H"}}, {**base, "result": {"duration": "PT60M"}}
    )


def test_timestamps_keep_their_precision_and_offset(client, lrs_client, xapi_headers):
    [statement_id] = post(
        client, statement(timestamp="2026-11-01T10:00:00.1234+05:30"), xapi_headers
    ).json()
    data = get(client, xapi_headers, statementId=statement_id).json()
    assert data["timestamp"] == "2026-11-01T10:00:00.1234+05:30"


def test_related_activities_and_agents_find_context_and_substatement_mentions(
    client, lrs_client, xapi_headers
):
    plain = post(client, statement(), xapi_headers).json()[0]
    in_context = post(
        client,
        statement(context={"instructor": INSTRUCTOR, "contextActivities": {"category": CATEGORY}}),
        xapi_headers,
    ).json()[0]
    sub = {
        "objectType": "SubStatement",
        "actor": INSTRUCTOR,
        "verb": VERB,
        "object": CATEGORY,
    }
    in_sub = post(client, statement(object=sub), xapi_headers).json()[0]
    agent = json.dumps(INSTRUCTOR)
    assert ids_of(get(client, xapi_headers, agent=agent)) == []
    assert set(ids_of(get(client, xapi_headers, agent=agent, related_agents="true"))) == {
        in_context,
        in_sub,
    }
    category = CATEGORY["id"]
    assert ids_of(get(client, xapi_headers, activity=category)) == []
    related = get(client, xapi_headers, activity=category, related_activities="true")
    assert set(ids_of(related)) == {in_context, in_sub}
    assert plain in ids_of(get(client, xapi_headers, agent=json.dumps(ACTOR)))
    authority = json.dumps(Statement.objects.get(id=plain).data["authority"])
    assert plain in ids_of(get(client, xapi_headers, agent=authority, related_agents="true"))


def test_the_agent_filter_matches_an_agent_object(client, lrs_client, xapi_headers):
    [statement_id] = post(
        client,
        statement(object={"objectType": "Agent", "mbox": "mailto:obj@x.example"}),
        xapi_headers,
    ).json()
    found = get(client, xapi_headers, agent=json.dumps({"mbox": "mailto:obj@x.example"}))
    assert ids_of(found) == [statement_id]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("agent", "not json"),
        ("agent", json.dumps({"name": "no identifier"})),
        ("verb", "not an iri"),
        ("activity", "not an iri"),
        ("registration", "abc"),
        ("since", "yesterday"),
        ("limit", "-1"),
        ("format", "full"),
        ("ascending", "maybe"),
        ("attachments", "yes"),
        ("related_agents", "1"),
        ("cursor", "bogus"),
    ],
)
def test_invalid_query_parameters_are_a_400_naming_them(
    client, lrs_client, xapi_headers, name, value
):
    response = get(client, xapi_headers, **{name: value})
    assert response.status_code == 400
    assert response.json()["error"].startswith(name + ":")


def test_registration_since_until_and_ascending_filter_and_order(client, lrs_client, xapi_headers):
    registration = str(uuid.uuid4())
    first = post(client, statement(context={"registration": registration}), xapi_headers).json()[0]
    second = post(client, statement(context={"registration": registration}), xapi_headers).json()[0]
    post(client, statement(), xapi_headers)
    assert ids_of(get(client, xapi_headers, registration=registration)) == [second, first]
    ascending = get(client, xapi_headers, registration=registration, ascending="true")
    assert ids_of(ascending) == [first, second]
    stored_first = Statement.objects.get(id=first).stored
    assert ids_of(
        get(client, xapi_headers, registration=registration, since=stored_first.isoformat())
    ) == [second]
    assert ids_of(
        get(client, xapi_headers, registration=registration, until=stored_first.isoformat())
    ) == [first]


def test_paging_is_stable_while_new_statements_arrive(client, lrs_client, xapi_headers):
    for _ in range(5):
        post(client, statement(), xapi_headers)
    first_page = get(client, xapi_headers, limit=2).json()
    for _ in range(3):
        post(client, statement(), xapi_headers)
    seen = [s["id"] for s in first_page["statements"]]
    more = first_page["more"]
    while more:
        page = client.get(more, **xapi_headers).json()
        seen += [s["id"] for s in page["statements"]]
        more = page["more"]
    earliest_five = Statement.objects.order_by("stored", "id")[:5]
    assert sorted(seen) == sorted(str(s.id) for s in earliest_five)
    assert len(seen) == len(set(seen)) == 5


def test_consistent_through_is_not_before_any_returned_stored(client, lrs_client, xapi_headers):
    post(client, statement(), xapi_headers)
    response = get(client, xapi_headers)
    through = response["X-Experience-API-Consistent-Through"]
    assert all(s["stored"] <= through for s in response.json()["statements"])
    assert response["Last-Modified"]


def test_format_ids_keeps_only_identifiers(client, lrs_client, xapi_headers):
    group = {"objectType": "Group", "name": "team", "member": [{**ACTOR, "name": "Officer"}]}
    [statement_id] = post(
        client,
        statement(actor=group, object={**ACTIVITY, "definition": {"name": {"en": "x"}}}),
        xapi_headers,
    ).json()
    data = get(client, xapi_headers, statementId=statement_id, format="ids").json()
    assert data["actor"] == {"objectType": "Group", "member": [{"objectType": "Agent", **ACTOR}]}
    assert data["verb"] == {"id": VERB["id"]}
    assert data["object"] == {"id": ACTIVITY["id"]}


def test_format_ids_gives_every_activity_as_its_id_alone(client, lrs_client, xapi_headers):
    defined = {"objectType": "Activity", "id": ACTIVITY["id"], "definition": {"name": {"en": "x"}}}
    sub = {"objectType": "SubStatement", "actor": ACTOR, "verb": VERB, "object": defined}
    [statement_id] = post(
        client,
        statement(object=sub, context={"contextActivities": {"parent": [defined]}}),
        xapi_headers,
    ).json()
    for params in ({"statementId": statement_id}, {"verb": VERB["id"]}):
        data = get(client, xapi_headers, format="ids", **params).json()
        data = data["statements"][0] if "statements" in data else data
        assert data["object"]["object"] == {"id": ACTIVITY["id"]}
        assert data["object"]["actor"] == {"objectType": "Agent", **ACTOR}
        assert data["context"]["contextActivities"]["parent"] == [{"id": ACTIVITY["id"]}]


def test_format_canonical_uses_canonical_definitions_in_one_language(
    client, lrs_client, xapi_headers
):
    verb = {"id": VERB["id"], "display": {"en-US": "experienced", "en-GB": "experienced (GB)"}}
    [statement_id] = post(
        client,
        statement(verb=verb, context={"contextActivities": {"category": [CATEGORY]}}),
        xapi_headers,
    ).json()
    later = {**CATEGORY, "definition": {"name": {"fr-CA": "Catégorie"}}}
    post(client, statement(object=later), xapi_headers)
    headers = {**xapi_headers, "HTTP_ACCEPT_LANGUAGE": "en-GB"}
    canonical = get(client, headers, statementId=statement_id, format="canonical").json()
    category = canonical["context"]["contextActivities"]["category"][0]["definition"]
    assert canonical["verb"]["display"] == {"en-GB": "experienced (GB)"}
    assert category["name"] == {"en-GB": "Category (GB)"}
    assert category["description"] == {"en-GB": "desc (GB)"}
    exact = get(client, headers, statementId=statement_id).json()
    assert set(exact["verb"]["display"]) == {"en-US", "en-GB"}
    merged = ActivityDefinition.objects.get(iri=CATEGORY["id"]).definition
    assert set(merged["name"]) == {"en-US", "en-GB", "fr-CA"}


def test_single_context_activities_are_returned_as_arrays(client, lrs_client, xapi_headers):
    [statement_id] = post(
        client, statement(context={"contextActivities": {"parent": ACTIVITY}}), xapi_headers
    ).json()
    data = get(client, xapi_headers, statementId=statement_id).json()
    assert data["context"]["contextActivities"]["parent"] == [ACTIVITY]


def test_index_rows_cover_actor_object_context_and_authority(client, lrs_client, xapi_headers):
    post(
        client,
        statement(context={"instructor": INSTRUCTOR, "contextActivities": {"category": CATEGORY}}),
        xapi_headers,
    )
    rows = {(r.kind, r.value, r.primary) for r in StatementIndex.objects.all()}
    assert ("activity", ACTIVITY["id"], True) in rows
    assert ("activity", CATEGORY["id"], False) in rows
    assert ("agent", f"mbox:{ACTOR['mbox']}", True) in rows
    assert ("agent", f"mbox:{INSTRUCTOR['mbox']}", False) in rows
    assert ("agent", "account:urn:lrs-client|test-key", False) in rows


def test_read_mine_sees_only_statements_it_wrote(client, lrs_client, xapi_headers):
    make_client(scopes=["statements/write", "statements/read/mine"], key="mine", secret="s")
    mine_headers = {
        "HTTP_AUTHORIZATION": basic_auth("mine", "s"),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
    [others] = post(client, statement(), xapi_headers).json()
    [own] = post(client, statement(), mine_headers).json()
    assert ids_of(get(client, mine_headers)) == [own]
    assert get(client, mine_headers, statementId=others).status_code == 404
    assert get(client, mine_headers, statementId=own).status_code == 200
    assert set(ids_of(get(client, xapi_headers))) == {own, others}


def test_a_launch_token_reads_only_its_own_statements(client, lrs_client, xapi_headers):
    import base64

    from lrs.identity import user_agent as actor_for
    from lrs.services import lrs_token_issue
    from tests.lrs import support

    learner = support.user()
    activity = "http://example.gc.ca/packages/p1"
    token, secret = lrs_token_issue(user=learner, activity_iri=activity)
    headers = {
        "HTTP_AUTHORIZATION": "Basic "
        + base64.b64encode(f"{token.key}:{secret}".encode()).decode(),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
    post(client, statement(actor=actor_for(learner), object={"id": activity}), xapi_headers)
    [own] = post(
        client, statement(actor=actor_for(learner), object={"id": activity}), headers
    ).json()
    assert ids_of(get(client, headers)) == [own]


def test_languages_follow_accept_language_quality_values():
    assert accepted_languages("fr-CA;q=0.5, en-GB, *;q=0.1") == ["en-GB", "fr-CA", "*"]
    names = {"en-US": "a", "fr-CA": "b"}
    assert choose_language(names, ["fr"]) == {"fr-CA": "b"}
    assert choose_language(names, ["de"]) == {"en-US": "a"}


def test_ids_format_is_a_pure_function():
    data = statement(authority={"objectType": "Agent", "name": "x", "mbox": "mailto:a@x.example"})
    assert statement_ids(data)["authority"] == {"objectType": "Agent", "mbox": "mailto:a@x.example"}


def test_since_in_the_future_returns_nothing(client, lrs_client, xapi_headers):
    post(client, statement(), xapi_headers)
    future = (timezone.now() + timedelta(days=1)).isoformat()
    assert ids_of(get(client, xapi_headers, since=future)) == []
