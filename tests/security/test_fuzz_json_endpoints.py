"""Generated input thrown at every door that reads JSON (the LRS's statements, documents,
activities and agents; the quiz attempt API; lesson answers; cmi5's fetch, launch and
statement endpoints; SCORM run-time commits) never gets a server error back.

Two kinds of input: statements and bodies built around the shapes each door expects,
with one part mutated (a wrong type, a missing or unknown property, odd text such as
the NUL character and lone surrogates, numbers beyond a double, deep nesting); and raw
garbage, as bodies and as query parameters. Every example runs in a transaction that is
rolled back, so each starts from the same learner, attempts and sessions.

The inputs are thrown in runs: one at every door at once (``any_request``: the inputs of
an example go to any doors, in any order), then one at each door alone, so that every
door gets its share however the first run's inputs fall. How many: ``FUZZ_PROFILE=full``
for the thorough fuzzing, at least 10,000 inputs in the first run (about a minute and a
half), as before a release or after a change to how a door reads its input; the default,
``ci``, throws about 2,000 in all, on every run of the suite. Hypothesis keeps no example
database here, so every run of the suite draws new inputs.
"""

import copy
import json
import os
import uuid
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

import hypothesis
import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, Phase, given
from hypothesis import strategies as st

from courses.models import LessonPage
from lrs.selectors import QUERY_PARAMETERS, SINGLE_PARAMETERS
from packages.services import attempt_for_learner, package_import
from quizzes.models import Quiz
from tests import factories
from tests.courses.test_blocks import CHECKLIST, KNOWLEDGE_CHECK, SCENARIO
from tests.packages import fixtures as package_files
from tests.quizzes.attempt_helpers import mixed_quiz
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db

# Each example sends a few inputs in a row (so that, say, a cmi5 session is initialized
# before its next statement). The run at every door has EXAMPLES examples, which send at
# least REQUIRED_INPUTS inputs; then each door alone gets EXAMPLES_PER_DOOR examples, at
# least REQUIRED_PER_DOOR inputs.
INPUTS_PER_EXAMPLE = 8
PROFILES = {
    # name: EXAMPLES, REQUIRED_INPUTS, EXAMPLES_PER_DOOR, REQUIRED_PER_DOOR
    "ci": (110, 800, 8, 60),
    "full": (1300, 10_000, 8, 60),
}
PROFILE = os.environ.get("FUZZ_PROFILE", "ci")
if PROFILE not in PROFILES:
    raise ValueError(f"FUZZ_PROFILE: one of {', '.join(PROFILES)}, not {PROFILE!r}")
EXAMPLES, REQUIRED_INPUTS, EXAMPLES_PER_DOOR, REQUIRED_PER_DOOR = PROFILES[PROFILE]

AU_IRI = "https://example.org/au/1"
ACTIVITY_IRI = "http://example.gc.ca/activities/briefing"
VERBS = [
    "http://adlnet.gov/expapi/verbs/experienced",
    "http://adlnet.gov/expapi/verbs/answered",
    "http://adlnet.gov/expapi/verbs/voided",
    v.VERB_COMPLETED,
    v.VERB_PASSED,
    v.VERB_FAILED,
    v.VERB_INITIALIZED,
    v.VERB_TERMINATED,
]


# -- values ------------------------------------------------------------------------------

ODD_PIECES = [
    "\x00",
    "\ud800",
    "\udfff",
    "\ud83d",
    "\u2028",
    "\x7f",
    "\x1b[0m",
    "é",
    "𝕏",
    "ﬀ",
    "\ufeff",
    "'",
    '"',
    "\\",
    "%00",
    "</script>",
    "mailto:",
    "http://",
    " ",
    "",
]
# Drawn from a few pieces rather than character by character: generating stays cheap,
# so the time goes to the requests.
odd_text = st.one_of(
    st.sampled_from(ODD_PIECES),
    st.text(max_size=6),
    st.lists(st.sampled_from(ODD_PIECES), min_size=2, max_size=3).map("".join),
)
huge_numbers = st.sampled_from(
    [10**400, -(10**400), 2 * 10**308, 2**63, -(2**63) - 1, 1e308, 1.7976931348623157e308, -0.0]
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    huge_numbers,
    odd_text,
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(odd_text, children, max_size=3)
    ),
    max_leaves=4,
)


def nested(depth: int, kind: str) -> str:
    """JSON text nesting ``depth`` arrays or objects."""
    if kind == "[":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


nesting_kinds = st.sampled_from(["[", "{"])
deep_values = st.builds(
    lambda depth, kind: json.loads(nested(depth, kind)), st.integers(20, 400), nesting_kinds
)
bad_values = st.one_of(json_values, deep_values, huge_numbers, odd_text)

RAW_TEXTS = [
    b"",
    b"null",
    b"[]",
    b"{}",
    b"NaN",
    b"[Infinity]",
    b'{"a": 1e400}',
    b"-0",
    b"9" * 5000,
    b'"\\ud800"',
    b'{"\\u0000": "\\u0000"}',
    b"\xff\xfe\x00",
    b"\xed\xa0\x80",
    b"\xef\xbb\xbf{}",
    b"[" * 100_000,
    b'{"a":' * 50_000,
    b"[1,]",
    b"{'a': 1}",
]
raw_bodies = st.one_of(
    st.sampled_from(RAW_TEXTS),
    st.binary(max_size=48),
    st.builds(
        lambda depth, kind: nested(depth, kind).encode(), st.integers(1, 3000), nesting_kinds
    ),
)


@st.composite
def encoded(draw, value) -> bytes:
    """JSON text of ``value``: escaped to ASCII (so lone surrogates travel as ``\\ud800``),
    or as raw UTF-8 with surrogates passed through (not UTF-8 at all then)."""
    if draw(st.booleans()):
        return json.dumps(value).encode()
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


@st.composite
def mutated(draw, value):
    """``value`` with one part replaced by a bad value, removed, or joined by an unknown
    property; sometimes left as it is."""
    how = draw(st.sampled_from(["keep", "replace", "replace", "remove", "add"]))
    if how == "keep":
        return value
    paths = []
    stack = [((), value)]
    while stack:
        path, item = stack.pop()
        paths.append(path)
        if isinstance(item, dict):
            stack.extend(((*path, key), child) for key, child in item.items())
        elif isinstance(item, list):
            stack.extend(((*path, index), child) for index, child in enumerate(item))
    path = draw(st.sampled_from(sorted(paths, key=str)))
    if not path:
        return draw(bad_values)
    # A copy with the very keys the paths name: a JSON round trip would join a key's
    # surrogate halves into one character and lose the path.
    value = copy.deepcopy(value)
    parent = value
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "replace":
        parent[last] = draw(bad_values)
    elif how == "remove":
        del parent[last]
    elif isinstance(parent, dict):
        parent[draw(odd_text)] = draw(bad_values)
    else:
        parent.append(draw(bad_values))
    return value


# -- statements, in the shapes xAPI allows ---------------------------------------------------

iris = st.one_of(
    st.sampled_from([ACTIVITY_IRI, AU_IRI, "urn:x:1", "http://example.gc.ca/ext/a"]),
    st.builds(lambda text: f"http://example.gc.ca/{text}", st.text("abc/-_", max_size=8)),
)
agents = st.one_of(
    st.builds(lambda n: {"mbox": f"mailto:learner{n}@example.gc.ca"}, st.integers(0, 3)),
    st.builds(
        lambda name: {"objectType": "Agent", "account": {"homePage": "http://x.ca", "name": name}},
        st.text(max_size=6),
    ),
    st.just({"openid": "http://openid.example.org/1"}),
    st.just({"mbox_sha1sum": "a" * 40}),
    st.builds(
        lambda n: {"objectType": "Group", "member": [{"mbox": f"mailto:m{n}@example.gc.ca"}]},
        st.integers(0, 2),
    ),
)
language_maps = st.dictionaries(
    st.sampled_from(["en-US", "fr-CA", "en", "x-private"]), st.text(max_size=8), max_size=2
)
components = st.lists(
    st.builds(
        lambda i, d: {"id": i, "description": d},
        st.text("abcd", min_size=1, max_size=3),
        language_maps,
    ),
    max_size=3,
)
definitions = st.fixed_dictionaries(
    {},
    optional={
        "name": language_maps,
        "description": language_maps,
        "type": iris,
        "moreInfo": iris,
        "interactionType": st.sampled_from(["choice", "likert", "matching", "numeric", "other"]),
        "correctResponsesPattern": st.lists(st.text(max_size=5), max_size=2),
        "choices": components,
        "extensions": st.dictionaries(iris, json_values, max_size=2),
    },
)
activities = st.fixed_dictionaries(
    {"id": iris}, optional={"objectType": st.just("Activity"), "definition": definitions}
)
scores = st.fixed_dictionaries(
    {},
    optional={
        "scaled": st.floats(-1, 1),
        "raw": st.integers(-5, 200),
        "min": st.integers(-5, 0),
        "max": st.integers(100, 200),
    },
)
results = st.fixed_dictionaries(
    {},
    optional={
        "score": scores,
        "success": st.booleans(),
        "completion": st.booleans(),
        "response": st.text(max_size=10),
        "duration": st.sampled_from(["PT1H", "P1D", "PT0.5S"]),
        "extensions": st.dictionaries(iris, json_values, max_size=2),
    },
)
contexts = st.fixed_dictionaries(
    {},
    optional={
        "registration": st.uuids().map(str),
        "instructor": agents,
        "language": st.sampled_from(["en-CA", "fr"]),
        "platform": st.text(max_size=5),
        "contextActivities": st.fixed_dictionaries(
            {"parent": st.lists(activities, min_size=1, max_size=2)}
        ),
        "extensions": st.dictionaries(iris, json_values, max_size=2),
    },
)


def _sub_statement(actor, verb, obj):
    return {"objectType": "SubStatement", "actor": actor, "verb": verb, "object": obj}


objects = st.one_of(
    activities,
    agents,
    st.builds(lambda i: {"objectType": "StatementRef", "id": i}, st.uuids().map(str)),
    st.builds(
        _sub_statement, agents, st.builds(lambda i: {"id": i}, st.sampled_from(VERBS)), activities
    ),
)
statements = st.fixed_dictionaries(
    {
        "actor": agents,
        "verb": st.fixed_dictionaries(
            {"id": st.sampled_from(VERBS)}, optional={"display": language_maps}
        ),
        "object": objects,
    },
    optional={
        "id": st.uuids().map(str),
        "result": results,
        "context": contexts,
        "timestamp": st.sampled_from(["2026-11-01T10:00:00Z", "2026-11-01T10:00:00.123+02:00"]),
        "version": st.sampled_from(["1.0.0", "1.0.3", "2.0.0"]),
        "attachments": st.lists(
            st.fixed_dictionaries(
                {
                    "usageType": iris,
                    "display": language_maps,
                    "contentType": st.just("text/plain"),
                    "length": st.integers(0, 10),
                    "sha2": st.just("a" * 64),
                    "fileUrl": iris,
                }
            ),
            max_size=1,
        ),
    },
)
bad_statements = statements.flatmap(mutated)
statement_bodies = st.one_of(
    bad_statements.flatmap(encoded),
    st.lists(bad_statements, min_size=1, max_size=3).flatmap(encoded),
    raw_bodies,
)


# -- the world each example starts from -----------------------------------------------------


@dataclass
class World:
    """The clients and the learner's lesson, attempts and cmi5 session the inputs aim at."""

    lrs: Client
    learner: Client
    anonymous: Client
    lesson_url: str
    block_ids: list
    quiz_key: str
    attempt_id: str
    scorm_attempts: list
    cmi5_attempt: str
    cmi5_auth: str
    cmi5_params: dict
    cmi5_session: str
    fetch_path: str


def _import(tmp_path, name: str, files: dict):
    archive = tmp_path / name
    archive.write_bytes(package_files.zip_bytes(files))
    return package_import(path=archive, filename=name)


@pytest.fixture
def world(units, tmp_path, settings, lrs_client, xapi_headers) -> World:
    settings.PACKAGES_ROOT = tmp_path / "packages"
    user = factories.learner(units["yvr"])
    learner = Client()
    learner.force_login(user)
    course, _ = factories.course(lessons=0)
    lesson = factories._publish(
        course.add_child(
            instance=LessonPage(
                title="Signs",
                slug="signs",
                body=[
                    ("knowledge_check", KNOWLEDGE_CHECK),
                    ("scenario", SCENARIO),
                    ("indicator_checklist", CHECKLIST),
                ],
            )
        )
    )
    quiz = mixed_quiz(feedback_mode=Quiz.FeedbackMode.IMMEDIATE)
    started = learner.post(
        f"/en/quizzes/{quiz.translation_key}/attempts/", "{}", content_type="application/json"
    )
    assert started.status_code == 201, started.content
    scorm = [
        _import(
            tmp_path,
            f"s{version}.zip",
            package_files.scorm_package(version, scos=[("one", "One", "one.html")]),
        )
        for version in ("1.2", "2004")
    ]
    cmi5_course = _import(
        tmp_path,
        "c.zip",
        {
            "cmi5.xml": package_files.cmi5_xml(
                package_files.au(AU_IRI, "au1/index.html", move_on="Passed")
            ),
            "au1/index.html": "<html></html>",
        },
    )
    cmi5_attempt = attempt_for_learner(user=user, package=cmi5_course.package)
    launched = learner.post(
        f"/en/packages/attempts/{cmi5_attempt.uuid}/cmi5/launch/",
        json.dumps({"au": AU_IRI}),
        content_type="application/json",
    )
    assert launched.status_code == 200, launched.content
    params = {k: v[0] for k, v in parse_qs(urlsplit(launched.json()["url"]).query).items()}
    fetch_path = urlsplit(params["fetch"]).path
    token = Client().post(fetch_path).json()["auth-token"]
    return World(
        lrs=Client(**xapi_headers),
        learner=learner,
        anonymous=Client(),
        lesson_url=lesson.url,
        block_ids=[child.id for child in lesson.body],
        quiz_key=str(quiz.translation_key),
        attempt_id=started.json()["attempt"]["id"],
        scorm_attempts=[str(attempt_for_learner(user=user, package=p.package).uuid) for p in scorm],
        cmi5_attempt=str(cmi5_attempt.uuid),
        cmi5_auth="Basic " + token,
        cmi5_params=params,
        cmi5_session=launched.json()["sessionId"],
        fetch_path=fetch_path,
    )


# -- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """One input: who sends it, the method, the address, the body and its type."""

    sender: str
    method: str
    path: str
    body: bytes = b""
    content_type: str = "application/json"
    headers: tuple = ()

    def send(self, world: World):
        client = getattr(world, self.sender)
        return client.generic(
            self.method, self.path, self.body, content_type=self.content_type, **dict(self.headers)
        )


def _address(path: str, params: dict) -> str:
    return f"{path}?{urlencode(params, errors='surrogatepass')}" if params else path


versions = st.sampled_from(["1.0.3", "1.0.3", "2.0.0", "1.0", "0.9", "", "2.0.0\x00"])
query_values = st.one_of(
    odd_text,
    raw_bodies.map(lambda raw: raw.decode("latin-1")),
    agents.flatmap(mutated).map(json.dumps),
    st.uuids().map(str),
    iris,
    st.sampled_from(
        ["true", "false", "10", "-1", "9" * 5000, "2026-11-01T10:00:00Z", "exact", "ids"]
    ),
)
STATEMENT_PARAMETERS = sorted(QUERY_PARAMETERS | SINGLE_PARAMETERS)
statement_queries = st.dictionaries(
    st.one_of(st.sampled_from(STATEMENT_PARAMETERS), odd_text), query_values, max_size=4
)


@st.composite
def lrs_statements(draw) -> Request:
    """PUT, POST or GET on ``/xapi/statements``."""
    headers = (("HTTP_X_EXPERIENCE_API_VERSION", draw(versions)),)
    method = draw(st.sampled_from(["POST", "POST", "PUT", "GET"]))
    if method == "GET":
        path = _address("/xapi/statements", draw(statement_queries))
        return Request("lrs", "GET", path, headers=headers)
    params = {}
    if method == "PUT":
        params["statementId"] = draw(st.one_of(st.uuids().map(str), odd_text))
    content_type = draw(
        st.sampled_from(
            ["application/json", "application/json", "multipart/mixed; boundary=x", "text/plain"]
        )
    )
    body = draw(statement_bodies)
    return Request("lrs", method, _address("/xapi/statements", params), body, content_type, headers)


DOCUMENT_RESOURCES = [
    ("/xapi/activities/state", "stateId"),
    ("/xapi/activities/profile", "profileId"),
    ("/xapi/agents/profile", "profileId"),
    ("/xapi/activities", None),
    ("/xapi/agents", None),
]


@st.composite
def lrs_documents(draw, resource=None) -> Request:
    """Any method on the document resources, the Activities and the Agents resources
    (on ``resource``, one of ``DOCUMENT_RESOURCES``, when given)."""
    url, id_name = resource or draw(st.sampled_from(DOCUMENT_RESOURCES))
    good = {
        "activityId": ACTIVITY_IRI,
        "agent": json.dumps({"mbox": "mailto:learner0@example.gc.ca"}),
        "registration": str(uuid.uuid4()),
    }
    if id_name:
        good[id_name] = "bookmark"
    params = {name: value for name, value in good.items() if draw(st.booleans())}
    for name in draw(st.lists(st.sampled_from([*good, "since", "x"]), max_size=2)):
        params[name] = draw(query_values)
    method = draw(st.sampled_from(["GET", "PUT", "POST", "DELETE", "HEAD"]))
    body = draw(st.one_of(json_values.flatmap(mutated).flatmap(encoded), raw_bodies))
    content_type = draw(
        st.sampled_from(["application/json", "application/octet-stream", "text/plain\x00"])
    )
    headers = (("HTTP_X_EXPERIENCE_API_VERSION", "1.0.3"),)
    return Request("lrs", method, _address(url, params), body, content_type, headers)


quiz_payloads = st.fixed_dictionaries(
    {},
    optional={
        "answers": st.dictionaries(
            st.one_of(st.sampled_from(["1", "2", "7", "0", "01", "9" * 5000]), odd_text),
            json_values,
            max_size=3,
        ),
        "position": st.one_of(
            st.integers(-2, 9), st.sampled_from(["1", "9" * 5000, "²"]), json_values
        ),
        "response": json_values,
        "submission_key": st.one_of(st.uuids().map(str), odd_text),
        "client_timestamps": st.one_of(
            json_values, st.just({"started_at": "2026-11-01T10:00:00Z"})
        ),
        "course": st.one_of(st.uuids().map(str), json_values),
        "offline": json_values,
        "token": odd_text,
    },
)


QUIZ_ACTIONS = ["answers", "check", "submit", "start", "detail", "definition"]


@st.composite
def quiz_requests(draw, world: World, action=None) -> Request:
    """The quiz attempt API: start, definition, answers, check, submit, detail (``action``
    when given)."""
    action = action or draw(st.sampled_from(QUIZ_ACTIONS))
    path = {
        "start": f"/en/quizzes/{world.quiz_key}/attempts/",
        "definition": f"/en/quizzes/{world.quiz_key}/definition/",
        "detail": f"/en/quizzes/attempts/{world.attempt_id}/",
    }.get(action, f"/en/quizzes/attempts/{world.attempt_id}/{action}/")
    body = draw(st.one_of(quiz_payloads.flatmap(mutated).flatmap(encoded), raw_bodies))
    method = "GET" if action in ("detail", "definition") else "POST"
    return Request("learner", method, path, body)


@st.composite
def interaction_requests(draw, world: World) -> Request:
    """An answer to one of the lesson's interactive blocks."""
    payload = {
        "block_id": draw(st.sampled_from(world.block_ids)),
        "kind": draw(
            st.sampled_from(["knowledge_check", "scenario_choice", "indicator_checklist"])
        ),
        "response": draw(st.one_of(st.lists(st.integers(-1, 3), max_size=3), st.integers(-1, 3))),
        "step": draw(st.sampled_from(["first-contact", "alone", "nope"])),
    }
    if draw(st.booleans()):
        payload.update(
            statement_id=str(uuid.uuid4()), timestamp="2026-11-01T10:00:00Z", learner="x"
        )
    body = draw(st.one_of(mutated(payload).flatmap(encoded), raw_bodies))
    return Request("learner", "POST", f"{world.lesson_url}interaction/", body)


SCORM_ELEMENTS = [
    "cmi.core.lesson_status",
    "cmi.core.score.raw",
    "cmi.core.session_time",
    "cmi.core.exit",
    "cmi.suspend_data",
    "cmi.completion_status",
    "cmi.success_status",
    "cmi.score.scaled",
    "cmi.score.raw",
    "cmi.progress_measure",
    "cmi.session_time",
    "cmi.location",
]
INTERACTION_LEAVES = [
    "id",
    "type",
    "learner_response",
    "student_response",
    "result",
    "correct_responses.0.pattern",
]
scorm_names = st.one_of(
    st.sampled_from(SCORM_ELEMENTS),
    st.builds(
        lambda index, leaf: f"cmi.interactions.{index}.{leaf}",
        st.one_of(
            st.integers(0, 3).map(str),
            st.sampled_from(["-1", "9" * 30, "4999", "5000", "01", "_count", "x"]),
        ),
        st.sampled_from(INTERACTION_LEAVES),
    ),
    odd_text,
)
SCORM_TEXTS = [
    "completed",
    "passed",
    "failed",
    "incomplete",
    "1e400",
    "NaN",
    "50",
    "-1",
    "choice",
    "PT1H",
    "00:01:00",
    "a,b",
]
scorm_values = st.one_of(st.sampled_from(SCORM_TEXTS), json_values)


@st.composite
def scorm_requests(draw, world: World, attempt=None) -> Request:
    """A SCORM 1.2 or 2004 run-time commit (to ``attempt`` when given)."""
    attempt = attempt or draw(st.sampled_from(world.scorm_attempts))
    payload = {
        "sco": draw(st.sampled_from(["one", "two", ""])),
        "cmi": draw(st.dictionaries(scorm_names, scorm_values, max_size=5)),
    }
    body = draw(st.one_of(mutated(payload).flatmap(encoded), raw_bodies))
    return Request("learner", "POST", f"/en/packages/attempts/{attempt}/commit/", body)


@st.composite
def cmi5_requests(draw, world: World, door=None) -> Request:
    """cmi5: the fetch URL, the launch, and the AU's statement and state endpoints (the
    ``door`` named, when given)."""
    door = door or draw(st.sampled_from(["statements", "statements", "state", "fetch", "launch"]))
    if door == "fetch":
        key = draw(st.sampled_from([world.fetch_path, "/packages/cmi5/fetch/nope/"]))
        method = draw(st.sampled_from(["POST", "GET", "OPTIONS"]))
        return Request("anonymous", method, key, draw(raw_bodies))
    if door == "launch":
        payload = {
            "au": draw(st.sampled_from([AU_IRI, "x"])),
            "launchMode": draw(st.sampled_from(["Normal", "Browse", "x"])),
        }
        body = draw(st.one_of(mutated(payload).flatmap(encoded), raw_bodies))
        path = f"/en/packages/attempts/{world.cmi5_attempt}/cmi5/launch/"
        return Request("learner", "POST", path, body)
    headers = (
        ("HTTP_AUTHORIZATION", world.cmi5_auth),
        ("HTTP_X_EXPERIENCE_API_VERSION", draw(versions)),
    )
    params = world.cmi5_params
    if door == "state":
        query = {
            "activityId": params["activityId"],
            "agent": params["actor"],
            "registration": params["registration"],
            "stateId": v.CMI5_LAUNCH_DATA,
        }
        query[draw(st.sampled_from(list(query)))] = draw(query_values)
        path = _address("/packages/cmi5/xapi/activities/state", query)
        method = draw(st.sampled_from(["GET", "PUT", "POST"]))
        return Request("anonymous", method, path, draw(raw_bodies), headers=headers)
    template = {
        "actor": json.loads(params["actor"]),
        "verb": {"id": draw(st.sampled_from(VERBS))},
        "object": {"id": params["activityId"]},
        "result": draw(results),
        "context": {
            "registration": params["registration"],
            "extensions": {v.CMI5_EXTENSION_SESSION: world.cmi5_session},
            "contextActivities": {
                "category": [{"id": v.CMI5_CATEGORY}, {"id": v.CMI5_MOVEON_CATEGORY}]
            },
        },
    }
    body = draw(st.one_of(mutated(template).flatmap(encoded), statement_bodies))
    method = draw(st.sampled_from(["POST", "PUT"]))
    query = {"statementId": str(uuid.uuid4())} if method == "PUT" else {}
    path = _address("/packages/cmi5/xapi/statements", query)
    return Request("anonymous", method, path, body, headers=headers)


def any_request(world: World):
    """An input for any door; the LRS, the cheapest to answer, gets the most."""
    return st.one_of(
        *[lrs_statements()] * 5,
        *[lrs_documents()] * 3,
        *[quiz_requests(world)] * 2,
        *[scorm_requests(world)] * 2,
        *[cmi5_requests(world)] * 2,
        interaction_requests(world),
    )


def doors(world: World) -> dict:
    """Each door alone: the inputs ``any_request`` sends it."""
    scorm_12, scorm_2004 = world.scorm_attempts
    return {
        "LRS statements": lrs_statements(),
        **{
            f"LRS {url}": lrs_documents(resource=(url, id_name))
            for url, id_name in DOCUMENT_RESOURCES
        },
        **{f"quiz {action}": quiz_requests(world, action=action) for action in QUIZ_ACTIONS},
        "SCORM 1.2 commit": scorm_requests(world, attempt=scorm_12),
        "SCORM 2004 commit": scorm_requests(world, attempt=scorm_2004),
        **{
            f"cmi5 {door}": cmi5_requests(world, door=door)
            for door in ("statements", "state", "fetch", "launch")
        },
        "lesson interaction": interaction_requests(world),
    }


# -- the property ----------------------------------------------------------------------------


def test_no_generated_input_to_a_json_endpoint_gets_a_server_error(world, record_property):
    thrown = {"inputs": 0}
    runs = {"every door": (any_request(world), EXAMPLES, REQUIRED_INPUTS)} | {
        door: (requests, EXAMPLES_PER_DOOR, REQUIRED_PER_DOOR)
        for door, requests in doors(world).items()
    }
    per_run = {}
    for name, (requests, examples, required) in runs.items():
        before = thrown["inputs"]
        throw_at(world, requests, examples, thrown)
        per_run[name] = thrown["inputs"] - before
        assert per_run[name] >= required, (name, per_run[name])
    # Shown with ``pytest -s``, and kept in the JUnit report (``--junitxml``).
    print(
        f"\n{thrown['inputs']} generated inputs thrown at the JSON endpoints "
        f"(profile {PROFILE}), none failed: {per_run}"
    )
    record_property("generated_inputs", thrown["inputs"])
    record_property("generated_inputs_per_run", per_run)


def throw_at(world: World, requests, examples: int, thrown: dict) -> None:
    """Hypothesis's examples of INPUTS_PER_EXAMPLE ``requests`` each, none of which may
    get a server error."""

    @hypothesis.settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    @given(st.data())
    def throw(data):
        inputs = data.draw(
            st.lists(requests, min_size=INPUTS_PER_EXAMPLE, max_size=INPUTS_PER_EXAMPLE)
        )
        with transaction.atomic():
            for request in inputs:
                response = request.send(world)
                thrown["inputs"] += 1
                assert response.status_code < 500, (request, response.content[:500])
            transaction.set_rollback(True)

    throw()
