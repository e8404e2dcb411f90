"""scim2-tester, run over HTTP against the live ``/scim/v2/`` endpoint: every check it
runs passes."""

import pytest
from scim2_tester import Status, check_server

from tests import factories
from tests.provisioning.support import RequestsSCIMClient, make_token

FAILED = {Status.ERROR, Status.CRITICAL, Status.DEVIATION}


@pytest.mark.django_db(transaction=True)
def test_scim2_tester_finds_no_failed_check(live_server):
    unit = factories.org_tree()["yvr"]
    _token, raw = make_token(unit)
    client = RequestsSCIMClient(live_server.url + "/scim/v2/", raw)

    results = check_server(client)

    report = "\n".join(
        f"{result.status.name:9} {result.resource_type or '-':5} {result.title}: {result.reason}"
        for result in results
    )
    failed = [result for result in results if result.status in FAILED]
    assert results and not failed, report
    assert any(r.resource_type == "User" and r.status == Status.SUCCESS for r in results), report
    assert any(r.resource_type == "Group" and r.status == Status.SUCCESS for r in results), report
