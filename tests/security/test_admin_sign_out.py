"""Signing out of the admin: a GET (a link, an image on another page) neither signs out
nor pretends to by dropping the cookie while the session stays valid; a POST signs out
for real, on the server."""

import pytest
from django.contrib.sessions.backends.db import SessionStore

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    return user


def test_a_get_to_the_admin_sign_out_changes_nothing(client, editor):
    session_key = client.cookies["sessionid"].value
    response = client.get("/admin/logout/")
    assert response.status_code == 405
    assert "POST" in response["Allow"]
    assert "sessionid" not in response.cookies, "the cookie must not be dropped"
    assert client.cookies["sessionid"].value == session_key
    assert SessionStore(session_key=session_key).get("_auth_user_id") == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_after_a_refused_get_a_post_to_the_admin_sign_out_ends_the_session(client, editor):
    session_key = client.cookies["sessionid"].value
    assert "sessionid" not in client.get("/admin/logout/").cookies
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert not SessionStore().exists(session_key)
    assert client.get("/admin/").status_code == 302
