"""cmi5 LMS rules a conforming AU relies on and a misbehaving one must not get around,
through HTTP against the real endpoints: joined endpoint URLs, learner preferences,
optional scores, the launched and satisfied statements, moveOn at registration, the
fetch URL's second call, nothing accepted after a session ends, LMS.LaunchData and
voiding out of the AU's reach, the statement rules, course structures the schema
refuses, and deleting an imported course."""

import json
from urllib.parse import urlsplit

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from lrs.models import Document, Statement
from packages.models import Cmi5Session, Package, PackageAttempt
from packages.problems import PackageInvalid
from packages.services import attempt_for_learner, package_import
from tests import factories
from tests.packages import fixtures as f
from tests.packages.test_cmi5 import AU, AU1, AU2, BLOCK, launch
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db

XAPI = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}


@pytest.fixture
def course(write_file):
    body = (
        f'<block id="{BLOCK}"><title><langstring lang="en-US">Block</langstring></title>'
        '<description><langstring lang="en-US">B</langstring></description>'
        + f.au(AU1, "au1/index.html?paramA=1", move_on="Passed", mastery="0.8")
        + "</block>"
        + f.au(AU2, "au2/index.html", move_on="Completed", title="Second unit")
    )
    files = {
        "cmi5.xml": f.cmi5_xml(body),
        "au1/index.html": "<html></html>",
        "au2/index.html": "<html></html>",
    }
    return package_import(path=write_file("c.zip", f.zip_bytes(files)), filename="c.zip")


def _statements(verb):
    return [row.data for row in Statement.objects.filter(verb_iri=verb).order_by("stored")]


# 10. An endpoint ending in "/" joined with "/statements" ------------------------------


def test_a_resource_after_a_doubled_slash_is_the_resource_itself(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    endpoint = urlsplit(params["endpoint"]).path
    response = Client().get(
        f"{endpoint}/activities/state",
        {
            "activityId": params["activityId"],
            "agent": params["actor"],
            "registration": params["registration"],
            "stateId": v.CMI5_LAUNCH_DATA,
        },
        HTTP_AUTHORIZATION=au.auth,
        **XAPI,
    )
    assert response.status_code == 200
    lrs = Client().get("/xapi//statements", HTTP_AUTHORIZATION=au.auth, **XAPI)
    assert lrs.status_code == 200 and "statements" in lrs.json()


# 11. The AU's token reads its learner's preferences --------------------------------


def test_the_au_token_reads_its_learner_preferences_here_and_in_the_lrs(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params, read_preferences=False)
    assert au.preferences().status_code == 404  # none written yet: not a refusal
    response = Client().get(
        "/xapi/agents/profile",
        {"agent": params["actor"], "profileId": "cmi5LearnerPreferences"},
        HTTP_AUTHORIZATION=au.auth,
        **XAPI,
    )
    assert response.status_code == 404


def test_the_au_saves_valid_learner_preferences_and_is_refused_invalid_ones(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)

    def put(body, agent=params["actor"], content_type="application/json"):
        query = f"agent={agent}&profileId=cmi5LearnerPreferences" if agent else ""
        return Client().put(
            f"/packages/cmi5/xapi/agents/profile?{query}",
            data=body,
            content_type=content_type,
            HTTP_AUTHORIZATION=au.auth,
            HTTP_IF_NONE_MATCH="*",
            **XAPI,
        )

    good = json.dumps({"languagePreference": "fr-CA,en-CA", "audioPreference": "on"})
    assert put(good).status_code == 204
    assert json.loads(au.preferences().content)["languagePreference"] == "fr-CA,en-CA"
    other = json.dumps({"mbox": "mailto:someone@example.org"})
    refusals = [
        put(json.dumps({"languagePreference": "not a list", "audioPreference": "on"})),
        put(json.dumps({"languagePreference": "", "audioPreference": "on"})),
        put(json.dumps({"languagePreference": "en"})),
        put("just text", content_type="text/plain"),
        put(good, agent=other),
    ]
    assert [r.status_code for r in refusals] == [403] * 5
    assert "languagePreference" in refusals[0].json()["error"]
    assert put(good, agent="").status_code == 400
    assert json.loads(au.preferences().content)["languagePreference"] == "fr-CA,en-CA"


# 12. passed and failed without a score --------------------------------------------


def test_passed_without_a_score_is_accepted_when_the_au_has_a_mastery_score(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    au.send(v.VERB_INITIALIZED)
    assert au.send(v.VERB_PASSED, {"success": True}).status_code == 200


# 13. The launched statement --------------------------------------------------------


def test_launched_carries_the_mastery_score_and_the_full_launch_url(signed_in, course):
    launch(signed_in, course, AU1)
    launched = _statements(v.VERB_LAUNCHED)[0]
    extensions = launched["context"]["extensions"]
    assert extensions[v.CMI5_EXTENSION_MASTERY_SCORE] == 0.8
    launch_url = urlsplit(extensions[v.CMI5_EXTENSION_LAUNCH_URL])
    assert launch_url.scheme == "http" and launch_url.netloc == "testserver"
    assert launch_url.path == f"/packages/content/{course.uuid}/au1/index.html"
    assert launch_url.query == "paramA=1"  # the AU's own parameters, none of the LMS's


# 14. satisfied: blocks and the course only, each with its own publisher id ---------


def test_satisfied_is_for_blocks_and_the_course_with_their_own_publisher_id(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    au.send(v.VERB_INITIALIZED)
    au.send(v.VERB_PASSED, {"success": True})
    _url, params2 = launch(signed_in, course, AU2)
    au2 = AU(params2)
    au2.send(v.VERB_INITIALIZED)
    au2.send(v.VERB_COMPLETED, {"completion": True})
    satisfied = _statements(v.VERB_SATISFIED)
    types = [s["object"]["definition"]["type"] for s in satisfied]
    assert types == [v.TYPE_CMI5_BLOCK, v.TYPE_CMI5_COURSE]
    groupings = [s["context"]["contextActivities"]["grouping"][0]["id"] for s in satisfied]
    assert groupings == [BLOCK, "https://example.org/course/1"]


# 15. NotApplicable AUs count at registration ---------------------------------------


def test_a_course_of_not_applicable_aus_is_satisfied_at_registration(
    signed_in, learner, write_file
):
    body = f.au("https://example.org/na/au", "index.html", move_on="NotApplicable")
    files = {"cmi5.xml": f.cmi5_xml(body), "index.html": "<html></html>"}
    version = package_import(path=write_file("na.zip", f.zip_bytes(files)), filename="na.zip")
    launch(signed_in, version, "https://example.org/na/au")
    verbs = [row.verb_iri for row in Statement.objects.order_by("stored")]
    assert verbs == [v.VERB_SATISFIED, v.VERB_LAUNCHED]  # before the AU even runs


# 16. The fetch URL's second call ---------------------------------------------------


def test_a_second_fetch_answers_200_with_an_error_code_and_no_token(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    path = urlsplit(params["fetch"]).path
    assert "auth-token" in Client().post(path).json()
    again = Client().post(path)
    assert again.status_code == 200
    assert again.json()["error-code"] == "1" and "auth-token" not in again.json()


# 17. Nothing after terminated or abandoned ----------------------------------------


def _state_get(au):
    return Client().get(
        "/xapi/activities/state",
        {
            "activityId": au.params["activityId"],
            "agent": au.params["actor"],
            "registration": au.params["registration"],
            "stateId": v.CMI5_LAUNCH_DATA,
        },
        HTTP_AUTHORIZATION=au.auth,
        **XAPI,
    )


def test_the_token_neither_writes_nor_reads_after_terminated(signed_in, course):
    _url, params = launch(signed_in, course, AU2)
    au = AU(params)
    au.send(v.VERB_INITIALIZED)
    assert au.send(v.VERB_TERMINATED).status_code == 200
    before = Statement.objects.count()
    assert au.send(v.VERB_EXPERIENCED).status_code == 401
    assert _state_get(au).status_code == 401
    assert Statement.objects.count() == before


def test_the_token_neither_writes_nor_reads_after_abandoned(signed_in, course):
    _url, params = launch(signed_in, course, AU2)
    au = AU(params)
    au.send(v.VERB_INITIALIZED)
    session = Cmi5Session.objects.get(lrs_token_key__gt="")
    call_command("cmi5", "abandon", "--session", str(session.session_id))
    before = Statement.objects.count()
    assert au.send(v.VERB_EXPERIENCED).status_code in (401, 403)
    assert _state_get(au).status_code == 401
    assert Statement.objects.count() == before


# 18. LMS.LaunchData and voiding are out of the AU's reach ---------------------------


@pytest.mark.parametrize("door", ["/packages/cmi5/xapi", "/xapi"])
def test_the_au_may_not_overwrite_or_delete_launch_data(signed_in, course, door):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    query = (
        f"activityId={params['activityId']}&agent={params['actor']}"
        f"&registration={params['registration']}&stateId={v.CMI5_LAUNCH_DATA}"
    )
    put = Client().put(
        f"{door}/activities/state?{query}",
        data=json.dumps({"launchMode": "Normal", "moveOn": "NotApplicable"}),
        content_type="application/json",
        HTTP_AUTHORIZATION=au.auth,
        **XAPI,
    )
    delete = Client().delete(f"{door}/activities/state?{query}", HTTP_AUTHORIZATION=au.auth, **XAPI)
    assert (put.status_code, delete.status_code) == (403, 403)
    assert au.state(v.CMI5_LAUNCH_DATA) == au.launch_data


def test_the_au_still_writes_its_own_state(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    response = Client().put(
        f"/packages/cmi5/xapi/activities/state?activityId={params['activityId']}"
        f"&agent={params['actor']}&registration={params['registration']}&stateId=bookmark",
        data=json.dumps({"page": 3}),
        content_type="application/json",
        HTTP_AUTHORIZATION=au.auth,
        **XAPI,
    )
    assert response.status_code == 204
    assert au.state("bookmark") == {"page": 3}
    assert Document.objects.filter(document_id="bookmark").count() == 1


def test_the_au_may_not_void_a_statement(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    au.send(v.VERB_INITIALIZED)
    experienced = au.statement(v.VERB_EXPERIENCED)
    assert au.post(experienced).status_code == 200
    voiding = au.statement(v.VERB_VOIDED)
    voiding["object"] = {"objectType": "StatementRef", "id": experienced["id"]}
    response = au.post(voiding)
    assert response.status_code == 403
    assert response.json()["error"].startswith("cmi5.voiding")
    assert not Statement.objects.get(id=experienced["id"]).voided


# 19. Statement rules ---------------------------------------------------------------


def _without(key):
    def alter(statement):
        statement.pop(key)

    return alter


def _set(path, value):
    def alter(statement):
        target = statement
        for name in path[:-1]:
            target = target.setdefault(name, {})
        target[path[-1]] = value

    return alter


def _drop_extension(name):
    def alter(statement):
        statement["context"]["extensions"].pop(name)

    return alter


def _drop_moveon(statement):
    statement["context"]["contextActivities"]["category"] = [{"id": v.CMI5_CATEGORY}]


def _add_moveon(statement):
    statement["context"]["contextActivities"]["category"].append({"id": v.CMI5_MOVEON_CATEGORY})


PASSED = (v.VERB_PASSED, {"success": True})
COMPLETED = (v.VERB_COMPLETED, {"completion": True})
FAILED = (v.VERB_FAILED, {"success": False})


@pytest.mark.parametrize(
    "sent, alter, rule",
    [
        ((v.VERB_EXPERIENCED, None), _without("id"), "cmi5.statement_id"),
        ((v.VERB_EXPERIENCED, None), _without("timestamp"), "cmi5.timestamp"),
        (
            (v.VERB_EXPERIENCED, None),
            _set(["timestamp"], "2026-01-01T10:00:00-06:00"),
            "cmi5.timestamp",
        ),
        (PASSED, _set(["actor", "objectType"], "Group"), "cmi5.actor"),
        (PASSED, _set(["result", "completion"], True), "cmi5.result"),
        (COMPLETED, _set(["result", "success"], True), "cmi5.result"),
        (COMPLETED, _set(["result", "score"], {"scaled": 0.5}), "cmi5.result"),
        ((v.VERB_TERMINATED, None), _without("result"), "cmi5.duration"),
        (COMPLETED, lambda s: s["result"].pop("duration"), "cmi5.duration"),
        (PASSED, lambda s: s["result"].pop("duration"), "cmi5.duration"),
        (FAILED, lambda s: s["result"].pop("duration"), "cmi5.duration"),
        (PASSED, _set(["result", "score"], {"raw": 90, "max": 100}), "cmi5.score"),
        (PASSED, _set(["result", "score"], {"raw": 90, "min": 0}), "cmi5.score"),
        (COMPLETED, _drop_moveon, "cmi5.moveon_category"),
        (PASSED, _drop_moveon, "cmi5.moveon_category"),
        ((v.VERB_EXPERIENCED, None), _add_moveon, "cmi5.moveon_category"),
        ((v.VERB_TERMINATED, None), _add_moveon, "cmi5.moveon_category"),
        (PASSED, _drop_extension(v.CMI5_EXTENSION_MASTERY_SCORE), "cmi5.mastery_score"),
        (PASSED, _set(["context", "extensions", v.CMI5_EXTENSION_MASTERY_SCORE], 0.7), "cmi5"),
    ],
)
def test_an_au_statement_breaking_a_cmi5_rule_is_refused_naming_it(
    signed_in, course, sent, alter, rule
):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    assert au.send(v.VERB_INITIALIZED).status_code == 200
    statement = au.statement(*sent)
    alter(statement)
    before = Statement.objects.count()
    response = au.post(statement)
    assert response.status_code == 403, response.content
    assert response.json()["error"].startswith(rule)
    assert Statement.objects.count() == before


def test_initialized_before_reading_the_learner_preferences_is_refused(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params, read_preferences=False)
    response = au.send(v.VERB_INITIALIZED)
    assert response.status_code == 403
    assert response.json()["error"].startswith("cmi5.learner_preferences")
    au.preferences()
    assert au.send(v.VERB_INITIALIZED).status_code == 200


def test_failed_twice_or_passed_after_failed_in_one_session_is_refused(signed_in, course):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    au.send(v.VERB_INITIALIZED)
    assert au.send(*FAILED).status_code == 200
    assert au.send(*FAILED).json()["error"].startswith("cmi5.verb_twice")
    assert au.send(*PASSED).json()["error"].startswith("cmi5.passed_and_failed")
    # A later session may pass.
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    au.send(v.VERB_INITIALIZED)
    assert au.send(*PASSED).status_code == 200


# 20. Course structures -------------------------------------------------------------


def test_an_au_url_with_a_space_is_refused(write_file):
    body = f.au("https://example.org/au/space", "http://example.com index.html")
    with pytest.raises(PackageInvalid) as refused:
        package_import(path=write_file("cmi5.xml", f.cmi5_xml(body).encode()), filename="cmi5.xml")
    assert "cmi5.invalid_url" in [problem.code for problem in refused.value.problems]


def test_elements_out_of_the_schema_order_are_refused(write_file):
    body = (
        '<au id="https://example.org/au/order"><url>http://example.com/index.html</url>'
        '<title><langstring lang="en">T</langstring></title>'
        '<description><langstring lang="en">D</langstring></description></au>'
    )
    with pytest.raises(PackageInvalid) as refused:
        package_import(path=write_file("cmi5.xml", f.cmi5_xml(body).encode()), filename="cmi5.xml")
    assert "cmi5.schema_order" in [problem.code for problem in refused.value.problems]


# 21. Deleting an imported course ---------------------------------------------------


def test_deleting_a_course_with_learner_runs_needs_force_and_keeps_statements(
    signed_in, course, learner, capsys
):
    _url, params = launch(signed_in, course, AU1)
    au = AU(params)
    key = str(course.package.key)
    with pytest.raises(CommandError, match="--force"):
        call_command("packages", "delete", key)
    assert Package.objects.filter(key=key).exists()
    statements = Statement.objects.count()
    call_command("packages", "delete", key, "--force")
    assert "deleted" in capsys.readouterr().out
    assert not Package.objects.filter(key=key).exists()
    assert not PackageAttempt.objects.exists()
    assert not course.content_dir.exists()
    assert Statement.objects.count() == statements  # the record of what happened stays
    assert au.send(v.VERB_INITIALIZED).status_code == 401  # its token went with it
    with pytest.raises(CommandError, match="key: no package"):
        call_command("packages", "delete", key)


def test_an_administrator_deletes_a_course_in_the_admin(course, learner):
    admin = Client()
    admin.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    attempt_for_learner(user=learner, package=course.package)
    url = f"/admin/packages/{course.package.key}/delete/"
    page = admin.get(url)
    assert page.status_code == 200 and b"1 learner has a run" in page.content
    refused = admin.post(url, follow=True)
    assert b"force" in refused.content
    assert Package.objects.filter(pk=course.package.pk).exists()
    done = admin.post(url, {"force": "on"})
    assert done.status_code == 302
    assert not Package.objects.filter(pk=course.package.pk).exists()
    learner_client = Client()
    learner_client.force_login(learner)
    assert learner_client.get(url).status_code in (302, 403)
