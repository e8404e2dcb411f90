"""After signing in, each role lands where its work is: a manager on their dashboard, a
trainer (or anyone else who works in the administration) in the administration, a learner
on My learning; a page that asked for the sign-in (``next``) always wins."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from tests import factories

pytestmark = pytest.mark.django_db


def sign_in(client, user, language: str = "en", **extra):
    with translation.override(language):
        address = reverse("login")
    return client.post(
        address, {"username": user.username, "password": factories.PASSWORD, **extra}
    )


def test_a_learner_lands_on_my_learning(client, units):
    response = sign_in(client, factories.learner(units["yvr"]))
    assert response.status_code == 302
    assert response["Location"] == reverse("my_learning")


def test_a_manager_lands_on_their_dashboard(client, units):
    response = sign_in(client, factories.manager(units["agency"]))
    assert response["Location"] == reverse("dashboards:manager")
    assert client.get(response["Location"]).status_code == 200


def test_a_trainer_lands_in_the_administration(client):
    response = sign_in(client, factories.trainer())
    assert response["Location"] == reverse("wagtailadmin_home")
    assert client.get(response["Location"]).status_code == 200


def test_a_reviewer_and_an_administrator_land_in_the_administration(client):
    reviewer = factories.UserFactory()
    reviewer.groups.add(Group.objects.get(name="Moderators"))
    administrator = factories.UserFactory(is_superuser=True, is_staff=True)
    assert sign_in(client, reviewer)["Location"] == reverse("wagtailadmin_home")
    client.logout()
    assert sign_in(client, administrator)["Location"] == reverse("wagtailadmin_home")


def test_a_manager_who_is_also_a_trainer_lands_on_the_dashboard(client, units):
    user = factories.manager(units["agency"])
    user.groups.add(Group.objects.get(name="Editors"))
    assert sign_in(client, user)["Location"] == reverse("dashboards:manager")


def test_the_page_that_asked_for_the_sign_in_always_wins(client, units, course):
    course_page, _ = course
    response = sign_in(client, factories.manager(units["agency"]), next=course_page.url)
    assert response["Location"] == course_page.url
    client.logout()
    response = sign_in(client, factories.trainer(), next="/en/courses/")
    assert response["Location"] == "/en/courses/"


def test_a_next_address_on_another_site_is_ignored(client, units):
    response = sign_in(
        client, factories.manager(units["agency"]), next="https://elsewhere.example/"
    )
    assert response["Location"] == reverse("dashboards:manager")


def test_signing_in_in_french_lands_on_the_french_page(client, units):
    response = sign_in(client, factories.manager(units["agency"]), language="fr")
    with translation.override("fr"):
        assert response["Location"] == reverse("dashboards:manager")
    assert response["Location"].startswith("/fr/")
