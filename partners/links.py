"""The signed links partners receive: a confirmation of their e-mail, which expires by
itself, and an invitation, whose expiry its record holds (a manager chose it).

Both are signed with the site's secret (``django.core.signing``), each with a salt of
its own, so that neither can be forged, altered or used for the other."""

from datetime import timedelta

from django.core import signing

CONFIRMATION_SALT = "partners.registration.confirm"
INVITATION_SALT = "partners.invitation"

#: How long a confirmation link works.
CONFIRMATION_DAYS = 3


class LinkRefused(Exception):
    """A link that cannot be used, and why: ``invalid`` (altered or unknown),
    ``expired`` or ``used``."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def confirmation_token(registration_uuid) -> str:
    return signing.dumps(str(registration_uuid), salt=CONFIRMATION_SALT)


def confirmation_uuid(token: str) -> str:
    """The registration a confirmation link names; :class:`LinkRefused` when the link
    was altered or is older than :data:`CONFIRMATION_DAYS`."""
    try:
        return signing.loads(
            token, salt=CONFIRMATION_SALT, max_age=timedelta(days=CONFIRMATION_DAYS)
        )
    except signing.SignatureExpired:
        raise LinkRefused("expired") from None
    except signing.BadSignature:
        raise LinkRefused("invalid") from None


def invitation_token(invitation_uuid) -> str:
    return signing.dumps(str(invitation_uuid), salt=INVITATION_SALT)


def invitation_uuid(token: str) -> str:
    """The invitation a link names; :class:`LinkRefused` when the link was altered."""
    try:
        return signing.loads(token, salt=INVITATION_SALT)
    except signing.BadSignature:
        raise LinkRefused("invalid") from None
