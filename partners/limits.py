"""How often one address may use the sign-up form, and how often one e-mail address may
be sent a message from it: enough for a person who mistyped, too little to flood a
mailbox or to try address after address. Counted in the cache, per hour."""

import hashlib

from common.ratelimit import use_count

#: Sign-ups one client address may send in an hour.
REGISTRATIONS_PER_ADDRESS = 10
#: Messages the sign-up form may send to one e-mail address in an hour.
MESSAGES_PER_EMAIL = 3

_HOUR = 3600


def _spend(key: str, limit: int) -> bool:
    """Count one use of ``key``; False when the hour's ``limit`` is already spent."""
    return use_count(key, timeout=_HOUR) <= limit


def registration_allowed(*, address: str | None) -> bool:
    return _spend(f"partners:register:{address or 'unknown'}", REGISTRATIONS_PER_ADDRESS)


def message_allowed(*, email: str) -> bool:
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    return _spend(f"partners:mail:{digest}", MESSAGES_PER_EMAIL)
