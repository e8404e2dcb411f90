"""Briefings: a learner reads one and confirms "I have read this briefing"; the platform
records it with its own authority, once, and a requirement that asks for the briefing is
met. Every refusal is checked through HTTP."""

import json
import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CourseCompletion
from lrs.auth import Source, source_of
from lrs.models import Statement
from tests import factories
from tests.training.helpers import requirement
from tracking import vocabulary as v
from training.models import Assignment
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db


@pytest.fixture
def briefing():
    return factories.briefing()


@pytest.fixture
def unit():
    return factories.org_unit("Port of Lacolle")


@pytest.fixture
def learner(unit):
    return factories.learner(unit)


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _acknowledged():
    return Statement.objects.filter(verb_iri=v.platform_iri(v.VERB_ACKNOWLEDGED))


def _device_record(page, client, user, **changes):
    body = {
        "learner": str(user.uuid),
        "statement_id": str(uuid.uuid4()),
        "timestamp": (timezone.now() - timedelta(hours=3)).isoformat(),
        **changes,
    }
    response = client.post(
        page.url + "acknowledge/", data=json.dumps(body), content_type="application/json"
    )
    return response, body


def test_a_learner_confirms_a_briefing_and_the_platform_records_it_once(briefing, learner):
    client = _signed_in(learner)
    page = client.get(briefing.url).content.decode()
    assert "I have read this briefing" in page

    response = client.post(briefing.url + "acknowledge/")
    assert response.status_code == 302
    assert response["Location"].endswith(briefing.url + "#acknowledgement")

    statements = list(_acknowledged())
    assert len(statements) == 1
    data = statements[0].data
    assert source_of(data["authority"]) == Source.PLATFORM
    assert data["object"]["id"] == v.activity_iri("briefing", str(briefing.translation_key))
    assert data["object"]["definition"]["type"] == v.platform_iri(v.TYPE_BRIEFING)
    assert data["object"]["definition"]["name"]["fr-CA"].endswith("(FR)")
    assert data["actor"]["account"]["name"] == str(learner.uuid)
    assert (
        CourseCompletion.objects.filter(user=learner, course_key=briefing.translation_key).count()
        == 1
    )

    page = client.get(briefing.url).content.decode()
    assert "You confirmed that you have read this briefing on" in page
    assert "I have read this briefing</button>" not in page

    client.post(briefing.url + "acknowledge/")
    assert _acknowledged().count() == 1, "a second confirmation is the first one"


def test_a_confirmation_in_french_counts_for_the_english_briefing(briefing, learner):
    french = briefing.get_translation(factories.locales()[1])
    client = _signed_in(learner)
    client.post(french.url + "acknowledge/")
    assert "Acknowledged" in client.get(briefing.url).content.decode()
    assert _acknowledged().get().data["context"]["language"] == "fr-CA"


def test_a_confirmation_given_offline_keeps_its_id_and_time_and_a_replay_is_one(briefing, learner):
    client = _signed_in(learner)
    response, body = _device_record(briefing, client, learner)
    assert response.status_code == 200, response.content
    assert response.json()["acknowledged"] is True

    statement = _acknowledged().get()
    assert statement.data["id"] == body["statement_id"]
    assert statement.data["context"]["extensions"][v.extension_iri(v.EXTENSION_OFFLINE)]
    completion = CourseCompletion.objects.get(user=learner)
    assert abs(completion.completed_at - timezone.now() + timedelta(hours=3)) < timedelta(
        seconds=5
    ), "the confirmation counts from when it was given on the device"

    again = client.post(
        briefing.url + "acknowledge/", data=json.dumps(body), content_type="application/json"
    )
    assert again.status_code == 200
    assert again.json() == response.json()
    assert _acknowledged().count() == 1


def test_an_anonymous_visitor_reads_but_cannot_confirm(briefing):
    client = Client()
    page = client.get(briefing.url)
    assert page.status_code == 200
    assert "Sign in to confirm you have read it" in page.content.decode()
    response = client.post(briefing.url + "acknowledge/")
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "signin" in response["Location"]
    assert not _acknowledged().exists()


def test_only_a_post_confirms(briefing, learner):
    response = _signed_in(learner).get(briefing.url + "acknowledge/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert not _acknowledged().exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"learner": str(uuid.uuid4())}, "learner"),
        ({"statement_id": "not-a-uuid"}, "statement_id"),
        ({"timestamp": "yesterday"}, "timestamp"),
        ({"timestamp": (timezone.now() + timedelta(days=2)).isoformat()}, "timestamp"),
    ],
)
def test_a_device_record_that_is_wrong_is_refused_naming_the_field(
    briefing, learner, changes, field
):
    response, _body = _device_record(briefing, _signed_in(learner), learner, **changes)
    assert response.status_code == 400
    assert response.json()["field"] == field
    assert not _acknowledged().exists()
    assert not CourseCompletion.objects.exists()


def test_a_body_that_is_not_json_is_refused(briefing, learner):
    response = _signed_in(learner).post(
        briefing.url + "acknowledge/", data="{not json", content_type="application/json"
    )
    assert response.status_code == 400
    assert not _acknowledged().exists()


def test_an_lrs_client_cannot_confirm_a_briefing_for_a_learner(briefing, learner, lrs_client):
    """Anyone with LRS credentials may store an ``acknowledged`` statement, but it is
    theirs: it never counts as the learner's confirmation."""
    statement = {
        "actor": factories_actor(learner),
        "verb": {"id": v.platform_iri(v.VERB_ACKNOWLEDGED)},
        "object": {"id": v.activity_iri("briefing", str(briefing.translation_key))},
    }
    response = Client().post(
        "/xapi/statements",
        data=json.dumps(statement),
        content_type="application/json",
        HTTP_AUTHORIZATION=factories.basic_auth(),
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert response.status_code == 200, response.content
    assert not CourseCompletion.objects.exists()


def factories_actor(user) -> dict:
    from tracking.builders import actor_for

    return actor_for(user)


def test_a_requirement_that_asks_for_the_briefing_is_met_and_no_certificate_is_issued(
    briefing, learner, unit
):
    today = timezone.localdate()
    required = requirement(
        courses=[briefing],
        units=[unit],
        name="Briefing: new indicators",
        due_rule="fixed_date",
        due_date=today + timedelta(days=7),
    )
    assignments_materialise(requirement=required)
    assignment = Assignment.objects.get(requirement=required, user=learner)
    assert assignment.completed_at is None

    _signed_in(learner).post(briefing.url + "acknowledge/")

    assignment.refresh_from_db()
    assert assignment.completed_at is not None
    assert not Certificate.objects.exists()


def test_the_briefings_page_lists_them_with_the_learners_state(learner):
    first = factories.briefing("Smuggling is not trafficking")
    second = factories.briefing("Debt bondage in the agricultural sector")
    client = _signed_in(learner)
    client.post(first.url + "acknowledge/")
    page = client.get(first.get_parent().url).content.decode()
    assert page.index("Debt bondage") < page.index("Smuggling is not"), "newest first"
    assert page.count("Not acknowledged yet") == 1
    assert page.count("status-done") == 1
    assert second.url in page
