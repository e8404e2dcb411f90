"""Signed statements (Data 2.6): a JWS in compact serialisation, attached with the
signature usage type, whose payload is the statement as it was signed.

The LRS checks that the JWS is well formed, uses RS256, RS384 or RS512, that its
payload is a JSON statement matching the one received (by the Statement Comparison
Requirements), and, when the header carries an ``x5c`` certificate chain, that the
signature verifies with the first certificate's public key.
"""

import base64
import binascii

import jwt
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from .equality import statements_match
from .json_text import parse_json
from .validation import StatementInvalid

ALGORITHMS = ("RS256", "RS384", "RS512")


def _public_key_from_x5c(chain, field: str):
    if not isinstance(chain, list) or not chain or not isinstance(chain[0], str):
        raise StatementInvalid(field, "x5c must be a non-empty array of certificates")
    try:
        certificate = x509.load_der_x509_certificate(base64.b64decode(chain[0], validate=True))
    except (binascii.Error, ValueError):
        raise StatementInvalid(field, "x5c holds a certificate that cannot be read") from None
    key = certificate.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise StatementInvalid(field, "x5c certificate must hold an RSA public key")
    return key


def verify_signature(statement: dict, signature: bytes, field: str) -> None:
    """Raise :class:`StatementInvalid` (naming ``field``) unless ``signature`` is a valid
    JWS of ``statement``."""
    try:
        token = signature.decode("ascii").strip()
        header = jwt.get_unverified_header(token)
    except (UnicodeDecodeError, RecursionError, jwt.exceptions.DecodeError):
        # RecursionError: a header of JSON nested too deep for the parser.
        raise StatementInvalid(field, "must be a JWS in compact serialisation") from None
    algorithm = header.get("alg")
    if algorithm not in ALGORITHMS:
        raise StatementInvalid(field, "the JWS algorithm must be RS256, RS384 or RS512")
    jws = jwt.PyJWS(algorithms=list(ALGORITHMS))
    try:
        if "x5c" in header:
            key = _public_key_from_x5c(header["x5c"], field)
            decoded = jws.decode_complete(token, key=key, algorithms=[algorithm])
        else:
            decoded = jws.decode_complete(token, options={"verify_signature": False})
    except jwt.exceptions.InvalidSignatureError:
        raise StatementInvalid(field, "the JWS signature does not verify") from None
    except jwt.exceptions.PyJWTError:
        raise StatementInvalid(field, "must be a JWS in compact serialisation") from None
    try:
        payload = parse_json(decoded["payload"], field=field)
    except StatementInvalid:
        raise StatementInvalid(field, "the JWS payload must be a JSON statement") from None
    if not isinstance(payload, dict) or not statements_match(payload, statement):
        raise StatementInvalid(field, "the JWS payload does not match the statement")
