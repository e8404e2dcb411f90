"""Fixtures for the whole suite. Nothing of the platform is imported at the top: the
LRS's own tests (``tests/lrs``) also run under settings without the platform's apps."""

import pytest
from hypothesis import settings as hypothesis_settings

# No time limit per example: Hypothesis's default deadline (200 ms) is a wall-clock
# assertion, and on a loaded machine the first example of a test (imports, a cold
# cache) exceeds it now and then, failing a test whose property holds.
hypothesis_settings.register_profile("platform", deadline=None)
hypothesis_settings.load_profile("platform")


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A request to a French page leaves French active in the test's thread (Django's
    locale middleware does not reset it); every test starts in English."""
    yield
    from django.utils import translation

    translation.activate("en")


@pytest.fixture
def home(db):
    from tests import factories

    return factories.site_home()


@pytest.fixture
def course(db):
    from tests import factories

    return factories.course()


@pytest.fixture
def units(db):
    """A small tree: agency > region > two ports, and a second agency."""
    from tests import factories

    return factories.org_tree()


@pytest.fixture
def lrs_client(db):
    from tests import factories

    return factories.lrs_client()


@pytest.fixture
def xapi_headers():
    from tests import factories

    return {
        "HTTP_AUTHORIZATION": factories.basic_auth(),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The French catalogue compiled from its source, as `make` does before serving."""
    from django.apps import apps
    from django.core.management import call_command

    if not apps.is_installed("elearning"):
        return
    call_command("compiletranslations", verbosity=0, stdout=open("/dev/null", "w"))


@pytest.fixture(scope="session", autouse=True)
def close_stray_connections(django_db_setup, django_db_blocker):
    """Before the test database is dropped, close connections that worker threads of
    async tests (channels' database_sync_to_async executors) may still hold open."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
