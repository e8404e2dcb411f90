"""The server side of offline learning: the installable app (manifest, service worker,
offline page), what a course needs offline, the learner's own statements written with
the session, lesson copies for offline use, answers and quiz attempts made offline."""

import json
import re
import uuid
from datetime import timedelta
from html import unescape

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from courses.models import LessonProgress
from lrs.models import Statement
from quizzes.models import QuizAttempt
from tests import factories
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import quiz_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(db):
    return factories.learner(factories.org_unit("Pacific"))


def signed_in(user, *, csrf_checks=True) -> Client:
    client = Client(enforce_csrf_checks=csrf_checks)
    client.force_login(user)
    return client


def csrf_of(client) -> str:
    return client.get("/offline/session/").json()["csrf_token"]


# -- the installable app ---------------------------------------------------------------


def test_service_worker_is_served_at_the_root_with_its_shell(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    body = response.content.decode()
    config = json.loads(body.split("const CONFIG = ", 1)[1].split(";\n", 1)[0])
    assert config["offlinePages"] == {
        "en": "/en/offline/",
        "fr": "/fr/hors-ligne/",
        "es": "/es/offline/",
        "tl": "/tl/offline/",
        "zh-hans": "/zh-hans/offline/",
        "pa": "/pa/offline/",
        "ar": "/ar/offline/",
    }
    assert "/static/offline/app.js" in config["shellUrls"]
    assert "/static/vendor/gcds/gcds.css" in config["shellUrls"]
    for url in config["shellUrls"]:
        assert finders.find(url.removeprefix("/static/")), url
    assert len(config["version"]) == 12


def test_manifest_makes_the_site_installable_in_the_reader_language(client):
    response = client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE="fr-CA")
    manifest = json.loads(response.content)
    assert response["Content-Type"] == "application/manifest+json"
    assert manifest["lang"] == "fr-CA" and manifest["start_url"] == "/fr/"
    assert manifest["display"] == "standalone" and manifest["scope"] == "/"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]


def test_offline_page_in_both_languages_without_the_account_bar(learner):
    client = signed_in(learner)
    english = client.get("/en/offline/")
    french = client.get("/fr/hors-ligne/")
    assert english.status_code == french.status_code == 200
    assert "You are offline" in english.content.decode()
    assert 'lang="fr"' in french.content.decode()
    assert "Signed in as" not in english.content.decode()


@pytest.mark.parametrize(
    ("path", "back", "home", "reload"),
    [
        ("/en/offline/", "The connection is back", "Go to the home page", "Reload this page"),
        (
            "/fr/hors-ligne/",
            "La connexion est rétablie",
            "Aller à la page d’accueil",
            "Recharger cette page",
        ),
    ],
)
def test_the_offline_page_says_when_the_connection_is_back(client, path, back, home, reload):
    """Opened while the platform answers (offline/download.js asks it), the page says the
    connection is back instead of "cannot be reached", and leads to the home page, or
    reloads the page it stood in for; in each language, in a callout styled everywhere."""
    page = unescape(client.get(path).content.decode())
    assert f'data-offline-page-path="{path}"' in page
    assert f'data-offline-back-heading="{back}"' in page
    notice = re.search(r"<div ([^>]*data-offline-back hidden)>(.*?)</div>", page, re.S)
    assert "callout callout-success" in notice.group(1)
    link = re.search(r"<a ([^>]*data-offline-continue[^>]*)>([^<]*)</a>", notice.group(2))
    assert f'href="{path[:4]}"' in link.group(1)
    assert link.group(2) == home
    assert f'data-offline-reload-label="{reload}"' in link.group(1)


def test_every_page_links_the_manifest_and_the_offline_script(client, learner):
    factories.site_home()
    page = signed_in(learner).get("/en/my-learning/").content.decode()
    assert 'rel="manifest" href="/manifest.webmanifest"' in page
    assert "offline/app.js" in page
    config = json.loads(
        page.split('id="offline-config" type="application/json">', 1)[1].split("<")[0]
    )
    assert config["learner"] == str(learner.uuid)


def _offline_config(page: str) -> dict:
    return json.loads(
        page.split('id="offline-config" type="application/json">', 1)[1].split("<")[0]
    )


def test_a_signed_in_page_names_the_learner_pages_a_device_keeps(client, learner):
    factories.site_home()
    config = _offline_config(signed_in(learner).get("/en/my-learning/").content.decode())
    expected = []
    for language in ("en", "fr"):
        with translation.override(language):
            expected += [reverse("my_learning"), reverse("offline:page")]
    assert config["learnerPages"] == expected
    assert expected[:2] == ["/en/my-learning/", "/en/offline/"]
    assert _offline_config(client.get("/en/offline/").content.decode())["learnerPages"] == []
    # Read in a learner language, the device also keeps that language's two pages.
    config = _offline_config(signed_in(learner).get("/ar/my-learning/").content.decode())
    assert config["learnerPages"] == [*expected, "/ar/my-learning/", "/ar/offline/"]


def test_the_learner_copy_of_the_offline_page_shows_them_signed_in(client, learner):
    """What the device keeps for the learner (fetched with their session, as an offline
    copy): its header leads to My learning, not to signing in; the app shell's own copy,
    fetched without a session, offers to sign in."""
    factories.site_home()
    kept = signed_in(learner).get("/en/offline/", HTTP_X_OFFLINE_COPY="1").content.decode()
    assert 'href="/en/my-learning/"' in kept
    assert "/en/accounts/login/" not in kept
    assert _offline_config(kept)["copy"] is True
    shell = client.get("/en/offline/").content.decode()
    assert "/en/accounts/login/" in shell
    assert 'href="/en/my-learning/"' not in shell


def test_session_says_who_is_signed_in(client, learner):
    assert client.get("/offline/session/").json()["learner"] is None
    data = signed_in(learner).get("/offline/session/").json()
    assert data["learner"] == str(learner.uuid) and data["csrf_token"]


# -- what a course needs offline ---------------------------------------------------------


def test_course_package_lists_pages_and_quizzes_in_the_url_language(learner):
    course, lessons = factories.course(lessons=2)
    quiz = quiz_factories.quiz(questions=[quiz_factories.question()])
    page = quiz_page(course, quiz)
    client = signed_in(learner)

    english = client.get(f"/en/offline/courses/{course.translation_key}/").json()
    assert english["course"]["version"] == course.version
    assert english["pages"] == [course.url, lessons[0].url, lessons[1].url, page.url]
    assert english["quizzes"][0]["key"] == str(quiz.translation_key)
    french = client.get(f"/fr/hors-ligne/cours/{course.translation_key}/").json()
    assert french["course"]["language"] == "fr"
    assert all(url.startswith("/fr/") for url in french["pages"][:3])


def test_course_package_refuses_the_anonymous_and_unknown_courses(client, learner):
    course, _lessons = factories.course(lessons=1)
    assert client.get(f"/en/offline/courses/{course.translation_key}/").status_code == 302
    other = signed_in(learner)
    assert other.get("/en/offline/courses/not-a-key/").status_code == 404
    assert other.get(f"/en/offline/courses/{uuid.uuid4()}/").status_code == 404


# -- lessons kept for offline use ----------------------------------------------------------


def test_lesson_page_carries_the_statements_to_record_offline(learner):
    course, (lesson, _second) = factories.course(lessons=2)
    html = signed_in(learner).get(lesson.url).content.decode()
    ready = json.loads(
        html.split('id="lesson-offline-statements" type="application/json">')[1].split("</script>")[
            0
        ]
    )
    completed = ready["completed"]
    assert "id" not in completed and "timestamp" not in completed
    assert completed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"
    assert completed["actor"]["account"]["name"] == str(learner.uuid)
    assert completed["context"]["registration"]
    assert ready["experienced"]["id"]


def test_offline_copy_of_a_closed_lesson_is_whole_and_records_no_visit(learner):
    course, (first, second) = factories.course(lessons=2, navigation="sequential")
    client = signed_in(learner)
    closed = client.get(second.url).content.decode()
    assert "Body of lesson 2." not in closed

    before = Statement.objects.count()
    copy = client.get(second.url, HTTP_X_OFFLINE_COPY="1").content.decode()
    assert "Body of lesson 2." in copy
    requires = json.loads(
        copy.split('id="lesson-offline-requires" type="application/json">')[1].split("</script>")[0]
    )
    assert requires == [{"key": str(first.translation_key), "title": "Lesson 1", "url": first.url}]
    assert Statement.objects.count() == before  # no "experienced" for a download


# -- statements written with the session ---------------------------------------------------


def _completed_statement(client, lesson):
    html = client.get(lesson.url, HTTP_X_OFFLINE_COPY="1").content.decode()
    ready = json.loads(
        html.split('id="lesson-offline-statements" type="application/json">')[1].split("</script>")[
            0
        ]
    )
    statement = ready["completed"]
    statement["id"] = str(uuid.uuid4())
    statement["timestamp"] = (timezone.now() - timedelta(hours=3)).isoformat()
    statement["result"]["duration"] = "PT4M"
    return statement


def _put(client, statement, csrf=None):
    headers = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
    if csrf:
        headers["HTTP_X_CSRFTOKEN"] = csrf
    return client.put(
        f"/xapi/statements?statementId={statement['id']}",
        json.dumps(statement),
        content_type="application/json",
        **headers,
    )


def test_learner_session_puts_its_own_statement_and_progress_follows(learner):
    course, (lesson, _second) = factories.course(lessons=2)
    client = signed_in(learner)
    statement = _completed_statement(client, lesson)

    response = _put(client, statement, csrf_of(client))
    assert response.status_code == 204, response.content
    assert _put(client, statement, csrf_of(client)).status_code == 204  # replayed: no change
    assert Statement.objects.filter(id=statement["id"]).count() == 1
    progress = LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key)
    assert progress.completed_at.isoformat() == statement["timestamp"]


def test_session_writes_need_the_csrf_token(learner):
    course, (lesson, _second) = factories.course(lessons=2)
    client = signed_in(learner)
    statement = _completed_statement(client, lesson)
    assert _put(client, statement).status_code == 401
    assert not Statement.objects.filter(id=statement["id"]).exists()


def test_a_learner_can_never_send_another_learner_statement(learner):
    course, (lesson, _second) = factories.course(lessons=2)
    statement = _completed_statement(signed_in(learner), lesson)
    other = signed_in(factories.learner(factories.org_unit("Atlantic")))
    response = _put(other, statement, csrf_of(other))
    assert response.status_code == 403
    assert "actor" in response.json()["error"]
    assert not Statement.objects.filter(id=statement["id"]).exists()


def test_signed_out_writes_are_refused_with_401(client, learner):
    course, (lesson, _second) = factories.course(lessons=2)
    statement = _completed_statement(signed_in(learner), lesson)
    assert _put(Client(), statement, "x").status_code == 401


# -- lesson answers given offline ------------------------------------------------------------


def _answer_body(user, **extra):
    return {
        "block_id": "missing",
        "kind": "choice",
        "response": [0],
        "statement_id": str(uuid.uuid4()),
        "timestamp": timezone.now().isoformat(),
        "learner": str(user.uuid),
        **extra,
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"learner": str(uuid.uuid4())}, "learner"),
        ({"statement_id": "nope"}, "statement_id"),
        ({"timestamp": "yesterday"}, "timestamp"),
        ({"timestamp": (timezone.now() + timedelta(days=2)).isoformat()}, "timestamp"),
        ({"course_version": "latest"}, "course_version"),
    ],
)
def test_offline_answer_fields_are_checked(learner, change, field):
    from courses.interactions import InteractionError, offline_fields

    with pytest.raises(InteractionError) as raised:
        offline_fields(_answer_body(learner, **change), user=learner)
    assert raised.value.field == field


def test_offline_answer_fields_keep_the_device_id_and_time(learner):
    from courses.interactions import offline_fields

    body = _answer_body(learner, course_version="1.7")
    fields = offline_fields(body, user=learner)
    assert str(fields.statement_id) == body["statement_id"]
    assert fields.at.isoformat() == body["timestamp"]
    assert fields.course_version == "1.7"
    assert offline_fields({"block_id": "b"}, user=learner).statement_id is None


# -- quiz attempts prepared for offline use ----------------------------------------------------


def _prepare(client, quiz, course, **body):
    return client.post(
        f"/en/quizzes/{quiz.translation_key}/attempts/",
        json.dumps({"course": str(course.translation_key), **body}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=csrf_of(client),
    )


def test_quiz_prepared_offline_has_no_deadline_until_resumed_online(learner):
    course, _lessons = factories.course(lessons=1)
    quiz = quiz_factories.quiz(questions=[quiz_factories.question()], time_limit=30)
    quiz_page(course, quiz)
    client = signed_in(learner)

    response = _prepare(client, quiz, course, offline=True)
    assert response.status_code == 201
    document = response.json()
    assert document["attempt"]["deadline"] is None
    assert document["attempt"]["prepared_offline"] is True
    assert "answer_key" not in json.dumps(document["questions"])

    resumed = _prepare(client, quiz, course).json()
    assert resumed["attempt"]["id"] == document["attempt"]["id"]
    assert resumed["attempt"]["deadline"] is not None


def test_offline_submission_is_graded_on_arrival_with_the_device_times(learner):
    course, _lessons = factories.course(lessons=1)
    question = quiz_factories.question(choices=[("Yes", True), ("No", False)])
    quiz = quiz_factories.quiz(questions=[question], time_limit=30)
    quiz_page(course, quiz)
    client = signed_in(learner)
    document = _prepare(client, quiz, course, offline=True).json()
    attempt = QuizAttempt.objects.get()
    attempt.started_at = timezone.now() - timedelta(hours=5)  # prepared this morning
    attempt.save()
    yes = next(c["id"] for c in document["questions"][0]["choices"] if c["text"] == "Yes")
    began = timezone.now() - timedelta(hours=2)
    body = {
        "token": document["attempt"]["token"],
        "submission_key": "device-1",
        "answers": {"1": yes},
        "client_timestamps": {
            "started_at": began.isoformat(),
            "submitted_at": (began + timedelta(minutes=12)).isoformat(),
        },
    }
    anonymous = Client()  # the session has expired: the token is enough
    url = f"/en/quizzes/attempts/{document['attempt']['id']}/submit/"
    first = anonymous.post(url, json.dumps(body), content_type="application/json")
    again = anonymous.post(url, json.dumps(body), content_type="application/json")
    assert first.status_code == again.status_code == 200, first.content
    assert first.json()["passed"] is True
    attempt.refresh_from_db()
    assert attempt.status == "submitted"
    completed = Statement.objects.filter(
        verb_iri__endswith="/completed", object_iri__contains=str(quiz.translation_key)
    )
    assert completed.count() == 1
    assert completed.get().data["result"]["duration"] == "PT12M"


def test_offline_flag_must_be_a_boolean(learner):
    course, _lessons = factories.course(lessons=1)
    quiz = quiz_factories.quiz(questions=[quiz_factories.question()])
    quiz_page(course, quiz)
    response = _prepare(signed_in(learner), quiz, course, offline="yes")
    assert response.status_code == 400
    assert response.json()["field"] == "offline"
    assert not QuizAttempt.objects.exists()


def test_offline_submission_arriving_days_later_is_on_time_when_the_device_times_fit(learner):
    course, _lessons = factories.course(lessons=1)
    question = quiz_factories.question(choices=[("Yes", True), ("No", False)])
    quiz = quiz_factories.quiz(questions=[question], time_limit=30)
    quiz_page(course, quiz)
    document = _prepare(signed_in(learner), quiz, course, offline=True).json()
    QuizAttempt.objects.update(started_at=timezone.now() - timedelta(days=4))
    yes = next(c["id"] for c in document["questions"][0]["choices"] if c["text"] == "Yes")
    began = timezone.now() - timedelta(days=3)
    body = {
        "token": document["attempt"]["token"],
        "submission_key": "device-1",
        "answers": {"1": yes},
        "client_timestamps": {
            "started_at": began.isoformat(),
            "submitted_at": (began + timedelta(minutes=29)).isoformat(),
        },
    }
    response = Client().post(
        f"/en/quizzes/attempts/{document['attempt']['id']}/submit/",
        json.dumps(body),
        content_type="application/json",
    )
    assert response.json()["passed"] is True
    attempt = QuizAttempt.objects.get()
    assert attempt.status == "submitted"
    assert attempt.deadline == began + timedelta(minutes=30)
