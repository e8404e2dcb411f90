"""An xAPI (tincan.xml) package is launched with endpoint, auth, actor, registration and
activity_id; its auth is a short-lived token that may only write about this learner and
this activity."""

import json
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from packages.services import package_import
from tests import factories
from tests.packages import fixtures as f

pytestmark = pytest.mark.django_db

ACTIVITY = "https://example.org/courses/interviewing"


@pytest.fixture
def launch(write_file, learner):
    version = package_import(
        path=write_file("x.zip", f.zip_bytes(f.tincan_package(activity_id=ACTIVITY))),
        filename="x.zip",
    )
    client = Client()
    client.force_login(learner)
    response = client.get(f"/en/packages/{version.package.key}/")
    url = response.context["config"]["items"][0]["url"]
    return {
        "client": client,
        "version": version,
        "url": url,
        "params": {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()},
    }


def statement(actor, activity=ACTIVITY, verb="completed", registration=None):
    body = {
        "actor": actor,
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
        "object": {"id": activity},
    }
    if registration:
        body["context"] = {"registration": registration}
    return json.dumps(body)


def post(auth, body):
    return Client().post(
        "/xapi/statements",
        data=body,
        content_type="application/json",
        HTTP_AUTHORIZATION=auth,
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )


def test_the_launch_url_carries_the_xapi_launch_parameters(launch, learner):
    params = launch["params"]
    assert urlsplit(launch["url"]).path == f"/packages/content/{launch['version'].uuid}/index.html"
    assert params["endpoint"] == "http://testserver/xapi/"
    assert params["activity_id"] == ACTIVITY
    assert json.loads(params["actor"])["account"]["name"] == str(learner.uuid)
    uuid.UUID(params["registration"])
    assert params["auth"].startswith("Basic ")


def test_the_token_writes_about_the_learner_and_the_activity(launch):
    params = launch["params"]
    actor = json.loads(params["actor"])
    response = post(params["auth"], statement(actor, registration=params["registration"]))
    assert response.status_code == 200
    # The player now shows the content as completed.
    page = launch["client"].get(f"/en/packages/{launch['version'].package.key}/")
    assert page.context["completed"] is True


def test_the_token_cannot_write_about_another_activity_or_learner(launch):
    params = launch["params"]
    actor = json.loads(params["actor"])
    assert (
        post(params["auth"], statement(actor, activity="https://example.org/other")).status_code
        == 403
    )
    other = {"objectType": "Agent", "account": {"homePage": "http://testserver", "name": "x"}}
    assert post(params["auth"], statement(other)).status_code == 403


def test_the_xapi_player_does_not_load_the_scorm_runtime(launch):
    page = launch["client"].get(f"/en/packages/{launch['version'].package.key}/")
    html = page.content.decode()
    assert "scorm12.min.js" not in html and "cross-frame-lms" not in html


def test_sync_marks_the_run_complete_once_the_content_has_said_so(launch, learner):
    from packages.models import PackageAttempt

    attempt = PackageAttempt.objects.get(user=learner)
    sync_url = f"/en/packages/attempts/{attempt.uuid}/sync/"
    assert launch["client"].post(sync_url).json() == {"completed": False}
    params = launch["params"]
    post(
        params["auth"],
        statement(json.loads(params["actor"]), verb="passed", registration=params["registration"]),
    )
    assert launch["client"].post(sync_url).json() == {"completed": True}
    attempt.refresh_from_db()
    assert attempt.completed_at is not None
    other = Client()
    other.force_login(factories.UserFactory())
    assert other.post(sync_url).status_code == 403
    assert launch["client"].get(sync_url).status_code == 405
