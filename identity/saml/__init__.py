"""SAML 2.0 sign-in (djangosaml2 and pysaml2): the platform as a service provider.

It publishes its metadata at ``/sso/saml/metadata/``; the identity providers' metadata
comes from files or URLs (``SAML_IDP_METADATA``). See docs/identity.md, "SAML 2.0".
"""

from .config import IdentityProvider, identity_providers, saml_enabled

__all__ = ["IdentityProvider", "identity_providers", "saml_enabled", "sign_in_choices"]


def sign_in_choices(next_url: str = "") -> list[dict]:
    """The "Sign in with …" buttons of the sign-in page, one per identity provider."""
    from urllib.parse import urlencode

    from django.urls import reverse

    choices = []
    for provider in identity_providers():
        query = {"idp": provider.name, **({"next": next_url} if next_url else {})}
        choices.append(
            {"name": provider.label, "url": f"{reverse('saml_login')}?{urlencode(query)}"}
        )
    return choices
