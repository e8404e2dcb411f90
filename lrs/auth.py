"""HTTP Basic credentials of LRS clients."""

import base64
import binascii

from .models import LRSClient


def client_from_request(request) -> LRSClient | None:
    """The active client whose key and secret the request carries, if any."""
    header = request.headers.get("Authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        key, _, secret = base64.b64decode(encoded.strip()).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client = LRSClient.objects.filter(key=key, is_active=True).first()
    if client is None or not client.check_secret(secret):
        return None
    return client
