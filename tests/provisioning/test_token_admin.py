"""Directory tokens in the Wagtail admin (Settings › Directory tokens): an administrator
makes one (shown once, only its hash kept), revokes it; both are in the audit trail;
nobody else reaches the screens."""

import pytest
from django.urls import reverse

from organisations.models import AuditEvent
from provisioning.models import DirectoryToken
from provisioning.services import token_hash
from tests import factories

pytestmark = pytest.mark.django_db

INDEX = "/admin/directory-tokens/"


def test_an_administrator_makes_a_token_shown_once_and_audited(admin_client, units):
    response = admin_client.post(
        INDEX + "new/", {"name": "Entra ID (CBSA)", "default_unit": units["yvr"].pk}
    )

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    token = DirectoryToken.objects.get(name="Entra ID (CBSA)")
    raw = response.context["raw_token"]
    assert raw.startswith("scim_") and raw in response.content.decode()
    assert token.token_hash == token_hash(raw) and raw not in (token.token_hash, token.prefix)
    assert token.default_unit == units["yvr"]
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.DIRECTORY_TOKEN_CHANGED, target_id=str(token.pk)
    ).exists()

    listing = admin_client.get(INDEX).content.decode()
    assert "Entra ID (CBSA)" in listing and raw not in listing

    # The token works at once.
    scim = admin_client.get("/scim/v2/Users", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert scim.status_code == 200


def test_a_revoked_token_stops_working_and_the_revocation_is_audited(admin_client, units):
    made = admin_client.post(INDEX + "new/", {"name": "Okta", "default_unit": units["yvr"].pk})
    raw = made.context["raw_token"]
    token = DirectoryToken.objects.get(name="Okta")
    revoke_url = reverse("directory_tokens:revoke", args=[token.pk])

    assert admin_client.get(revoke_url).status_code == 200
    response = admin_client.post(revoke_url)

    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.DIRECTORY_TOKEN_CHANGED,
        target_id=str(token.pk),
        detail__revoked=True,
    ).exists()
    scim = admin_client.get("/scim/v2/Users", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert scim.status_code == 401


@pytest.mark.parametrize("role", ["staff", "learner"])
def test_only_administrators_reach_the_tokens(client, units, role):
    from django.contrib.auth.models import Permission

    user = factories.UserFactory(is_staff=role == "staff")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    for url in (INDEX, INDEX + "new/"):
        response = client.get(url)
        assert response.status_code in (302, 403)
    assert client.post(INDEX + "new/", {"name": "Sneaky"}).status_code in (302, 403)
    assert not DirectoryToken.objects.exists()


def test_the_dedicated_permission_lets_a_non_superuser_manage_tokens(client, units):
    from django.contrib.auth.models import Permission

    user = factories.UserFactory(is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="manage_directorytoken"),
    )
    client.force_login(user)

    assert client.get(INDEX).status_code == 200
    response = client.post(INDEX + "new/", {"name": "Okta", "default_unit": units["yvr"].pk})
    assert response.status_code == 200 and response.context["raw_token"]
