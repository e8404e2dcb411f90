"""cmi5, LMS side: launching an AU (fetch URL, LMS.LaunchData, launched), the one-time
auth token, the AU's statements checked against the cmi5 rules, moveOn evaluated for
AUs, blocks and the course (satisfied), waivers and abandoned sessions."""

import base64
import json
import uuid
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from lrs.models import Statement
from packages import cmi5
from packages.cmi5_services import cmi5_waive
from packages.models import Cmi5Session
from packages.services import attempt_for_learner, package_import
from tests import factories
from tests.packages import fixtures as f
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db

AU1 = "https://example.org/au/1"
AU2 = "https://example.org/au/2"
BLOCK = "https://example.org/block/1"
COURSE = "https://example.org/course/1"


@pytest.fixture
def course(write_file):
    body = (
        f'<block id="{BLOCK}"><title><langstring lang="en-US">Block</langstring></title>'
        '<description><langstring lang="en-US">B</langstring></description>'
        + f.au(
            AU1,
            "au1/index.html",
            move_on="Passed",
            mastery="0.8",
            extra="<launchParameters>level=2</launchParameters>"
            "<entitlementKey>ent-1</entitlementKey>",
        )
        + "</block>"
        + f.au(AU2, "au2/index.html", move_on="Completed", title="Second unit")
    )
    files = {
        "cmi5.xml": f.cmi5_xml(body),
        "au1/index.html": "<html></html>",
        "au2/index.html": "<html></html>",
    }
    return package_import(path=write_file("c.zip", f.zip_bytes(files)), filename="c.zip")


def launch(client, course, au, mode="Normal"):
    attempt = PackageAttemptFor(client, course)
    response = client.post(
        f"/en/packages/attempts/{attempt.uuid}/cmi5/launch/",
        data=json.dumps({"au": au, "launchMode": mode}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    url = response.json()["url"]
    return url, {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def PackageAttemptFor(client, course):
    user = client.session and factories.UserFactory._meta.model.objects.get(
        pk=client.session["_auth_user_id"]
    )
    return attempt_for_learner(user=user, package=course.package)


def fetch(params):
    return Client().post(urlsplit(params["fetch"]).path)


def auth_for(params):
    return "Basic " + fetch(params).json()["auth-token"]


class AU:
    """An AU's side of a session: statements sent with its token."""

    def __init__(self, params, read_preferences=True):
        self.params = params
        self.auth = auth_for(params)
        self.actor = json.loads(params["actor"])
        self.launch_data = self.state(v.CMI5_LAUNCH_DATA)
        template = self.launch_data["contextTemplate"]
        self.session_id = template["extensions"][v.CMI5_EXTENSION_SESSION]
        self.mastery = template["extensions"].get(v.CMI5_EXTENSION_MASTERY_SCORE)
        if read_preferences:
            self.preferences()

    def preferences(self):
        return Client().get(
            "/packages/cmi5/xapi/agents/profile",
            {"agent": self.params["actor"], "profileId": "cmi5LearnerPreferences"},
            HTTP_AUTHORIZATION=self.auth,
            HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
        )

    def state(self, state_id):
        response = Client().get(
            "/packages/cmi5/xapi/activities/state",
            {
                "activityId": self.params["activityId"],
                "agent": self.params["actor"],
                "registration": self.params["registration"],
                "stateId": state_id,
            },
            HTTP_AUTHORIZATION=self.auth,
            HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
        )
        assert response.status_code == 200, response.content
        return json.loads(response.content)

    def statement(self, verb, result=None, session_id=None, registration=None, object_id=None):
        """A statement as a conforming AU sends it: id, UTC timestamp, the launch's
        context, the moveOn category with an outcome, a duration where cmi5 wants one,
        the masteryScore on passed and failed."""
        categories = [{"id": v.CMI5_CATEGORY}]
        result = dict(result or {})
        if "success" in result or "completion" in result:
            categories.append({"id": v.CMI5_MOVEON_CATEGORY})
        if verb in (v.VERB_COMPLETED, v.VERB_PASSED, v.VERB_FAILED, v.VERB_TERMINATED):
            result.setdefault("duration", "PT1S")
        extensions = {v.CMI5_EXTENSION_SESSION: session_id or self.session_id}
        if verb in (v.VERB_PASSED, v.VERB_FAILED) and self.mastery is not None:
            extensions[v.CMI5_EXTENSION_MASTERY_SCORE] = self.mastery
        statement = {
            "id": str(uuid.uuid4()),
            "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            "actor": self.actor,
            "verb": {"id": verb},
            "object": {"id": object_id or self.params["activityId"]},
            "context": {
                "registration": registration or self.params["registration"],
                "extensions": extensions,
                "contextActivities": {"category": categories},
            },
        }
        if result:
            statement["result"] = result
        return statement

    def send(self, verb, result=None, session_id=None, registration=None, object_id=None):
        return self.post(self.statement(verb, result, session_id, registration, object_id))

    def post(self, statement):
        return Client().post(
            "/packages/cmi5/xapi/statements",
            data=json.dumps(statement),
            content_type="application/json",
            HTTP_AUTHORIZATION=self.auth,
            HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
        )


def satisfied_iris():
    return set(
        Statement.objects.filter(verb_iri=v.VERB_SATISFIED).values_list("object_iri", flat=True)
    )


def test_the_launch_url_has_the_cmi5_parameters_and_launched_is_recorded(
    signed_in, course, learner
):
    url, params = launch(signed_in, course, AU1)
    assert urlsplit(url).path == f"/packages/content/{course.uuid}/au1/index.html"
    assert params["endpoint"] == "http://testserver/packages/cmi5/xapi/"
    assert params["fetch"].startswith("http://testserver/packages/cmi5/fetch/")
    assert json.loads(params["actor"])["account"]["name"] == str(learner.uuid)
    uuid.UUID(params["registration"])
    assert params["activityId"].startswith(v.activity_iri("package", str(course.package.key)))
    assert params["activityId"] != AU1  # LMS-generated, not the publisher id
    launched = Statement.objects.get(verb_iri=v.VERB_LAUNCHED).data
    assert launched["object"]["id"] == params["activityId"]
    assert launched["context"]["registration"] == params["registration"]
    extensions = launched["context"]["extensions"]
    assert extensions[v.CMI5_EXTENSION_LAUNCH_MODE] == "Normal"
    assert extensions[v.CMI5_EXTENSION_MOVE_ON] == "Passed"
    assert extensions[v.CMI5_EXTENSION_LAUNCH_PARAMETERS] == "level=2"
    assert launched["context"]["contextActivities"]["grouping"][0]["id"] == AU1


def test_launch_data_is_in_the_state_api(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    data = AU(params).state(v.CMI5_LAUNCH_DATA)
    assert data["launchMode"] == "Normal"
    assert data["moveOn"] == "Passed"
    assert data["masteryScore"] == 0.8
    assert data["launchParameters"] == "level=2"
    assert data["entitlementKey"] == {"courseStructure": "ent-1"}
    assert data["returnURL"] == f"http://testserver/en/packages/{course.package.key}/"
    assert data["contextTemplate"]["contextActivities"]["grouping"][0]["id"] == AU1


def test_the_fetch_url_hands_out_its_token_once(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    first = fetch(params)
    assert first.status_code == 200
    key, _sep, secret = base64.b64decode(first.json()["auth-token"]).decode().partition(":")
    assert key and secret
    second = fetch(params)
    # A valid request answers 200 even when it is an error (cmi5 8.2.2.0-3).
    assert second.status_code == 200
    assert second.json()["error-code"] == "1"
    assert "auth-token" not in second.json()
    assert Client().get(urlsplit(params["fetch"]).path).status_code == 405
    assert Client().post("/packages/cmi5/fetch/unknown/").json()["error-code"] == "2"


def test_an_au_session_completes_passes_and_satisfies_au_block_and_course(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    assert au.send(v.VERB_INITIALIZED).status_code == 200
    assert au.send(v.VERB_PASSED, {"success": True, "score": {"scaled": 0.9}}).status_code == 200
    assert au.send(v.VERB_TERMINATED).status_code == 200
    au1_iri = params["activityId"]
    package_iri = v.activity_iri("package", str(course.package.key))
    assert au1_iri not in satisfied_iris()  # only blocks and the course are satisfied
    assert len(satisfied_iris()) == 1  # the block; the course waits for AU 2
    assert package_iri not in satisfied_iris()

    _url, params2 = launch(signed_in, course, AU2)
    au2 = AU(params2)
    au2.send(v.VERB_INITIALIZED)
    assert au2.send(v.VERB_COMPLETED, {"completion": True}).status_code == 200
    assert package_iri in satisfied_iris()
    assert len(satisfied_iris()) == 2
    course_satisfied = Statement.objects.get(verb_iri=v.VERB_SATISFIED, object_iri=package_iri)
    assert course_satisfied.data["object"]["definition"]["type"] == v.TYPE_CMI5_COURSE


@pytest.mark.parametrize(
    "steps, rule",
    [
        ([("completed", {"completion": True})], "cmi5.before_initialized"),
        ([("initialized", None), ("initialized", None)], "cmi5.initialized_twice"),
        (
            [("initialized", None), ("passed", {"success": True, "score": {"scaled": 0.5}})],
            "cmi5.mastery_score",
        ),
        (
            [("initialized", None), ("failed", {"success": False, "score": {"scaled": 0.95}})],
            "cmi5.mastery_score",
        ),
        (
            [
                ("initialized", None),
                ("completed", {"completion": True}),
                ("completed", {"completion": True}),
            ],
            "cmi5.verb_twice",
        ),
        (
            [
                ("initialized", None),
                ("passed", {"success": True, "score": {"scaled": 0.9}}),
                ("failed", {"success": False, "score": {"scaled": 0.1}}),
            ],
            "cmi5.after_passed",
        ),
        ([("initialized", None), ("completed", {"completion": False})], "cmi5.result"),
        ([("initialized", None), ("satisfied", None)], "cmi5.lms_only_verb"),
        ([("initialized", None), ("waived", None)], "cmi5.lms_only_verb"),
    ],
)
def test_statements_the_spec_forbids_are_rejected_naming_the_rule(signed_in, course, steps, rule):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    verbs = {
        "initialized": v.VERB_INITIALIZED,
        "completed": v.VERB_COMPLETED,
        "passed": v.VERB_PASSED,
        "failed": v.VERB_FAILED,
        "terminated": v.VERB_TERMINATED,
        "experienced": v.VERB_EXPERIENCED,
        "satisfied": v.VERB_SATISFIED,
        "waived": v.VERB_WAIVED,
    }
    *allowed, (verb, result) = steps
    for name, allowed_result in allowed:
        assert au.send(verbs[name], allowed_result).status_code == 200
    before = Statement.objects.count()
    response = au.send(verbs[verb], result)
    assert response.status_code == 403
    assert json.loads(response.content)["error"].startswith(rule)
    assert Statement.objects.count() == before


def test_statements_of_another_session_or_registration_are_rejected(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    assert au.send(v.VERB_INITIALIZED, session_id=str(uuid.uuid4())).status_code == 403
    assert au.send(v.VERB_INITIALIZED, registration=str(uuid.uuid4())).status_code == 403


def test_browse_mode_may_not_complete(signed_in, course):
    _url, params = launch(signed_in, course, AU2, mode="Browse")
    au = AU(params)
    au.send(v.VERB_INITIALIZED)
    response = au.send(v.VERB_COMPLETED, {"completion": True})
    assert json.loads(response.content)["error"].startswith("cmi5.not_normal_mode")


def test_a_new_launch_abandons_the_session_left_open(signed_in, course):
    _url, params = launch(signed_in, course, AU2)
    AU(params).send(v.VERB_INITIALIZED)
    launch(signed_in, course, AU2)
    abandoned = Statement.objects.get(verb_iri=v.VERB_ABANDONED).data
    assert abandoned["object"]["id"] == params["activityId"]
    assert "duration" in abandoned["result"]


def test_waiving_an_au_records_waived_and_counts_for_move_on(signed_in, course, learner):
    attempt = attempt_for_learner(user=learner, package=course.package)
    cmi5_waive(attempt=attempt, au_id=AU2, reason="Tested Out")
    waived = Statement.objects.get(verb_iri=v.VERB_WAIVED).data
    assert waived["result"]["extensions"][v.CMI5_EXTENSION_REASON] == "Tested Out"
    assert satisfied_iris() == set()  # AU 1 still stands between the learner and the course
    with pytest.raises(Exception, match="reason"):
        cmi5_waive(attempt=attempt, au_id=AU1, reason="Because")


def test_the_launch_endpoint_names_what_is_wrong(signed_in, course, learner):
    attempt = attempt_for_learner(user=learner, package=course.package)
    url = f"/en/packages/attempts/{attempt.uuid}/cmi5/launch/"
    bad_au = signed_in.post(url, data=json.dumps({"au": "nope"}), content_type="application/json")
    assert bad_au.status_code == 400 and bad_au.json()["field"] == "au"
    bad_mode = signed_in.post(
        url, data=json.dumps({"au": AU1, "launchMode": "Fast"}), content_type="application/json"
    )
    assert bad_mode.status_code == 400 and bad_mode.json()["field"] == "launch_mode"
    other = Client()
    other.force_login(factories.UserFactory())
    assert (
        other.post(url, data=json.dumps({"au": AU1}), content_type="application/json").status_code
        == 403
    )
    assert not Cmi5Session.objects.exists()


def test_move_on_rules_as_plain_values():
    state = cmi5.AuState
    assert cmi5.au_satisfied("Completed", state(completed=True))
    assert not cmi5.au_satisfied("Passed", state(completed=True))
    assert cmi5.au_satisfied("CompletedOrPassed", state(passed=True))
    assert not cmi5.au_satisfied("CompletedAndPassed", state(passed=True))
    assert cmi5.au_satisfied("CompletedAndPassed", state(passed=True, completed=True))
    assert cmi5.au_satisfied("Passed", state(waived=True))
    tree = [
        {"type": "block", "id": "b", "children": [{"type": "au", "id": "a1"}]},
        {"type": "au", "id": "a2"},
    ]
    assert cmi5.satisfied_nodes(tree, {"a1"}) == {"b"}
    assert not cmi5.course_satisfied(tree, {"a1"})
    assert cmi5.course_satisfied(tree, {"a1", "a2"})


def test_the_command_prints_a_launch_url_waives_and_abandons(course, learner, capsys):
    call_command(
        "cmi5",
        "launch-url",
        "--learner",
        learner.username,
        "--course",
        str(course.package.key),
        "--au",
        AU2,
        "--mode",
        "Review",
    )
    url = capsys.readouterr().out.strip()
    params = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert url.startswith(f"http://testserver/packages/content/{course.uuid}/au2/index.html?")
    assert params["fetch"].startswith("http://testserver/packages/cmi5/fetch/")
    session = Cmi5Session.objects.get()
    assert session.launch_mode == "Review"
    call_command("cmi5", "abandon", "--session", str(session.session_id))
    assert Statement.objects.filter(verb_iri=v.VERB_ABANDONED).count() == 1
    with pytest.raises(CommandError, match="--session: is already over"):
        call_command("cmi5", "abandon", "--session", str(session.session_id))
    call_command(
        "cmi5",
        "waive",
        "--learner",
        learner.username,
        "--course",
        str(course.package.key),
        "--au",
        AU1,
        "--reason",
        "Administrative",
    )
    assert Statement.objects.filter(verb_iri=v.VERB_WAIVED).count() == 1
    with pytest.raises(CommandError, match="--registration: is not a registration"):
        call_command(
            "cmi5",
            "launch-url",
            "--learner",
            learner.username,
            "--course",
            str(course.package.key),
            "--au",
            AU1,
            "--registration",
            str(uuid.uuid4()),
        )
    with pytest.raises(CommandError, match="--au: is not an AU"):
        call_command(
            "cmi5",
            "launch-url",
            "--learner",
            learner.username,
            "--course",
            str(course.package.key),
            "--au",
            "https://example.org/nope",
        )


def test_the_au_token_cannot_write_around_the_cmi5_rules(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    statement = {
        "actor": au.actor,
        "verb": {"id": v.VERB_COMPLETED},
        "object": {"id": params["activityId"]},
        "result": {"completion": True},
    }
    response = Client().post(
        "/xapi/statements",
        data=json.dumps(statement),
        content_type="application/json",
        HTTP_AUTHORIZATION=au.auth,
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert response.status_code == 403
    assert not Statement.objects.filter(verb_iri=v.VERB_COMPLETED).exists()


def test_an_au_may_put_a_statement_with_its_id(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    statement_id = str(uuid.uuid4())
    statement = au.statement(v.VERB_INITIALIZED)
    del statement["id"]
    response = Client().put(
        f"/packages/cmi5/xapi/statements?statementId={statement_id}",
        data=json.dumps(statement),
        content_type="application/json",
        HTTP_AUTHORIZATION=au.auth,
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert response.status_code == 204
    assert Statement.objects.filter(id=statement_id).exists()
    assert Cmi5Session.objects.get(lrs_token_key__gt="").initialized_at is not None
