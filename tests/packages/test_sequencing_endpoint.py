"""The sequencing endpoint of a learner's run: the engine's state is kept for the next
launch, the rollup of the root activity decides the run's outcome, and bad input or the
wrong learner is refused with nothing stored."""

import json

import pytest
from django.test import Client

from lrs.models import Statement
from packages.services import attempt_for_learner, package_import
from tests import factories
from tests.packages import fixtures as f
from tests.packages.test_sequencing_manifest import PRETEST_POSTTEST
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db

STATE = json.dumps({"version": "1.0", "currentActivityId": "POSTTEST", "sequencing": {}})


@pytest.fixture
def sequenced(write_file):
    files = {"imsmanifest.xml": PRETEST_POSTTEST}
    for sco in ("PRETEST", "CONTENT", "POSTTEST"):
        files[f"{sco}.html"] = f"<html><body>{sco}</body></html>"
    return package_import(path=write_file("s.zip", f.zip_bytes(files)), filename="s.zip")


@pytest.fixture
def attempt(sequenced, learner):
    return attempt_for_learner(user=learner, package=sequenced.package)


def post(client, attempt, body, raw=None):
    return client.post(
        f"/en/packages/attempts/{attempt.uuid}/sequencing/",
        data=raw if raw is not None else json.dumps(body),
        content_type="application/json",
    )


def completed_statements(attempt):
    package_iri = v.activity_iri("package", str(attempt.version.package.key))
    return Statement.objects.filter(object_iri=package_iri, verb_iri=v.VERB_COMPLETED).count()


def test_the_state_is_kept_and_offered_to_the_next_launch(signed_in, attempt):
    root = {"completionStatus": "incomplete", "successStatus": "unknown"}
    response = post(signed_in, attempt, {"state": STATE, "root": root})
    assert response.status_code == 200
    assert response.json() == {"packageCompleted": False, "packageFailed": False, "stateKept": True}
    attempt.refresh_from_db()
    assert attempt.sequencing_state == STATE
    page = signed_in.get(f"/en/packages/{attempt.version.package.key}/", HTTP_HOST="127.0.0.1:8000")
    config = page.context["config"]
    assert config["sequencingState"] == STATE
    assert config["sequencing"]["activityTree"]["id"] == "ORG"


@pytest.mark.parametrize(
    "root, completed",
    [
        ({"completionStatus": "unknown", "successStatus": "passed"}, True),
        ({"completionStatus": "completed", "successStatus": "unknown"}, True),
        ({"completionStatus": "completed", "successStatus": "failed"}, False),
        ({"completionStatus": "incomplete", "successStatus": "unknown"}, False),
    ],
)
def test_the_root_rollup_decides_the_run(signed_in, attempt, root, completed):
    answer = post(signed_in, attempt, {"state": STATE, "root": root}).json()
    attempt.refresh_from_db()
    assert answer["packageCompleted"] is completed
    assert (attempt.completed_at is not None) is completed
    assert answer["packageFailed"] is (root["successStatus"] == "failed")
    assert completed_statements(attempt) == (1 if completed else 0)


def test_a_failed_root_then_passed_completes_once(signed_in, attempt):
    post(signed_in, attempt, {"state": STATE, "root": {"successStatus": "failed"}})
    attempt.refresh_from_db()
    assert attempt.failed_at is not None and attempt.completed_at is None
    for _ in range(2):
        post(signed_in, attempt, {"state": STATE, "root": {"successStatus": "passed"}})
    attempt.refresh_from_db()
    assert attempt.failed_at is None and attempt.completed_at is not None
    assert completed_statements(attempt) == 1


@pytest.mark.parametrize("completion", ["incomplete", "not attempted"])
def test_a_failed_root_still_being_worked_through_does_not_fail_the_run(
    signed_in, attempt, completion
):
    # Content that reports "failed" from its first page until its quiz is passed
    # (iSpring's does): the learner who has only opened it has not failed.
    root = {"completionStatus": completion, "successStatus": "failed"}
    answer = post(signed_in, attempt, {"state": STATE, "root": root}).json()
    attempt.refresh_from_db()
    assert answer == {"packageCompleted": False, "packageFailed": False, "stateKept": True}
    assert attempt.failed_at is None and attempt.completed_at is None
    # Once the root is completed and still failed, the run is.
    root = {"completionStatus": "completed", "successStatus": "failed"}
    assert post(signed_in, attempt, {"state": STATE, "root": root}).json()["packageFailed"]
    attempt.refresh_from_db()
    assert attempt.failed_at is not None


def test_a_state_of_an_earlier_opening_arriving_late_is_not_kept(signed_in, attempt):
    # The learner opened the package again (opening 2) before the first page's last
    # state (sent as it unloaded) arrived.
    newer = json.dumps({"version": "1.0", "currentActivityId": "CONTENT", "sequencing": {}})
    incomplete = {"completionStatus": "incomplete", "successStatus": "unknown"}
    body = {"state": newer, "root": incomplete, "launch": 2, "sequence": 1}
    assert post(signed_in, attempt, body).json()["stateKept"] is True
    failed = {"completionStatus": "completed", "successStatus": "failed"}
    late = {"state": STATE, "root": failed, "launch": 1, "sequence": 7}
    answer = post(signed_in, attempt, late).json()
    assert answer == {"packageCompleted": False, "packageFailed": False, "stateKept": False}
    attempt.refresh_from_db()
    assert attempt.sequencing_state == newer
    # Within one opening, the states are kept in their order.
    assert not post(signed_in, attempt, {**body, "state": STATE, "sequence": 0}).json()["stateKept"]
    # A late state's completion is not lost.
    passed = {"completionStatus": "completed", "successStatus": "passed"}
    answer = post(signed_in, attempt, {**late, "root": passed}).json()
    assert answer == {"packageCompleted": True, "packageFailed": False, "stateKept": False}
    attempt.refresh_from_db()
    assert attempt.sequencing_state == newer
    assert completed_statements(attempt) == 1


@pytest.mark.parametrize("field, value", [("launch", -1), ("sequence", "2"), ("launch", True)])
def test_a_bad_launch_or_sequence_is_a_400_and_keeps_nothing(signed_in, attempt, field, value):
    root = {"completionStatus": "incomplete", "successStatus": "unknown"}
    response = post(signed_in, attempt, {"state": STATE, "root": root, field: value})
    assert response.status_code == 400
    assert response.json()["field"] == field
    attempt.refresh_from_db()
    assert attempt.sequencing_state == ""


def test_scos_of_a_sequenced_run_do_not_complete_it_by_themselves(signed_in, attempt):
    # Once the engine has reported on the run, only the root's rollup completes it, even
    # when every SCO of the manifest is completed.
    root = {"completionStatus": "incomplete", "successStatus": "unknown"}
    post(signed_in, attempt, {"state": STATE, "root": root})
    for sco in ("PRETEST", "CONTENT", "POSTTEST"):
        signed_in.post(
            f"/en/packages/attempts/{attempt.uuid}/commit/",
            data=json.dumps({"sco": sco, "cmi": {"cmi.completion_status": "completed"}}),
            content_type="application/json",
        )
    attempt.refresh_from_db()
    assert attempt.completed_at is None


def test_without_the_engine_the_scos_complete_a_sequenced_package(signed_in, attempt):
    # Played without an origin for content, the engine does not run: the SCOs decide.
    for sco in ("PRETEST", "CONTENT", "POSTTEST"):
        signed_in.post(
            f"/en/packages/attempts/{attempt.uuid}/commit/",
            data=json.dumps({"sco": sco, "cmi": {"cmi.completion_status": "completed"}}),
            content_type="application/json",
        )
    attempt.refresh_from_db()
    assert attempt.completed_at is not None


@pytest.mark.parametrize(
    "body, field",
    [
        ({"root": {}}, "state"),
        ({"state": 5, "root": {}}, "state"),
        ({"state": "not json", "root": {}}, "state"),
        ({"state": STATE}, "root"),
        ({"state": STATE, "root": []}, "root"),
        ({"state": STATE, "root": {"completionStatus": "done"}}, "root.completionStatus"),
        ({"state": STATE, "root": {"successStatus": "great"}}, "root.successStatus"),
    ],
)
def test_bad_input_is_a_400_naming_the_field_and_stores_nothing(signed_in, attempt, body, field):
    response = post(signed_in, attempt, body)
    assert response.status_code == 400
    assert response.json()["field"] == field
    attempt.refresh_from_db()
    assert attempt.sequencing_state == "" and attempt.completed_at is None


def test_a_body_that_is_not_json_is_a_400(signed_in, attempt):
    assert post(signed_in, attempt, None, raw="{").status_code == 400


def test_a_package_without_sequencing_is_refused(signed_in, learner, write_file):
    version = package_import(
        path=write_file("p.zip", f.zip_bytes(f.scorm_package("2004"))), filename="p.zip"
    )
    plain = attempt_for_learner(user=learner, package=version.package)
    response = post(signed_in, plain, {"state": STATE, "root": {"successStatus": "passed"}})
    assert response.status_code == 400 and response.json()["field"] == "state"
    plain.refresh_from_db()
    assert plain.completed_at is None


def test_another_learner_or_nobody_cannot_write_the_run(attempt):
    other = Client()
    other.force_login(factories.UserFactory())
    body = {"state": STATE, "root": {"successStatus": "passed"}}
    assert post(other, attempt, body).status_code == 403
    assert post(Client(), attempt, body).status_code == 403
    assert Client().get(f"/en/packages/attempts/{attempt.uuid}/sequencing/").status_code == 405
    attempt.refresh_from_db()
    assert attempt.sequencing_state == "" and attempt.completed_at is None
