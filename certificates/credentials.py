"""Signed credentials: each certificate as an Open Badges 3.0 ``OpenBadgeCredential`` (a W3C
Verifiable Credential), secured as a VC-JWT signed with the platform's Ed25519 key.

The public key is published as a JWKS (``/.well-known/jwks.json``) and in a ``did:web``
document (``/.well-known/did.json``), so anyone can check a credential offline; whether it
was revoked since is answered by the verification endpoint its ``id`` names.
"""

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from urllib.parse import quote, urlsplit

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from .models import Certificate

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
MAX_CREDENTIAL_BYTES = 64 * 1024


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def signing_key() -> Ed25519PrivateKey:
    """The platform's Ed25519 key: from ``CERTIFICATE_SIGNING_KEY`` (PEM), else from the
    file at ``CERTIFICATE_SIGNING_KEY_PATH``, made there (readable by its owner only) on
    first use."""
    pem = settings.CERTIFICATE_SIGNING_KEY
    if pem:
        return serialization.load_pem_private_key(pem.encode(), password=None)
    path = Path(settings.CERTIFICATE_SIGNING_KEY_PATH)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        key = Ed25519PrivateKey.generate()
        data = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # made at the same moment by another process
            pass
        else:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


def _public_x(key) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return _b64url(raw)


def key_thumbprint(key) -> str:
    """The RFC 7638 thumbprint of a signing key's public half: the same key, the same
    thumbprint (the end of the ``kid`` in the JWKS)."""
    canonical = json.dumps(
        {"crv": "Ed25519", "kty": "OKP", "x": _public_x(key)}, separators=(",", ":")
    )
    return _b64url(hashlib.sha256(canonical.encode()).digest())


def public_jwk() -> dict:
    """The public key as a JWK. Its ``kid`` is the ``did:web`` verification method: the
    site's DID and the key's RFC 7638 thumbprint, as the credentials' headers name it."""
    key = signing_key()
    kid = f"{issuer_did()}#{key_thumbprint(key)}"
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": _public_x(key),
        "kid": kid,
        "alg": "EdDSA",
        "use": "sig",
    }


def issuer_did() -> str:
    """``did:web`` for the site (its ``/.well-known/did.json``); a port is escaped."""
    return "did:web:" + quote(urlsplit(settings.SITE_URL).netloc, safe="")


def verification_method() -> str:
    return public_jwk()["kid"]


def jwks_document() -> dict:
    return {"keys": [public_jwk()]}


def did_document() -> dict:
    did = issuer_did()
    jwk = {key: value for key, value in public_jwk().items() if key not in ("alg", "use")}
    method = jwk["kid"]
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/suites/jws-2020/v1",
        ],
        "id": did,
        "verificationMethod": [
            {"id": method, "type": "JsonWebKey2020", "controller": did, "publicKeyJwk": jwk}
        ],
        "assertionMethod": [method],
        "authentication": [method],
    }


def _iso(moment) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def credential_document(*, certificate: Certificate) -> dict:
    """The certificate as an ``OpenBadgeCredential`` (unsigned JSON)."""
    with translation.override("en"):
        verify = settings.SITE_URL + reverse(
            "certificates:verify", kwargs={"code": certificate.code}
        )
    course_iri = f"{settings.XAPI_PLATFORM_IRI}/activities/course/{certificate.course_key}"
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": f"urn:uuid:{certificate.id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.course_title_en,
        "issuer": {
            "id": issuer_did(),
            "type": ["Profile"],
            "name": settings.ORGANISATION_NAME,
            "url": settings.SITE_URL,
        },
        "validFrom": _iso(certificate.issued_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "systemId",
                    "hashed": False,
                    "identityHash": f"{settings.SITE_URL}|{certificate.user.uuid}",
                },
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": certificate.learner_name,
                },
            ],
            "achievement": {
                "id": course_iri,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": certificate.course_title_en,
                "description": certificate.course_title_en,
                "criteria": {"narrative": "Completed every required part of the course."},
                "version": certificate.course_version,
                "inLanguage": "en",
                "extensions": {"nameFr": certificate.course_title_fr},
            },
        },
        "credentialStatus": {
            "id": verify + "?format=json",
            "type": "PlatformVerificationEndpoint",
        },
        "evidence": [{"id": verify, "type": ["Evidence"], "name": certificate.code}],
    }
    if certificate.expires_at:
        credential["validUntil"] = _iso(certificate.expires_at)
    return credential


def credential_issue(*, certificate: Certificate) -> str:
    """The signed credential (a compact VC-JWT): the credential JSON is the payload, with
    the JWT claims ``iss``, ``sub``, ``jti``, ``nbf`` and ``exp`` that mirror it."""
    credential = credential_document(certificate=certificate)
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "sub": credential["credentialSubject"]["identifier"][0]["identityHash"],
        "jti": credential["id"],
        "nbf": int(certificate.issued_at.timestamp()),
    }
    if certificate.expires_at:
        claims["exp"] = int(certificate.expires_at.timestamp())
    headers = {"kid": verification_method(), "typ": "vc+jwt", "cty": "vc"}
    return jwt.encode(claims, signing_key(), algorithm="EdDSA", headers=headers)


@dataclass
class CredentialCheck:
    """What checking a presented credential found: ``genuine``, ``expired``, ``revoked``
    or ``not_genuine`` (the certificate only for the first three)."""

    result: str
    certificate: Certificate | None = None


def credential_check(*, token: str) -> CredentialCheck:
    """Check a presented VC-JWT: our signature, our issuer, a certificate we issued with
    the same content; then its current state. Any failure is ``not_genuine``, with no
    detail (a forger learns nothing from the answer)."""
    not_genuine = CredentialCheck(result="not_genuine")
    token = (token or "").strip()
    if not token or len(token) > MAX_CREDENTIAL_BYTES:
        return not_genuine
    public_key = signing_key().public_key()
    try:
        header = jwt.get_unverified_header(token)
        if header.get("kid") != verification_method():
            return not_genuine
        claims = jwt.decode(
            token,
            public_key,
            algorithms=["EdDSA"],
            issuer=issuer_did(),
            options={"verify_exp": False, "verify_nbf": False, "require": ["iss", "jti"]},
        )
    except jwt.PyJWTError:
        return not_genuine
    jti = str(claims.get("jti", ""))
    if not jti.startswith("urn:uuid:"):
        return not_genuine
    certificate = (
        Certificate.objects.select_related("user").filter(pk=_uuid_or_none(jti[9:])).first()
    )
    if certificate is None:
        return not_genuine
    if certificate.revoked_at:
        return CredentialCheck(result="revoked", certificate=certificate)
    expires = claims.get("exp")
    if (expires and expires <= timezone.now().timestamp()) or certificate.status == "expired":
        return CredentialCheck(result="expired", certificate=certificate)
    return CredentialCheck(result="genuine", certificate=certificate)


def _uuid_or_none(value: str):
    import uuid

    try:
        return uuid.UUID(value)
    except ValueError:
        return None
