"""Keys read from outside (statements, addresses): only those that are UUIDs."""

import uuid


def valid_uuids(keys) -> list[uuid.UUID]:
    """The keys that are UUIDs, as UUIDs; the others are left out."""
    valid = []
    for key in keys:
        try:
            valid.append(uuid.UUID(str(key)))
        except ValueError:
            continue
    return valid
