"""Attachments over multipart/mixed, fileUrl-only attachments, attachments=true on GET,
and signed statements (JWS, RS256/384/512, with and without an x5c certificate)."""

import base64
import datetime
import hashlib
import json
import uuid

import jwt
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from lrs.models import Attachment, Statement
from lrs.xapi.attachments import build_multipart, parse_multipart
from tests.lrs.test_statements import statement

pytestmark = pytest.mark.django_db

BOUNDARY = "-------314159265358979323846"
TEXT = b"here is a simple attachment"
SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"


def header_for(content: bytes, **overrides) -> dict:
    return {
        "usageType": "http://example.com/attachment-usage/test",
        "display": {"en-US": "A test attachment"},
        "contentType": "text/plain",
        "length": len(content),
        "sha2": hashlib.sha256(content).hexdigest(),
        **overrides,
    }


def multipart(document, parts, *, first_type="application/json", preamble=b"") -> bytes:
    crlf = b"\r\n"
    body = preamble + b"--" + BOUNDARY.encode() + crlf
    body += f"Content-Type: {first_type}".encode() + crlf + crlf
    body += json.dumps(document).encode() + crlf
    for part_headers, content in parts:
        body += b"--" + BOUNDARY.encode() + crlf
        for name, value in part_headers.items():
            body += f"{name}: {value}".encode() + crlf
        body += crlf + content + crlf
    return body + b"--" + BOUNDARY.encode() + b"--" + crlf


def part(content: bytes, **headers):
    return (
        {
            "Content-Type": "text/plain",
            "Content-Transfer-Encoding": "binary",
            "X-Experience-API-Hash": hashlib.sha256(content).hexdigest(),
            **headers,
        },
        content,
    )


def send(client, headers, body, method="post", url="/xapi/statements"):
    return getattr(client, method)(
        url,
        data=body,
        content_type=f"multipart/mixed; boundary={BOUNDARY}",
        **headers,
    )


def test_multipart_statement_with_its_attachment_is_stored(client, lrs_client, xapi_headers):
    body = multipart(statement(attachments=[header_for(TEXT)]), [part(TEXT)])
    response = send(client, xapi_headers, body)
    assert response.status_code == 200, response.content
    assert bytes(Attachment.objects.get().content) == TEXT


def test_multipart_put_with_a_preamble_is_accepted(client, lrs_client, xapi_headers):
    statement_id = str(uuid.uuid4())
    body = multipart(
        statement(attachments=[header_for(TEXT)]), [part(TEXT)], preamble=b"ignored\r\n"
    )
    response = send(
        client, xapi_headers, body, method="put", url=f"/xapi/statements?statementId={statement_id}"
    )
    assert response.status_code == 204, response.content


def test_an_attachment_part_with_a_wrong_hash_is_rejected(client, lrs_client, xapi_headers):
    wrong = part(TEXT, **{"X-Experience-API-Hash": "b" * 64})
    response = send(
        client, xapi_headers, multipart(statement(attachments=[header_for(TEXT)]), [wrong])
    )
    assert response.status_code == 400
    assert "X-Experience-API-Hash" in response.json()["error"]
    assert not Statement.objects.exists()


def test_an_attachment_part_without_hash_header_is_rejected(client, lrs_client, xapi_headers):
    (headers, content) = part(TEXT)
    del headers["X-Experience-API-Hash"]
    body = multipart(statement(attachments=[header_for(TEXT)]), [(headers, content)])
    response = send(client, xapi_headers, body)
    assert response.status_code == 400
    assert response.json()["error"].startswith("body part 1:")


def test_a_missing_attachment_part_is_rejected(client, lrs_client, xapi_headers):
    other = b"another attachment"
    document = statement(attachments=[header_for(TEXT), header_for(other)])
    response = send(client, xapi_headers, multipart(document, [part(TEXT)]))
    assert response.status_code == 400
    assert response.json()["error"].startswith("attachments[1]:")


def test_an_extra_part_is_rejected(client, lrs_client, xapi_headers):
    body = multipart(statement(attachments=[header_for(TEXT)]), [part(TEXT), part(b"extra")])
    response = send(client, xapi_headers, body)
    assert response.status_code == 400
    assert response.json()["error"].startswith("body:")


def test_the_first_part_must_be_json(client, lrs_client, xapi_headers):
    body = multipart(
        statement(attachments=[header_for(TEXT)]), [part(TEXT)], first_type="text/plain"
    )
    response = send(client, xapi_headers, body)
    assert response.status_code == 400


def test_multipart_without_a_boundary_parameter_is_rejected(client, lrs_client, xapi_headers):
    response = client.post(
        "/xapi/statements",
        data=multipart(statement(), []),
        content_type="multipart/mixed",
        **xapi_headers,
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("Content-Type:")


def test_a_body_without_the_first_boundary_is_rejected(client, lrs_client, xapi_headers):
    document = statement(attachments=[header_for(TEXT)])
    body = multipart(document, [part(TEXT)])
    body = body[body.index(b"Content-Type") :]
    assert send(client, xapi_headers, body).status_code == 400


def test_a_file_url_attachment_needs_no_part(client, lrs_client, xapi_headers):
    document = statement(attachments=[header_for(TEXT, fileUrl="http://over.there.com/file.txt")])
    json_response = client.post(
        "/xapi/statements",
        data=json.dumps(document),
        content_type="application/json",
        **xapi_headers,
    )
    assert json_response.status_code == 200
    assert send(client, xapi_headers, multipart(statement(), [])).status_code == 200


def test_an_attachment_without_file_url_in_a_json_request_is_rejected(
    client, lrs_client, xapi_headers
):
    document = statement(attachments=[header_for(TEXT)])
    response = client.post(
        "/xapi/statements",
        data=json.dumps(document),
        content_type="application/json",
        **xapi_headers,
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("attachments[0]:")


def test_get_with_attachments_true_returns_multipart_with_the_parts(
    client, lrs_client, xapi_headers
):
    [statement_id] = send(
        client, xapi_headers, multipart(statement(attachments=[header_for(TEXT)]), [part(TEXT)])
    ).json()
    response = client.get(
        f"/xapi/statements?statementId={statement_id}&attachments=true", **xapi_headers
    )
    assert response["Content-Type"].startswith("multipart/mixed; boundary=")
    parts = parse_multipart(response.content, response["Content-Type"])
    assert json.loads(parts[0].content)["id"] == statement_id
    assert parts[1].content == TEXT
    assert parts[1].headers["x-experience-api-hash"] == hashlib.sha256(TEXT).hexdigest()
    listed = client.get("/xapi/statements?attachments=true", **xapi_headers)
    listed_parts = parse_multipart(listed.content, listed["Content-Type"])
    assert json.loads(listed_parts[0].content)["statements"][0]["id"] == statement_id
    plain = client.get(f"/xapi/statements?statementId={statement_id}", **xapi_headers)
    assert plain["Content-Type"] == "application/json"


def test_multipart_responses_parse_back():
    body, content_type = build_multipart(b"{}", [("ab", "text/plain", b"x\r\ny")])
    parts = parse_multipart(body, content_type)
    assert [p.content for p in parts] == [b"{}", b"x\r\ny"]


# -- signed statements ---------------------------------------------------------------


@pytest.fixture(scope="module")
def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def certificate_for(key) -> str:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Signer")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return base64.b64encode(certificate.public_bytes(serialization.Encoding.DER)).decode()


def signed_request(
    document: dict, key, *, algorithm="RS256", x5c=None, payload=None, content_type=None
):
    payload = payload if payload is not None else json.dumps(document).encode()
    headers = {"x5c": x5c} if x5c else None
    if algorithm.startswith("HS"):
        token = jwt.PyJWS().encode(payload, "a-shared-secret-of-some-length!!", algorithm=algorithm)
    else:
        token = jwt.PyJWS().encode(payload, key, algorithm=algorithm, headers=headers)
    signature = token.encode()
    attachment = header_for(
        signature,
        usageType=SIGNATURE,
        contentType=content_type or "application/octet-stream",
    )
    signed = {**document, "attachments": [attachment]}
    return multipart(signed, [part(signature, **{"Content-Type": "application/octet-stream"})])


@pytest.mark.parametrize("algorithm", ["RS256", "RS384", "RS512"])
def test_a_signed_statement_is_accepted(client, lrs_client, xapi_headers, rsa_key, algorithm):
    document = statement(id=str(uuid.uuid4()))
    response = send(client, xapi_headers, signed_request(document, rsa_key, algorithm=algorithm))
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("version", ["1.0.3", "2.0.0"])
def test_a_signature_whose_duration_differs_only_beyond_hundredths_is_accepted(
    client, lrs_client, xapi_headers, rsa_key, version
):
    headers = {**xapi_headers, "HTTP_X_EXPERIENCE_API_VERSION": version}
    document = statement(id=str(uuid.uuid4()), result={"duration": "P1DT2H3M4.1237S"})
    signed_payload = json.dumps({**document, "result": {"duration": "P1DT2H3M4.12S"}}).encode()
    body = signed_request(document, rsa_key, payload=signed_payload)
    response = send(client, headers, body)
    assert response.status_code == 200, response.content
    stored = Statement.objects.get(id=document["id"]).data
    assert stored["result"]["duration"] == "P1DT2H3M4.1237S"


def test_a_signature_whose_duration_differs_in_hundredths_is_rejected(
    client, lrs_client, xapi_headers, rsa_key
):
    document = statement(id=str(uuid.uuid4()), result={"duration": "PT4.13S"})
    signed_payload = json.dumps({**document, "result": {"duration": "PT4.12S"}}).encode()
    response = send(client, xapi_headers, signed_request(document, rsa_key, payload=signed_payload))
    assert response.status_code == 400
    assert "does not match" in response.json()["error"]
    assert not Statement.objects.exists()


def test_a_signed_statement_with_x5c_is_verified(client, lrs_client, xapi_headers, rsa_key):
    document = statement(id=str(uuid.uuid4()))
    x5c = [certificate_for(rsa_key)]
    assert send(client, xapi_headers, signed_request(document, rsa_key, x5c=x5c)).status_code == 200
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = signed_request(statement(id=str(uuid.uuid4())), other_key, x5c=x5c)
    response = send(client, xapi_headers, forged)
    assert response.status_code == 400
    assert "does not verify" in response.json()["error"]


def test_a_signature_with_another_algorithm_is_rejected(client, lrs_client, xapi_headers, rsa_key):
    body = signed_request(statement(id=str(uuid.uuid4())), rsa_key, algorithm="HS256")
    response = send(client, xapi_headers, body)
    assert response.status_code == 400
    assert response.json()["error"].startswith("attachments[0]:")


def test_a_signature_whose_payload_is_not_json_is_rejected(
    client, lrs_client, xapi_headers, rsa_key
):
    document = statement(id=str(uuid.uuid4()))
    broken = json.dumps(document).replace('"', "'", 1).encode()
    response = send(client, xapi_headers, signed_request(document, rsa_key, payload=broken))
    assert response.status_code == 400
    assert "JSON" in response.json()["error"]


def test_a_signature_of_another_statement_is_rejected(client, lrs_client, xapi_headers, rsa_key):
    document = statement(id=str(uuid.uuid4()))
    other = json.dumps(statement(result={"success": True})).encode()
    response = send(client, xapi_headers, signed_request(document, rsa_key, payload=other))
    assert response.status_code == 400
    assert "does not match" in response.json()["error"]


def test_a_signature_with_the_wrong_content_type_is_rejected(
    client, lrs_client, xapi_headers, rsa_key
):
    body = signed_request(statement(id=str(uuid.uuid4())), rsa_key, content_type="text/plain")
    assert send(client, xapi_headers, body).status_code == 400
