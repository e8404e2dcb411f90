"""Create the test provider's users and client applications from PROVIDER_SETUP (JSON):
``{"users": [{"username", "password", "first_name", "last_name", "email"}],
"applications": [{"name", "client_id", "client_secret", "redirect_uris",
"post_logout_redirect_uris"}]}``."""

import json
import os

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand
from oauth2_provider.models import Application


class Command(BaseCommand):
    def handle(self, *args, **options):
        setup = json.loads(os.environ["PROVIDER_SETUP"])
        for person in setup.get("users", []):
            password = person.pop("password")
            user = User.objects.create(**person)
            user.set_password(password)
            user.save()
        for application in setup.get("applications", []):
            Application.objects.create(
                name=application["name"],
                client_id=application["client_id"],
                client_secret=application["client_secret"],
                client_type=Application.CLIENT_CONFIDENTIAL,
                authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
                redirect_uris=" ".join(application["redirect_uris"]),
                post_logout_redirect_uris=" ".join(
                    application.get("post_logout_redirect_uris", [])
                ),
                algorithm=Application.RS256_ALGORITHM,
                skip_authorization=False,
            )
