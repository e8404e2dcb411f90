"""Reads of the directory connection."""

from __future__ import annotations

from .models import DirectoryToken


def directory_token_for(raw: str) -> DirectoryToken | None:
    """The live (not revoked) token whose hash matches ``raw``, or None."""
    from .services import token_hash

    if not raw:
        return None
    return (
        DirectoryToken.objects.select_related("default_unit")
        .filter(token_hash=token_hash(raw), revoked_at__isnull=True)
        .first()
    )
