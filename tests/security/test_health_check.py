"""The public health check says whether the database answers, never why it does not."""

from unittest import mock

import pytest
from django.db.utils import OperationalError

pytestmark = pytest.mark.django_db


def test_a_failing_database_is_a_503_that_names_no_exception_or_detail(client):
    failure = OperationalError('could not connect to server at "db.internal" (10.0.0.5)')
    with mock.patch("elearning.views.connection.cursor", side_effect=failure):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "error"}
    body = response.content.decode()
    assert "OperationalError" not in body
    assert "db.internal" not in body
