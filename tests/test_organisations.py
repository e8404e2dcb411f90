import pytest

from organisations.models import OrgUnit
from organisations.selectors import learners_in_scope, org_units_in_scope
from tests import factories

pytestmark = pytest.mark.django_db


def test_manager_scope_is_the_unit_and_everything_below(units):
    manager = factories.manager(units["region"])
    names = [unit.name_en for unit in org_units_in_scope(user=manager)]
    assert names == ["Pacific", "Douglas", "YVR"]


def test_learners_outside_the_scope_are_not_visible(units):
    inside = factories.learner(units["yvr"])
    outside = factories.learner(units["police"])
    manager = factories.manager(units["region"])
    visible = {profile.user for profile in learners_in_scope(user=manager)}
    assert inside in visible and outside not in visible


def test_a_user_with_no_scope_sees_nothing(units):
    assert not org_units_in_scope(user=factories.learner(units["yvr"])).exists()


def test_unit_names_follow_the_active_language(units):
    from django.utils import translation

    with translation.override("fr"):
        assert units["yvr"].name == "YVR (fr)"
    assert units["yvr"].path_label == "Border agency › Pacific › YVR"


def _admin_client(client):
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    return client


def test_admin_creates_a_unit_below_a_parent(client, units):
    _admin_client(client)
    response = client.post(
        "/admin/organisation/units/new/",
        {
            "parent": units["region"].pk,
            "name_en": "Abbotsford",
            "name_fr": "Abbotsford",
            "code": "yxx",
            "kind": "unit",
        },
    )
    assert response.status_code == 302
    created = OrgUnit.objects.get(code="yxx")
    assert created.get_parent() == units["region"]


def test_admin_moves_a_unit_to_another_parent(client, units):
    _admin_client(client)
    yvr = units["yvr"]
    response = client.post(
        f"/admin/organisation/units/edit/{yvr.pk}/",
        {
            "parent": units["police"].pk,
            "name_en": "YVR",
            "name_fr": "YVR",
            "code": yvr.code,
            "kind": "unit",
        },
    )
    assert response.status_code == 302
    yvr.refresh_from_db()
    assert yvr.get_parent() == units["police"]


def test_admin_rejects_a_duplicate_code_and_keeps_the_tree(client, units):
    _admin_client(client)
    before = OrgUnit.objects.count()
    response = client.post(
        "/admin/organisation/units/new/",
        {
            "parent": "",
            "name_en": "Copy",
            "name_fr": "Copie",
            "code": units["yvr"].code,
            "kind": "agency",
        },
    )
    assert response.status_code == 200
    assert "code" in response.context["form"].errors
    assert OrgUnit.objects.count() == before
