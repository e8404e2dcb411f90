"""The SCORM run-time data on the server: commits are checked and stored per learner and
attempt, resume gives back suspend_data and location, and status, score and answers
become xAPI statements."""

import json

import pytest
from django.test import Client

from lrs.models import Statement
from packages import runtime
from packages.manifests import SCORM12, SCORM2004
from packages.models import ScoRuntime
from packages.runtime import accumulate_time, format_time, launch_cmi, time_centiseconds
from packages.services import attempt_for_learner, package_import
from tests import factories
from tests.packages import fixtures as f
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner():
    return factories.UserFactory(first_name="Alex", last_name="Martin")


@pytest.fixture
def scorm12(write_file):
    files = f.scorm_package("1.2", scos=[("one", "One", "one.html"), ("two", "Two", "two.html")])
    return package_import(path=write_file("p.zip", f.zip_bytes(files)), filename="p.zip")


@pytest.fixture
def scorm2004(write_file):
    files = f.scorm_package("2004", scos=[("intro", "Intro", "intro.html")])
    return package_import(path=write_file("q.zip", f.zip_bytes(files)), filename="q.zip")


def commit(client, attempt, sco, cmi, **extra):
    return client.post(
        f"/en/packages/attempts/{attempt.uuid}/commit/",
        data=json.dumps({"sco": sco, "cmi": cmi}) if not extra else extra["raw"],
        content_type="application/json",
    )


def player_config(client, version):
    return client.get(f"/en/packages/{version.package.key}/").context["config"]


def verbs_about(iri_part: str) -> list[str]:
    return [
        s.verb_iri.rsplit("/", 1)[-1]
        for s in Statement.objects.order_by("stored", "id")
        if iri_part in s.object_iri
    ]


def test_first_launch_starts_ab_initio_with_the_learner_named(signed_in, scorm12, learner):
    config = player_config(signed_in, scorm12)
    cmi = config["items"][0]["cmi"]
    assert cmi["cmi.core.entry"] == "ab-initio"
    assert cmi["cmi.core.student_id"] == str(learner.uuid)
    assert cmi["cmi.core.student_name"] == "Martin, Alex"
    assert cmi["cmi.core.lesson_status"] == "not attempted"
    assert config["start"] == "one"


def test_a_suspended_sco_resumes_with_its_location_and_suspend_data(signed_in, scorm12, learner):
    attempt = attempt_for_learner(user=learner, package=scorm12.package)
    response = commit(
        signed_in,
        attempt,
        "one",
        {
            "cmi.core.lesson_status": "incomplete",
            "cmi.core.lesson_location": "page-3",
            "cmi.suspend_data": "answers=1,2",
            "cmi.core.exit": "suspend",
            "cmi.core.session_time": "00:01:30",
            "cmi.objectives": {},
        },
    )
    assert response.status_code == 200
    assert response.json()["launch"]["cmi.core.entry"] == "resume"
    cmi = player_config(signed_in, scorm12)["items"][0]["cmi"]
    assert cmi["cmi.core.entry"] == "resume"
    assert cmi["cmi.core.lesson_location"] == "page-3"
    assert cmi["cmi.suspend_data"] == "answers=1,2"
    assert player_config(signed_in, scorm12)["start"] == "one"


def test_completion_score_and_answers_become_statements_once(signed_in, scorm12, learner):
    attempt = attempt_for_learner(user=learner, package=scorm12.package)
    data = {
        "cmi.core.lesson_status": "passed",
        "cmi.core.score.raw": "85",
        "cmi.core.score.max": "100",
        "cmi.core.score.min": "0",
        "cmi.interactions.0.id": "q1",
        "cmi.interactions.0.type": "choice",
        "cmi.interactions.0.student_response": "a,c",
        "cmi.interactions.0.result": "correct",
        "cmi.interactions.0.correct_responses.0.pattern": "a,c",
    }
    assert commit(signed_in, attempt, "one", data).status_code == 200
    assert commit(signed_in, attempt, "one", data).status_code == 200  # a second commit
    sco_iri = v.package_sco_iri(v.activity_iri("package", str(scorm12.package.key)), "one")
    assert sorted(verbs_about(sco_iri)) == ["answered", "completed", "passed"]
    passed = Statement.objects.get(verb_iri=v.VERB_PASSED).data
    assert passed["result"]["score"] == {"scaled": 0.85, "raw": 85.0, "min": 0.0, "max": 100.0}
    assert passed["context"]["registration"] == str(attempt.registration)
    assert passed["actor"]["account"]["name"] == str(learner.uuid)
    answered = Statement.objects.get(verb_iri=v.VERB_ANSWERED).data
    assert answered["result"] == {"response": "a[,]c", "success": True}
    assert answered["object"]["definition"]["correctResponsesPattern"] == ["a[,]c"]
    assert answered["context"]["contextActivities"]["parent"][0]["id"] == sco_iri
    # One of two SCOs is done: the package is not.
    assert not Statement.objects.filter(
        object_iri=v.activity_iri("package", str(scorm12.package.key))
    ).exists()


def test_the_package_is_completed_when_every_sco_is(signed_in, scorm12, learner):
    attempt = attempt_for_learner(user=learner, package=scorm12.package)
    commit(signed_in, attempt, "one", {"cmi.core.lesson_status": "completed"})
    response = commit(signed_in, attempt, "two", {"cmi.core.lesson_status": "completed"})
    assert response.json()["packageCompleted"] is True
    package_iri = v.activity_iri("package", str(scorm12.package.key))
    completed = Statement.objects.get(object_iri=package_iri)
    assert completed.verb_iri == v.VERB_COMPLETED
    attempt.refresh_from_db()
    assert attempt.completed_at is not None


def test_scorm_2004_status_and_score_are_read_from_its_own_elements(signed_in, scorm2004, learner):
    attempt = attempt_for_learner(user=learner, package=scorm2004.package)
    response = commit(
        signed_in,
        attempt,
        "intro",
        {
            "cmi.completion_status": "completed",
            "cmi.success_status": "failed",
            "cmi.score.scaled": "0.4",
            "cmi.session_time": "PT2M10S",
            "cmi.exit": "suspend",
            "cmi.location": "slide-4",
        },
    )
    assert response.json()["completion"] == "completed"
    assert response.json()["success"] == "failed"
    assert response.json()["launch"]["cmi.location"] == "slide-4"
    assert response.json()["launch"]["cmi.entry"] == "resume"
    failed = Statement.objects.get(verb_iri=v.VERB_FAILED).data
    assert failed["result"] == {"success": False, "score": {"scaled": 0.4}}


@pytest.mark.parametrize(
    "kind, cmi, field",
    [
        ("1.2", {"cmi.core.lesson_status": "done"}, "cmi.core.lesson_status"),
        ("1.2", {"cmi.core.score.raw": "150"}, "cmi.core.score.raw"),
        ("1.2", {"cmi.core.score.raw": "lots"}, "cmi.core.score.raw"),
        ("1.2", {"cmi.suspend_data": "x" * 4097}, "cmi.suspend_data"),
        ("1.2", {"cmi.core.lesson_location": "x" * 256}, "cmi.core.lesson_location"),
        ("1.2", {"cmi.core.session_time": "90 seconds"}, "cmi.core.session_time"),
        ("1.2", {"cmi.interactions.0.type": "essay"}, "cmi.interactions.0.type"),
        ("1.2", {"cmi.core.exit": "later"}, "cmi.core.exit"),
        ("1.2", {"not.an.element": "x"}, "not.an.element"),
        ("1.2", {"cmi.core.lesson_status": ["passed"]}, "cmi.core.lesson_status"),
        ("2004", {"cmi.completion_status": "passed"}, "cmi.completion_status"),
        ("2004", {"cmi.success_status": "completed"}, "cmi.success_status"),
        ("2004", {"cmi.score.scaled": "1.5"}, "cmi.score.scaled"),
        ("2004", {"cmi.progress_measure": "-1"}, "cmi.progress_measure"),
        ("2004", {"cmi.session_time": "00:01:00"}, "cmi.session_time"),
    ],
)
def test_data_that_does_not_fit_the_data_model_is_a_400_naming_the_element(
    signed_in, scorm12, scorm2004, learner, kind, cmi, field
):
    version, sco = (scorm12, "one") if kind == "1.2" else (scorm2004, "intro")
    attempt = attempt_for_learner(user=learner, package=version.package)
    commit(signed_in, attempt, sco, {"cmi.suspend_data": "kept"})
    response = commit(signed_in, attempt, sco, cmi)
    assert response.status_code == 400
    assert response.json()["field"] == field
    assert response.json()["error"].startswith(f"{field}: ")
    runtime = ScoRuntime.objects.get(attempt=attempt, sco_identifier=sco)
    assert runtime.cmi == {"cmi.suspend_data": "kept"}  # nothing was overwritten


@pytest.mark.parametrize(
    "raw, field",
    [
        ("not json", "body"),
        ("[1, 2]", "body"),
        ('{"sco": "nowhere", "cmi": {}}', "sco"),
        ('{"cmi": {}}', "sco"),
        ('{"sco": "one", "cmi": "text"}', "cmi"),
    ],
)
def test_malformed_commits_are_a_400_naming_the_field(signed_in, scorm12, learner, raw, field):
    attempt = attempt_for_learner(user=learner, package=scorm12.package)
    response = commit(signed_in, attempt, None, None, raw=raw)
    assert response.status_code == 400
    assert response.json()["field"] == field


def test_another_learners_attempt_cannot_be_written(scorm12, learner):
    attempt = attempt_for_learner(user=learner, package=scorm12.package)
    other = Client()
    other.force_login(factories.UserFactory())
    response = commit(other, attempt, "one", {"cmi.core.lesson_status": "passed"})
    assert response.status_code == 403
    assert not ScoRuntime.objects.exists()


def test_a_commit_without_the_csrf_token_is_refused(scorm12, learner):
    attempt = attempt_for_learner(user=learner, package=scorm12.package)
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = commit(client, attempt, "one", {"cmi.core.lesson_status": "passed"})
    assert response.status_code == 403
    assert not ScoRuntime.objects.exists()


def test_a_signed_out_commit_is_refused(scorm12, learner):
    attempt = attempt_for_learner(user=learner, package=scorm12.package)
    assert commit(Client(), attempt, "one", {}).status_code == 403


def test_commit_only_accepts_post(signed_in, scorm12, learner):
    attempt = attempt_for_learner(user=learner, package=scorm12.package)
    response = signed_in.get(f"/en/packages/attempts/{attempt.uuid}/commit/")
    assert response.status_code == 405 and response["Allow"] == "POST"


LAUNCH = {"learner_id": "l-1", "learner_name": "Martin, Alex", "item": {"identifier": "one"}}
TIMES = {
    "1.2": ("scorm12", "cmi.core.session_time", "cmi.core.total_time"),
    "2004": ("scorm2004", "cmi.session_time", "cmi.total_time"),
}


def minutes(version: str, count: int) -> str:
    return f"00:{count:02d}:00" if version == "1.2" else f"PT{count}M"


def run_session(kind, stored, session_element, total_element, times, *, send_total=True):
    """One session: launched from ``stored``, committing each session time of ``times``
    (the player asks for the launch data again after each commit); returns what is
    stored at the end."""
    launch = launch_cmi(kind=kind, stored=stored, **LAUNCH)
    for time in times:
        committed = {session_element: time, "cmi.suspend_data": "x"}
        if send_total:
            committed[total_element] = launch[total_element]
        stored = accumulate_time(kind, stored, committed)
        launch_cmi(kind=kind, stored=stored, **LAUNCH)
    return stored


@pytest.mark.parametrize("version", ["1.2", "2004"])
@pytest.mark.parametrize("send_total", [True, False])
def test_total_time_is_the_sum_of_the_sessions_each_counted_once(version, send_total):
    kind, session_element, total_element = TIMES[version]
    first = launch_cmi(kind=kind, stored={}, **LAUNCH)
    assert first[total_element] == ("0000:00:00.00" if version == "1.2" else "PT0S")
    stored = run_session(
        kind,
        {},
        session_element,
        total_element,
        [minutes(version, 0), minutes(version, 4), minutes(version, 10), minutes(version, 10)],
        send_total=send_total,
    )
    second = launch_cmi(kind=kind, stored=stored, **LAUNCH)
    assert second[total_element] == ("0000:10:00.00" if version == "1.2" else "PT10M")
    stored = run_session(
        kind,
        stored,
        session_element,
        total_element,
        [minutes(version, 0), minutes(version, 20), minutes(version, 20)],
        send_total=send_total,
    )
    third = launch_cmi(kind=kind, stored=stored, **LAUNCH)
    assert third[total_element] == ("0000:30:00.00" if version == "1.2" else "PT30M")


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_a_new_session_is_told_by_the_total_it_was_launched_with(version):
    kind, session_element, total_element = TIMES[version]
    # The SCO sets its session time only once, at the end, longer than the last one.
    stored = run_session(kind, {}, session_element, total_element, [minutes(version, 10)])
    stored = run_session(kind, stored, session_element, total_element, [minutes(version, 20)])
    total = launch_cmi(kind=kind, stored=stored, **LAUNCH)[total_element]
    assert runtime.time_centiseconds(kind, total) == 30 * 60 * 100


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_repeated_commits_of_one_session_count_once(version):
    kind, session_element, total_element = TIMES[version]
    launch = launch_cmi(kind=kind, stored={}, **LAUNCH)
    stored = {}
    for _ in range(5):
        committed = {session_element: minutes(version, 10), total_element: launch[total_element]}
        stored = accumulate_time(kind, stored, committed)
    total = launch_cmi(kind=kind, stored=stored, **LAUNCH)[total_element]
    assert runtime.time_centiseconds(kind, total) == 10 * 60 * 100


def test_the_players_session_key_tells_sessions_apart():
    stored = {}
    for key, time in [("a", "00:10:00"), ("b", "00:20:00"), ("b", "00:25:00"), ("b", "00:25:00")]:
        committed = {"cmi.core.session_time": time}
        stored = accumulate_time("scorm12", stored, committed, session_key=key)
    total = launch_cmi(kind="scorm12", stored=stored, **LAUNCH)["cmi.core.total_time"]
    assert total == "0000:35:00.00"


def test_a_late_commit_of_an_earlier_session_adds_only_its_uncounted_time():
    stored = {}
    for key, time in [("a", "00:10:00"), ("b", "00:05:00")]:
        committed = {"cmi.core.session_time": time, "cmi.core.lesson_location": key}
        stored = accumulate_time("scorm12", stored, committed, session_key=key)
    # Session "a" had run 4 minutes more than the newer session "b" was told: its last
    # commits, arriving late, add those 4 minutes once and change nothing else.
    late = {"cmi.core.session_time": "00:14:00", "cmi.core.lesson_location": "a-late"}
    for _ in range(2):
        stored = runtime.accumulate_late_time("scorm12", stored, late, session_key="a")
    launch = launch_cmi(kind="scorm12", stored=stored, **LAUNCH)
    assert launch["cmi.core.total_time"] == "0000:19:00.00"
    assert stored["cmi.core.lesson_location"] == "b"
    # A session never seen before counts whole.
    never_seen = {"cmi.core.session_time": "00:02:00"}
    stored = runtime.accumulate_late_time("scorm12", stored, never_seen, session_key="z")
    assert launch_cmi(kind="scorm12", stored=stored, **LAUNCH)["cmi.core.total_time"] == (
        "0000:21:00.00"
    )


def test_a_commit_without_time_stores_no_time_elements():
    committed = {"cmi.suspend_data": "kept"}
    assert accumulate_time("scorm12", {}, committed) == committed


def test_run_time_data_stored_before_totals_were_kept_counts_its_last_session():
    stored = {"cmi.session_time": "PT1H2M3.5S"}
    launch = launch_cmi(kind="scorm2004", stored=stored, **LAUNCH)
    assert launch["cmi.total_time"] == "PT1H2M3.5S"


@pytest.mark.parametrize(
    "kind, value, centiseconds",
    [
        ("scorm12", "0001:30:00", 540000),
        ("scorm12", "12:00:01.5", 4320150),
        ("scorm12", "soon", None),
        ("scorm2004", "PT1H30M", 540000),
        ("scorm2004", "P1DT0.25S", 8640025),
        ("scorm2004", "PT", None),
        ("scorm2004", "", None),
    ],
)
def test_times_are_read_in_each_standards_form(kind, value, centiseconds):
    assert runtime.time_centiseconds(kind, value) == centiseconds
    if centiseconds is not None:
        again = runtime.format_time(kind, centiseconds)
        assert runtime.time_centiseconds(kind, again) == centiseconds


@pytest.mark.parametrize(
    "kind, value",
    [(SCORM2004, "P" + "9" * 5000 + "D"), (SCORM12, "9" * 5000 + ":00:00")],
)
def test_a_time_of_thousands_of_digits_counts_as_the_longest_time(kind, value):
    # It is no time any run-time reports; it must neither fail nor be written out whole.
    longest = time_centiseconds(kind, value)
    assert longest == (9999 * 3600 + 59 * 60 + 59) * 100 + 99
    assert format_time(kind, longest) in ("9999:59:59.99", "PT9999H59M59.99S")
