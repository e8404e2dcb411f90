"""The SCIM rules as plain values: what a User or Group sent whole means, and PATCH
operations as Entra ID and Okta send them (no database)."""

import pytest
from django_scim.exceptions import BadRequestError

from provisioning.resources import (
    ENTERPRISE_USER,
    attributes_selected,
    group_state_patch,
    user_state_from_resource,
    user_state_patch,
)

ANA = {
    "userName": "ana@agency.example",
    "name": {"givenName": "Ana", "familyName": "Silva", "middleName": "M"},
    "emails": [{"value": "ana@agency.example", "type": "work", "primary": True}],
    "phoneNumbers": [{"value": "555"}],
    "preferredLanguage": "fr-CA",
}


def patch(*operations):
    return {"Operations": list(operations)}


def test_a_user_keeps_what_the_platform_stores_and_ignores_the_rest():
    state = user_state_from_resource(ANA)

    assert state == {
        "userName": "ana@agency.example",
        "name": {"givenName": "Ana", "familyName": "Silva"},
        "emails": [{"value": "ana@agency.example", "type": "work", "primary": True}],
        "preferredLanguage": "fr",
    }


def test_an_email_filter_path_replaces_the_work_address_or_adds_it():
    state = user_state_from_resource(ANA)

    replaced = user_state_patch(
        state, patch({"op": "replace", "path": 'emails[type eq "work"].value', "value": "b@x.ca"})
    )
    added = user_state_patch(
        {"userName": "ana"},
        patch({"op": "add", "path": 'emails[type eq "work"].value', "value": "b@x.ca"}),
    )

    assert replaced["emails"] == [{"value": "b@x.ca", "type": "work", "primary": True}]
    assert added["emails"] == [{"type": "work", "value": "b@x.ca"}]


def test_enterprise_attributes_by_full_path_or_as_a_whole():
    state = user_state_patch(
        {"userName": "ana"},
        patch(
            {"op": "add", "path": f"{ENTERPRISE_USER}:employeeNumber", "value": "42"},
            {"op": "replace", "value": {ENTERPRISE_USER: {"department": "yvr"}}},
        ),
    )

    assert state[ENTERPRISE_USER] == {"employeeNumber": "42", "department": "yvr"}
    cleared = user_state_patch(state, patch({"op": "remove", "path": ENTERPRISE_USER}))
    assert ENTERPRISE_USER not in cleared


def test_string_booleans_from_entra_are_understood():
    state = user_state_patch(
        {"userName": "ana"}, patch({"op": "Replace", "path": "active", "value": "False"})
    )

    assert state["active"] is False


@pytest.mark.parametrize(
    ("operations", "scim_type", "named"),
    [
        ([{"op": "remove", "path": "userName"}], "mutability", "userName"),
        ([{"op": "remove"}], "noTarget", "path"),
        ([{"op": "copy", "path": "active", "value": True}], "invalidSyntax", "op"),
        ([{"op": "replace", "path": "active", "value": "maybe"}], "invalidValue", "active"),
        (
            [{"op": "replace", "path": 'emails[type co "w"].value', "value": "a@b.ca"}],
            "invalidFilter",
            "filter",
        ),
        ([{"op": "add", "path": "groups", "value": [{"value": "g"}]}], "mutability", "groups"),
        ([], "invalidSyntax", "Operations"),
    ],
)
def test_bad_operations_are_named(operations, scim_type, named):
    with pytest.raises(BadRequestError) as refused:
        user_state_patch({"userName": "ana"}, patch(*operations))

    assert refused.value.scim_type == scim_type
    assert named in refused.value.detail


def test_group_members_added_removed_by_filter_and_replaced():
    state = {"displayName": "Cadets", "members": ["a"]}

    state = group_state_patch(
        state, patch({"op": "add", "path": "members", "value": [{"value": "b"}]})
    )
    assert state["members"] == ["a", "b"]
    state = group_state_patch(state, patch({"op": "remove", "path": 'members[value eq "a"]'}))
    assert state["members"] == ["b"]
    state = group_state_patch(
        state, patch({"op": "remove", "path": "members", "value": [{"value": "b"}]})
    )
    assert state["members"] == []
    state = group_state_patch(
        state, patch({"op": "replace", "value": {"id": "x", "displayName": "Police cadets"}})
    )
    assert state == {"displayName": "Police cadets", "members": []}


def test_attributes_and_excluded_attributes_select_what_is_returned():
    resource = {
        "schemas": [],
        "id": "1",
        "userName": "ana",
        "name": {"givenName": "Ana"},
        "emails": [],
    }

    assert attributes_selected(resource, attributes="name.givenName") == {
        "schemas": [],
        "id": "1",
        "name": {"givenName": "Ana"},
    }
    assert "emails" not in attributes_selected(resource, excluded="emails")
    assert "id" in attributes_selected(resource, excluded="id")
