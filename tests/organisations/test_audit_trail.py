"""The audit trail: sign-ins (and failed ones), a manager viewing a learner's detail,
export downloads, role and scope changes, requirement and exemption changes, certificate
revocations and HR imports are recorded with who, when, from where and what changed;
administrators browse and export it; nobody changes or deletes it through the
application."""

import pytest
from django.contrib.auth.models import Group

from organisations.models import AuditEvent, ManagerScope
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


def events(action):
    return AuditEvent.objects.filter(action=action).order_by("pk")


def test_sign_ins_and_failed_sign_ins_are_recorded_with_the_address(client):
    unit = factories.org_unit()
    user = factories.learner(unit, username="alex")
    user.set_password(PASSWORD)
    user.save()

    client.post("/en/accounts/login/", {"username": "alex", "password": "wrong"})
    client.post("/en/accounts/login/", {"username": "alex", "password": PASSWORD})

    failed = events(AuditEvent.Action.SIGN_IN_FAILED).get()
    assert (failed.actor, failed.target_name, failed.address) == (None, "alex", "127.0.0.1")
    signed_in = events(AuditEvent.Action.SIGNED_IN).get()
    assert (signed_in.actor, signed_in.target_id, signed_in.address) == (
        user,
        str(user.pk),
        "127.0.0.1",
    )


def test_a_manager_viewing_a_learner_and_downloading_an_export_is_recorded(client):
    units = factories.org_tree()
    learner = factories.learner(units["yvr"], first_name="Sam", last_name="Roy")
    manager = factories.manager(units["region"], first_name="Kim", last_name="Côté")
    client.force_login(manager)

    assert client.get(f"/en/dashboard/learners/{learner.uuid}/").status_code == 200
    viewed = events(AuditEvent.Action.LEARNER_VIEWED).get()
    assert (viewed.actor, viewed.actor_name, viewed.target_id) == (
        manager,
        "Kim Côté",
        str(learner.pk),
    )

    response = client.get("/en/dashboard/compliance.csv")
    assert response.status_code == 200
    download = events(AuditEvent.Action.EXPORT_DOWNLOADED).get()
    assert download.actor == manager
    assert download.detail["path"] == "/en/dashboard/compliance.csv"
    assert download.target_name.endswith(".csv")


def test_role_and_scope_changes_say_who_changed_what(client):
    admin = factories.UserFactory(is_staff=True, is_superuser=True, username="root")
    unit = factories.org_unit("YVR")
    person = factories.learner(unit, username="sam")
    client.force_login(admin)

    response = client.post(
        "/admin/organisation/manager-scopes/new/",
        {"manager": person.pk, "org_unit": unit.pk},
    )
    assert response.status_code == 302
    scope = events(AuditEvent.Action.SCOPE_CHANGED).get()
    assert (scope.actor, scope.target_id, scope.detail) == (
        admin,
        str(person.pk),
        {"added": unit.code},
    )

    person.is_staff = True
    person.save()
    person.groups.add(Group.objects.get_or_create(name="Editors")[0])
    ManagerScope.objects.filter(manager=person).delete()
    roles = list(events(AuditEvent.Action.ROLE_CHANGED).values_list("detail", flat=True))
    assert roles == [{"is_staff": [False, True]}, {"groups added": ["Editors"]}]
    assert events(AuditEvent.Action.SCOPE_CHANGED).last().detail == {"removed": unit.code}


def test_requirement_changes_keep_the_values_before_and_after():
    from tests.training.helpers import requirement

    course, _lessons = factories.course()
    item = requirement(courses=[course], units=[factories.org_unit()], due_days=30)
    item.due_days = 60
    item.save()
    entries = list(events(AuditEvent.Action.REQUIREMENT_CHANGED))
    assert entries[0].detail["created"] is True
    assert entries[-1].detail == {"due_days": [30, 60]}


def test_the_trail_cannot_be_changed_or_deleted():
    entry = AuditEvent.objects.create(action=AuditEvent.Action.SIGNED_IN, actor_name="x")
    entry.actor_name = "someone else"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=entry.pk).update(actor_name="y")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=entry.pk).actor_name == "x"


def test_administrators_browse_and_export_it_and_no_one_edits_it(client):
    admin = factories.UserFactory(is_staff=True, is_superuser=True)
    entry = AuditEvent.objects.create(
        action=AuditEvent.Action.CERTIFICATE_REVOKED, actor_name="Kim Côté", target_name="C-1"
    )
    client.force_login(admin)
    listing = client.get("/admin/organisation/audit/")
    assert listing.status_code == 200 and "Kim Côté" in listing.content.decode()
    export = client.get("/admin/organisation/audit/?export=csv")
    assert export.status_code == 200
    assert "Kim Côté" in b"".join(export.streaming_content).decode()
    inspect = client.get(f"/admin/organisation/audit/inspect/{entry.pk}/")
    assert inspect.status_code == 200
    for url in (
        "/admin/organisation/audit/new/",
        f"/admin/organisation/audit/edit/{entry.pk}/",
        f"/admin/organisation/audit/delete/{entry.pk}/",
    ):
        assert client.post(url, {"actor_name": "forged"}).status_code in (302, 403, 404)
    assert AuditEvent.objects.get(pk=entry.pk).actor_name == "Kim Côté"
    assert AuditEvent.objects.filter(actor_name="forged").count() == 0

    client.force_login(factories.trainer())
    assert client.get("/admin/organisation/audit/").status_code == 302
