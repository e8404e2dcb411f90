"""Statement validation: every rule of the Data part, in both versions, each 400 naming
the field it is about."""

import copy
import uuid

import pytest

from lrs.models import Statement
from lrs.xapi.validation import StatementInvalid, parse_timestamp, validate_statement
from tests.lrs.test_statements import ACTIVITY, ACTOR, VERB, post, statement

pytestmark = pytest.mark.django_db

V2 = "2.0.0"
SUB = {"objectType": "SubStatement", "actor": ACTOR, "verb": VERB, "object": ACTIVITY}
GROUP = {"objectType": "Group", "member": [ACTOR, {"mbox": "mailto:b@example.gc.ca"}]}
CHOICE = {
    "interactionType": "choice",
    "correctResponsesPattern": ["a"],
    "choices": [
        {"id": "a", "description": {"en-CA": "A"}},
        {"id": "b", "description": {"en-CA": "B"}},
    ],
}


def activity(**definition):
    return {**ACTIVITY, "definition": definition}


INVALID = [
    # formatting
    (statement(actor={**ACTOR, "name": None}), "actor.name"),
    (statement(verb={**VERB, "display": {"en-US": None}}), "verb.display.en-US"),
    (statement(context={"registration": None}), "context.registration"),
    (statement(stored=5), "stored"),
    # ids
    (statement(id=12345), "id"),
    (statement(id="AA97B177-9383-4934-8543-0F91A7A028368"), "id"),
    (statement(id="MA97B177-9383-4934-8543-0F91A7A02836"), "id"),
    # actor
    ({"verb": VERB, "object": ACTIVITY}, "actor"),
    (statement(actor={"objectType": "agent", "mbox": ACTOR["mbox"]}), "actor.objectType"),
    (statement(actor={**ACTOR, "openid": "http://openid.example.org/1"}), "actor"),
    (statement(actor={"account": {"homePage": "http://x.example"}}), "actor.account.name"),
    (statement(actor={"account": {"name": "x"}}), "actor.account.homePage"),
    (
        statement(actor={"account": {"homePage": "x.example", "name": "x"}}),
        "actor.account.homePage",
    ),
    (
        statement(actor={"account": {"homePage": "http://x.example", "name": {}}}),
        "actor.account.name",
    ),
    (statement(actor={"mbox_sha1sum": "xyz"}), "actor.mbox_sha1sum"),
    (statement(actor={"objectType": "Group"}), "actor.member"),
    (statement(actor={**GROUP, "member": [GROUP]}), "actor.member[0].objectType"),
    (statement(actor={**GROUP, "mbox": "mailto:g@x.example", "openid": "http://g"}), "actor"),
    # verb
    (statement(verb={"display": {"en-US": "x"}}), "verb.id"),
    (statement(verb={**VERB, "display": {"not a tag": "x"}}), "verb.display.not a tag"),
    (statement(verb={**VERB, "display": "experienced"}), "verb.display"),
    # objects
    ({"actor": ACTOR, "verb": VERB}, "object"),
    (statement(object={"objectType": "Activity"}), "object.id"),
    (statement(object={"objectType": "Thing", "id": "http://x"}), "object.objectType"),
    (statement(object=activity(name={"en-US": 5})), "object.definition.name.en-US"),
    (statement(object=activity(moreInfo="not an iri")), "object.definition.moreInfo"),
    (statement(object=activity(colour="red")), "object.definition.colour"),
    (
        statement(object=activity(extensions={"not-an-iri": 1})),
        "object.definition.extensions.not-an-iri",
    ),
    (statement(object={"objectType": "StatementRef", "id": "nope"}), "object.id"),
    (statement(object={**SUB, "object": SUB}), "object.object.objectType"),
    (statement(object={**SUB, "id": str(uuid.uuid4())}), "object.id"),
    (statement(object={**SUB, "timestamp": "yesterday"}), "object.timestamp"),
    # interactions
    (statement(object=activity(interactionType="essay")), "object.definition.interactionType"),
    (
        statement(object=activity(correctResponsesPattern=["a"])),
        "object.definition.correctResponsesPattern",
    ),
    (statement(object=activity(choices=CHOICE["choices"])), "object.definition.choices"),
    (
        statement(object=activity(**{**CHOICE, "correctResponsesPattern": [1]})),
        "object.definition.correctResponsesPattern[0]",
    ),
    (
        statement(object=activity(**{**CHOICE, "correctResponsesPattern": {"a": 1}})),
        "object.definition.correctResponsesPattern",
    ),
    (
        statement(object=activity(**{**CHOICE, "choices": [{"id": "a"}, {"id": "a"}]})),
        "object.definition.choices[1].id",
    ),
    (
        statement(object=activity(interactionType="likert", choices=[{"id": "a"}])),
        "object.definition.choices",
    ),
    (
        statement(object=activity(interactionType="matching", source=[{"description": {}}])),
        "object.definition.source[0].id",
    ),
    # an interactionType that is no string at all (was a 500)
    (
        statement(object=activity(interactionType={"choice": True}, choices=[{"id": "a"}])),
        "object.definition.interactionType",
    ),
    (statement(object=activity(interactionType=["choice"])), "object.definition.interactionType"),
    (
        statement(object={**SUB, "object": activity(interactionType={"type": "choice"})}),
        "object.object.definition.interactionType",
    ),
    (
        statement(object={**SUB, "object": activity(interactionType=["likert"], scale=[])}),
        "object.object.definition.interactionType",
    ),
    (
        statement(
            context={"contextActivities": {"parent": [activity(interactionType=["choice"])]}}
        ),
        "context.contextActivities.parent[0].definition.interactionType",
    ),
    # result
    (statement(result={"score": {"scaled": 1.5}}), "result.score.scaled"),
    (statement(result={"score": {"max": "100"}}), "result.score.max"),
    (statement(result={"score": {"min": 10, "max": 5}}), "result.score.max"),
    (statement(result={"score": {"raw": 11, "max": 10}}), "result.score.raw"),
    (statement(result={"score": {"raw": -1, "min": 0}}), "result.score.raw"),
    (statement(result={"success": "false"}), "result.success"),
    (statement(result={"completion": 1}), "result.completion"),
    (statement(result={"duration": "10 minutes"}), "result.duration"),
    (statement(result={"duration": "PT"}), "result.duration"),
    # weeks combine with no other unit in ISO 8601
    (statement(result={"duration": "P4W1D"}), "result.duration"),
    (statement(result={"duration": "P1Y2W"}), "result.duration"),
    (statement(result={"duration": "P2WT1H"}), "result.duration"),
    (statement(object={**SUB, "result": {"duration": "P4W1D"}}), "object.result.duration"),
    (statement(result={"response": 42}), "result.response"),
    # context
    (statement(context={"registration": "abc"}), "context.registration"),
    (
        statement(
            object={"objectType": "Agent", "mbox": "mailto:x@x.example"}, context={"revision": "2"}
        ),
        "context.revision",
    ),
    (
        statement(
            object={"objectType": "StatementRef", "id": str(uuid.uuid4())},
            context={"platform": "x"},
        ),
        "context.platform",
    ),
    (statement(context={"language": "not a language"}), "context.language"),
    (statement(context={"team": ACTOR}), "context.team.objectType"),
    (statement(context={"statement": {"id": str(uuid.uuid4())}}), "context.statement.objectType"),
    (
        statement(context={"contextActivities": {"siblings": [ACTIVITY]}}),
        "context.contextActivities.siblings",
    ),
    (
        statement(context={"contextActivities": {"parent": [{"id": "x"}]}}),
        "context.contextActivities.parent[0].id",
    ),
    (statement(context={"contextAgents": []}), "context.contextAgents"),
    # timestamps
    (statement(timestamp="01/011/2015"), "timestamp"),
    (statement(timestamp="2008-09-15T15:53:00.601-00:00"), "timestamp"),
    (statement(timestamp="2008-09-15T15:53:00.601-0000"), "timestamp"),
    (statement(timestamp="2008-09-15T15:53:00.601-00"), "timestamp"),
    (statement(timestamp="2008-13-15T15:53:00Z"), "timestamp"),
    # version
    (statement(version="0.9.9"), "version"),
    (statement(version="1.1.0"), "version"),
    (statement(version="2.0.0"), "version"),
    # authority
    (statement(authority={**GROUP, "mbox": "mailto:g@x.example"}), "authority"),
    (statement(authority={"objectType": "Group", "member": [ACTOR]}), "authority.member"),
    # voiding
    (statement(verb={"id": "http://adlnet.gov/expapi/verbs/voided"}), "object.objectType"),
    # attachments
    (statement(attachments={}), "attachments"),
    (statement(attachments=[{"usageType": "http://x"}]), "attachments[0].display"),
    (
        statement(
            attachments=[
                {
                    "usageType": "http://adlnet.gov/expapi/attachments/signature",
                    "display": {"en": "sig"},
                    "contentType": "text/plain",
                    "length": 1,
                    "sha2": "0" * 64,
                }
            ]
        ),
        "attachments[0].contentType",
    ),
    # unknown properties
    (statement(unexpected=True), "unexpected"),
    (statement(result={"grade": "A"}), "result.grade"),
]


@pytest.mark.parametrize(("body", "field"), INVALID)
def test_an_invalid_statement_is_a_400_that_names_the_field(
    client, lrs_client, xapi_headers, body, field
):
    response = post(client, body, xapi_headers)
    assert response.status_code == 400, response.content
    assert response.json()["error"].startswith(field + ":")
    assert not Statement.objects.exists()


VALID = [
    statement(id="AA97B177-9383-4934-8543-0F91A7A02836"),
    statement(timestamp="2013-05-18T05:32:34.804Z"),
    statement(timestamp="2008-09-15 15:53:00.601+00:00"),
    statement(timestamp="2013-05-18T05:32:34"),
    statement(version="1.0"),
    statement(version="1.0.9"),
    statement(actor=GROUP),
    statement(actor={"objectType": "Group", "openid": "http://openid.example.org/g"}),
    statement(object={"objectType": "Agent", "mbox": "mailto:x@x.example"}),
    statement(object=GROUP),
    statement(object={"objectType": "StatementRef", "id": str(uuid.uuid4())}),
    statement(object={**SUB, "context": {"platform": "x", "extensions": {"http://x/e": None}}}),
    statement(object=activity(**CHOICE)),
    statement(object=activity(interactionType="true-false", correctResponsesPattern=["true"])),
    statement(
        object=activity(
            interactionType="matching",
            source=[{"id": "1"}],
            target=[{"id": "1"}],
            correctResponsesPattern=["1[.]1"],
        )
    ),
    statement(object=activity(interactionType="performance", steps=[{"id": "s1"}])),
    statement(object=activity(interactionType="likert", scale=[{"id": "1"}])),
    statement(object=activity(interactionType="numeric", correctResponsesPattern=["1[:]3"])),
    statement(object=activity(extensions={"http://example.com/null": None})),
    statement(result={"score": {"scaled": -1, "raw": 0, "min": 0, "max": 1}}),
    statement(result={"duration": "PT4H35M59.14S"}),
    statement(result={"duration": "P4W"}),
    statement(result={"duration": "P1Y2M3DT4H5M6S"}),
    statement(context={"contextActivities": {"parent": ACTIVITY, "other": [ACTIVITY]}}),
    statement(
        context={
            "instructor": ACTOR,
            "team": GROUP,
            "statement": {"objectType": "StatementRef", "id": str(uuid.uuid4())},
            "language": "fr-CA",
            "revision": "1",
            "platform": "x",
        }
    ),
    statement(authority=GROUP),
    statement(authority={"objectType": "Agent", "mbox": "mailto:a@x.example"}),
    statement(stored="2013-05-18T05:32:34.804Z"),
]


@pytest.mark.parametrize("body", VALID)
def test_a_valid_statement_is_stored(client, lrs_client, xapi_headers, body):
    response = post(client, body, xapi_headers)
    assert response.status_code == 200, response.content
    assert Statement.objects.count() == 1


def context_agents(**entry):
    agent = {"objectType": "contextAgent", "agent": ACTOR, "relevantTypes": ["http://x/t"]}
    return statement(context={"contextAgents": [{**agent, **entry}]})


def context_groups(**entry):
    group = {"objectType": "contextGroup", "group": GROUP, "relevantTypes": ["http://x/t"]}
    return statement(context={"contextGroups": [{**group, **entry}]})


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (context_agents(objectType="Should fail"), "context.contextAgents[0].objectType"),
        (context_agents(agent={"key": "x"}), "context.contextAgents[0].agent.key"),
        (context_agents(agent=GROUP), "context.contextAgents[0].agent.objectType"),
        (context_agents(relevantTypes=[]), "context.contextAgents[0].relevantTypes"),
        (context_agents(relevantTypes=["abc"]), "context.contextAgents[0].relevantTypes[0]"),
        (context_groups(objectType="group"), "context.contextGroups[0].objectType"),
        (context_groups(group=ACTOR), "context.contextGroups[0].group.objectType"),
        (statement(timestamp="2013-05-18T05:32:34"), "timestamp"),
        (statement(version="3.0.0"), "version"),
    ],
)
def test_version_2_rules_are_checked_under_version_2(client, lrs_client, xapi_headers, body, field):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": V2}
    response = post(client, body, headers)
    assert response.status_code == 400, response.content
    assert response.json()["error"].startswith(field + ":")


@pytest.mark.parametrize(
    "body",
    [
        context_agents(),
        context_groups(),
        statement(
            object={
                **SUB,
                "context": {"contextAgents": [{"objectType": "contextAgent", "agent": ACTOR}]},
            }
        ),
        statement(version="2.0.0"),
        statement(version="1.0.3"),
    ],
)
def test_version_2_additions_are_accepted_under_version_2(client, lrs_client, xapi_headers, body):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": V2}
    response = post(client, body, headers)
    assert response.status_code == 200, response.content
    assert Statement.objects.get().data["version"] == body.get("version", "2.0.0")


def test_context_agents_are_not_a_version_1_property(client, lrs_client, xapi_headers):
    response = post(client, context_agents(), xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("context.contextAgents:")


def test_a_statement_without_version_gets_the_version_of_its_request(
    client, lrs_client, xapi_headers
):
    post(client, statement(id=str(uuid.uuid4())), xapi_headers)
    post(
        client,
        statement(id=str(uuid.uuid4())),
        {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": V2},
    )
    assert sorted(s.data["version"] for s in Statement.objects.all()) == ["1.0.0", "2.0.0"]


def test_batch_errors_name_the_statement_index(client, lrs_client, xapi_headers):
    response = post(client, [statement(), statement(result={"success": 1})], xapi_headers)
    assert response.json()["error"].startswith("[1].result.success:")


def test_a_batch_with_one_id_twice_is_rejected(client, lrs_client, xapi_headers):
    statement_id = str(uuid.uuid4())
    response = post(client, [statement(id=statement_id), statement(id=statement_id)], xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("[1].id:")
    assert not Statement.objects.exists()


def test_validation_is_a_pure_function_of_the_statement_and_version():
    body = copy.deepcopy(context_agents())
    validate_statement(body, version=V2)
    with pytest.raises(StatementInvalid) as raised:
        validate_statement(body, version="1.0.3")
    assert raised.value.field == "context.contextAgents"


def test_timestamps_keep_their_offset_and_missing_offsets_are_utc():
    assert parse_timestamp("2026-11-01T10:00:00.123+02:00", "t").utcoffset().seconds == 7200
    assert parse_timestamp("2026-11-01T10:00:00", "t").tzinfo is not None
    with pytest.raises(StatementInvalid):
        parse_timestamp("2026-11-01T10:00:00", "t", require_offset=True)


@pytest.mark.parametrize(
    "tag",
    [
        "de-419-DE",  # two regions
        "ase-GB-US",  # two regions after a three-letter language
        "a-DE",  # a one-letter language
        "ar-a-aaa-b-bbb-a-ccc",  # the extension singleton "a" twice
        "zh-z-aaa-z-bbb-c-ccc",  # the extension singleton "z" twice
        "de-DE-1901-1901",  # the same variant twice
        "something",  # a nine-letter language
    ],
)
def test_a_language_tag_that_breaks_rfc_5646_structure_is_a_400_naming_it(
    client, lrs_client, xapi_headers, tag
):
    response = post(client, statement(verb={**VERB, "display": {tag: "x"}}), xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == f"verb.display.{tag}: is not an RFC 5646 language tag"
    response = post(client, statement(context={"language": tag}), xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("context.language:")


@pytest.mark.parametrize(
    "tag",
    [
        "i-enochian",  # grandfathered
        "x-whatever",  # private use only
        "zh-cmn-Hans-CN",  # extended language, script, region
        "sl-rozaj-biske",  # two variants
        "de-CH-1901",  # a variant of four characters starting with a digit
        "hy-Latn-IT-arevela",
        "az-Arab-x-AZE-derbend",
        "en-US-u-islamcal",  # an extension
        "es-419",  # a numeric region
        "tlh",
    ],
)
def test_every_well_formed_kind_of_language_tag_is_accepted(client, lrs_client, xapi_headers, tag):
    body = statement(verb={**VERB, "display": {tag: "x"}}, context={"language": tag})
    assert post(client, body, xapi_headers).status_code == 200


@pytest.mark.parametrize("where", ["statement", "sub-statement"])
def test_empty_context_activities_are_a_400(client, lrs_client, xapi_headers, where):
    context = {"registration": str(uuid.uuid4()), "contextActivities": {}}
    body = (
        statement(context=context)
        if where == "statement"
        else statement(object={**SUB, "context": context})
    )
    prefix = "context" if where == "statement" else "object.context"
    response = post(client, body, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith(f"{prefix}.contextActivities: must hold")
    assert not Statement.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            statement(object=activity(interactionType={"choice": True})),
            "object.definition.interactionType",
        ),
        (
            statement(object={**SUB, "object": activity(interactionType=["choice"])}),
            "object.object.definition.interactionType",
        ),
        (statement(result={"duration": "P4W1D"}), "result.duration"),
    ],
)
def test_interaction_types_and_week_durations_are_checked_in_2_0_too(
    client, lrs_client, xapi_headers, body, field
):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": V2}
    response = post(client, body, headers)
    assert response.status_code == 400, response.content
    assert response.json()["error"].startswith(field + ":")
    assert not Statement.objects.exists()
