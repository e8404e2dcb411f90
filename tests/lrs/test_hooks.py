"""The LRS's one extension point: every newly stored statement reaches the registered
receivers once, inside the storing transaction, with the kind of credential that wrote it."""

import json
import uuid

import pytest

from lrs import hooks
from lrs.auth import Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def received():
    seen = []

    def receiver(stored):
        seen.append(stored)

    hooks.statement_receiver_register(receiver)
    yield seen
    hooks._receivers.remove(receiver)


def statement(statement_id: str) -> dict:
    return {
        "id": statement_id,
        "actor": {"mbox": "mailto:learner@example.org"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": "https://example.org/activity"},
    }


def test_a_stored_statement_reaches_receivers_once_with_its_source_and_authority(
    client, lrs_client, xapi_headers, received
):
    statement_id = str(uuid.uuid4())
    for _ in range(2):  # the second is a replay: nothing new is stored
        response = client.post(
            "/xapi/statements",
            json.dumps(statement(statement_id)),
            content_type="application/json",
            **xapi_headers,
        )
        assert response.status_code in (200, 204)
    assert len(received) == 1
    assert received[0].source == Source.CLIENT
    assert received[0].statement["id"] == statement_id
    assert received[0].authority["account"] == {"homePage": "urn:lrs-client", "name": "test-key"}


def test_a_receiver_that_fails_rolls_the_write_back(client, lrs_client, xapi_headers):
    from lrs.models import Statement

    def refuse(stored):
        raise RuntimeError("the site could not follow")

    hooks.statement_receiver_register(refuse)
    try:
        with pytest.raises(RuntimeError):
            client.post(
                "/xapi/statements",
                json.dumps(statement(str(uuid.uuid4()))),
                content_type="application/json",
                **xapi_headers,
            )
    finally:
        hooks._receivers.remove(refuse)
    assert not Statement.objects.exists()
