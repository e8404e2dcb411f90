"""A manager never sees a learner or a unit outside their scope on the dashboard, the
learners list or the downloads, whatever they put in the address."""

import io

import openpyxl
import pytest

from organisations.models import ManagerScope
from tests import factories
from tests.dashboards.test_manager_dashboard import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(units, course):
    return build_world(units, course)


@pytest.fixture
def region_manager(client, world):
    manager = factories.manager(world.units["region"])
    client.force_login(manager)
    return manager


def addresses_for(unit_id) -> list[str]:
    return [
        f"/en/dashboard/?unit={unit_id}",
        f"/en/dashboard/units/{unit_id}/learners/",
        f"/en/dashboard/export/units.csv?unit={unit_id}",
        f"/en/dashboard/export/learners.csv?unit={unit_id}",
        f"/en/dashboard/export/targets.xlsx?unit={unit_id}",
        f"/en/dashboard/export/courses.csv?unit={unit_id}",
        f"/en/dashboard/export/weeks.csv?unit={unit_id}",
    ]


@pytest.mark.parametrize("unit_name", ["police", "agency"])
def test_a_unit_outside_or_above_the_scope_is_not_found_everywhere(
    client, world, region_manager, unit_name
):
    for address in addresses_for(world.units[unit_name].pk):
        assert client.get(address).status_code == 404, address


def test_forged_and_malformed_unit_ids_are_not_found(client, world, region_manager):
    for address in [
        *addresses_for(987654),
        "/en/dashboard/?unit=abc",
        "/en/dashboard/?unit=1.5",
        "/en/dashboard/?unit=-1",
        f"/en/dashboard/?unit={world.units['yvr'].pk}%20OR%201=1",
        "/en/dashboard/export/learners.csv?unit=abc",
        "/en/dashboard/units/abc/learners/",
        f"/en/dashboard/units/{world.units['yvr'].pk}/learners/?unit={world.units['police'].pk}",
    ]:
        assert client.get(address).status_code == 404, address


def test_nothing_outside_the_scope_appears_on_any_page_or_download(client, world, region_manager):
    addresses = [
        "/en/dashboard/",
        f"/en/dashboard/units/{world.units['region'].pk}/learners/",
        "/en/dashboard/export/units.csv",
        "/en/dashboard/export/learners.csv",
        "/en/dashboard/export/learners.xlsx",
    ]
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if address.endswith(".xlsx"):
            sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
            content = repr(list(sheet.iter_rows(values_only=True))).encode()
        text = content.decode("utf-8")
        assert "Dunn" not in text, address
        assert "Police" not in text, address
        assert "Border agency" not in text, address
    csv_text = b"".join(client.get("/en/dashboard/export/learners.csv").streaming_content)
    assert b"Archer" in csv_text


def test_a_learner_is_refused_and_a_visitor_is_sent_to_sign_in(client, world):
    region = world.units["region"].pk
    addresses = [
        "/en/dashboard/",
        f"/en/dashboard/units/{region}/learners/",
        "/en/dashboard/export/units.csv",
        "/en/dashboard/export/learners.xlsx",
    ]
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 302, address
        assert "/accounts/login/" in response["Location"]
    client.force_login(world.ann)
    for address in addresses:
        assert client.get(address).status_code == 403, address
    client.force_login(factories.trainer())
    for address in addresses:
        assert client.get(address).status_code == 403, address


def test_a_manager_of_two_units_sees_both_and_drills_into_either(client, world):
    manager = factories.manager(world.units["yvr"])
    ManagerScope.objects.create(manager=manager, org_unit=world.units["police"])
    client.force_login(manager)
    text = client.get("/en/dashboard/").content.decode()
    assert f'data-unit="{world.units["yvr"].pk}"' in text
    assert f'data-unit="{world.units["police"].pk}"' in text
    assert f'data-unit="{world.units["douglas"].pk}"' not in text
    assert client.get(f"/en/dashboard/?unit={world.units['police'].pk}").status_code == 200
    assert client.get(f"/en/dashboard/?unit={world.units['douglas'].pk}").status_code == 404
