import pytest
from django.test import Client

from tests import factories


@pytest.fixture(autouse=True)
def packages_root(settings, tmp_path):
    """Each test extracts packages into its own folder."""
    settings.PACKAGES_ROOT = tmp_path / "packages"
    return settings.PACKAGES_ROOT


@pytest.fixture
def write_file(tmp_path):
    def write(name: str, content: bytes | str):
        path = tmp_path / "uploads" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        return path

    return write


@pytest.fixture
def learner():
    return factories.UserFactory()


@pytest.fixture
def signed_in(learner):
    """A browser session of ``learner`` (a test module may give its own ``learner``)."""
    client = Client()
    client.force_login(learner)
    return client
