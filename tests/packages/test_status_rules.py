"""What the LMS decides about a SCO's status, through the commit endpoint: SCORM 1.2's
``failed`` is a finished run that did not pass, a mastery score turns a raw score into
passed or failed, a SCO that ends its session without a status counts as completed, a
SCORM 2004 completion threshold and passing score decide from measures, late commits of
a session change nothing, and total time adds up over sessions."""

import json

import pytest

from lrs.models import Statement
from packages import status_rules
from packages.manifests import SCORM12, SCORM2004
from packages.models import ScoRuntime
from packages.selectors import player_items_for
from packages.services import attempt_for_learner, package_import
from tests.packages import fixtures as f
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db

IMSSS = 'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"'


def import_scorm(write_file, version="1.2", scos=None, item_extra=""):
    scos = scos or [("sco1", "Part one", "sco1/index.html")]
    files = {
        "imsmanifest.xml": f.scorm_manifest(version, "Safety briefing", scos, item_extra=item_extra)
    }
    for _identifier, title, href in scos:
        files[href] = f.SCO_12_HTML.format(title=title)
    return package_import(path=write_file("p.zip", f.zip_bytes(files)), filename="p.zip")


@pytest.fixture
def attempt_of(learner):
    def make(version):
        return attempt_for_learner(user=learner, package=version.package)

    return make


def commit(client, attempt, sco, cmi, **session):
    return client.post(
        f"/en/packages/attempts/{attempt.uuid}/commit/",
        data=json.dumps({"sco": sco, "cmi": cmi, **session}),
        content_type="application/json",
    )


def runtime_of(attempt, sco="sco1") -> ScoRuntime:
    return ScoRuntime.objects.get(attempt=attempt, sco_identifier=sco)


def launch_data(attempt, sco="sco1") -> dict:
    attempt.refresh_from_db()
    items = {i["identifier"]: i for i in player_items_for(attempt=attempt)}
    return items[sco]["cmi"]


def package_iri(version) -> str:
    return v.activity_iri("package", str(version.package.key))


def sco_verbs(version, sco="sco1") -> list[str]:
    iri = v.package_sco_iri(package_iri(version), sco)
    return sorted(Statement.objects.filter(object_iri=iri).values_list("verb_iri", flat=True))


def package_verbs(version) -> list[str]:
    return list(
        Statement.objects.filter(object_iri=package_iri(version)).values_list("verb_iri", flat=True)
    )


# SCORM 1.2: failed is not passed.


def test_a_failed_12_sco_leaves_the_run_failed_not_completed(signed_in, write_file, attempt_of):
    version = import_scorm(write_file)
    attempt = attempt_of(version)
    response = commit(signed_in, attempt, "sco1", {"cmi.core.lesson_status": "failed"})
    assert response.status_code == 200
    answer = response.json()
    assert answer["packageFailed"] is True
    assert answer["packageCompleted"] is False
    assert answer["success"] == "failed"
    attempt.refresh_from_db()
    assert attempt.completed_at is None
    assert attempt.failed_at is not None
    assert v.VERB_FAILED in sco_verbs(version)
    assert v.VERB_PASSED not in sco_verbs(version)
    assert v.VERB_COMPLETED not in package_verbs(version)


def test_passing_after_failing_completes_the_run_and_clears_the_failure(
    signed_in, write_file, attempt_of
):
    version = import_scorm(write_file)
    attempt = attempt_of(version)
    commit(signed_in, attempt, "sco1", {"cmi.core.lesson_status": "failed"})
    answer = commit(signed_in, attempt, "sco1", {"cmi.core.lesson_status": "passed"}).json()
    assert answer["packageCompleted"] is True
    assert answer["packageFailed"] is False
    attempt.refresh_from_db()
    assert attempt.completed_at is not None
    assert attempt.failed_at is None
    assert package_verbs(version) == [v.VERB_COMPLETED]
    assert v.VERB_PASSED in sco_verbs(version)


# SCORM 1.2 mastery score.

MASTERY = "<adlcp:masteryscore>80</adlcp:masteryscore>"


@pytest.mark.parametrize(
    "raw, decided, package_completed",
    [("70", "failed", False), ("85", "passed", True), ("80", "passed", True)],
)
def test_the_mastery_score_decides_passed_or_failed_from_the_raw_score(
    signed_in, write_file, attempt_of, raw, decided, package_completed
):
    version = import_scorm(write_file, item_extra=MASTERY)
    attempt = attempt_of(version)
    assert launch_data(attempt)["cmi.student_data.mastery_score"] == "80"
    answer = commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.core.lesson_status": "completed", "cmi.core.score.raw": raw},
    ).json()
    assert answer["success"] == decided
    assert answer["packageCompleted"] is package_completed
    assert answer["packageFailed"] is (not package_completed)
    assert runtime_of(attempt).cmi["cmi.core.lesson_status"] == decided
    assert runtime_of(attempt).success_status == decided
    # The next launch starts with the status the LMS decided.
    assert answer["launch"]["cmi.core.lesson_status"] == decided
    assert launch_data(attempt)["cmi.core.lesson_status"] == decided


def test_the_mastery_score_leaves_an_unfinished_sco_unfinished(signed_in, write_file, attempt_of):
    version = import_scorm(write_file, item_extra=MASTERY)
    attempt = attempt_of(version)
    answer = commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.core.lesson_status": "incomplete", "cmi.core.score.raw": "95"},
    ).json()
    assert answer["completion"] == "incomplete"
    assert answer["packageCompleted"] is False
    assert launch_data(attempt)["cmi.core.lesson_status"] == "incomplete"


# SCORM 1.2: ending the session without a status.


def test_a_12_sco_that_ends_its_session_without_a_status_is_completed(
    signed_in, write_file, attempt_of
):
    version = import_scorm(write_file)
    attempt = attempt_of(version)
    answer = commit(
        signed_in, attempt, "sco1", {"cmi.core.lesson_location": "p2"}, terminated=True
    ).json()
    assert answer["completion"] == "completed"
    assert answer["packageCompleted"] is True
    assert runtime_of(attempt).cmi["cmi.core.lesson_status"] == "completed"
    assert launch_data(attempt)["cmi.core.lesson_status"] == "completed"
    attempt.refresh_from_db()
    assert attempt.completed_at is not None


def test_a_12_commit_without_a_status_that_does_not_end_the_session_completes_nothing(
    signed_in, write_file, attempt_of
):
    version = import_scorm(write_file)
    attempt = attempt_of(version)
    answer = commit(signed_in, attempt, "sco1", {"cmi.core.lesson_location": "p2"}).json()
    assert answer["completion"] == "not attempted"
    assert answer["packageCompleted"] is False
    assert "cmi.core.lesson_status" not in runtime_of(attempt).cmi
    assert launch_data(attempt)["cmi.core.lesson_status"] == "not attempted"
    attempt.refresh_from_db()
    assert attempt.completed_at is None


def test_a_12_sco_ending_without_a_status_below_the_mastery_score_fails(
    signed_in, write_file, attempt_of
):
    version = import_scorm(write_file, item_extra=MASTERY)
    attempt = attempt_of(version)
    answer = commit(
        signed_in, attempt, "sco1", {"cmi.core.score.raw": "50"}, terminated=True
    ).json()
    assert answer["success"] == "failed"
    assert answer["packageFailed"] is True
    assert runtime_of(attempt).cmi["cmi.core.lesson_status"] == "failed"


# SCORM 2004.


def test_a_2004_sco_terminated_without_suspend_counts_completed(signed_in, write_file, attempt_of):
    version = import_scorm(write_file, "2004")
    attempt = attempt_of(version)
    answer = commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.completion_status": "unknown", "cmi.exit": "normal"},
        terminated=True,
    ).json()
    assert answer["completion"] == "completed"
    assert answer["packageCompleted"] is True
    runtime = runtime_of(attempt)
    assert runtime.completion_status == "completed"
    # The data is stored as the SCO sent it.
    assert runtime.cmi["cmi.completion_status"] == "unknown"


def test_a_2004_sco_terminated_with_suspend_is_not_completed(signed_in, write_file, attempt_of):
    version = import_scorm(write_file, "2004")
    attempt = attempt_of(version)
    answer = commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.completion_status": "unknown", "cmi.exit": "suspend"},
        terminated=True,
    ).json()
    assert answer["completion"] != "completed"
    assert answer["packageCompleted"] is False
    assert runtime_of(attempt).completion_status != "completed"


def test_a_2004_commit_that_does_not_terminate_completes_nothing(signed_in, write_file, attempt_of):
    version = import_scorm(write_file, "2004")
    attempt = attempt_of(version)
    answer = commit(
        signed_in, attempt, "sco1", {"cmi.completion_status": "unknown", "cmi.exit": "normal"}
    ).json()
    assert answer["completion"] == "unknown"
    assert answer["packageCompleted"] is False


THRESHOLD = "<adlcp:completionThreshold>0.8</adlcp:completionThreshold>"


@pytest.mark.parametrize(
    "progress, completion, package_completed",
    [("0.5", "incomplete", False), ("0.9", "completed", True), ("0.8", "completed", True)],
)
def test_a_completion_threshold_decides_completion_from_the_progress_measure(
    signed_in, write_file, attempt_of, progress, completion, package_completed
):
    version = import_scorm(write_file, "2004", item_extra=THRESHOLD)
    attempt = attempt_of(version)
    assert launch_data(attempt)["cmi.completion_threshold"] == "0.8"
    answer = commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.completion_status": "completed", "cmi.progress_measure": progress},
        terminated=True,
    ).json()
    assert answer["completion"] == completion
    assert answer["packageCompleted"] is package_completed
    assert runtime_of(attempt).cmi["cmi.completion_status"] == completion
    assert launch_data(attempt)["cmi.completion_status"] == completion


PASSING_BY_MEASURE = (
    f"<imsss:sequencing {IMSSS}><imsss:objectives>"
    '<imsss:primaryObjective objectiveID="mastery" satisfiedByMeasure="true">'
    "<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>"
    "</imsss:primaryObjective></imsss:objectives></imsss:sequencing>"
)


@pytest.mark.parametrize(
    "scaled, success, package_completed", [("0.6", "failed", False), ("0.7", "passed", True)]
)
def test_a_primary_objective_satisfied_by_measure_decides_success_from_the_scaled_score(
    signed_in, write_file, attempt_of, scaled, success, package_completed
):
    version = import_scorm(write_file, "2004", item_extra=PASSING_BY_MEASURE)
    attempt = attempt_of(version)
    assert launch_data(attempt)["cmi.scaled_passing_score"] == "0.7"
    answer = commit(
        signed_in,
        attempt,
        "sco1",
        {
            "cmi.completion_status": "completed",
            "cmi.success_status": "passed" if success == "failed" else "failed",
            "cmi.score.scaled": scaled,
        },
    ).json()
    assert answer["success"] == success
    assert answer["packageCompleted"] is package_completed
    assert answer["packageFailed"] is (not package_completed)
    assert runtime_of(attempt).cmi["cmi.success_status"] == success
    verb = v.VERB_PASSED if success == "passed" else v.VERB_FAILED
    assert verb in sco_verbs(version)
    attempt.refresh_from_db()
    assert (attempt.completed_at is not None) is package_completed


# Completed stays completed.


def test_a_completed_sco_stays_completed_when_a_later_session_reports_unknown(
    signed_in, write_file, attempt_of
):
    version = import_scorm(write_file, "2004")
    attempt = attempt_of(version)
    commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.completion_status": "completed"},
        session="first",
        sequence=1,
    )
    answer = commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.completion_status": "unknown", "cmi.location": "p1"},
        session="second",
        sequence=1,
    ).json()
    assert answer["completion"] == "completed"
    assert runtime_of(attempt).completion_status == "completed"
    assert runtime_of(attempt).cmi["cmi.location"] == "p1"
    attempt.refresh_from_db()
    assert attempt.completed_at is not None
    # One completion, not two.
    assert sco_verbs(version).count(v.VERB_COMPLETED) == 1


@pytest.mark.parametrize(
    "version_name, failed, nothing",
    [
        (
            "2004",
            {"cmi.completion_status": "completed", "cmi.success_status": "failed"},
            {"cmi.completion_status": "unknown", "cmi.success_status": "unknown"},
        ),
        ("1.2", {"cmi.core.lesson_status": "failed"}, {"cmi.core.lesson_location": "p1"}),
    ],
)
def test_a_later_session_that_reports_nothing_does_not_turn_a_failed_run_completed(
    signed_in, write_file, attempt_of, version_name, failed, nothing
):
    version = import_scorm(write_file, version_name)
    attempt = attempt_of(version)
    answer = commit(signed_in, attempt, "sco1", failed, session="first", sequence=1).json()
    assert answer["packageFailed"] is True
    answer = commit(signed_in, attempt, "sco1", nothing, session="second", sequence=1).json()
    assert answer["packageCompleted"] is False
    assert answer["packageFailed"] is True
    assert package_verbs(version) == []
    attempt.refresh_from_db()
    assert attempt.completed_at is None


# Ordering of commits.


def test_a_late_commit_of_a_session_changes_nothing(signed_in, write_file, attempt_of):
    version = import_scorm(write_file)
    attempt = attempt_of(version)
    later = {"cmi.core.lesson_status": "incomplete", "cmi.core.lesson_location": "page-5"}
    earlier = {"cmi.core.lesson_status": "passed", "cmi.core.lesson_location": "page-2"}
    assert commit(signed_in, attempt, "sco1", later, session="s1", sequence=2).status_code == 200
    response = commit(signed_in, attempt, "sco1", earlier, session="s1", sequence=1)
    assert response.status_code == 200
    runtime = runtime_of(attempt)
    assert runtime.cmi["cmi.core.lesson_location"] == "page-5"
    assert runtime.completion_status == "incomplete"
    assert runtime.commits == 1
    attempt.refresh_from_db()
    assert attempt.completed_at is None
    assert Statement.objects.count() == 0
    # The same number again is no newer either.
    commit(signed_in, attempt, "sco1", earlier, session="s1", sequence=2)
    assert runtime_of(attempt).cmi["cmi.core.lesson_location"] == "page-5"
    # A new session starts its own count.
    answer = commit(signed_in, attempt, "sco1", earlier, session="s2", sequence=1).json()
    assert runtime_of(attempt).cmi["cmi.core.lesson_location"] == "page-2"
    assert answer["packageCompleted"] is True


def open_player(client, version) -> int:
    """Opens the player as the learner does, and answers the opening's number."""
    page = client.get(f"/en/packages/{version.package.key}/", HTTP_HOST="127.0.0.1:8000")
    assert page.status_code == 200
    return page.context["config"]["launch"]


def test_each_opening_of_the_player_is_numbered(signed_in, write_file):
    version = import_scorm(write_file)
    assert [open_player(signed_in, version) for _ in range(3)] == [1, 2, 3]


def test_a_last_commit_arriving_after_the_learner_reopened_the_package_still_resumes(
    signed_in, write_file, attempt_of
):
    # The learner answers and leaves; the page's last commit (exit=suspend) is still on
    # its way when the learner opens the package again, and the page read the run
    # before it arrived. The new page sends that commit again, first: the SCO is started
    # with what the platform answers.
    version = import_scorm(write_file)
    attempt = attempt_of(version)
    first = open_player(signed_in, version)
    commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.core.lesson_status": "incomplete"},
        session="a",
        sequence=1,
        launch=first,
        order=1,
    )
    second = open_player(signed_in, version)
    assert launch_data(attempt)["cmi.core.entry"] == ""
    last = {
        "cmi.core.lesson_status": "incomplete",
        "cmi.core.lesson_location": "slide-4",
        "cmi.suspend_data": "answered=q0",
        "cmi.core.exit": "suspend",
        "cmi.core.session_time": "00:10:00",
    }
    session_a = {"session": "a", "sequence": 2, "launch": first, "order": 1, "terminated": True}
    answer = commit(signed_in, attempt, "sco1", last, **session_a).json()
    assert answer["launch"]["cmi.core.entry"] == "resume"
    assert answer["launch"]["cmi.suspend_data"] == "answered=q0"
    # The resumed session commits; then the first page's copy of its last commit arrives
    # (sent with keepalive as it unloaded): it changes nothing.
    session_b = {"session": "b", "sequence": 1, "launch": second, "order": 1}
    resumed = {"cmi.core.lesson_status": "incomplete", "cmi.core.lesson_location": "slide-5"}
    commit(signed_in, attempt, "sco1", {**resumed, "cmi.core.exit": "suspend"}, **session_b)
    answer = commit(signed_in, attempt, "sco1", last, **session_a).json()
    assert answer["launch"]["cmi.core.lesson_location"] == "slide-5"
    runtime = runtime_of(attempt)
    assert (runtime.session_key, runtime.commits) == ("b", 3)
    assert launch_data(attempt)["cmi.core.total_time"] == "0000:10:00.00"


def test_a_late_commit_of_an_earlier_opening_does_not_replace_newer_data_but_is_recorded(
    signed_in, write_file, attempt_of
):
    # The new session was started without the earlier session's last commit (it had not
    # arrived, and the device could not keep a copy); it arrives after the new session's.
    version = import_scorm(write_file, item_extra="<adlcp:masteryscore>80</adlcp:masteryscore>")
    attempt = attempt_of(version)
    session_a = {"session": "a", "launch": 1, "order": 1}
    commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.core.lesson_status": "incomplete", "cmi.core.session_time": "00:05:00"},
        sequence=1,
        **session_a,
    )
    newer = {
        "cmi.core.lesson_status": "incomplete",
        "cmi.core.lesson_location": "start",
        "cmi.core.session_time": "00:01:00",
    }
    commit(signed_in, attempt, "sco1", newer, session="b", sequence=1, launch=2, order=1)
    late = {
        "cmi.core.lesson_status": "completed",
        "cmi.core.lesson_location": "slide-9",
        "cmi.core.score.raw": "90",
        "cmi.core.session_time": "00:12:00",
        "cmi.interactions.0.id": "q1",
        "cmi.interactions.0.type": "choice",
        "cmi.interactions.0.student_response": "b",
        "cmi.interactions.0.result": "correct",
    }
    answer = commit(signed_in, attempt, "sco1", late, sequence=2, terminated=True, **session_a)
    assert answer.status_code == 200
    answer = answer.json()
    # The newer session's data stays what its next launch starts with...
    runtime = runtime_of(attempt)
    assert runtime.session_key == "b"
    assert runtime.cmi["cmi.core.lesson_location"] == "start"
    assert answer["launch"]["cmi.core.lesson_location"] == "start"
    # ...and what the earlier one did is not lost: its pass (90 against 80), its answer
    # and its time.
    assert (answer["completion"], answer["success"]) == ("completed", "passed")
    assert answer["packageCompleted"] is True
    assert v.VERB_PASSED in sco_verbs(version)
    assert package_verbs(version) == [v.VERB_COMPLETED]
    assert Statement.objects.filter(verb_iri=v.VERB_ANSWERED).count() == 1
    assert launch_data(attempt)["cmi.core.total_time"] == "0000:13:00.00"
    # The same late commit once more changes nothing.
    commit(signed_in, attempt, "sco1", late, sequence=2, terminated=True, **session_a)
    assert Statement.objects.filter(verb_iri=v.VERB_ANSWERED).count() == 1
    assert launch_data(attempt)["cmi.core.total_time"] == "0000:13:00.00"
    assert runtime_of(attempt).commits == 3


def test_a_late_commit_of_an_earlier_session_does_not_undo_a_later_outcome(
    signed_in, write_file, attempt_of
):
    version = import_scorm(write_file, "2004")
    attempt = attempt_of(version)
    passed = {"cmi.completion_status": "completed", "cmi.success_status": "passed"}
    failed = {"cmi.completion_status": "completed", "cmi.success_status": "failed"}
    commit(signed_in, attempt, "sco1", failed, session="b", sequence=1, launch=2)
    # An earlier session's pass still counts: the learner did pass.
    answer = commit(signed_in, attempt, "sco1", passed, session="a", sequence=1, launch=1).json()
    assert answer["success"] == "passed" and answer["packageCompleted"] is True
    # An earlier session's failure does not undo a later pass.
    commit(signed_in, attempt, "sco1", passed, session="d", sequence=1, launch=4)
    answer = commit(signed_in, attempt, "sco1", failed, session="c", sequence=1, launch=3).json()
    assert answer["success"] == "passed" and answer["packageFailed"] is False


def test_sessions_of_one_opening_are_ordered_by_their_place_in_it(
    signed_in, write_file, attempt_of
):
    version = import_scorm(write_file)
    attempt = attempt_of(version)
    second = {"cmi.core.lesson_location": "second", "cmi.core.exit": "suspend"}
    commit(signed_in, attempt, "sco1", second, session="s2", sequence=1, launch=1, order=2)
    first = {"cmi.core.lesson_location": "first", "cmi.core.exit": "suspend"}
    commit(signed_in, attempt, "sco1", first, session="s1", sequence=3, launch=1, order=1)
    assert launch_data(attempt)["cmi.core.lesson_location"] == "second"


def test_a_multi_sco_package_completes_only_when_every_sco_is_completed_and_none_failed(
    signed_in, write_file, attempt_of
):
    scos = [
        ("one", "One", "one.html"),
        ("two", "Two", "two.html"),
        ("three", "Three", "three.html"),
    ]
    version = import_scorm(write_file, scos=scos)
    attempt = attempt_of(version)
    assert (
        commit(signed_in, attempt, "one", {"cmi.core.lesson_status": "passed"}).json()[
            "packageCompleted"
        ]
        is False
    )
    answer = commit(signed_in, attempt, "two", {"cmi.core.lesson_status": "failed"}).json()
    assert answer["packageCompleted"] is False
    assert answer["packageFailed"] is False  # "three" is not finished yet
    answer = commit(signed_in, attempt, "three", {"cmi.core.lesson_status": "completed"}).json()
    assert answer["packageCompleted"] is False
    assert answer["packageFailed"] is True
    assert package_verbs(version) == []
    answer = commit(signed_in, attempt, "two", {"cmi.core.lesson_status": "passed"}).json()
    assert answer["packageCompleted"] is True
    assert answer["packageFailed"] is False
    assert package_verbs(version) == [v.VERB_COMPLETED]


def test_assets_do_not_hold_back_the_completion_of_the_package(signed_in, write_file, attempt_of):
    scos = [("sco1", "Lesson", "sco1/index.html"), ("notes", "Notes", "notes.html")]
    files = {
        "imsmanifest.xml": f.scorm_manifest("2004", "Safety briefing", scos).replace(
            'adlcp:scormType="sco" href="notes.html"', 'adlcp:scormType="asset" href="notes.html"'
        ),
        "sco1/index.html": f.SCO_12_HTML.format(title="Lesson"),
        "notes.html": "<html><body>Notes</body></html>",
    }
    version = package_import(path=write_file("a.zip", f.zip_bytes(files)), filename="a.zip")
    assert [i["scorm_type"] for i in version.items] == ["sco", "asset"]
    attempt = attempt_of(version)
    answer = commit(signed_in, attempt, "sco1", {"cmi.completion_status": "completed"}).json()
    assert answer["packageCompleted"] is True
    assert package_verbs(version) == [v.VERB_COMPLETED]


# Bad input.


@pytest.mark.parametrize(
    "session, field",
    [
        ({"session": 7}, "session"),
        ({"session": None}, "session"),
        ({"session": "x" * 65}, "session"),
        ({"session": "a\u0000b"}, "session"),
        ({"session": "two words"}, "session"),
        ({"session": "s", "sequence": -1}, "sequence"),
        ({"session": "s", "sequence": True}, "sequence"),
        ({"session": "s", "sequence": "3"}, "sequence"),
        ({"session": "s", "sequence": 1.5}, "sequence"),
        ({"session": "s", "sequence": 2**31}, "sequence"),
        ({"session": "s", "launch": -1}, "launch"),
        ({"session": "s", "launch": "2"}, "launch"),
        ({"session": "s", "order": 1.5}, "order"),
        ({"session": "s", "order": False}, "order"),
        ({"terminated": "yes"}, "terminated"),
        ({"terminated": 1}, "terminated"),
        ({"terminated": None}, "terminated"),
    ],
)
def test_a_bad_session_sequence_or_terminated_is_a_400_and_stores_nothing(
    signed_in, write_file, attempt_of, session, field
):
    version = import_scorm(write_file)
    attempt = attempt_of(version)
    commit(signed_in, attempt, "sco1", {"cmi.suspend_data": "kept"}, session="s", sequence=1)
    before = runtime_of(attempt)
    response = commit(signed_in, attempt, "sco1", {"cmi.core.lesson_status": "passed"}, **session)
    assert response.status_code == 400
    assert response.json()["field"] == field
    after = runtime_of(attempt)
    assert after.cmi == before.cmi
    assert (after.commits, after.session_key, after.session_sequence) == (1, "s", 1)
    assert after.completion_status == "not attempted"
    attempt.refresh_from_db()
    assert attempt.completed_at is None


def test_a_session_key_of_64_characters_is_accepted(signed_in, write_file, attempt_of):
    version = import_scorm(write_file)
    attempt = attempt_of(version)
    key = "k" * 64
    response = commit(
        signed_in,
        attempt,
        "sco1",
        {"cmi.core.lesson_status": "incomplete"},
        session=key,
        sequence=0,
    )
    assert response.status_code == 200
    assert runtime_of(attempt).session_key == key


# Total time.


@pytest.mark.parametrize(
    "version_name, session_element, total_element, times, expected",
    [
        (
            "1.2",
            "cmi.core.session_time",
            "cmi.core.total_time",
            ("00:10:00", "00:20:00"),
            "0000:30:00.00",
        ),
        ("2004", "cmi.session_time", "cmi.total_time", ("PT10M", "PT20M"), "PT30M"),
    ],
)
def test_total_time_adds_the_sessions_of_the_player(
    signed_in, write_file, attempt_of, version_name, session_element, total_element, times, expected
):
    version = import_scorm(write_file, version_name)
    attempt = attempt_of(version)
    first, second = times
    # The first session commits its growing time twice: it counts once.
    commit(
        signed_in,
        attempt,
        "sco1",
        {session_element: "00:05:00" if version_name == "1.2" else "PT5M"},
        session="a",
        sequence=1,
    )
    commit(signed_in, attempt, "sco1", {session_element: first}, session="a", sequence=2)
    answer = commit(
        signed_in, attempt, "sco1", {session_element: second}, session="b", sequence=1
    ).json()
    assert answer["launch"][total_element] == expected
    assert launch_data(attempt)[total_element] == expected


# The pure rules.


def test_run_outcome_of_no_sco_is_never_done():
    assert status_rules.run_outcome([]) == status_rules.RunOutcome(False, False, False)


@pytest.mark.parametrize(
    "statuses, outcome",
    [
        ([("completed", "passed"), ("completed", "unknown")], (True, False, True)),
        ([("completed", "unknown")], (True, False, False)),
        ([("completed", "failed"), ("completed", "passed")], (False, True, False)),
        ([("completed", "failed"), ("incomplete", "unknown")], (False, False, False)),
        ([("completed", "passed"), ("not attempted", "unknown")], (False, False, False)),
    ],
)
def test_run_outcome(statuses, outcome):
    assert status_rules.run_outcome(statuses) == status_rules.RunOutcome(*outcome)


def test_lms_decided_leaves_the_callers_data_alone():
    cmi = {"cmi.core.score.raw": "90"}
    decided = status_rules.lms_decided(
        kind=SCORM12, cmi=cmi, item={"mastery_score": "80"}, terminated=True
    )
    assert decided["cmi.core.lesson_status"] == "passed"
    assert cmi == {"cmi.core.score.raw": "90"}


def test_a_2004_status_of_an_ended_attempt_keeps_a_known_completion():
    status = status_rules.sco_status(
        kind=SCORM2004,
        cmi={"cmi.completion_status": "incomplete", "cmi.exit": "normal"},
        terminated=True,
    )
    assert status.completion == "incomplete"
