"""The provider's claims: each test user's, from the settings, in the ID token and at
the userinfo endpoint."""

from django.conf import settings
from oauth2_provider.oauth2_validators import OAuth2Validator


class ClaimsValidator(OAuth2Validator):
    # Every claim goes out whatever the scopes: the tests decide what a user carries.
    oidc_claim_scope = None

    def get_additional_claims(self, request):
        user = request.user
        return {
            "given_name": user.first_name,
            "family_name": user.last_name,
            "email": user.email,
            **settings.PROVIDER_CLAIMS.get(user.username, {}),
        }
