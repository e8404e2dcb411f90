"""Bad input is a 400 that names the field, never a server error: JSON nested too deep,
strings the xAPI rules (and PostgreSQL) cannot hold, numbers too long to read, values of
the wrong type, and addresses no view expects, on every door that takes a learner's data."""

import json
import uuid

import pytest
from channels.testing import WebsocketCommunicator
from django.test import Client

from courses.models import LessonPage
from elearning.asgi import application
from lrs.models import Document, Statement
from packages.services import attempt_for_learner, package_import
from quizzes.models import Quiz
from tests import factories
from tests.courses.test_blocks import KNOWLEDGE_CHECK
from tests.lrs.test_statements import ACTIVITY, ACTOR, VERB, statement
from tests.packages import fixtures as package_files
from tests.quizzes.attempt_helpers import mixed_quiz

pytestmark = pytest.mark.django_db

DEEP = b"[" * 100_000
DEEP_OBJECT = b'{"a":' * 100_000
STATE_URL = "/xapi/activities/state"
AGENT = json.dumps(ACTOR)


@pytest.fixture
def xapi(lrs_client, xapi_headers):
    """A client that speaks to the LRS with full credentials."""
    return Client(**xapi_headers)


def error_of(response) -> str:
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response.json()["error"]


def post_raw(client, url, body: bytes, content_type="application/json", **extra):
    return client.generic("POST", url, body, content_type=content_type, **extra)


# The LRS: JSON nested too deep -----------------------------------------------------------


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["arrays", "objects"])
def test_statements_nested_100000_deep_are_a_400_naming_the_body(xapi, body):
    response = post_raw(xapi, "/xapi/statements", body)
    assert response.status_code == 400
    assert error_of(response).startswith("body:")
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_a_statement_whose_extension_nests_a_thousand_deep_is_refused_naming_the_body(xapi):
    deep = json.loads("[" * 900 + "]" * 900)
    extensions = {"http://example.gc.ca/ext/deep": deep}
    response = post_raw(
        xapi, "/xapi/statements", json.dumps(statement(result={"extensions": extensions})).encode()
    )
    assert response.status_code == 400
    assert error_of(response).startswith("body:")
    assert not Statement.objects.exists()


@pytest.mark.parametrize("method", ["PUT", "POST"])
def test_a_state_document_nested_100000_deep_is_a_400_naming_the_body(xapi, method):
    query = f"?activityId={ACTIVITY['id']}&agent={AGENT}&stateId=bookmark"
    response = xapi.generic(method, STATE_URL + query, DEEP, content_type="application/json")
    assert response.status_code == 400
    assert error_of(response).startswith("body:")
    assert not Document.objects.exists()


def test_merging_a_deep_document_into_a_stored_one_is_a_400_naming_the_body(xapi):
    query = f"?activityId={ACTIVITY['id']}&agent={AGENT}&stateId=bookmark"
    xapi.put(STATE_URL + query, b'{"page": 1}', content_type="application/json")
    deep = b'{"more": ' + b"[" * 900 + b"]" * 900 + b"}"
    response = xapi.generic("POST", STATE_URL + query, deep, content_type="application/json")
    assert response.status_code == 400
    assert error_of(response).startswith("body:")
    assert json.loads(bytes(Document.objects.get().content)) == {"page": 1}


def test_merging_a_document_with_a_lone_surrogate_is_a_400_naming_the_body(xapi):
    query = f"?activityId={ACTIVITY['id']}&agent={AGENT}&stateId=bookmark"
    xapi.put(STATE_URL + query, b'{"page": 1}', content_type="application/json")
    response = xapi.generic(
        "POST", STATE_URL + query, b'{"note": "\\ud800"}', content_type="application/json"
    )
    assert response.status_code == 400
    assert error_of(response).startswith("body:")


def test_an_agent_parameter_nested_100000_deep_is_a_400_naming_the_agent(xapi):
    response = xapi.get(
        STATE_URL, {"activityId": ACTIVITY["id"], "agent": "[" * 100_000, "stateId": "x"}
    )
    assert response.status_code == 400
    assert error_of(response).startswith("agent:")


def test_an_agent_query_on_statements_nested_100000_deep_is_a_400_naming_the_agent(xapi):
    response = xapi.get("/xapi/statements", {"agent": '{"a":' * 100_000})
    assert response.status_code == 400
    assert error_of(response).startswith("agent:")


# The LRS: strings a statement may not hold -------------------------------------------------


@pytest.mark.parametrize(
    ("escape", "rule"),
    [("\\u0000", "NUL"), ("\\ud800", "surrogate"), ("\\udfff", "surrogate")],
    ids=["nul", "high-surrogate", "low-surrogate"],
)
def test_a_nul_or_lone_surrogate_in_a_statement_is_a_400_naming_the_field(xapi, escape, rule):
    good = json.dumps(statement(id=str(uuid.uuid4())))
    bad = json.dumps(statement(verb={**VERB, "display": {"en-US": "x"}})).replace(
        '"x"', f'"a{escape}b"'
    )
    response = post_raw(xapi, "/xapi/statements", f"[{good}, {bad}]".encode())
    assert response.status_code == 400
    message = error_of(response)
    assert message.startswith("[1].verb.display.en-US:")
    assert rule in message
    assert not Statement.objects.exists()


def test_a_nul_in_an_extension_key_is_a_400_naming_the_extension(xapi):
    body = json.dumps(
        statement(context={"extensions": {"http://example.gc.ca/ext/KEY": {"note": "fine"}}})
    ).replace("KEY", "k\\u0000")
    response = post_raw(xapi, "/xapi/statements", body.encode())
    assert response.status_code == 400
    assert error_of(response).startswith("context.extensions.http://example.gc.ca/ext/k")


def test_a_nul_in_an_extension_value_is_a_400_naming_its_path(xapi):
    body = json.dumps(
        statement(result={"extensions": {"http://example.gc.ca/ext/n": [{"note": "X"}]}})
    ).replace('"X"', '"\\u0000"')
    response = post_raw(xapi, "/xapi/statements", body.encode())
    assert response.status_code == 400
    assert error_of(response).startswith("result.extensions.http://example.gc.ca/ext/n[0].note:")


def test_a_statement_with_a_nul_sent_by_put_is_a_400_too(xapi):
    body = json.dumps(statement(actor={**ACTOR, "name": "X"})).replace('"X"', '"\\u0000"')
    response = xapi.put(
        f"/xapi/statements?statementId={uuid.uuid4()}", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert error_of(response).startswith("actor.name:")


# The LRS: values of the wrong type ---------------------------------------------------------


@pytest.mark.parametrize("value", [{"a": 1}, ["choice"]], ids=["object", "list"])
def test_an_interaction_type_that_is_not_a_string_is_a_400_naming_it(xapi, value):
    activity = {**ACTIVITY, "definition": {"interactionType": value}}
    response = post_raw(xapi, "/xapi/statements", json.dumps(statement(object=activity)).encode())
    assert response.status_code == 400
    assert error_of(response).startswith("object.definition.interactionType:")


def test_an_interaction_type_object_in_a_sub_statement_is_a_400_naming_it(xapi):
    activity = {**ACTIVITY, "definition": {"interactionType": {"a": 1}, "choices": []}}
    sub = {"objectType": "SubStatement", "actor": ACTOR, "verb": VERB, "object": activity}
    response = post_raw(xapi, "/xapi/statements", json.dumps(statement(object=sub)).encode())
    assert response.status_code == 400
    assert error_of(response).startswith("object.object.definition.interactionType:")


# The site's JSON doors ---------------------------------------------------------------------


@pytest.fixture
def learner(units):
    return factories.learner(units["yvr"])


@pytest.fixture
def signed_in(learner):
    client = Client()
    client.force_login(learner)
    return client


@pytest.fixture
def quiz_attempt(signed_in):
    """An attempt the signed-in learner started, as the quiz page starts it."""
    quiz = mixed_quiz(feedback_mode=Quiz.FeedbackMode.IMMEDIATE)
    response = signed_in.post(
        f"/en/quizzes/{quiz.translation_key}/attempts/", "{}", content_type="application/json"
    )
    assert response.status_code == 201, response.content
    return response.json()["attempt"]["id"]


@pytest.fixture
def lesson(learner):
    course, _ = factories.course(lessons=0)
    return factories._publish(
        course.add_child(
            instance=LessonPage(
                title="Signs", slug="signs", body=[("knowledge_check", KNOWLEDGE_CHECK)]
            )
        )
    )


@pytest.fixture
def scorm_attempt(learner, tmp_path, settings):
    settings.PACKAGES_ROOT = tmp_path / "packages"
    files = package_files.scorm_package("2004", scos=[("one", "One", "one.html")])
    archive = tmp_path / "p.zip"
    archive.write_bytes(package_files.zip_bytes(files))
    version = package_import(path=archive, filename="p.zip")
    return attempt_for_learner(user=learner, package=version.package)


def test_the_quiz_api_answers_a_body_nested_100000_deep_with_a_400_naming_the_body(
    signed_in, quiz_attempt
):
    response = post_raw(signed_in, f"/en/quizzes/attempts/{quiz_attempt}/answers/", DEEP_OBJECT)
    assert response.status_code == 400
    assert response.json()["field"] == "body"


def test_the_quiz_api_answers_a_5000_digit_position_with_a_400_naming_the_position(
    signed_in, quiz_attempt
):
    body = b'{"position": "' + b"9" * 5000 + b'", "response": "x"}'
    response = post_raw(signed_in, f"/en/quizzes/attempts/{quiz_attempt}/check/", body)
    assert response.status_code == 400
    assert response.json()["field"] == "position"


def test_the_quiz_api_answers_a_5000_digit_answer_key_with_a_400_naming_the_answers(
    signed_in, quiz_attempt
):
    body = json.dumps({"answers": {"9" * 5000: "x"}})
    response = post_raw(signed_in, f"/en/quizzes/attempts/{quiz_attempt}/answers/", body.encode())
    assert response.status_code == 400
    assert response.json()["field"].startswith("answers")


@pytest.mark.parametrize(
    "value", ['"a\\u0000b"', '"\\ud800"', "1e400"], ids=["nul", "surrogate", "infinite"]
)
def test_the_quiz_api_refuses_an_answer_no_database_can_store_naming_it(
    signed_in, quiz_attempt, value
):
    body = f'{{"answers": {{"1": {value}}}}}'.encode()
    response = post_raw(signed_in, f"/en/quizzes/attempts/{quiz_attempt}/answers/", body)
    assert response.status_code == 400
    assert response.json()["field"] == "answers.1"


def test_a_lesson_interaction_nested_100000_deep_is_a_400_naming_the_body(signed_in, lesson):
    response = post_raw(signed_in, f"{lesson.url}interaction/", DEEP)
    assert response.status_code == 400
    assert response.json()["field"] == "body"


def test_a_lesson_interaction_with_a_nul_in_a_property_name_is_a_400_naming_it(signed_in, lesson):
    block = lesson.body[0].id
    body = f'{{"block_id": "{block}", "kind": "knowledge_check", "response": [1], "x\\u0000": 1}}'
    response = post_raw(signed_in, f"{lesson.url}interaction/", body.encode())
    assert response.status_code == 400
    assert response.json()["field"] == "x\\u0000"


def test_a_scorm_commit_nested_100000_deep_is_a_400_naming_the_body(signed_in, scorm_attempt):
    response = post_raw(signed_in, f"/en/packages/attempts/{scorm_attempt.uuid}/commit/", DEEP)
    assert response.status_code == 400
    assert response.json()["field"] == "body"


@pytest.mark.parametrize(
    "index", ["99999999999999999999", "4999999", "5000", "0x1"], ids=["huge", "large", "max", "hex"]
)
def test_a_scorm_interaction_index_out_of_range_is_a_400_naming_the_element(
    signed_in, scorm_attempt, index
):
    name = f"cmi.interactions.{index}.id"
    body = json.dumps({"sco": "one", "cmi": {name: "q1"}}).encode()
    response = post_raw(signed_in, f"/en/packages/attempts/{scorm_attempt.uuid}/commit/", body)
    assert response.status_code == 400
    assert response.json()["field"] == name


def test_a_scorm_score_too_large_for_a_number_is_a_400_naming_the_element(signed_in, scorm_attempt):
    cmi = {"cmi.score.raw": "1e400", "cmi.completion_status": "completed"}
    body = json.dumps({"sco": "one", "cmi": cmi}).encode()
    response = post_raw(signed_in, f"/en/packages/attempts/{scorm_attempt.uuid}/commit/", body)
    assert response.status_code == 400
    assert response.json()["field"] == "cmi.score.raw"


def test_the_cmi5_launch_answers_a_body_nested_100000_deep_with_a_400(signed_in, scorm_attempt):
    response = post_raw(signed_in, f"/en/packages/attempts/{scorm_attempt.uuid}/cmi5/launch/", DEEP)
    assert response.status_code == 400
    assert response.json()["field"] == "body"


def test_the_cmi5_statement_endpoint_answers_deep_json_with_a_400_naming_the_body(xapi):
    response = post_raw(xapi, "/packages/cmi5/xapi/statements", DEEP)
    assert response.status_code == 400
    assert error_of(response).startswith("body:")


# Pages and websockets ----------------------------------------------------------------------


@pytest.mark.parametrize("query", ['"', "%00", "a%00b", '"unbalanced'])
def test_a_catalogue_search_with_quotes_or_nul_answers_a_page(client, query):
    factories.course(title="Passports")
    response = client.get(f"/en/courses/?q={query}")
    assert response.status_code == 200


@pytest.mark.parametrize("code", ["a/b", "CERT/7KQ9", "%00", "../x"])
def test_a_verification_code_with_a_slash_or_nul_answers_not_found(client, code):
    response = client.get(f"/en/certificates/verify/?code={code}")
    assert response.status_code == 404


async def test_a_websocket_to_an_unknown_path_is_refused_cleanly():
    communicator = WebsocketCommunicator(
        application,
        "/ws/nowhere/",
        headers=[(b"host", b"localhost"), (b"origin", b"http://localhost")],
    )
    connected, _code = await communicator.connect()
    assert connected is False
    await communicator.disconnect()
