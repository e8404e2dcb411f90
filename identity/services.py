"""Writes of the identity app that other apps' events call for."""


def sign_in_links_forget(sender=None, *, user_id, **kwargs) -> None:
    """A person who left was anonymised (:data:`organisations.signals.person_anonymised`):
    the providers' identifiers that led to their account go, so nothing links the
    anonymous account to a person any more."""
    from .models import ExternalIdentity

    ExternalIdentity.objects.filter(user_id=user_id).delete()
