"""The platform's own SAML key pair: it signs the authentication and logout requests
and is published in the service provider's metadata.

Production names its files (``SAML_SP_KEY_FILE``, ``SAML_SP_CERT_FILE``); where they do
not exist yet (``make run``, the tests), a self-signed pair is made there on first use,
the key readable by its owner only, the way the certificates app keeps its signing key.
"""

import datetime
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

CERTIFICATE_YEARS = 10


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to a file that must not exist yet; another process that made it at
    the same moment wins, and its file is the one used."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        return
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def self_signed_certificate(key: rsa.RSAPrivateKey, common_name: str) -> bytes:
    """A PEM certificate for ``key``, signed by itself: SAML trusts the certificate
    exchanged in metadata, not a certificate authority."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64])])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365 * CERTIFICATE_YEARS))
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(serialization.Encoding.PEM)


def ensure_key_pair(key_file: Path, cert_file: Path, common_name: str) -> tuple[Path, Path]:
    """The key and certificate files, made when absent: a 3072-bit RSA key (the size
    identity providers accept for SHA-256 signatures) and its self-signed certificate."""
    if not key_file.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _write_new(key_file, pem, 0o600)
    if not cert_file.exists():
        key = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
        _write_new(cert_file, self_signed_certificate(key, common_name), 0o644)
    return key_file, cert_file
