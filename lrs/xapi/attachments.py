"""``multipart/mixed`` bodies of the Statement resource (Communication 1.5.2).

A request's first part holds the statement(s) as ``application/json``; each further
part holds one attachment's raw content, with ``X-Experience-API-Hash`` naming its
SHA-2 and ``Content-Transfer-Encoding: binary``. Pure functions: bytes in, bytes out.
"""

import hashlib
import secrets
from dataclasses import dataclass, field

from .validation import StatementInvalid

_HASHES_BY_LENGTH = {56: "sha224", 64: "sha256", 96: "sha384", 128: "sha512"}


@dataclass(frozen=True)
class Part:
    """One part of a multipart body: its headers (lower-case names) and raw content."""

    headers: dict[str, str]
    content: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "text/plain")


@dataclass
class MultipartBody:
    """The statement part's bytes and the attachment parts, keyed by their SHA-2."""

    statements: bytes
    attachments: dict[str, Part] = field(default_factory=dict)


def media_type(content_type: str) -> str:
    """``multipart/mixed`` from ``multipart/mixed; boundary=x``, lower-cased."""
    return content_type.split(";", 1)[0].strip().lower()


def content_type_params(content_type: str) -> dict[str, str]:
    """The parameters of a Content-Type header (names lower-cased, quotes removed)."""
    params = {}
    for piece in content_type.split(";")[1:]:
        name, sep, value = piece.partition("=")
        if sep:
            params[name.strip().lower()] = value.strip().strip('"')
    return params


def sha2_hex(content: bytes, like: str) -> str:
    """The SHA-2 digest of ``content`` of the same length as the hex digest ``like``."""
    algorithm = _HASHES_BY_LENGTH.get(len(like), "sha256")
    return hashlib.new(algorithm, content).hexdigest()


def _parse_headers(raw: bytes, field_name: str) -> dict[str, str]:
    headers = {}
    for line in raw.split(b"\r\n"):
        if not line:
            continue
        name, sep, value = line.partition(b":")
        if not sep:
            raise StatementInvalid(field_name, "has a malformed part header")
        headers[name.strip().decode("latin-1").lower()] = value.strip().decode("latin-1")
    return headers


def parse_multipart(body: bytes, content_type: str) -> list[Part]:
    """Split a ``multipart/mixed`` body into its parts (RFC 2046), strictly."""
    boundary = content_type_params(content_type).get("boundary")
    if not boundary:
        raise StatementInvalid("Content-Type", "multipart/mixed requires a boundary parameter")
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    chunks = (b"\r\n" + body).split(delimiter)
    if len(chunks) < 2:
        raise StatementInvalid("body", "has no part delimited by the boundary")
    parts: list[Part] = []
    closed = False
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            closed = True
            break
        line_end = chunk.find(b"\r\n")
        if line_end < 0 or chunk[:line_end].strip(b" \t"):
            raise StatementInvalid("body", "has a boundary line followed by other text")
        chunk = chunk[line_end + 2 :]
        if chunk.startswith(b"\r\n"):
            raw_headers, content = b"", chunk[2:]
        else:
            raw_headers, sep, content = chunk.partition(b"\r\n\r\n")
            if not sep:
                raise StatementInvalid("body", "has a part without a blank line after its headers")
        parts.append(Part(headers=_parse_headers(raw_headers, "body"), content=content))
    if not closed:
        raise StatementInvalid("body", "does not end with the closing boundary")
    if not parts:
        raise StatementInvalid("body", "has no parts")
    return parts


def split_statement_request(body: bytes, content_type: str) -> MultipartBody:
    """The statement part and the attachment parts of a Statement resource request.

    The first part must be ``application/json``; every other part must carry an
    ``X-Experience-API-Hash`` that matches its content and, when given, a
    ``Content-Transfer-Encoding`` of ``binary``.
    """
    parts = parse_multipart(body, content_type)
    first, rest = parts[0], parts[1:]
    if media_type(first.content_type) != "application/json":
        raise StatementInvalid("body", "the first part must be the statements as application/json")
    result = MultipartBody(statements=first.content)
    for index, part in enumerate(rest, start=1):
        where = f"body part {index}"
        declared = part.headers.get("x-experience-api-hash", "").strip().lower()
        if not declared:
            raise StatementInvalid(where, "X-Experience-API-Hash header is required")
        encoding = part.headers.get("content-transfer-encoding")
        if encoding is not None and encoding.strip().lower() != "binary":
            raise StatementInvalid(where, "Content-Transfer-Encoding must be binary")
        if sha2_hex(part.content, declared) != declared:
            raise StatementInvalid(where, "X-Experience-API-Hash does not match the content")
        result.attachments[declared] = part
    return result


def build_multipart(
    document: bytes, attachments: list[tuple[str, str, bytes]]
) -> tuple[bytes, str]:
    """A ``multipart/mixed`` response: the JSON document, then each (sha2, type, content).

    Returns the body and its Content-Type header value.
    """
    boundary = secrets.token_hex(16)
    delimiter = b"--" + boundary.encode()
    chunks = [delimiter, b"\r\nContent-Type: application/json\r\n\r\n", document]
    for sha2, content_type, content in attachments:
        chunks += [
            b"\r\n",
            delimiter,
            f"\r\nContent-Type: {content_type}\r\nContent-Transfer-Encoding: binary\r\n"
            f"X-Experience-API-Hash: {sha2}\r\n\r\n".encode("latin-1", "replace"),
            content,
        ]
    chunks += [b"\r\n", delimiter, b"--\r\n"]
    return b"".join(chunks), f"multipart/mixed; boundary={boundary}"
