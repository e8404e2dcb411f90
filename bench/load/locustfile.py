"""The platform under a working day's load, for Locust (``bench/bench_load.py`` runs it).

Three kinds of users:

* ``Learner``: signs in with a load-test account of its own, opens My learning and the
  border services course, then takes the course in order: opens each lesson, answers its
  knowledge checks (right most of the time), completes it, and at the end takes the final
  assessment (start, save answers, submit); then goes back over lessons and its records.
* ``Manager`` (``LOAD_MANAGERS`` of them): signs in, opens the dashboard and keeps its
  websocket open; as the page's script does, it fetches the dashboard again one to
  three seconds after the socket says something changed (one fetch at a time), and now
  and then opens the page again and a unit's learners.
* ``LrsClient`` (``LOAD_LRS_CLIENTS`` of them): posts batches of ``LOAD_LRS_BATCH``
  statements to ``/xapi/statements`` with HTTP Basic credentials.

Think time between a learner's actions: ``LOAD_THINK`` seconds ("min,max", default
"10,30"). The accounts and the course come from the plan ``bench/load/prepare.py`` wrote
(``LOAD_PLAN``). Every request is also written to ``LOAD_SAMPLES`` (JSON lines) when the
run ends, with the moments spawning ended and every learner had signed in, so that
``bench_load.py`` can tell the steady state from the ramp.

Requests are named by kind (the name is what the report groups by): "sign in",
"my learning", "course page", "lesson page", "knowledge check", "lesson complete",
"quiz page", "quiz start", "quiz answers", "quiz submit", "my records", "dashboard",
"dashboard refresh", "unit learners", "dashboard socket", "xapi batch".
"""

import itertools
import json
import os
import random
import re
import time
import uuid
from collections import deque
from urllib.parse import urlsplit

import gevent
import websocket
from locust import HttpUser, between, events, task

PLAN = json.loads(open(os.environ["LOAD_PLAN"]).read())
THINK = tuple(float(part) for part in os.environ.get("LOAD_THINK", "10,30").split(","))
LEARNERS = int(os.environ.get("LOAD_LEARNERS", "200"))
MANAGERS = int(os.environ.get("LOAD_MANAGERS", "20"))
LRS_CLIENTS = int(os.environ.get("LOAD_LRS_CLIENTS", "3"))
LRS_BATCH = int(os.environ.get("LOAD_LRS_BATCH", "20"))
RIGHT_ANSWERS = 0.8
DEBOUNCE = 1.0
# Plus a moment of each page's own, up to this many seconds (dashboards/live.js).
SPREAD = 2.0
# And at most one fetch of the page every this many seconds (dashboards/live.js).
MIN_INTERVAL = 5.0

_learner_numbers = itertools.count()
_manager_numbers = itertools.count()
_samples: list[tuple] = []
_moments: dict[str, float] = {}
_signed_in: set[str] = set()

KNOWLEDGE_CHECK = re.compile(
    r'<div class="[^"]*knowledge-check"[^>]*data-block-id="([^"]+)"([^>]*)>(.*?)</form>', re.S
)
CHOICE = re.compile(r'<li class="choice" data-choice( data-correct)?>')
UNIT_LINK = re.compile(r'href="(/en/dashboard/units/\d+/learners/)"')


@events.request.add_listener
def _sample(request_type, name, response_time, response_length, exception, **kwargs):
    _samples.append((time.time(), request_type, name, response_time, exception is not None))


@events.spawning_complete.add_listener
def _spawned(user_count, **kwargs):
    _moments.setdefault("spawned", time.time())


@events.quitting.add_listener
def _write_samples(environment, **kwargs):
    path = os.environ.get("LOAD_SAMPLES")
    if not path:
        return
    with open(path, "w") as out:
        out.write(json.dumps({"moments": _moments}) + "\n")
        for moment, kind, name, milliseconds, failed in _samples:
            out.write(json.dumps([moment, kind, name, milliseconds, failed]) + "\n")


class SignedIn:
    """Sign-in through the site's form, and the CSRF token for the posts that follow."""

    def sign_in(self, username: str) -> bool:
        self.client.get("/en/accounts/login/", name="sign-in page")
        with self.client.post(
            "/en/accounts/login/",
            data={
                "username": username,
                "password": PLAN["password"],
                "csrfmiddlewaretoken": self.csrf(),
            },
            headers={"Referer": self.host + "/en/accounts/login/"},
            allow_redirects=False,
            name="sign in",
            catch_response=True,
        ) as response:
            if response.status_code != 302 or "/accounts/login/" in response.headers.get(
                "Location", ""
            ):
                response.failure(f"not signed in ({response.status_code})")
                return False
        return True

    def csrf(self) -> str:
        return self.client.cookies.get("csrftoken", "")

    def json_headers(self) -> dict:
        return {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "X-CSRFToken": self.csrf(),
            "Referer": self.host + "/en/",
        }


class Learner(SignedIn, HttpUser):
    weight = 1
    wait_time = between(*THINK)

    def on_start(self):
        self.username = PLAN["learners"][next(_learner_numbers) % len(PLAN["learners"])]
        self.steps: deque = deque()
        self.signed_in = self.sign_in(self.username)
        if self.signed_in:
            _signed_in.add(self.username)
            if len(_signed_in) >= min(LEARNERS, len(PLAN["learners"])):
                _moments.setdefault("signed_in", time.time())
        self.steps.extend([self.my_learning, self.course_page])
        for url in PLAN["lessons"]:
            self.steps.append(lambda url=url: self.lesson(url))
        if PLAN["quiz_page"]:
            self.steps.append(self.quiz)

    @task
    def next_step(self):
        if not self.signed_in:
            self.signed_in = self.sign_in(self.username)
            return
        if self.steps:
            self.steps.popleft()()
        else:
            self.review()

    # -- pages ----------------------------------------------------------------------------

    def page(self, url: str, name: str) -> str:
        with self.client.get(url, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code}")
                return ""
            if "/accounts/login/" in response.url:
                response.failure("signed out")
                return ""
            return response.text

    def my_learning(self):
        self.page("/en/my-learning/", "my learning")

    def course_page(self):
        self.page(PLAN["course"], "course page")

    def review(self):
        choice = random.random()
        if choice < 0.5:
            self.page(random.choice(PLAN["lessons"]), "lesson page")
        elif choice < 0.8:
            self.my_learning()
        else:
            self.page("/en/my-records/", "my records")

    def lesson(self, url: str):
        html = self.page(url, "lesson page")
        if not html:
            return
        # The lesson's knowledge checks, answered before its completion, each after a
        # moment of thought; then the completion.
        later = [
            lambda block=block: self.knowledge_check(url, *block)
            for block in KNOWLEDGE_CHECK.findall(html)
        ]
        if "data-complete-form" in html:
            later.append(lambda: self.complete(url))
        self.steps.extendleft(reversed(later))

    def knowledge_check(self, url: str, block_id: str, attributes: str, form: str):
        correct = [index for index, match in enumerate(CHOICE.finditer(form)) if match.group(1)]
        count = len(CHOICE.findall(form))
        if random.random() < RIGHT_ANSWERS and correct:
            response = correct
        else:
            response = [random.randrange(count)] if count else [0]
        with self.client.post(
            url + "interaction/",
            data=json.dumps(
                {"block_id": block_id, "kind": "knowledge_check", "response": response}
            ),
            headers=self.json_headers(),
            name="knowledge check",
            catch_response=True,
        ) as reply:
            if reply.status_code != 200:
                reply.failure(f"{reply.status_code}: {reply.text[:200]}")

    def complete(self, url: str):
        with self.client.post(
            url + "complete/",
            data={"csrfmiddlewaretoken": self.csrf(), "duration_seconds": "300"},
            headers={"Accept": "application/json", "Referer": self.host + url},
            name="lesson complete",
            catch_response=True,
        ) as reply:
            if reply.status_code != 200 or not reply.json().get("completed"):
                reply.failure(f"{reply.status_code}: {reply.text[:200]}")

    # -- the final assessment -------------------------------------------------------------

    def quiz(self):
        if not self.page(PLAN["quiz_page"], "quiz page"):
            return
        key = PLAN["quiz_key"]
        with self.client.post(
            f"/en/quizzes/{key}/attempts/",
            data=json.dumps({"course": PLAN["course_key"]}),
            headers=self.json_headers(),
            name="quiz start",
            catch_response=True,
        ) as reply:
            if reply.status_code not in (200, 201):
                reply.failure(f"{reply.status_code}: {reply.text[:200]}")
                return
            document = reply.json()
        attempt = document["attempt"]
        answers = {str(q["position"]): self.answer(q) for q in document["questions"]}
        started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        half = dict(list(answers.items())[: len(answers) // 2])
        self.steps.appendleft(lambda: self.quiz_submit(attempt, answers, started))
        self.steps.appendleft(lambda: self.quiz_save(attempt, half))

    def quiz_save(self, attempt: dict, answers: dict):
        with self.client.post(
            f"/en/quizzes/attempts/{attempt['id']}/answers/",
            data=json.dumps({"answers": answers, "token": attempt["token"]}),
            headers=self.json_headers(),
            name="quiz answers",
            catch_response=True,
        ) as reply:
            if reply.status_code != 200:
                reply.failure(f"{reply.status_code}: {reply.text[:200]}")

    def quiz_submit(self, attempt: dict, answers: dict, started: str):
        with self.client.post(
            f"/en/quizzes/attempts/{attempt['id']}/submit/",
            data=json.dumps(
                {
                    "token": attempt["token"],
                    "submission_key": str(uuid.uuid4()),
                    "answers": answers,
                    "client_timestamps": {
                        "started_at": started,
                        "submitted_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    },
                }
            ),
            headers=self.json_headers(),
            name="quiz submit",
            catch_response=True,
        ) as reply:
            if reply.status_code != 200:
                reply.failure(f"{reply.status_code}: {reply.text[:200]}")

    @staticmethod
    def answer(question: dict):
        """A response of the question's kind, in the ids it was shown with."""
        kind = question["kind"]
        choices = [choice["id"] for choice in question.get("choices", [])]
        if kind in ("single_choice", "true_false"):
            return random.choice(choices) if choices else None
        if kind == "multiple_response":
            return random.sample(choices, k=min(2, len(choices)))
        if kind == "matching":
            right = [item["id"] for item in question["right"]]
            return {left["id"]: r for left, r in zip(question["left"], right, strict=False)}
        if kind == "ordering":
            items = [item["id"] for item in question["items"]]
            random.shuffle(items)
            return items
        if kind == "short_text":
            return "trafficking"
        return 1


class Manager(SignedIn, HttpUser):
    fixed_count = MANAGERS
    abstract = MANAGERS == 0  # none: Locust would otherwise give it a share by weight
    wait_time = between(20, 40)

    def on_start(self):
        number = next(_manager_numbers) % len(PLAN["managers"])
        self.socket = None
        self.leaving = False
        self.refreshing = False
        self.due = None
        self.last_refresh = -MIN_INTERVAL
        if not self.sign_in(PLAN["managers"][number]):
            return
        self.dashboard()
        self.listener = gevent.spawn(self.listen)

    def on_stop(self):
        self.leaving = True
        if self.socket is not None:
            self.socket.close()

    def dashboard(self, name: str = "dashboard") -> str:
        with self.client.get(
            "/en/dashboard/", name=name, headers={"Accept": "text/html"}, catch_response=True
        ) as response:
            if response.status_code != 200 or "/accounts/login/" in response.url:
                response.failure(f"{response.status_code} {response.url}")
                return ""
            self.html = response.text
            return response.text

    @task(3)
    def reload(self):
        self.dashboard()

    @task(1)
    def unit(self):
        links = UNIT_LINK.findall(getattr(self, "html", ""))
        if links:
            self.client.get(random.choice(links), name="unit learners")

    def listen(self):
        """The page's script: the socket, and a fetch of the page one to three seconds
        after a change, at most one every MIN_INTERVAL seconds (later changes go with the
        one due)."""
        parts = urlsplit(self.host)
        address = f"ws://{parts.netloc}/ws/dashboard/en/"
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.client.cookies)
        started = time.perf_counter()
        try:
            self.socket = websocket.create_connection(
                address, cookie=cookies, origin=self.host, timeout=None
            )
            greeting = json.loads(self.socket.recv())
            failure = None if greeting.get("type") == "ready" else ValueError(str(greeting))
        except Exception as error:  # the socket's failure is the measurement
            failure = error
        events.request.fire(
            request_type="WS",
            name="dashboard socket",
            response_time=(time.perf_counter() - started) * 1000,
            response_length=0,
            exception=failure,
            context={},
        )
        if failure is not None:
            return
        refresher = gevent.spawn(self.refresh_loop)
        try:
            while True:
                message = json.loads(self.socket.recv())
                if message.get("type") == "changed" and self.due is None:
                    self.due = max(
                        time.monotonic() + DEBOUNCE + random.uniform(0, SPREAD),
                        self.last_refresh + MIN_INTERVAL,
                    )
        except Exception as error:
            if not self.leaving:
                events.request.fire(
                    request_type="WS",
                    name="dashboard socket closed",
                    response_time=0,
                    response_length=0,
                    exception=error,
                    context={},
                )
        finally:
            refresher.kill()

    def refresh_loop(self):
        while True:
            if self.due is not None and time.monotonic() >= self.due:
                self.due = None
                self.last_refresh = time.monotonic()
                self.dashboard("dashboard refresh")
            gevent.sleep(0.1)


VERBS = ["experienced", "completed", "attempted", "answered", "passed", "progressed"]


class LrsClient(HttpUser):
    fixed_count = LRS_CLIENTS
    abstract = LRS_CLIENTS == 0
    wait_time = between(2, 5)

    @task
    def batch(self):
        statements = [
            {
                "id": str(uuid.uuid4()),
                "actor": {
                    "objectType": "Agent",
                    "mbox": f"mailto:officer{random.randrange(5000)}@example.gc.ca",
                },
                "verb": {
                    "id": f"http://adlnet.gov/expapi/verbs/{random.choice(VERBS)}",
                    "display": {"en-CA": "did"},
                },
                "object": {
                    "objectType": "Activity",
                    "id": f"http://example.gc.ca/activities/item-{random.randrange(2000)}",
                },
                "result": {"completion": True, "duration": "PT3M12S"},
                "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            }
            for _ in range(LRS_BATCH)
        ]
        with self.client.post(
            "/xapi/statements",
            data=json.dumps(statements),
            headers={
                "X-Experience-API-Version": "1.0.3",
                "Content-Type": "application/json",
            },
            auth=(PLAN["lrs"]["key"], PLAN["lrs"]["secret"]),
            name="xapi batch",
            catch_response=True,
        ) as reply:
            if reply.status_code != 200:
                reply.failure(f"{reply.status_code}: {reply.text[:200]}")
