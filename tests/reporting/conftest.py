import pytest

from tests.shared_data import built_once


@pytest.fixture(scope="module")
def built_world(django_db_setup, django_db_blocker):
    """The report's world, built once for a module and rolled back after it."""
    from .world import build_world

    with built_once(django_db_blocker, build_world) as world:
        yield world


@pytest.fixture
def world(built_world, db):
    from .world import world_copy

    return world_copy(built_world)
