"""Statement requests larger than the site's 2.5 MB limit: the LRS reads them up to
LRS_MAX_REQUEST_BYTES (attachments included) and refuses larger ones with a 413 in its own
JSON shape and headers, before reading them."""

import hashlib
import json
import uuid
from urllib.parse import urlencode

import pytest
from django.test import Client

from lrs.models import Attachment, Statement
from tests.lrs.test_statements import statement
from tests.lrs.test_statements_attachments import BOUNDARY, header_for, multipart, part

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
ORIGIN = "https://content.example.gc.ca"


@pytest.fixture
def xapi(lrs_client, xapi_headers):
    return Client(**xapi_headers)


def post_multipart(client, body: bytes, **extra):
    return client.generic(
        "POST",
        "/xapi/statements",
        body,
        content_type=f'multipart/mixed; boundary="{BOUNDARY}"',
        **extra,
    )


def test_a_statement_with_a_3_mb_attachment_is_stored_with_it(xapi):
    content = b"x" * (3 * MB)
    document = statement(attachments=[header_for(content, contentType="text/plain")])
    response = post_multipart(xapi, multipart(document, [part(content)]))
    assert response.status_code == 200, response.content[:300]
    stored = Attachment.objects.get(sha2=hashlib.sha256(content).hexdigest())
    assert stored.length == 3 * MB


def test_a_batch_of_3_mb_is_stored(xapi):
    note = "n" * 3000
    batch = [statement(id=str(uuid.uuid4()), result={"response": note}) for _ in range(1100)]
    body = json.dumps(batch).encode()
    assert len(body) > 3 * MB
    response = xapi.generic("POST", "/xapi/statements", body, content_type="application/json")
    assert response.status_code == 200, response.content[:300]
    assert Statement.objects.count() == 1100


def test_a_request_over_the_limit_is_a_413_with_the_lrs_error_and_headers(xapi, settings):
    settings.LRS_MAX_REQUEST_BYTES = 3 * MB
    content = b"x" * (3 * MB + 1)
    document = statement(attachments=[header_for(content)])
    response = post_multipart(xapi, multipart(document, [part(content)]), HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 413
    assert response.json()["error"].startswith("body:")
    assert str(3 * MB) in response.json()["error"]
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    assert not Statement.objects.exists()


def test_a_declared_length_over_the_limit_is_refused_without_reading_the_body(xapi):
    # The test client's payload fails the test if more is read than it holds: only the
    # declared Content-Length says the request is large.
    response = xapi.generic(
        "POST",
        "/xapi/statements",
        json.dumps(statement()).encode(),
        content_type="application/json",
        CONTENT_LENGTH=str(25 * MB),
    )
    assert response.status_code == 413
    assert response.json()["error"].startswith("body:")
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_an_alternate_syntax_request_over_the_site_limit_is_read_by_the_lrs(xapi):
    note = "n" * (3 * MB)
    form = {"content": json.dumps(statement(result={"response": note}))}
    response = xapi.generic(
        "POST",
        "/xapi/statements?method=POST",
        urlencode(form).encode(),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200, response.content[:300]
    assert Statement.objects.get().data["result"]["response"] == note
