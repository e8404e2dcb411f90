"""The platform as a cluster, tested through its load balancer: nginx round-robins two
application nodes over one PostgreSQL and one Redis (see conftest.py and
scripts/cluster.py)."""

import hashlib
import json
import os
import re
import signal
import socket
import threading
import time
import uuid
from contextlib import ExitStack
from http.client import HTTPConnection

import psycopg
import pytest
import requests
from websockets.sync.client import connect as websocket_connect

from .conftest import RATE_LIMIT


def _signed_in(cluster, username: str) -> requests.Session:
    """A browser-like session signed in through nginx."""
    session = requests.Session()
    sign_in = cluster.url + cluster.seed["sign_in"]
    page = session.get(sign_in, timeout=30)
    assert page.status_code == 200
    response = session.post(
        sign_in,
        data={
            "username": username,
            "password": cluster.seed["password"],
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": sign_in},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, response.text[:500]
    assert "sessionid" in session.cookies
    return session


def _dashboard_socket(cluster, session, stack: ExitStack):
    """A manager's live dashboard socket, opened through nginx like the page opens it."""
    cookies = "; ".join(f"{name}={value}" for name, value in session.cookies.items())
    socket_url = cluster.url.replace("http://", "ws://") + "/ws/dashboard/en/"
    connection = stack.enter_context(
        websocket_connect(
            socket_url,
            origin=cluster.url,
            additional_headers={"Cookie": cookies},
            open_timeout=30,
        )
    )
    assert json.loads(connection.recv(timeout=30)) == {"type": "ready"}
    return connection


def _answered_by(line: str) -> str:
    """The node that answered a request of nginx's access log (the last one tried)."""
    match = re.search(r'upstream="([^"]*)"', line)
    return match.group(1).split(", ")[-1] if match else ""


def _upstreams(cluster, path_part: str, lines=None) -> list[str]:
    """The nodes that answered the requests whose line holds ``path_part``, in order."""
    return [
        _answered_by(line)
        for line in (cluster.access_log() if lines is None else lines)
        if path_part in line
    ]


def test_a_lesson_completed_on_node_a_reaches_a_dashboard_on_node_b(cluster):
    manager = _signed_in(cluster, cluster.seed["manager"])
    learner = _signed_in(cluster, cluster.seed["learner"])
    # Two sockets opened one after the other through nginx land on both nodes (round
    # robin, no stickiness): one of them is on node B.
    with ExitStack() as stack:
        sockets = [_dashboard_socket(cluster, manager, stack) for _ in range(2)]
        complete = cluster.node_url(0) + cluster.seed["lesson"] + "complete/"
        response = learner.post(
            complete,
            data={"duration_seconds": "30"},
            headers={"X-CSRFToken": learner.cookies["csrftoken"], "Accept": "application/json"},
            timeout=30,
        )
        assert response.status_code == 200, response.text[:500]
        assert response.json()["completed"] is True
        for connection in sockets:
            message = json.loads(connection.recv(timeout=30))
            assert message["type"] == "changed"
            assert "progress" in message["kinds"] or "completion" in message["kinds"]
            assert cluster.seed["learner"] not in json.dumps(message)
    # nginx logs a websocket when it closes.
    deadline = time.monotonic() + 10
    while len(_upstreams(cluster, "/ws/dashboard/")) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    served_by = set(_upstreams(cluster, "/ws/dashboard/"))
    assert served_by == {f"127.0.0.1:{node['port']}" for node in cluster.nodes}


def test_a_socket_from_another_origin_is_refused_through_nginx(cluster):
    manager = _signed_in(cluster, cluster.seed["manager"])
    cookies = "; ".join(f"{name}={value}" for name, value in manager.cookies.items())
    socket_url = cluster.url.replace("http://", "ws://") + "/ws/dashboard/en/"
    with pytest.raises(Exception) as refused:
        with websocket_connect(
            socket_url,
            origin="http://evil.example",
            additional_headers={"Cookie": cookies},
            open_timeout=30,
        ) as connection:
            connection.recv(timeout=10)
    assert "403" in str(refused.value)


def _verify(url: str, *, source: str = "127.0.0.1", **headers) -> int:
    parts = requests.utils.urlparse(url)
    connection = HTTPConnection(parts.hostname, parts.port, timeout=30, source_address=(source, 0))
    try:
        connection.request("GET", parts.path, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def test_the_verify_page_rate_limit_holds_across_nodes(cluster):
    # The window is an hour aligned on the clock: not a few seconds before it turns.
    left = 3600 - time.time() % 3600
    if left < 60:
        time.sleep(left + 1)
    verify = cluster.seed["verify"]
    statuses = []
    for number in range(RATE_LIMIT):
        # Through nginx, and straight to each node in turn: one count for the client.
        base = cluster.url if number % 3 == 0 else cluster.node_url(number % 2)
        statuses.append(_verify(base + verify))
    assert statuses == [404] * RATE_LIMIT  # an unknown code, answered
    assert _verify(cluster.url + verify) == 429
    assert _verify(cluster.url + verify) == 429
    assert _verify(cluster.node_url(0) + verify) == 429
    assert _verify(cluster.node_url(1) + verify) == 429
    # nginx's requests went to both nodes.
    assert len(set(_upstreams(cluster, verify))) == 2
    # Claiming another address through nginx changes nothing: nginx says who asks.
    assert _verify(cluster.url + verify, **{"X-Forwarded-For": "203.0.113.9"}) == 429
    # Another client (another loopback address) has its own count.
    assert _verify(cluster.url + verify, source="127.0.0.2") == 404


def test_package_files_come_from_disk_through_nginx_with_ranges_and_headers(cluster):
    seed = cluster.seed
    base = f"{cluster.url}/packages/content/{seed['package']}/"
    media = base + requests.utils.quote(seed["media"])
    whole = requests.get(media, timeout=30)
    assert whole.status_code == 200
    assert hashlib.sha256(whole.content).hexdigest() == seed["media_sha256"]
    assert whole.headers["Accept-Ranges"] == "bytes"

    part = requests.get(media, headers={"Range": "bytes=1000-1099"}, timeout=30)
    assert part.status_code == 206
    assert part.headers["Content-Range"] == f"bytes 1000-1099/{len(whole.content)}"
    assert part.content == whole.content[1000:1100]
    tail = requests.get(media, headers={"Range": "bytes=-10"}, timeout=30)
    assert tail.status_code == 206
    assert tail.content == whole.content[-10:]
    beyond = requests.get(media, headers={"Range": "bytes=999999-"}, timeout=30)
    assert beyond.status_code == 416
    assert whole.content[:100] not in beyond.content

    for response in (whole, part):
        headers = response.headers
        assert "sandbox allow-scripts" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["Cross-Origin-Resource-Policy"] == "cross-origin"
        assert "X-Accel-Redirect" not in headers
        assert "Set-Cookie" not in headers
    assert whole.headers["Cache-Control"] == "private, max-age=3600"

    css = requests.get(base + "styles/site.css", timeout=30)
    assert css.status_code == 200
    assert css.headers["Content-Type"] == "text/css"
    assert css.text == "body { color: black; }"
    # A name with characters URLs give a meaning to still names that file alone.
    odd = requests.get(base + "notes/odd%3Fname%231%25.txt", timeout=30)
    assert (odd.status_code, odd.text) == (200, "odd")
    page = requests.get(base + "index.html", headers={"Sec-Fetch-Dest": "iframe"}, timeout=30)
    assert page.headers["Content-Type"] == "text/html"
    assert "sandbox allow-scripts" in page.headers["Content-Security-Policy"]
    opened_alone = requests.get(
        base + "index.html", headers={"Sec-Fetch-Dest": "document"}, timeout=30
    )
    assert opened_alone.status_code == 403


def test_package_files_are_reached_only_through_the_platform_s_checks(cluster):
    seed = cluster.seed
    # nginx's internal location is not an address of the site.
    direct = requests.get(
        f"{cluster.url}/_package-files/{seed['package']}/styles/site.css", timeout=30
    )
    assert direct.status_code == 404
    assert "body {" not in direct.text
    for path in ("../../../etc/passwd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fsecret-key"):
        response = requests.get(
            f"{cluster.url}/packages/content/{seed['package']}/{path}", timeout=30
        )
        assert response.status_code in (400, 404)
        assert "root:" not in response.text


def _statement(statement_id: str, registration: str, number: int) -> dict:
    return {
        "id": statement_id,
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "https://cluster.example", "name": f"learner-{number % 7}"},
        },
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced", "display": {"en": "did"}},
        "object": {"id": f"https://cluster.example/activities/{number}"},
        "context": {"registration": registration},
    }


def _send_until_stored(cluster, statement: dict, use_put: bool, failures: list) -> None:
    """One xAPI client's write: sent again after a failure until the LRS answers that it
    has the statement (the id makes a second copy impossible)."""
    auth = (cluster.seed["lrs_key"], cluster.seed["lrs_secret"])
    headers = {"X-Experience-API-Version": "1.0.3"}
    for _attempt in range(40):
        try:
            if use_put:
                response = requests.put(
                    f"{cluster.url}/xapi/statements",
                    params={"statementId": statement["id"]},
                    json=statement,
                    auth=auth,
                    headers=headers,
                    timeout=20,
                )
            else:
                response = requests.post(
                    f"{cluster.url}/xapi/statements",
                    json=statement,
                    auth=auth,
                    headers=headers,
                    timeout=20,
                )
        except requests.RequestException as error:
            failures.append(str(error))
        else:
            if response.status_code in (200, 204):
                return
            assert response.status_code in (502, 503, 504), response.text[:500]
            failures.append(str(response.status_code))
        time.sleep(0.25)
    raise AssertionError(f"statement {statement['id']} was never stored")


def test_killing_a_node_during_traffic_loses_no_statement(cluster):
    registration = str(uuid.uuid4())
    statements = [_statement(str(uuid.uuid4()), registration, number) for number in range(120)]
    failures: list[str] = []
    sent = [0]
    errors: list[BaseException] = []

    def client(share):
        try:
            for number, statement in share:
                _send_until_stored(cluster, statement, number % 2 == 0, failures)
                sent[0] += 1
        except BaseException as error:  # the main thread reports it
            errors.append(error)

    shares = [list(enumerate(statements))[start::3] for start in range(3)]
    clients = [threading.Thread(target=client, args=(share,)) for share in shares]
    for thread in clients:
        thread.start()
    while sent[0] < 20 and not errors:
        time.sleep(0.05)
    node_a = cluster.nodes[0]
    os.kill(node_a["pid"], signal.SIGKILL)
    # What node A answered in full before it died is logged by now.
    time.sleep(0.3)
    killed_at = len(cluster.access_log())
    for thread in clients:
        thread.join(timeout=150)
    assert not errors, errors[0]
    assert sent[0] == len(statements)

    with psycopg.connect(cluster.database_url) as connection:
        stored = connection.execute(
            "SELECT id::text, count(*) FROM lrs_statement WHERE registration = %s GROUP BY id",
            [registration],
        ).fetchall()
    assert sorted(statement_id for statement_id, _ in stored) == sorted(
        statement["id"] for statement in statements
    )
    assert all(count == 1 for _, count in stored)

    # Node A is gone for good; node B answered everything after it, and still does.
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", node_a["port"]), timeout=2).close()
    answered = [line for line in cluster.access_log()[killed_at:] if '" 20' in line]
    node_b = f"127.0.0.1:{cluster.nodes[1]['port']}"
    assert set(_upstreams(cluster, "/xapi/statements", answered)) == {node_b}
    for _ in range(4):
        assert requests.get(cluster.url + "/healthz", timeout=10).status_code == 200
