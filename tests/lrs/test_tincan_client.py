"""The LRS as a third-party client sees it: the ``tincan`` package's RemoteLRS, over real
HTTP, against the platform's /xapi/ running in live_server."""

import json
import uuid

import pytest
import requests
from tincan import (
    Activity,
    ActivityDefinition,
    Agent,
    AgentAccount,
    LanguageMap,
    RemoteLRS,
    Result,
    Statement,
    StatementRef,
    Verb,
)
from tincan.documents import ActivityProfileDocument, AgentProfileDocument, StateDocument

from tests.lrs import support

KEY = "tincan-client"
SECRET = "tincan-client-secret-2026"
EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
VOIDED = "http://adlnet.gov/expapi/verbs/voided"
LESSON = "http://testserver/xapi/platform/lessons/identifying-indicators"
QUIZ = "http://testserver/xapi/platform/quizzes/indicators-check"


@pytest.fixture
def lrs(live_server):
    support.lrs_client(scopes=("all",), key=KEY, secret=SECRET)
    return RemoteLRS(
        endpoint=live_server.url + "/xapi/", username=KEY, password=SECRET, version="1.0.3"
    )


def learner(name: str | None = None) -> Agent:
    return Agent(
        object_type="Agent",
        account=AgentAccount(home_page="http://testserver", name=name or str(uuid.uuid4())),
    )


def verb(iri: str, word: str) -> Verb:
    return Verb(id=iri, display=LanguageMap({"en-US": word}))


def activity(iri: str, name: str) -> Activity:
    return Activity(
        id=iri,
        definition=ActivityDefinition(
            type="http://adlnet.gov/expapi/activities/lesson",
            name=LanguageMap({"en-CA": name, "fr-CA": name}),
        ),
    )


def statement(actor=None, verb_iri=EXPERIENCED, object_iri=LESSON, **extra) -> Statement:
    return Statement(
        actor=actor or learner(),
        verb=verb(verb_iri, verb_iri.rsplit("/", 1)[-1]),
        object=activity(object_iri, "Identifying indicators"),
        **extra,
    )


def ids_of(result) -> set[str]:
    return {str(s.id) for s in result.content.statements}


def test_save_statement_with_its_own_id_then_retrieve_it(lrs):
    sent = statement(
        id=str(uuid.uuid4()),
        result=Result(completion=True, success=True, duration="PT4M12S"),
    )
    saved = lrs.save_statement(sent)
    assert saved.success, saved.data
    assert saved.response.status == 204

    fetched = lrs.retrieve_statement(str(sent.id))
    assert fetched.success, fetched.data
    got = fetched.content
    assert got.id == sent.id
    assert got.verb.id == EXPERIENCED
    assert got.object.id == LESSON
    assert got.actor.account.name == sent.actor.account.name
    assert got.result.completion is True
    assert got.authority.account.name == KEY
    assert got.stored is not None


def test_save_statement_without_an_id_gets_one_from_the_lrs(lrs):
    sent = statement()
    saved = lrs.save_statement(sent)
    assert saved.success, saved.data
    assert saved.content.id is not None
    assert lrs.retrieve_statement(str(saved.content.id)).success


def test_save_statements_stores_a_batch_and_returns_its_ids(lrs):
    batch = [statement(), statement(verb_iri=COMPLETED), statement(id=str(uuid.uuid4()))]
    saved = lrs.save_statements(batch)
    assert saved.success, saved.data
    returned = json.loads(saved.data)
    assert len(returned) == 3
    assert str(batch[2].id) == returned[2]
    for statement_id in returned:
        assert lrs.retrieve_statement(statement_id).success


def test_query_statements_by_agent_verb_and_activity(lrs):
    officer, inspector = learner(), learner()
    lesson_done = statement(actor=officer, verb_iri=COMPLETED)
    quiz_seen = statement(actor=officer, object_iri=QUIZ)
    inspector_seen = statement(actor=inspector)
    saved = lrs.save_statements([lesson_done, quiz_seen, inspector_seen])
    assert saved.success, saved.data
    lesson_done_id, quiz_seen_id, inspector_seen_id = json.loads(saved.data)

    by_agent = lrs.query_statements({"agent": officer})
    assert by_agent.success, by_agent.data
    assert ids_of(by_agent) == {lesson_done_id, quiz_seen_id}

    by_verb = lrs.query_statements({"verb": verb(COMPLETED, "completed")})
    assert ids_of(by_verb) == {lesson_done_id}

    by_activity = lrs.query_statements({"activity": Activity(id=QUIZ)})
    assert ids_of(by_activity) == {quiz_seen_id}

    combined = lrs.query_statements(
        {"agent": inspector, "activity": Activity(id=LESSON), "limit": 10}
    )
    assert ids_of(combined) == {inspector_seen_id}


def test_a_voided_statement_is_only_retrieved_as_voided(lrs):
    mistaken = statement(id=str(uuid.uuid4()))
    assert lrs.save_statement(mistaken).success

    voiding = Statement(
        actor=learner("trainer"),
        verb=verb(VOIDED, "voided"),
        object=StatementRef(id=mistaken.id),
    )
    saved = lrs.save_statement(voiding)
    assert saved.success, saved.data

    plain = lrs.retrieve_statement(str(mistaken.id))
    assert not plain.success
    assert plain.response.status == 404

    voided = lrs.retrieve_voided_statement(str(mistaken.id))
    assert voided.success, voided.data
    assert voided.content.id == mistaken.id

    listed = lrs.query_statements({"verb": verb(VOIDED, "voided")})
    assert str(saved.content.id) in ids_of(listed)


# Documents. tincan 1.0.0 on Python 3 sends text bodies as Latin-1 (http.client's
# default), so the documents here are ASCII JSON (json.dumps escapes other letters).


def test_state_documents_save_retrieve_and_delete(lrs):
    officer = learner()
    content = json.dumps({"bookmark": "page-3", "note": "déjà vu"})
    state = StateDocument(
        id="bookmark",
        activity=Activity(id=LESSON),
        agent=officer,
        content=content,
        content_type="application/json",
    )
    saved = lrs.save_state(state)
    assert saved.success, saved.data

    fetched = lrs.retrieve_state(Activity(id=LESSON), officer, "bookmark")
    assert fetched.success, fetched.data
    assert fetched.response.status == 200
    assert json.loads(bytes(fetched.content.content)) == {"bookmark": "page-3", "note": "déjà vu"}

    ids = lrs.retrieve_state_ids(Activity(id=LESSON), officer)
    assert ids.success, ids.data
    assert ids.content == ["bookmark"]

    deleted = lrs.delete_state(state)
    assert deleted.success, deleted.data
    gone = lrs.retrieve_state(Activity(id=LESSON), officer, "bookmark")
    assert gone.response.status == 404


def _create_profile(lrs, resource: str, params: dict, content: dict) -> str:
    """Create a profile document as xAPI 1.0.3 wants it created, with ``If-None-Match:
    *`` (tincan sends ``If-Match`` with a known ETag, never ``If-None-Match``, and reads
    no ETag back); returns its ETag."""
    headers = {"X-Experience-API-Version": "1.0.3"}
    created = requests.put(
        lrs.endpoint + resource,
        params=params,
        data=json.dumps(content),
        headers={**headers, "Content-Type": "application/json", "If-None-Match": "*"},
        auth=(KEY, SECRET),
        timeout=10,
    )
    assert created.status_code == 204, created.text
    fetched = requests.get(
        lrs.endpoint + resource, params=params, headers=headers, auth=(KEY, SECRET), timeout=10
    )
    return fetched.headers["ETag"]


def test_activity_profile_documents_save_retrieve_and_delete(lrs):
    profile = ActivityProfileDocument(
        id="passing-score",
        activity=Activity(id=QUIZ),
        content=json.dumps({"scaled": 0.8}),
        content_type="application/json",
    )
    # Without a precondition, a new profile is refused in xAPI 1.0.3.
    refused = lrs.save_activity_profile(profile)
    assert not refused.success
    assert refused.response.status == 400
    profile.etag = _create_profile(
        lrs,
        "activities/profile",
        {"activityId": QUIZ, "profileId": "passing-score"},
        {"scaled": 0.7},
    )

    saved = lrs.save_activity_profile(profile)
    assert saved.success, saved.data

    fetched = lrs.retrieve_activity_profile(Activity(id=QUIZ), "passing-score")
    assert fetched.success, fetched.data
    assert fetched.response.status == 200
    assert json.loads(bytes(fetched.content.content)) == {"scaled": 0.8}

    ids = lrs.retrieve_activity_profile_ids(Activity(id=QUIZ))
    assert ids.success, ids.data
    assert ids.content == ["passing-score"]

    profile.etag = None  # its content changed since; a delete needs no precondition
    deleted = lrs.delete_activity_profile(profile)
    assert deleted.success, deleted.data
    gone = lrs.retrieve_activity_profile(Activity(id=QUIZ), "passing-score")
    assert gone.response.status == 404


def test_agent_profile_documents_save_retrieve_and_delete(lrs):
    officer = learner()
    profile = AgentProfileDocument(
        id="preferences",
        agent=officer,
        content=json.dumps({"language": "fr-CA"}),
        content_type="application/json",
    )
    refused = lrs.save_agent_profile(profile)
    assert not refused.success
    assert refused.response.status == 400
    agent = json.dumps({"account": {"homePage": "http://testserver", "name": officer.account.name}})
    profile.etag = _create_profile(
        lrs, "agents/profile", {"agent": agent, "profileId": "preferences"}, {"language": "en-CA"}
    )

    saved = lrs.save_agent_profile(profile)
    assert saved.success, saved.data

    fetched = lrs.retrieve_agent_profile(officer, "preferences")
    assert fetched.success, fetched.data
    assert fetched.response.status == 200
    assert json.loads(bytes(fetched.content.content)) == {"language": "fr-CA"}

    ids = lrs.retrieve_agent_profile_ids(officer)
    assert ids.success, ids.data
    assert ids.content == ["preferences"]

    profile.etag = None  # its content changed since; a delete needs no precondition
    deleted = lrs.delete_agent_profile(profile)
    assert deleted.success, deleted.data
    gone = lrs.retrieve_agent_profile(officer, "preferences")
    assert gone.response.status == 404
