"""/scim/v2/ as an agency's directory (Entra ID, Okta) uses it: people created,
changed, moved, deactivated (never deleted); groups that give audiences or move people
into units; and every refusal a clear SCIM error that changes nothing."""

import datetime

import pytest
from django.utils import timezone

from organisations.models import (
    Audience,
    AudienceMembership,
    AuditEvent,
    LearnerProfile,
    UnitMembership,
    User,
)
from provisioning.models import DirectoryGroup, DirectoryUser
from provisioning.services import directory_token_revoke
from tests import factories
from tests.provisioning.support import ENTERPRISE, ERROR, Directory, make_token, user_body
from tests.training.helpers import requirement
from training.models import Assignment

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(db):
    return factories.org_tree()


@pytest.fixture
def directory(client, tree):
    _token, raw = make_token(tree["yvr"])
    return Directory(client, raw)


def ana(**attributes):
    known = {
        "externalId": "e-1",
        "name": {"givenName": "Ana", "familyName": "Silva"},
        "emails": [{"value": "ana.silva@agency.example", "type": "work", "primary": True}],
        "active": True,
        "preferredLanguage": "fr-CA",
    }
    return user_body("ana.silva@agency.example", **(known | attributes))


def assert_error(response, status, scim_type=None, names=""):
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/scim+json")
    body = response.json()
    assert body["schemas"] == [ERROR]
    assert int(body["status"]) == status
    assert names in body["detail"]
    if scim_type:
        assert body["scimType"] == scim_type
    return body


def test_a_person_is_created_with_their_profile_and_unit(directory, tree):
    douglas = tree["douglas"].code
    response = directory.post(
        "Users", ana(**{ENTERPRISE: {"employeeNumber": "1001", "department": douglas}})
    )

    assert response.status_code == 201, response.content
    body = response.json()
    user = User.objects.get(username="ana.silva@agency.example")
    assert body["id"] == str(user.uuid)
    assert response["Location"].endswith(f"/scim/v2/Users/{user.uuid}")
    assert (user.first_name, user.last_name, user.email) == (
        "Ana",
        "Silva",
        "ana.silva@agency.example",
    )
    assert user.is_active and not user.has_usable_password()
    profile = user.learner_profile
    assert profile.org_unit == tree["douglas"]
    assert (profile.employee_number, profile.preferred_language) == ("1001", "fr")
    assert UnitMembership.objects.filter(profile=profile, org_unit=tree["douglas"]).exists()
    assert body[ENTERPRISE] == {"employeeNumber": "1001", "department": douglas}
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.PERSON_PROVISIONED, target_id=str(user.pk)
    ).exists()

    fetched = directory.get(f"Users/{user.uuid}").json()
    assert fetched["userName"] == "ana.silva@agency.example"
    assert fetched["name"] == {"givenName": "Ana", "familyName": "Silva"}


def test_without_a_unit_code_the_token_s_default_unit_is_used(directory, tree):
    response = directory.post("Users", ana(**{ENTERPRISE: {"department": "Finance"}}))

    assert response.status_code == 201
    assert (
        LearnerProfile.objects.get(user__username="ana.silva@agency.example").org_unit
        == tree["yvr"]
    )


def test_a_directory_finds_a_person_by_user_name(directory):
    directory.post("Users", ana())

    found = directory.get("Users", QUERY_STRING='filter=userName eq "ana.silva@agency.example"')
    missing = directory.get("Users", QUERY_STRING='filter=userName eq "nobody@agency.example"')

    assert found.json()["totalResults"] == 1
    assert found.json()["Resources"][0]["externalId"] == "e-1"
    assert missing.json()["totalResults"] == 0


def test_patch_as_entra_sends_it_changes_names_address_and_standing(directory):
    user_id = directory.post("Users", ana()).json()["id"]

    response = directory.patch(
        f"Users/{user_id}",
        {"op": "Replace", "path": "name.familyName", "value": "Costa"},
        {
            "op": "Replace",
            "path": 'emails[type eq "work"].value',
            "value": "ana.costa@agency.example",
        },
        {"op": "Add", "path": f"{ENTERPRISE}:employeeNumber", "value": "1002"},
        {"op": "Replace", "path": "active", "value": "False"},
    )

    assert response.status_code == 200, response.content
    user = User.objects.get(uuid=user_id)
    assert (user.last_name, user.email, user.is_active) == (
        "Costa",
        "ana.costa@agency.example",
        False,
    )
    assert user.learner_profile.employee_number == "1002"
    assert user.learner_profile.left_on == timezone.localdate()
    assert response.json()["emails"] == [
        {"value": "ana.costa@agency.example", "type": "work", "primary": True}
    ]


def test_patch_without_a_path_as_okta_sends_it_deactivates_then_reactivates(directory):
    user_id = directory.post("Users", ana()).json()["id"]

    directory.patch(f"Users/{user_id}", {"op": "replace", "value": {"active": False}})
    profile = LearnerProfile.objects.get(user__uuid=user_id)
    assert not profile.user.is_active and profile.left_on is not None
    assert not UnitMembership.objects.filter(profile=profile, ended_on=None).exists()

    directory.patch(f"Users/{user_id}", {"op": "replace", "value": {"active": True}})
    profile.refresh_from_db()
    assert profile.user.is_active and profile.left_on is None
    assert UnitMembership.objects.filter(profile=profile, ended_on=None).exists()


def test_delete_deactivates_and_keeps_every_record(directory):
    user_id = directory.post("Users", ana()).json()["id"]

    response = directory.delete(f"Users/{user_id}")

    assert response.status_code == 204
    user = User.objects.get(uuid=user_id)
    assert not user.is_active
    assert LearnerProfile.objects.get(user=user).left_on == timezone.localdate()
    assert DirectoryUser.objects.filter(user=user).exists()
    assert_error(directory.get(f"Users/{user_id}"), 404)

    # Sent again, the same person comes back, active.
    again = directory.post("Users", ana())
    assert again.status_code == 201
    assert again.json()["id"] == user_id
    user.refresh_from_db()
    assert user.is_active


def test_put_replaces_what_the_directory_states(directory):
    user_id = directory.post("Users", ana()).json()["id"]

    response = directory.put(
        f"Users/{user_id}", user_body("ana.silva@agency.example", name={"givenName": "Ana"})
    )

    assert response.status_code == 200
    user = User.objects.get(uuid=user_id)
    assert (user.first_name, user.last_name, user.email) == ("Ana", "", "")
    assert "emails" not in response.json()


def test_a_move_to_another_unit_keeps_the_history_and_the_assignments_follow(directory, tree):
    course, _lessons = factories.course()
    yvr_only = requirement(courses=[course], units=[tree["yvr"]])
    douglas_only = requirement(courses=[course], units=[tree["douglas"]], name="Douglas")
    user_id = directory.post("Users", ana(**{ENTERPRISE: {"department": tree["yvr"].code}})).json()[
        "id"
    ]
    user = User.objects.get(uuid=user_id)
    assert Assignment.objects.filter(requirement=yvr_only, user=user, closed_at=None).exists()
    # The person started in YVR some time ago.
    UnitMembership.objects.filter(profile__user=user).update(
        started_on=timezone.localdate() - datetime.timedelta(days=90)
    )

    response = directory.patch(
        f"Users/{user_id}",
        {"op": "replace", "path": f"{ENTERPRISE}:department", "value": tree["douglas"].code},
    )

    assert response.status_code == 200, response.content
    profile = LearnerProfile.objects.get(user=user)
    assert profile.org_unit == tree["douglas"]
    today = timezone.localdate()
    history = list(
        UnitMembership.objects.filter(profile=profile).values_list(
            "org_unit__code", "ended_on", "started_on"
        )
    )
    assert history == [
        (tree["yvr"].code, today - datetime.timedelta(days=1), today - datetime.timedelta(days=90)),
        (tree["douglas"].code, None, today),
    ]
    closed = Assignment.objects.get(requirement=yvr_only, user=user)
    assert closed.closed_at is not None and closed.closed_reason == "out_of_scope"
    assert Assignment.objects.filter(requirement=douglas_only, user=user, closed_at=None).exists()


def test_a_group_gives_its_audience_to_its_members_and_takes_it_back(directory):
    first = directory.post("Users", ana()).json()["id"]
    second = directory.post("Users", user_body("sam.roy@agency.example")).json()["id"]

    created = directory.post(
        "Groups",
        {"displayName": "Border services officers", "members": [{"value": first}]},
    )
    assert created.status_code == 201, created.content
    group_id = created.json()["id"]
    audience = Audience.objects.get(code="border-services-officers")
    assert DirectoryGroup.objects.get(scim_id=group_id).audience == audience
    assert list(audience.learners.values_list("user__uuid", flat=True)) == [
        User.objects.get(uuid=first).uuid
    ]

    # Entra ID adds and removes members one by one.
    directory.patch(
        f"Groups/{group_id}", {"op": "Add", "path": "members", "value": [{"value": second}]}
    )
    directory.patch(f"Groups/{group_id}", {"op": "Remove", "path": f'members[value eq "{first}"]'})

    holders = set(audience.learners.values_list("user__uuid", flat=True))
    assert holders == {User.objects.get(uuid=second).uuid}
    left = AudienceMembership.objects.get(profile__user__uuid=first, audience=audience)
    assert left.left_on == timezone.localdate()
    members = directory.get(f"Groups/{group_id}").json()["members"]
    assert [member["value"] for member in members] == [second]
    listed = directory.get(f"Users/{second}").json()["groups"]
    assert [group["value"] for group in listed] == [group_id]


def test_a_group_named_after_a_unit_moves_its_members_there(directory, tree):
    user_id = directory.post("Users", ana()).json()["id"]

    response = directory.post(
        "Groups", {"displayName": tree["douglas"].code, "members": [{"value": user_id}]}
    )

    assert response.status_code == 201
    assert LearnerProfile.objects.get(user__uuid=user_id).org_unit == tree["douglas"]


def test_deleting_a_group_takes_its_audience_away_and_keeps_the_audience(directory):
    user_id = directory.post("Users", ana()).json()["id"]
    group_id = directory.post(
        "Groups", {"displayName": "Cadets", "members": [{"value": user_id}]}
    ).json()["id"]

    assert directory.delete(f"Groups/{group_id}").status_code == 204

    audience = Audience.objects.get(code="cadets")
    assert not audience.learners.exists()
    assert_error(directory.get(f"Groups/{group_id}"), 404)


# Refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer scim_not-a-token", "Basic dXNlcjpwYXNz", "Bearer "],
    ids=["no token", "wrong token", "basic", "empty"],
)
def test_a_request_without_a_valid_token_is_refused_and_changes_nothing(
    client, tree, authorization
):
    make_token(tree["yvr"])
    headers = {"HTTP_AUTHORIZATION": authorization} if authorization else {}

    response = client.post(
        "/scim/v2/Users", data=ana(), content_type="application/scim+json", **headers
    )

    body = assert_error(response, 401)
    assert "token" in body["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert not User.objects.exists()


def test_a_revoked_token_is_refused(client, tree):
    token, raw = make_token(tree["yvr"])
    directory = Directory(client, raw)
    directory_token_revoke(token=token)

    assert_error(directory.post("Users", ana()), 401, names="revoked")
    assert_error(directory.get("Users"), 401)
    assert not User.objects.exists()


def test_malformed_json_is_refused(directory):
    response = directory.post("Users", raw='{"userName": "ana"')

    assert_error(response, 400, "invalidSyntax", "JSON")
    assert not User.objects.exists()


def test_a_person_without_user_name_is_refused(directory):
    body = ana()
    del body["userName"]

    assert_error(directory.post("Users", body), 400, "invalidValue", "userName")
    assert not User.objects.exists()


def test_a_bad_value_is_named(directory):
    assert_error(
        directory.post("Users", ana(emails=[{"value": "not-an-address"}])),
        400,
        "invalidValue",
        "emails.value",
    )
    assert_error(
        directory.post("Users", ana(preferredLanguage="de-DE")),
        400,
        "invalidValue",
        "preferredLanguage",
    )
    assert not User.objects.exists()


def test_a_taken_user_name_is_a_uniqueness_conflict(directory):
    factories.UserFactory(username="Ana.Silva@agency.example")

    response = directory.post("Users", ana())

    assert_error(response, 409, "uniqueness", "userName")
    assert User.objects.count() == 1
    assert not DirectoryUser.objects.exists()


def test_a_taken_employee_number_is_a_uniqueness_conflict(directory):
    directory.post("Users", ana(**{ENTERPRISE: {"employeeNumber": "1001"}}))

    response = directory.post(
        "Users", user_body("sam.roy@agency.example", **{ENTERPRISE: {"employeeNumber": "1001"}})
    )

    assert_error(response, 409, "uniqueness", "employeeNumber")
    assert not User.objects.filter(username="sam.roy@agency.example").exists()


def test_a_bad_patch_changes_nothing(directory):
    user_id = directory.post("Users", ana()).json()["id"]

    response = directory.patch(
        f"Users/{user_id}",
        {"op": "replace", "path": "name.familyName", "value": "Costa"},
        {"op": "remove", "path": "userName"},
    )

    assert_error(response, 400, "mutability", "userName")
    assert User.objects.get(uuid=user_id).last_name == "Silva"
    assert_error(
        directory.patch(f"Users/{user_id}", {"op": "move", "path": "active"}), 400, "invalidSyntax"
    )


def test_a_group_with_an_unknown_member_is_refused(directory):
    response = directory.post(
        "Groups", {"displayName": "Cadets", "members": [{"value": "no-such-person"}]}
    )

    assert_error(response, 400, "invalidValue", "no-such-person")
    assert not DirectoryGroup.objects.exists()
    assert not Audience.objects.filter(code="cadets").exists()


def test_an_unknown_address_is_a_scim_404(directory):
    assert_error(directory.get("Nothing/here"), 404)
    assert_error(directory.get("Users/no-such-id"), 404)
