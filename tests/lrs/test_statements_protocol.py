"""The shared protocol: version negotiation, the 1.0.3 alternate request syntax, CORS,
HEAD, content types and the headers every Statement resource response carries."""

import json
import uuid
from urllib.parse import urlencode

import pytest
from django.core.cache import cache

from lrs.auth import Credential
from lrs.models import Statement
from lrs.views import common
from tests.lrs.support import basic_auth
from tests.lrs.test_statements import post, statement

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("requested", "answered"),
    [("1.0.0", "1.0.3"), ("1.0.1", "1.0.3"), ("1.0.3", "1.0.3"), ("2.0.0", "2.0.0")],
)
def test_supported_versions_are_answered_with_the_matching_latest_patch(
    client, lrs_client, requested, answered
):
    response = client.get(
        "/xapi/statements",
        HTTP_AUTHORIZATION=basic_auth(),
        HTTP_X_EXPERIENCE_API_VERSION=requested,
    )
    assert response.status_code == 200
    assert response["X-Experience-API-Version"] == answered


@pytest.mark.parametrize("requested", ["0.95", "1.1.0", "3.0.0", "banana"])
def test_unsupported_versions_are_a_400_naming_the_header(client, lrs_client, requested):
    response = client.get(
        "/xapi/statements",
        HTTP_AUTHORIZATION=basic_auth(),
        HTTP_X_EXPERIENCE_API_VERSION=requested,
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("X-Experience-API-Version:")


def test_a_get_without_version_header_still_says_consistent_through(client, lrs_client):
    response = client.get("/xapi/statements", HTTP_AUTHORIZATION=basic_auth())
    assert response.status_code == 400
    assert response["X-Experience-API-Consistent-Through"]


@pytest.fixture
def no_spoken_versions(lrs_client):
    """Forget which version the test client spoke (noted in the cache and the process)."""
    key = common._spoken_key(Credential.for_client(lrs_client))
    cache.delete(key)
    common._spoken_memo.pop(key, None)
    yield
    cache.delete(key)
    common._spoken_memo.pop(key, None)


def test_a_request_without_version_header_is_answered_in_the_version_its_caller_last_spoke(
    client, lrs_client, no_spoken_versions
):
    unknown = client.get("/xapi/statements", HTTP_AUTHORIZATION=basic_auth())
    assert unknown.status_code == 400
    assert unknown["X-Experience-API-Version"] == "2.0.0"
    for spoken, answered in (("1.0.1", "1.0.3"), ("2.0.0", "2.0.0"), ("1.0.3", "1.0.3")):
        client.get(
            "/xapi/statements",
            HTTP_AUTHORIZATION=basic_auth(),
            HTTP_X_EXPERIENCE_API_VERSION=spoken,
        )
        response = client.get("/xapi/activities/state", HTTP_AUTHORIZATION=basic_auth())
        assert response.status_code == 400
        assert response.json()["error"].startswith("X-Experience-API-Version:")
        assert response["X-Experience-API-Version"] == answered
    anonymous = client.get("/xapi/statements")
    assert anonymous["X-Experience-API-Version"] == "2.0.0"


@pytest.mark.parametrize(
    ("method", "address", "allowed"),
    [
        (
            "delete",
            "/xapi/statements?statementId=4752c3a3-112b-425b-9c37-82085ac81e78",
            "GET, HEAD, PUT, POST",
        ),
        ("delete", "/xapi/activities?activityId=http://x.example/a", "GET, HEAD"),
        ("put", "/xapi/activities?activityId=http://x.example/a", "GET, HEAD"),
        ("delete", '/xapi/agents?agent={"mbox":"mailto:a@x.example"}', "GET, HEAD"),
        ("post", '/xapi/agents?agent={"mbox":"mailto:a@x.example"}', "GET, HEAD"),
    ],
)
def test_a_method_a_resource_does_not_have_is_405_even_without_credentials(
    client, method, address, allowed
):
    response = getattr(client, method)(address, HTTP_X_EXPERIENCE_API_VERSION="1.0.1")
    assert response.status_code == 405
    assert response["Allow"] == f"{allowed}, OPTIONS"
    assert response.json()["error"].startswith(f"{method.upper()} is not allowed")


def test_about_lists_only_1_0_versions_to_a_1_0_caller_and_every_version_to_others(client):
    spoken = {"1.0.3": ["1.0.3"], "1.0.1": ["1.0.3"], "2.0.0": ["1.0.3", "2.0.0"]}
    for version, listed in spoken.items():
        response = client.get("/xapi/about", HTTP_X_EXPERIENCE_API_VERSION=version)
        assert response.status_code == 200
        assert response.json()["version"] == listed
    assert client.get("/xapi/about").json()["version"] == ["1.0.3", "2.0.0"]


def test_stored_and_an_assigned_timestamp_always_show_fractions_of_a_second(
    client, lrs_client, xapi_headers, monkeypatch
):
    from datetime import UTC, datetime

    from lrs.services import storing

    on_the_second = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
    monkeypatch.setattr(storing.timezone, "now", lambda: on_the_second)
    [statement_id] = post(client, statement(), xapi_headers).json()
    data = client.get(f"/xapi/statements?statementId={statement_id}", **xapi_headers).json()
    assert data["stored"] == "2026-03-01T12:00:00.000000+00:00"
    assert data["timestamp"] == data["stored"]


def test_cors_preflight_needs_no_credentials_and_allows_xapi_headers(client):
    response = client.options(
        "/xapi/statements",
        HTTP_ORIGIN="https://content.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="PUT",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type, x-experience-api-version",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "https://content.example.org"
    assert "PUT" in response["Access-Control-Allow-Methods"]
    assert "x-experience-api-version" in response["Access-Control-Allow-Headers"]


def test_about_answers_preflight_and_cross_origin_gets(client):
    preflight = client.options(
        "/xapi/about",
        HTTP_ORIGIN="https://content.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    response = client.get("/xapi/about", HTTP_ORIGIN="https://content.example.org")
    assert response["Access-Control-Allow-Origin"] == "https://content.example.org"
    assert response.json()["version"] == ["1.0.3", "2.0.0"]


def test_cross_origin_responses_expose_the_xapi_headers(client, lrs_client, xapi_headers):
    response = client.get("/xapi/statements", HTTP_ORIGIN="https://x.example", **xapi_headers)
    exposed = response["Access-Control-Expose-Headers"]
    assert "X-Experience-API-Consistent-Through" in exposed
    assert "X-Experience-API-Version" in exposed


def test_head_answers_like_get_without_a_body(client, lrs_client, xapi_headers):
    [statement_id] = post(client, statement(), xapi_headers).json()
    response = client.head(f"/xapi/statements?statementId={statement_id}", **xapi_headers)
    assert response.status_code == 200
    assert response.content == b""
    assert response["Last-Modified"]


@pytest.mark.parametrize(
    "content_type", ["text/plain", "multipart/form-data; boundary=xyz", "application/xml"]
)
def test_statements_must_be_json_or_multipart(client, lrs_client, xapi_headers, content_type):
    response = client.post(
        "/xapi/statements",
        data=json.dumps(statement()),
        content_type=content_type,
        **xapi_headers,
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("Content-Type:")


def alternate(client, method, form, *, query=None, version="1.0.3", content_type=None):
    fields = {
        "Authorization": basic_auth(),
        "X-Experience-API-Version": version,
        **form,
    }
    return client.post(
        "/xapi/statements?" + urlencode({"method": method, **(query or {})}),
        data=urlencode(fields),
        content_type=content_type or "application/x-www-form-urlencoded",
    )


def test_alternate_syntax_put_stores_the_statement(client, lrs_client):
    statement_id = str(uuid.uuid4())
    response = alternate(
        client,
        "PUT",
        {"statementId": statement_id, "content": json.dumps(statement())},
    )
    assert response.status_code == 204, response.content
    assert Statement.objects.filter(id=statement_id).exists()


def test_alternate_syntax_get_returns_a_statement_result(client, lrs_client):
    response = alternate(client, "GET", {"limit": "1"})
    assert response.status_code == 200
    assert set(response.json()) == {"statements", "more"}


def test_alternate_syntax_post_stores_statements(client, lrs_client):
    response = alternate(client, "POST", {"content": json.dumps([statement(), statement()])})
    assert response.status_code == 200
    assert Statement.objects.count() == 2


def test_alternate_syntax_with_parameters_in_the_query_string_is_rejected(client, lrs_client):
    statement_id = str(uuid.uuid4())
    response = alternate(
        client,
        "PUT",
        {"statementId": statement_id, "content": json.dumps(statement())},
        query={"statementId": statement_id},
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("method:")


def test_alternate_syntax_put_without_content_is_rejected(client, lrs_client):
    response = alternate(client, "PUT", {"statementId": str(uuid.uuid4())})
    assert response.status_code == 400
    assert response.json()["error"].startswith("content:")


def test_alternate_syntax_must_be_a_form(client, lrs_client):
    response = client.post(
        "/xapi/statements?method=PUT",
        data=json.dumps({"content": json.dumps(statement())}),
        content_type="application/json",
        HTTP_AUTHORIZATION=basic_auth(),
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("Content-Type:")


def test_alternate_syntax_must_be_sent_as_post(client, lrs_client, xapi_headers):
    response = client.get("/xapi/statements?method=POST", **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("method:")


def test_alternate_syntax_is_not_part_of_version_2(client, lrs_client):
    response = alternate(client, "GET", {"limit": "1"}, version="2.0.0")
    assert response.status_code == 400
    assert response.json()["error"].startswith("method:")


def test_alternate_syntax_form_version_wins_over_the_version_header(client, lrs_client):
    statement_id = str(uuid.uuid4())
    response = client.post(
        "/xapi/statements?method=PUT",
        data=urlencode(
            {
                "Authorization": basic_auth(),
                "X-Experience-API-Version": "0.8",
                "statementId": statement_id,
                "content": json.dumps(statement()),
            }
        ),
        content_type="application/x-www-form-urlencoded",
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("X-Experience-API-Version:")
    assert not Statement.objects.exists()


def test_alternate_syntax_form_headers_win_over_the_request_headers(client, lrs_client):
    statement_id = str(uuid.uuid4())
    response = client.post(
        "/xapi/statements?method=PUT",
        data=urlencode(
            {
                "Authorization": basic_auth(),
                "X-Experience-API-Version": "1.0.3",
                "statementId": statement_id,
                "content": json.dumps(statement()),
            }
        ),
        content_type="application/x-www-form-urlencoded",
        HTTP_X_EXPERIENCE_API_VERSION="0.9",
        HTTP_AUTHORIZATION=basic_auth("nobody", "wrong"),
    )
    assert response.status_code == 204, response.content
    assert Statement.objects.filter(id=statement_id).exists()


def test_alternate_syntax_needs_credentials_in_the_form_or_headers(client, lrs_client):
    response = client.post(
        "/xapi/statements?method=GET",
        data=urlencode({"X-Experience-API-Version": "1.0.3"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 401


def test_put_requires_a_uuid_statement_id(client, lrs_client, xapi_headers):
    body = json.dumps(statement())
    missing = client.put(
        "/xapi/statements", data=body, content_type="application/json", **xapi_headers
    )
    assert missing.status_code == 400
    assert missing.json()["error"].startswith("statementId:")
    wrong = client.put(
        "/xapi/statements?statementId=true",
        data=body,
        content_type="application/json",
        **xapi_headers,
    )
    assert wrong.status_code == 400


def test_put_id_must_match_the_statement_id_parameter(client, lrs_client, xapi_headers):
    response = client.put(
        f"/xapi/statements?statementId={uuid.uuid4()}",
        data=json.dumps(statement(id=str(uuid.uuid4()))),
        content_type="application/json",
        **xapi_headers,
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("id:")


def test_unknown_query_parameters_are_rejected(client, lrs_client, xapi_headers):
    response = client.get("/xapi/statements?colour=red", **xapi_headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith("colour:")


def test_delete_is_not_allowed_on_statements(client, lrs_client, xapi_headers):
    response = client.delete("/xapi/statements", **xapi_headers)
    assert response.status_code in (403, 405)
