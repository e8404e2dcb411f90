import pytest

from tests.lrs import support


@pytest.fixture
def lrs_client(db):
    return support.lrs_client()


@pytest.fixture
def xapi_headers():
    return {
        "HTTP_AUTHORIZATION": support.basic_auth(),
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
