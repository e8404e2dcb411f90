"""The State, Activity Profile and Agent Profile resources over HTTP, as a client sees them."""

import hashlib
import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test import Client

from lrs import documents
from lrs.models import Document
from lrs.services import lrs_token_issue
from tests.lrs import support

pytestmark = pytest.mark.django_db

AGENT = {"objectType": "Agent", "mbox": "mailto:officer@example.gc.ca"}
OTHER_AGENT = {"objectType": "Agent", "mbox": "mailto:someone.else@example.gc.ca"}
ACTIVITY = "http://example.gc.ca/activities/briefing"
OTHER_ACTIVITY = "http://example.gc.ca/activities/other"
REGISTRATION = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\xff\xfe\x00binary\x00"


@dataclass(frozen=True)
class Resource:
    """One document resource: its address, the parameters naming the documents' owner,
    and the name of its document id parameter."""

    url: str
    owner: dict
    id_parameter: str

    def address(self, document_id: str | None = None, **params) -> str:
        query = {**self.owner, **params}
        if document_id is not None:
            query[self.id_parameter] = document_id
        return f"{self.url}?{urlencode(query)}"


STATE = Resource(
    "/xapi/activities/state", {"activityId": ACTIVITY, "agent": json.dumps(AGENT)}, "stateId"
)
ACTIVITY_PROFILE = Resource("/xapi/activities/profile", {"activityId": ACTIVITY}, "profileId")
AGENT_PROFILE = Resource("/xapi/agents/profile", {"agent": json.dumps(AGENT)}, "profileId")
RESOURCES = {"state": STATE, "activity_profile": ACTIVITY_PROFILE, "agent_profile": AGENT_PROFILE}
PROFILES = {"activity_profile": ACTIVITY_PROFILE, "agent_profile": AGENT_PROFILE}


@pytest.fixture(params=list(RESOURCES), ids=list(RESOURCES))
def resource(request):
    return RESOURCES[request.param]


@pytest.fixture(params=list(PROFILES), ids=list(PROFILES))
def profile(request):
    return PROFILES[request.param]


_PROFILE_URLS = (ACTIVITY_PROFILE.url, AGENT_PROFILE.url)


def put(client, url, body, headers, content_type="application/json", unconditional=False, **extra):
    """A PUT as a careful client sends it: to a profile, with ``If-None-Match: *`` when
    it names no precondition (xAPI 1.0.3 refuses a profile PUT without one), unless the
    test is about that (``unconditional``)."""
    data = json.dumps(body) if isinstance(body, dict | list) else body
    preconditions = {"HTTP_IF_MATCH", "HTTP_IF_NONE_MATCH"}
    if url.startswith(_PROFILE_URLS) and not unconditional and not preconditions & set(extra):
        extra["HTTP_IF_NONE_MATCH"] = "*"
    return client.put(url, data=data, content_type=content_type, **headers, **extra)


def post(client, url, body, headers, content_type="application/json", **extra):
    data = json.dumps(body) if isinstance(body, dict | list) else body
    return client.post(url, data=data, content_type=content_type, **headers, **extra)


def stored(document_id: str = "doc") -> Document:
    return Document.objects.get(document_id=document_id)


def etag_of(client, url, headers) -> str:
    return client.get(url, **headers)["ETag"]


# Storing and fetching -------------------------------------------------------------------


def test_put_then_get_returns_the_stored_bytes_with_content_type_etag_and_last_modified(
    client, lrs_client, xapi_headers, resource
):
    body = b'{"bookmark": "page-3"}'
    response = put(client, resource.address("doc"), body, xapi_headers)
    assert response.status_code == 204

    fetched = client.get(resource.address("doc"), **xapi_headers)
    assert fetched.status_code == 200
    assert fetched.content == body
    assert fetched["Content-Type"] == "application/json"
    assert fetched["ETag"] == f'"{hashlib.sha1(body).hexdigest()}"'
    assert fetched["Last-Modified"].endswith("GMT")
    assert fetched["X-Experience-API-Version"] == "1.0.3"


def test_a_binary_document_round_trips_byte_for_byte_with_its_content_type(
    client, lrs_client, xapi_headers, resource
):
    put(client, resource.address("picture"), PNG, xapi_headers, content_type="image/png")
    fetched = client.get(resource.address("picture"), **xapi_headers)
    assert fetched.content == PNG
    assert fetched["Content-Type"] == "image/png"
    assert fetched["ETag"] == f'"{hashlib.sha1(PNG).hexdigest()}"'


def test_a_document_without_content_type_is_stored_as_octet_stream(
    client, lrs_client, xapi_headers
):
    client.generic("PUT", STATE.address("raw"), data=b"abc", content_type="", **xapi_headers)
    fetched = client.get(STATE.address("raw"), **xapi_headers)
    assert fetched.content == b"abc"
    assert fetched["Content-Type"] == "application/octet-stream"


def test_get_of_a_missing_document_is_404(client, lrs_client, xapi_headers, resource):
    response = client.get(resource.address("nothing"), **xapi_headers)
    assert response.status_code == 404
    assert response.json()["error"].startswith(resource.id_parameter)


def test_put_replaces_the_document_and_its_etag(client, lrs_client, xapi_headers):
    put(client, STATE.address("doc"), {"v": 1}, xapi_headers)
    first = etag_of(client, STATE.address("doc"), xapi_headers)
    put(client, STATE.address("doc"), {"v": 2}, xapi_headers)
    assert client.get(STATE.address("doc"), **xapi_headers).json() == {"v": 2}
    assert etag_of(client, STATE.address("doc"), xapi_headers) != first
    assert Document.objects.count() == 1


def test_head_gives_the_headers_of_get_without_the_body(client, lrs_client, xapi_headers, resource):
    put(client, resource.address("doc"), {"a": 1}, xapi_headers)
    response = client.head(resource.address("doc"), **xapi_headers)
    assert response.status_code == 200
    assert response.content == b""
    assert response["ETag"] == etag_of(client, resource.address("doc"), xapi_headers)


def test_version_2_0_requests_get_version_2_0_responses(client, lrs_client, xapi_headers, resource):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": "2.0.0"}
    assert put(client, resource.address("doc"), {"a": 1}, headers).status_code == 204
    response = client.get(resource.address("doc"), **headers)
    assert response.status_code == 200
    assert response["X-Experience-API-Version"] == "2.0.0"


def test_the_1_0_3_alternate_request_syntax_stores_and_reads_documents(
    client, lrs_client, xapi_headers
):
    form = {
        **STATE.owner,
        "stateId": "doc",
        "content": json.dumps({"via": "form"}),
        "Content-Type": "application/json",
        "Authorization": xapi_headers["HTTP_AUTHORIZATION"],
        "X-Experience-API-Version": "1.0.3",
    }
    response = client.post(
        "/xapi/activities/state?method=PUT",
        data=urlencode(form),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 204
    assert client.get(STATE.address("doc"), **xapi_headers).json() == {"via": "form"}


def test_documents_are_kept_apart_by_owner(client, lrs_client, xapi_headers):
    put(client, STATE.address("doc"), {"who": "officer"}, xapi_headers)
    other = Resource(
        STATE.url, {"activityId": ACTIVITY, "agent": json.dumps(OTHER_AGENT)}, "stateId"
    )
    assert client.get(other.address("doc"), **xapi_headers).status_code == 404
    assert client.get(ACTIVITY_PROFILE.address("doc"), **xapi_headers).status_code == 404


def test_an_agent_is_the_same_owner_whatever_else_its_object_says(client, lrs_client, xapi_headers):
    named = {**AGENT, "name": "Officer"}
    named_state = Resource(
        STATE.url, {"activityId": ACTIVITY, "agent": json.dumps(named)}, "stateId"
    )
    put(client, named_state.address("doc"), {"a": 1}, xapi_headers)
    assert client.get(STATE.address("doc"), **xapi_headers).json() == {"a": 1}


# Multiple GET and since -----------------------------------------------------------------


def test_get_without_an_id_lists_the_ids_of_the_owners_documents(
    client, lrs_client, xapi_headers, resource
):
    for document_id in ("b", "a", "c"):
        put(client, resource.address(document_id), {"id": document_id}, xapi_headers)
    response = client.get(resource.address(), **xapi_headers)
    assert response.status_code == 200
    assert response.json() == ["a", "b", "c"]
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith("GMT")


def test_get_without_an_id_lists_nothing_for_an_owner_without_documents(
    client, lrs_client, xapi_headers, resource
):
    response = client.get(resource.address(), **xapi_headers)
    assert response.status_code == 200
    assert response.json() == []


def test_since_lists_only_documents_changed_after_it(client, lrs_client, xapi_headers, resource):
    put(client, resource.address("old"), {"a": 1}, xapi_headers)
    put(client, resource.address("new"), {"a": 2}, xapi_headers)
    cutoff = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    Document.objects.filter(document_id="old").update(updated=cutoff)
    Document.objects.filter(document_id="new").update(updated=cutoff + timedelta(seconds=1))

    response = client.get(resource.address(since=cutoff.isoformat()), **xapi_headers)
    assert response.json() == ["new"]
    earlier = (cutoff - timedelta(seconds=1)).isoformat()
    assert client.get(resource.address(since=earlier), **xapi_headers).json() == ["new", "old"]


def test_since_must_be_a_timestamp(client, lrs_client, xapi_headers, resource):
    response = client.get(resource.address(since="yesterday"), **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("since: ")


def test_since_with_a_document_id_is_checked_then_returns_the_document_whatever_its_date(
    client, lrs_client, xapi_headers, resource
):
    put(client, resource.address("doc"), {"a": 1}, xapi_headers)
    later = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    response = client.get(resource.address("doc", since=later), **xapi_headers)
    assert response.status_code == 200
    assert response.json() == {"a": 1}

    response = client.get(resource.address("doc", since="not a timestamp"), **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("since: ")


# POST merges ----------------------------------------------------------------------------


def test_post_merges_top_level_properties_into_a_stored_json_object(
    client, lrs_client, xapi_headers, resource
):
    post(client, resource.address("doc"), {"x": "foo", "y": "bar", "n": {"a": 1}}, xapi_headers)
    response = post(
        client, resource.address("doc"), {"x": "bash", "z": "faz", "n": {"b": 2}}, xapi_headers
    )
    assert response.status_code == 204
    fetched = client.get(resource.address("doc"), **xapi_headers)
    assert fetched.json() == {"x": "bash", "y": "bar", "z": "faz", "n": {"b": 2}}
    assert fetched["Content-Type"] == "application/json"
    assert fetched["ETag"] == f'"{hashlib.sha1(fetched.content).hexdigest()}"'


def test_post_to_a_missing_document_creates_it(client, lrs_client, xapi_headers, resource):
    response = post(client, resource.address("doc"), {"car": "Honda"}, xapi_headers)
    assert response.status_code == 204
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"car": "Honda"}


def test_post_of_a_non_json_document_to_a_missing_one_stores_it_as_given(
    client, lrs_client, xapi_headers
):
    post(client, STATE.address("doc"), b"plain words", xapi_headers, content_type="text/plain")
    fetched = client.get(STATE.address("doc"), **xapi_headers)
    assert fetched.content == b"plain words"
    assert fetched["Content-Type"] == "text/plain"


def test_post_of_non_json_to_a_json_document_is_400_and_changes_nothing(
    client, lrs_client, xapi_headers, resource
):
    post(client, resource.address("doc"), {"car": "Honda"}, xapi_headers)
    response = post(
        client, resource.address("doc"), "abcdefg", xapi_headers, content_type="not/json"
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("Content-Type: ")
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"car": "Honda"}


def test_post_of_json_to_a_non_json_document_is_400_and_changes_nothing(
    client, lrs_client, xapi_headers, resource
):
    put(client, resource.address("doc"), PNG, xapi_headers, content_type="application/octet-stream")
    response = post(client, resource.address("doc"), {"car": "Honda"}, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("body: ")
    assert bytes(stored().content) == PNG


@pytest.mark.parametrize("body", ['["not", "an", "object"]', '{"broken": ', "42"])
def test_post_of_json_that_is_not_an_object_is_400_and_changes_nothing(
    client, lrs_client, xapi_headers, resource, body
):
    post(client, resource.address("doc"), {"car": "Honda"}, xapi_headers)
    response = post(client, resource.address("doc"), body, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("body: ")
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"car": "Honda"}


def test_put_of_a_body_that_is_not_the_json_it_claims_is_400(
    client, lrs_client, xapi_headers, resource
):
    response = put(client, resource.address("doc"), '{"broken": ', xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("body: ")
    assert not Document.objects.exists()


def test_json_content_type_with_parameters_still_merges(client, lrs_client, xapi_headers):
    json_utf8 = "application/json; charset=utf-8"
    post(client, STATE.address("doc"), {"a": 1}, xapi_headers, content_type=json_utf8)
    post(client, STATE.address("doc"), {"b": 2}, xapi_headers, content_type=json_utf8)
    assert client.get(STATE.address("doc"), **xapi_headers).json() == {"a": 1, "b": 2}


# Concurrency: ETags, If-Match, If-None-Match --------------------------------------------


def test_put_with_the_current_etag_in_if_match_replaces_the_document(
    client, lrs_client, xapi_headers, resource
):
    put(client, resource.address("doc"), {"v": 1}, xapi_headers, HTTP_IF_NONE_MATCH="*")
    etag = etag_of(client, resource.address("doc"), xapi_headers)
    response = put(client, resource.address("doc"), {"v": 2}, xapi_headers, HTTP_IF_MATCH=etag)
    assert response.status_code == 204
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"v": 2}


def test_if_match_also_accepts_the_bare_hash_and_a_list_of_tags(
    client, lrs_client, xapi_headers, resource
):
    put(client, resource.address("doc"), {"v": 1}, xapi_headers, HTTP_IF_NONE_MATCH="*")
    bare = etag_of(client, resource.address("doc"), xapi_headers).strip('"')
    response = put(client, resource.address("doc"), {"v": 2}, xapi_headers, HTTP_IF_MATCH=bare)
    assert response.status_code == 204
    current = etag_of(client, resource.address("doc"), xapi_headers)
    listed = f'"0000", {current}'
    assert (
        put(
            client, resource.address("doc"), {"v": 3}, xapi_headers, HTTP_IF_MATCH=listed
        ).status_code
        == 204
    )


@pytest.mark.parametrize("if_match", ['"1234"', "1234", 'W/"{etag}"'])
def test_put_with_a_stale_or_weak_if_match_is_412_and_changes_nothing(
    client, lrs_client, xapi_headers, resource, if_match
):
    put(client, resource.address("doc"), {"v": 1}, xapi_headers, HTTP_IF_NONE_MATCH="*")
    etag = etag_of(client, resource.address("doc"), xapi_headers).strip('"')
    response = put(
        client,
        resource.address("doc"),
        {"v": 2},
        xapi_headers,
        HTTP_IF_MATCH=if_match.format(etag=etag),
    )
    assert response.status_code == 412
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"v": 1}


def test_put_with_if_match_to_a_missing_document_is_412_and_creates_nothing(
    client, lrs_client, xapi_headers, resource
):
    response = put(client, resource.address("doc"), {"v": 1}, xapi_headers, HTTP_IF_MATCH='"abc"')
    assert response.status_code == 412
    assert not Document.objects.exists()


def test_put_with_if_none_match_star_creates_a_missing_document(
    client, lrs_client, xapi_headers, resource
):
    response = put(client, resource.address("doc"), {"v": 1}, xapi_headers, HTTP_IF_NONE_MATCH="*")
    assert response.status_code == 204
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"v": 1}


def test_put_with_if_none_match_star_to_an_existing_document_is_412_and_changes_nothing(
    client, lrs_client, xapi_headers, resource
):
    put(client, resource.address("doc"), {"v": 1}, xapi_headers, HTTP_IF_NONE_MATCH="*")
    response = put(client, resource.address("doc"), {"v": 2}, xapi_headers, HTTP_IF_NONE_MATCH="*")
    assert response.status_code == 412
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"v": 1}


@pytest.mark.parametrize("version", ["1.0.3", "2.0.0"])
def test_put_without_either_header_to_an_existing_profile_is_409_and_changes_nothing(
    client, lrs_client, xapi_headers, profile, version
):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": version}
    put(client, profile.address("doc"), {"v": 1}, headers)
    response = put(client, profile.address("doc"), {"v": 2}, headers, unconditional=True)
    assert response.status_code == 409
    assert response["Content-Type"].startswith("text/plain")
    assert "If-Match" in response.content.decode()
    assert client.get(profile.address("doc"), **headers).json() == {"v": 1}


def test_put_without_either_header_to_a_missing_profile_creates_it_in_2_0(
    client, lrs_client, xapi_headers, profile
):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": "2.0.0"}
    response = put(client, profile.address("doc"), {"v": 1}, headers, unconditional=True)
    assert response.status_code == 204
    assert client.get(profile.address("doc"), **headers).json() == {"v": 1}


def test_put_without_either_header_to_a_missing_profile_is_400_naming_the_header_in_1_0_3(
    client, lrs_client, xapi_headers, profile
):
    response = put(client, profile.address("doc"), {"v": 1}, xapi_headers, unconditional=True)
    assert response.status_code == 400
    assert response.json()["error"].startswith("If-None-Match:")
    assert client.get(profile.address("doc"), **xapi_headers).status_code == 404
    assert not Document.objects.exists()
    created = put(client, profile.address("doc"), {"v": 1}, xapi_headers, HTTP_IF_NONE_MATCH="*")
    assert created.status_code == 204


def test_state_put_without_either_header_replaces_an_existing_document_in_1_0_3(
    client, lrs_client, xapi_headers
):
    put(client, STATE.address("doc"), {"v": 1}, xapi_headers)
    assert put(client, STATE.address("doc"), {"v": 2}, xapi_headers).status_code == 204
    assert client.get(STATE.address("doc"), **xapi_headers).json() == {"v": 2}


def test_state_put_without_either_header_to_an_existing_document_is_409_in_2_0(
    client, lrs_client, xapi_headers
):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": "2.0.0"}
    put(client, STATE.address("doc"), {"v": 1}, headers)
    response = put(client, STATE.address("doc"), {"v": 2}, headers)
    assert response.status_code == 409
    assert client.get(STATE.address("doc"), **headers).json() == {"v": 1}
    etag = etag_of(client, STATE.address("doc"), headers)
    assert (
        put(client, STATE.address("doc"), {"v": 2}, headers, HTTP_IF_MATCH=etag).status_code == 204
    )


def test_post_without_either_header_to_an_existing_profile_merges(
    client, lrs_client, xapi_headers, profile
):
    post(client, profile.address("doc"), {"a": 1}, xapi_headers)
    assert post(client, profile.address("doc"), {"b": 2}, xapi_headers).status_code == 204
    assert client.get(profile.address("doc"), **xapi_headers).json() == {"a": 1, "b": 2}


def test_post_with_a_stale_if_match_is_412_and_changes_nothing(
    client, lrs_client, xapi_headers, resource
):
    post(client, resource.address("doc"), {"a": 1}, xapi_headers)
    response = post(client, resource.address("doc"), {"b": 2}, xapi_headers, HTTP_IF_MATCH='"1234"')
    assert response.status_code == 412
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"a": 1}


def test_post_with_the_current_etag_merges(client, lrs_client, xapi_headers, resource):
    post(client, resource.address("doc"), {"a": 1}, xapi_headers)
    etag = etag_of(client, resource.address("doc"), xapi_headers)
    response = post(client, resource.address("doc"), {"b": 2}, xapi_headers, HTTP_IF_MATCH=etag)
    assert response.status_code == 204
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"a": 1, "b": 2}


def test_post_with_if_none_match_star_to_an_existing_document_is_412(
    client, lrs_client, xapi_headers, resource
):
    post(client, resource.address("doc"), {"a": 1}, xapi_headers)
    response = post(client, resource.address("doc"), {"b": 2}, xapi_headers, HTTP_IF_NONE_MATCH="*")
    assert response.status_code == 412
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"a": 1}


# DELETE ---------------------------------------------------------------------------------


def test_delete_removes_the_document(client, lrs_client, xapi_headers, resource):
    put(client, resource.address("doc"), {"a": 1}, xapi_headers)
    response = client.delete(resource.address("doc"), **xapi_headers)
    assert response.status_code == 204
    assert client.get(resource.address("doc"), **xapi_headers).status_code == 404


def test_delete_of_a_missing_document_is_204(client, lrs_client, xapi_headers, resource):
    assert client.delete(resource.address("nothing"), **xapi_headers).status_code == 204


def test_delete_with_a_stale_if_match_is_412_and_keeps_the_document(
    client, lrs_client, xapi_headers, resource
):
    put(client, resource.address("doc"), {"a": 1}, xapi_headers)
    response = client.delete(resource.address("doc"), HTTP_IF_MATCH='"1234"', **xapi_headers)
    assert response.status_code == 412
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"a": 1}


def test_delete_with_the_current_etag_removes_the_document(
    client, lrs_client, xapi_headers, resource
):
    put(client, resource.address("doc"), {"a": 1}, xapi_headers)
    etag = etag_of(client, resource.address("doc"), xapi_headers)
    assert (
        client.delete(resource.address("doc"), HTTP_IF_MATCH=etag, **xapi_headers).status_code
        == 204
    )
    assert not Document.objects.exists()


def test_delete_without_a_profile_id_is_400_naming_it(client, lrs_client, xapi_headers, profile):
    put(client, profile.address("doc"), {"a": 1}, xapi_headers)
    response = client.delete(profile.address(), **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == "profileId: is required"
    assert Document.objects.count() == 1


def test_state_delete_without_a_state_id_deletes_all_state_of_the_activity_and_agent(
    client, lrs_client, xapi_headers
):
    put(client, STATE.address("a"), {"a": 1}, xapi_headers)
    put(client, STATE.address("b"), {"b": 1}, xapi_headers)
    put(client, STATE.address("c", registration=REGISTRATION), {"c": 1}, xapi_headers)
    other_agent = Resource(
        STATE.url, {"activityId": ACTIVITY, "agent": json.dumps(OTHER_AGENT)}, "stateId"
    )
    put(client, other_agent.address("a"), {"kept": True}, xapi_headers)
    other_activity = Resource(STATE.url, {**STATE.owner, "activityId": OTHER_ACTIVITY}, "stateId")
    put(client, other_activity.address("a"), {"kept": True}, xapi_headers)
    put(client, ACTIVITY_PROFILE.address("a"), {"kept": True}, xapi_headers)

    response = client.delete(STATE.address(), **xapi_headers)
    assert response.status_code == 204
    assert client.get(STATE.address(), **xapi_headers).json() == []
    assert Document.objects.count() == 3


def test_state_delete_all_with_a_registration_deletes_only_that_registrations_state(
    client, lrs_client, xapi_headers
):
    put(client, STATE.address("a"), {"a": 1}, xapi_headers)
    put(client, STATE.address("b", registration=REGISTRATION), {"b": 1}, xapi_headers)
    response = client.delete(STATE.address(registration=REGISTRATION), **xapi_headers)
    assert response.status_code == 204
    assert list(Document.objects.values_list("document_id", flat=True)) == ["a"]


# Registrations --------------------------------------------------------------------------


def test_state_with_a_registration_is_apart_from_state_without_one(
    client, lrs_client, xapi_headers
):
    put(client, STATE.address("doc"), {"run": "none"}, xapi_headers)
    put(client, STATE.address("doc", registration=REGISTRATION), {"run": "one"}, xapi_headers)
    assert client.get(STATE.address("doc"), **xapi_headers).json() == {"run": "none"}
    with_registration = client.get(STATE.address("doc", registration=REGISTRATION), **xapi_headers)
    assert with_registration.json() == {"run": "one"}
    upper = client.get(STATE.address("doc", registration=REGISTRATION.upper()), **xapi_headers)
    assert upper.json() == {"run": "one"}


def test_state_ids_without_a_registration_cover_every_registration(
    client, lrs_client, xapi_headers
):
    put(client, STATE.address("a"), {"a": 1}, xapi_headers)
    put(client, STATE.address("b", registration=REGISTRATION), {"b": 1}, xapi_headers)
    assert client.get(STATE.address(), **xapi_headers).json() == ["a", "b"]
    only = client.get(STATE.address(registration=REGISTRATION), **xapi_headers)
    assert only.json() == ["b"]


@pytest.mark.parametrize(
    "registration", ["not-a-uuid", "true", "", "6f1c2a3b4d5e4f608a7b9c0d1e2f3a4b"]
)
def test_a_registration_that_is_not_a_uuid_is_400_naming_it(
    client, lrs_client, xapi_headers, registration
):
    response = put(client, STATE.address("doc", registration=registration), {"a": 1}, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == "registration: must be a UUID"
    assert not Document.objects.exists()


@pytest.mark.parametrize("resource_name", list(PROFILES))
def test_profiles_take_no_registration(client, lrs_client, xapi_headers, resource_name):
    url = PROFILES[resource_name].address("doc", registration=REGISTRATION)
    response = put(client, url, {"a": 1}, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("registration: ")


# Parameters -----------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "put", "post", "delete"])
@pytest.mark.parametrize(
    ("resource_name", "missing"),
    [
        ("state", "activityId"),
        ("state", "agent"),
        ("activity_profile", "activityId"),
        ("agent_profile", "agent"),
    ],
)
def test_a_missing_owner_parameter_is_400_naming_it(
    client, lrs_client, xapi_headers, method, resource_name, missing
):
    resource = RESOURCES[resource_name]
    owner = {name: value for name, value in resource.owner.items() if name != missing}
    url = Resource(resource.url, owner, resource.id_parameter).address("doc")
    response = client.generic(
        method.upper(), url, data=b"{}", content_type="application/json", **xapi_headers
    )
    assert response.status_code == 400
    assert response.json()["error"] == f"{missing}: is required"


@pytest.mark.parametrize("method", ["put", "post"])
def test_writing_without_a_document_id_is_400_naming_it(
    client, lrs_client, xapi_headers, resource, method
):
    response = client.generic(
        method.upper(),
        resource.address(),
        data=b"{}",
        content_type="application/json",
        **xapi_headers,
    )
    assert response.status_code == 400
    assert response.json()["error"] == f"{resource.id_parameter}: is required"


def test_an_empty_document_id_is_400_naming_it(client, lrs_client, xapi_headers, resource):
    response = put(client, resource.address(""), {"a": 1}, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith(f"{resource.id_parameter}: ")


@pytest.mark.parametrize("agent", ["not JSON", "true", "[]", '"mailto:a@b.c"'])
@pytest.mark.parametrize("resource_name", ["state", "agent_profile"])
def test_an_agent_that_is_not_a_json_object_is_400_naming_it(
    client, lrs_client, xapi_headers, agent, resource_name
):
    resource = RESOURCES[resource_name]
    url = Resource(resource.url, {**resource.owner, "agent": agent}, resource.id_parameter)
    response = client.get(url.address("doc"), **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == "agent: must be a JSON Agent object"


@pytest.mark.parametrize(
    "agent",
    [
        {"objectType": "Agent", "name": "no identifier"},
        {"mbox": "mailto:a@example.gc.ca", "openid": "http://openid.example.gc.ca/a"},
        {"mbox": "not-a-mailto"},
        {"account": {"homePage": "http://example.gc.ca"}},
    ],
)
def test_an_agent_that_breaks_the_agent_rules_is_400_naming_it(
    client, lrs_client, xapi_headers, agent
):
    url = Resource(AGENT_PROFILE.url, {"agent": json.dumps(agent)}, "profileId").address("doc")
    response = put(client, url, {"a": 1}, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("agent")
    assert not Document.objects.exists()


def test_the_agent_profile_takes_an_agent_not_a_group(client, lrs_client, xapi_headers):
    group = {"objectType": "Group", "mbox": "mailto:team@example.gc.ca"}
    url = Resource(AGENT_PROFILE.url, {"agent": json.dumps(group)}, "profileId").address("doc")
    response = put(client, url, {"a": 1}, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == "agent: must be an Agent, not a Group"


def test_state_may_belong_to_an_identified_group_but_not_an_anonymous_one(
    client, lrs_client, xapi_headers
):
    identified = {"objectType": "Group", "mbox": "mailto:team@example.gc.ca"}
    anonymous = {"objectType": "Group", "member": [AGENT]}
    owner = {"activityId": ACTIVITY}
    good = Resource(STATE.url, {**owner, "agent": json.dumps(identified)}, "stateId")
    bad = Resource(STATE.url, {**owner, "agent": json.dumps(anonymous)}, "stateId")
    assert put(client, good.address("doc"), {"a": 1}, xapi_headers).status_code == 204
    response = put(client, bad.address("doc"), {"a": 1}, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("agent: ")


@pytest.mark.parametrize("activity_id", ["not an iri", "example.gc.ca/no-scheme", ""])
@pytest.mark.parametrize("resource_name", ["state", "activity_profile"])
def test_an_activity_id_that_is_not_an_iri_is_400_naming_it(
    client, lrs_client, xapi_headers, activity_id, resource_name
):
    resource = RESOURCES[resource_name]
    url = Resource(
        resource.url, {**resource.owner, "activityId": activity_id}, resource.id_parameter
    )
    response = put(client, url.address("doc"), {"a": 1}, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"] == "activityId: must be an absolute IRI"


def test_an_activity_id_too_long_to_store_is_400_naming_it(client, lrs_client, xapi_headers):
    long_iri = "http://example.gc.ca/" + "a" * 1000
    url = Resource(ACTIVITY_PROFILE.url, {"activityId": long_iri}, "profileId").address("doc")
    response = put(client, url, {"a": 1}, xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("activityId: ")


@pytest.mark.parametrize("name", ["stateID", "ActivityId", "limit"])
def test_a_parameter_the_resource_does_not_know_is_400_naming_it(
    client, lrs_client, xapi_headers, name
):
    response = client.get(f"{STATE.address('doc')}&{name}=x", **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith(f"{name}: ")


def test_since_is_not_a_parameter_of_writes(client, lrs_client, xapi_headers, resource):
    response = put(
        client, resource.address("doc", since="2026-01-01T00:00:00Z"), {"a": 1}, xapi_headers
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("since: ")


def test_a_parameter_given_twice_is_400_naming_it(client, lrs_client, xapi_headers, resource):
    response = client.get(
        f"{resource.address('doc')}&{resource.id_parameter}=again", **xapi_headers
    )
    assert response.status_code == 400
    assert response.json()["error"] == f"{resource.id_parameter}: must be given only once"


def test_a_method_the_resource_does_not_have_is_405(client, lrs_client, xapi_headers, resource):
    response = client.patch(resource.address("doc"), data=b"{}", **xapi_headers)
    assert response.status_code == 405


def test_a_request_without_the_version_header_is_400(client, lrs_client, resource):
    response = client.get(resource.address("doc"), HTTP_AUTHORIZATION=support.basic_auth())
    assert response.status_code == 400


# Size -----------------------------------------------------------------------------------


def test_a_document_over_the_size_limit_is_413_and_changes_nothing(
    client, lrs_client, xapi_headers, resource, settings
):
    settings.LRS_MAX_DOCUMENT_BYTES = 16
    put(client, resource.address("doc"), {"a": 1}, xapi_headers)
    response = put(
        client,
        resource.address("doc"),
        b"x" * 17,
        xapi_headers,
        content_type="text/plain",
        HTTP_IF_MATCH="*",
    )
    assert response.status_code == 413
    assert client.get(resource.address("doc"), **xapi_headers).json() == {"a": 1}


def test_a_merge_that_would_grow_past_the_size_limit_is_413(
    client, lrs_client, xapi_headers, settings
):
    settings.LRS_MAX_DOCUMENT_BYTES = 24
    post(client, STATE.address("doc"), {"aaaaaaaa": 1}, xapi_headers)
    response = post(client, STATE.address("doc"), {"bbbbbbbb": 2}, xapi_headers)
    assert response.status_code == 413
    assert client.get(STATE.address("doc"), **xapi_headers).json() == {"aaaaaaaa": 1}


def test_a_document_of_exactly_the_size_limit_is_stored(client, lrs_client, xapi_headers, settings):
    settings.LRS_MAX_DOCUMENT_BYTES = 16
    response = put(client, STATE.address("doc"), b"x" * 16, xapi_headers, content_type="text/plain")
    assert response.status_code == 204


def test_documents_of_several_megabytes_are_accepted_by_default(client, lrs_client, xapi_headers):
    body = bytes(range(256)) * (4 * 1024 * 4)
    response = put(
        client, STATE.address("big"), body, xapi_headers, content_type="application/octet-stream"
    )
    assert response.status_code == 204
    assert client.get(STATE.address("big"), **xapi_headers).content == body


# Scopes and launch tokens ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("scopes", "resource_name", "read", "write"),
    [
        (["state"], "state", 200, 204),
        (["all/read"], "state", 200, 403),
        (["all"], "state", 200, 204),
        (["profile"], "state", 403, 403),
        (["statements/read", "statements/write"], "state", 403, 403),
        (["profile"], "activity_profile", 200, 204),
        (["profile"], "agent_profile", 200, 204),
        (["all/read"], "agent_profile", 200, 403),
        (["state"], "activity_profile", 403, 403),
        (["define"], "agent_profile", 403, 403),
    ],
)
def test_scopes_decide_who_reads_and_writes_documents(
    client, xapi_headers, scopes, resource_name, read, write
):
    support.lrs_client(scopes=("all",), key="owner", secret="owner-secret")
    support.lrs_client(scopes=scopes)
    resource = RESOURCES[resource_name]
    owner = {**xapi_headers, "HTTP_AUTHORIZATION": support.basic_auth("owner", "owner-secret")}
    put(client, resource.address("doc"), {"a": 1}, owner)

    assert client.get(resource.address("doc"), **xapi_headers).status_code == read
    assert client.get(resource.address(), **xapi_headers).status_code == read
    assert (
        put(client, resource.address("doc"), {"b": 2}, xapi_headers, HTTP_IF_MATCH="*").status_code
        == write
    )
    assert post(client, resource.address("doc"), {"c": 3}, xapi_headers).status_code == write
    if write == 403:
        assert client.delete(resource.address("doc"), **xapi_headers).status_code == 403
        assert Document.objects.count() == 1
        assert bytes(stored().content) == b'{"a": 1}'


@pytest.fixture
def launch_headers(db):
    """Credentials of a launch token for one learner and the briefing activity."""
    user = support.user()
    token, secret = lrs_token_issue(
        user=user, activity_iri=ACTIVITY, scopes=("state", "profile", "statements/read/mine")
    )
    return {
        "HTTP_AUTHORIZATION": support.basic_auth(token.key, secret),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
        "actor": token.actor,
    }


def _token_resource(resource: Resource, *, agent: dict, activity: str) -> Resource:
    owner = dict(resource.owner)
    if "agent" in owner:
        owner["agent"] = json.dumps(agent)
    if "activityId" in owner:
        owner["activityId"] = activity
    return Resource(resource.url, owner, resource.id_parameter)


def test_a_launch_token_uses_its_own_learners_documents_of_its_activity(
    client, launch_headers, resource
):
    actor = launch_headers.pop("actor")
    own = _token_resource(resource, agent=actor, activity=ACTIVITY)
    assert put(client, own.address("doc"), {"a": 1}, launch_headers).status_code == 204
    assert client.get(own.address("doc"), **launch_headers).json() == {"a": 1}
    below = _token_resource(resource, agent=actor, activity=f"{ACTIVITY}/lesson-1")
    assert put(client, below.address("below"), {"a": 1}, launch_headers).status_code == 204
    assert client.delete(own.address("doc"), **launch_headers).status_code == 204


@pytest.mark.parametrize(
    ("resource_name", "other"),
    [
        ("state", "agent"),
        ("state", "activity"),
        ("agent_profile", "agent"),
        ("activity_profile", "activity"),
    ],
)
def test_a_launch_token_is_403_on_other_learners_or_activities_documents(
    client, lrs_client, xapi_headers, launch_headers, resource_name, other
):
    actor = launch_headers.pop("actor")
    agent = OTHER_AGENT if other == "agent" else actor
    activity = OTHER_ACTIVITY if other == "activity" else ACTIVITY
    foreign = _token_resource(RESOURCES[resource_name], agent=agent, activity=activity)
    put(client, foreign.address("doc"), {"theirs": True}, xapi_headers)

    assert client.get(foreign.address("doc"), **launch_headers).status_code == 403
    assert client.get(foreign.address(), **launch_headers).status_code == 403
    assert (
        put(
            client, foreign.address("doc"), {"mine": 1}, launch_headers, HTTP_IF_MATCH="*"
        ).status_code
        == 403
    )
    assert post(client, foreign.address("doc"), {"mine": 1}, launch_headers).status_code == 403
    response = client.delete(foreign.address("doc"), **launch_headers)
    assert response.status_code == 403
    assert response.json()["error"].startswith("agent: " if other == "agent" else "activityId: ")
    assert client.get(foreign.address("doc"), **xapi_headers).json() == {"theirs": True}


def test_a_launch_token_cannot_delete_all_state_of_another_learner(
    client, lrs_client, xapi_headers, launch_headers
):
    launch_headers.pop("actor")
    put(client, STATE.address("doc"), {"theirs": True}, xapi_headers)
    assert client.delete(STATE.address(), **launch_headers).status_code == 403
    assert Document.objects.count() == 1


# Racing writers -------------------------------------------------------------------------


def _first_lookup_misses(monkeypatch) -> list:
    """Make the next write's first look for its row come back empty, as when another
    writer's row is not visible yet; returns the list of lookups made."""
    real_locked_row = documents._locked_row
    calls = []

    def misses_once(key):
        calls.append(key)
        return None if len(calls) == 1 else real_locked_row(key)

    monkeypatch.setattr(documents, "_locked_row", misses_once)
    return calls


def test_a_writer_that_loses_the_race_to_create_retries_and_replaces(
    client, lrs_client, xapi_headers, monkeypatch
):
    put(client, STATE.address("doc"), {"first": True}, xapi_headers)
    calls = _first_lookup_misses(monkeypatch)
    response = put(client, STATE.address("doc"), {"second": True}, xapi_headers)
    assert response.status_code == 204
    assert len(calls) == 2
    assert Document.objects.count() == 1
    assert client.get(STATE.address("doc"), **xapi_headers).json() == {"second": True}


def test_a_profile_writer_that_loses_the_race_to_create_gets_409_not_500(
    client, lrs_client, xapi_headers, monkeypatch
):
    # xAPI 2.0, where a profile PUT without a precondition may create the document.
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": "2.0.0"}
    put(client, AGENT_PROFILE.address("doc"), {"first": True}, headers)
    _first_lookup_misses(monkeypatch)
    response = put(
        client, AGENT_PROFILE.address("doc"), {"second": True}, headers, unconditional=True
    )
    assert response.status_code == 409
    assert client.get(AGENT_PROFILE.address("doc"), **headers).json() == {"first": True}


@pytest.mark.django_db(transaction=True)
def test_concurrent_puts_to_one_key_store_one_row_and_never_fail(xapi_headers):
    support.lrs_client()
    writers = 6
    barrier = threading.Barrier(writers)
    statuses = []

    def write(number):
        try:
            barrier.wait(timeout=10)
            response = put(Client(), STATE.address("doc"), {"writer": number}, xapi_headers)
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(number,)) for number in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert statuses == [204] * writers
    assert Document.objects.count() == 1
    assert json.loads(bytes(stored().content))["writer"] in range(writers)


def test_a_launch_token_bound_to_a_registration_is_403_on_another_registrations_state(client):
    user = support.user()
    own, other = "5d0a1c38-6c5b-4b5f-9d4a-111111111111", "5d0a1c38-6c5b-4b5f-9d4a-222222222222"
    token, secret = lrs_token_issue(
        user=user, activity_iri=ACTIVITY, registration=own, scopes=("state",)
    )
    headers = {
        "HTTP_AUTHORIZATION": support.basic_auth(token.key, secret),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
    state = _token_resource(STATE, agent=token.actor, activity=ACTIVITY)
    assert put(client, state.address("doc", registration=own), {"a": 1}, headers).status_code == 204
    response = put(client, state.address("doc", registration=other), {"a": 2}, headers)
    assert response.status_code == 403
    assert response.json()["error"].startswith("registration:")
    assert client.get(state.address("doc", registration=other), **headers).status_code == 403
    assert Document.objects.count() == 1
    # A request naming no registration stays within the learner and activity.
    assert put(client, state.address("doc"), {"a": 3}, headers).status_code == 204
