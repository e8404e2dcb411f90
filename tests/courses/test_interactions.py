"""Answers to the interactive lesson blocks become xAPI ``answered`` statements."""

import json
import os
import re

import pytest
from channels.testing import ChannelsLiveServerTestCase
from django.test import Client
from django.utils import translation
from wagtail.blocks import StreamValue

from courses.interactions import InteractionError, answer_check
from courses.models import CoursePage, CourseRegistration, LessonPage
from lrs.models import Statement
from tests import factories
from tests.courses.test_blocks import CHECKLIST, KNOWLEDGE_CHECK, SCENARIO
from tests.e2e.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    fresh_daphne_process,
    requires_chromium,
    serious_violations,
)
from tracking import vocabulary as v

# Playwright's sync API runs an event loop in the browser test's thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

LESSON_IRI = "https://platform.example/activities/lesson/key"

MULTIPLE_RESPONSE = {
    "question": "Which are forms of exploitation?",
    "choices": [
        {"text": "Forced labour", "is_correct": True, "feedback": ""},
        {"text": "Sexual exploitation", "is_correct": True, "feedback": ""},
        {"text": "Paying a smuggler", "is_correct": False, "feedback": ""},
    ],
    "explanation": "",
}

FRENCH_KNOWLEDGE_CHECK = {
    "question": "Une victime de la traite doit-elle avoir franchi une frontière?",
    "choices": [
        {"text": "Oui, toujours", "is_correct": False, "feedback": "La traite peut être interne."},
        {"text": "Non", "is_correct": True, "feedback": "Exact."},
    ],
    "explanation": "<p>La plupart des cas au Canada sont internes.</p>",
}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def check(block_type, value, kind, response, step=None, language="en"):
    return answer_check(
        block_type=block_type,
        value=value,
        kind=kind,
        response=response,
        step=step,
        lesson_iri=LESSON_IRI,
        block_id="b1",
        language=language,
    )


# Checking answers against the block (no database) ---------------------------------------------


def test_knowledge_check_answer_is_a_choice_interaction_with_its_correct_pattern():
    answer = check("knowledge_check", KNOWLEDGE_CHECK, "knowledge_check", [1])
    assert answer.success is True
    assert answer.response == ["choice-2"]
    activity = answer.interaction.as_object()
    assert activity["id"] == f"{LESSON_IRI}/block/b1"
    definition = activity["definition"]
    assert definition["type"] == v.TYPE_INTERACTION
    assert definition["interactionType"] == "choice"
    assert definition["description"] == {"en-CA": KNOWLEDGE_CHECK["question"]}
    assert definition["choices"] == [
        {"id": "choice-1", "description": {"en-CA": "Yes, always"}},
        {"id": "choice-2", "description": {"en-CA": "No"}},
    ]
    assert definition["correctResponsesPattern"] == ["choice-2"]


def test_knowledge_check_wrong_answer_is_not_a_success():
    assert check("knowledge_check", KNOWLEDGE_CHECK, "knowledge_check", [0]).success is False


def test_multiple_response_succeeds_only_with_exactly_the_correct_set():
    pattern = check("knowledge_check", MULTIPLE_RESPONSE, "knowledge_check", [1, 0])
    assert pattern.success is True
    assert pattern.response == ["choice-1", "choice-2"]
    definition = pattern.interaction.as_object()["definition"]
    assert definition["correctResponsesPattern"] == ["choice-1[,]choice-2"]
    assert check("knowledge_check", MULTIPLE_RESPONSE, "knowledge_check", [0]).success is False
    assert (
        check("knowledge_check", MULTIPLE_RESPONSE, "knowledge_check", [0, 1, 2]).success is False
    )


def test_scenario_choice_succeeds_when_it_is_the_best_choice_of_its_step():
    best = check("scenario", SCENARIO, "scenario_choice", 0, step="first-contact")
    assert best.success is True
    activity = best.interaction.as_object()
    assert activity["id"] == f"{LESSON_IRI}/block/b1/step/first-contact"
    assert activity["definition"]["name"] == {"en-CA": "At the inspection booth, step 1"}
    assert activity["definition"]["description"] == {"en-CA": "The man holds both passports."}
    assert activity["definition"]["correctResponsesPattern"] == ["choice-1"]
    worse = check("scenario", SCENARIO, "scenario_choice", 1, step="first-contact")
    assert worse.success is False and worse.response == ["choice-2"]


def test_scenario_step_without_a_best_choice_has_no_success():
    steps = [
        dict(
            SCENARIO["steps"][0],
            choices=[dict(c, is_best=False) for c in SCENARIO["steps"][0]["choices"]],
        )
    ]
    answer = check(
        "scenario", {**SCENARIO, "steps": steps}, "scenario_choice", 0, step="first-contact"
    )
    assert answer.success is None
    assert "correctResponsesPattern" not in answer.interaction.as_object()["definition"]


def test_checklist_answer_lists_the_ticked_items_without_success():
    answer = check("indicator_checklist", CHECKLIST, "indicator_checklist", [1, 0])
    assert answer.success is None
    assert answer.response == ["item-1", "item-2"]
    definition = answer.interaction.as_object()["definition"]
    assert definition["name"] == {"en-CA": "Spot the indicators"}
    assert definition["description"] == {"en-CA": CHECKLIST["instructions"]}
    assert "correctResponsesPattern" not in definition
    assert check("indicator_checklist", CHECKLIST, "indicator_checklist", []).response == []


def test_definitions_are_in_the_lessons_language():
    answer = check("scenario", SCENARIO, "scenario_choice", 0, step="alone", language="fr")
    definition = answer.interaction.as_object()["definition"]
    assert definition["name"] == {"fr-CA": "At the inspection booth, étape 2"}
    assert definition["choices"][0]["description"] == {"fr-CA": "Refer her to victim services"}


@pytest.mark.parametrize(
    ("block_type", "value", "kind", "response", "step", "field"),
    [
        ("knowledge_check", KNOWLEDGE_CHECK, "scenario_choice", 0, "x", "kind"),
        ("scenario", SCENARIO, "knowledge_check", [0], None, "kind"),
        ("paragraph", "<p>Text</p>", "knowledge_check", [0], None, "kind"),
        ("knowledge_check", KNOWLEDGE_CHECK, "knowledge_check", [2], None, "response"),
        ("knowledge_check", KNOWLEDGE_CHECK, "knowledge_check", [-1], None, "response"),
        ("knowledge_check", KNOWLEDGE_CHECK, "knowledge_check", [], None, "response"),
        ("knowledge_check", KNOWLEDGE_CHECK, "knowledge_check", [0, 1], None, "response"),
        ("knowledge_check", KNOWLEDGE_CHECK, "knowledge_check", [1, 1], None, "response"),
        ("knowledge_check", KNOWLEDGE_CHECK, "knowledge_check", "1", None, "response"),
        ("knowledge_check", KNOWLEDGE_CHECK, "knowledge_check", [True], None, "response"),
        ("scenario", SCENARIO, "scenario_choice", 5, "first-contact", "response"),
        ("scenario", SCENARIO, "scenario_choice", "0", "first-contact", "response"),
        ("scenario", SCENARIO, "scenario_choice", 0, "nowhere", "step"),
        ("scenario", SCENARIO, "scenario_choice", 0, None, "step"),
        ("indicator_checklist", CHECKLIST, "indicator_checklist", [0, 2], None, "response"),
        ("indicator_checklist", CHECKLIST, "indicator_checklist", {"0": True}, None, "response"),
    ],
)
def test_answers_that_do_not_fit_the_block_are_refused_naming_the_field(
    block_type, value, kind, response, step, field
):
    with pytest.raises(InteractionError) as caught:
        check(block_type, value, kind, response, step=step)
    assert caught.value.field == field


# The endpoint ---------------------------------------------------------------------------------


@pytest.fixture
def lesson(db):
    """A published lesson with one block of each interactive kind, and its French copy."""
    course, _ = factories.course(lessons=0)
    lesson = factories._publish(
        course.add_child(
            instance=LessonPage(
                title="Signs",
                slug="signs",
                body=[
                    ("paragraph", "<p>Read this first.</p>"),
                    ("knowledge_check", KNOWLEDGE_CHECK),
                    ("scenario", SCENARIO),
                    ("indicator_checklist", CHECKLIST),
                ],
            )
        )
    )
    return lesson


@pytest.fixture
def learner(db, units):
    return factories.learner(units["yvr"])


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def block_id(lesson, block_type: str) -> str:
    return next(child.id for child in lesson.body if child.block_type == block_type)


def post(client, lesson, payload, **extra):
    return client.post(
        f"{lesson.url}interaction/",
        data=json.dumps(payload),
        content_type="application/json",
        **extra,
    )


def answered():
    return Statement.objects.filter(verb_iri=v.VERB_ANSWERED)


def test_knowledge_check_answer_is_recorded_and_can_be_read_back(signed_in, lesson, learner):
    response = post(
        signed_in,
        lesson,
        {
            "block_id": block_id(lesson, "knowledge_check"),
            "kind": "knowledge_check",
            "response": [1],
        },
    )
    assert response.status_code == 200
    reply = response.json()
    assert reply["success"] is True
    stored = Statement.objects.get(id=reply["statement_id"])
    statement = stored.data
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert statement["actor"]["account"]["name"] == str(learner.uuid)
    lesson_iri = v.activity_iri("lesson", str(lesson.translation_key))
    course_iri = v.activity_iri("course", str(lesson.course.translation_key))
    assert statement["object"]["id"] == f"{lesson_iri}/block/{block_id(lesson, 'knowledge_check')}"
    assert statement["object"]["definition"]["type"] == v.TYPE_INTERACTION
    assert statement["object"]["definition"]["correctResponsesPattern"] == ["choice-2"]
    assert statement["result"] == {"response": "choice-2", "success": True}
    context = statement["context"]
    registration = CourseRegistration.objects.get(user=learner, is_current=True)
    assert context["registration"] == str(registration.registration)
    assert context["language"] == "en-CA"
    assert [a["id"] for a in context["contextActivities"]["parent"]] == [lesson_iri]
    assert [a["id"] for a in context["contextActivities"]["grouping"]] == [course_iri]
    assert context["extensions"][v.extension_iri(v.EXTENSION_COURSE_VERSION)] == (
        lesson.course.version
    )


def test_wrong_knowledge_check_answer_is_recorded_as_unsuccessful(signed_in, lesson):
    reply = post(
        signed_in,
        lesson,
        {
            "block_id": block_id(lesson, "knowledge_check"),
            "kind": "knowledge_check",
            "response": [0],
        },
    ).json()
    assert reply["success"] is False
    assert Statement.objects.get(id=reply["statement_id"]).data["result"] == {
        "response": "choice-1",
        "success": False,
    }


def test_scenario_choice_is_recorded_for_its_step(signed_in, lesson):
    scenario_id = block_id(lesson, "scenario")
    reply = post(
        signed_in,
        lesson,
        {"block_id": scenario_id, "kind": "scenario_choice", "step": "alone", "response": 0},
    ).json()
    assert reply["success"] is True
    statement = Statement.objects.get(id=reply["statement_id"]).data
    assert statement["object"]["id"].endswith(f"/block/{scenario_id}/step/alone")
    assert statement["object"]["definition"]["description"] == {
        "en-CA": "She says her employer keeps her papers."
    }
    assert statement["result"] == {"response": "choice-1", "success": True}


def test_checklist_answer_is_recorded_without_success(signed_in, lesson):
    reply = post(
        signed_in,
        lesson,
        {
            "block_id": block_id(lesson, "indicator_checklist"),
            "kind": "indicator_checklist",
            "response": [0, 1],
        },
    ).json()
    assert reply["success"] is None
    result = Statement.objects.get(id=reply["statement_id"]).data["result"]
    assert result == {"response": "item-1[,]item-2"}


def test_french_lesson_answers_the_same_activity_described_in_french(signed_in, lesson):
    french = factories.translate(lesson, title="Signes", slug="signes")
    french.body = StreamValue(
        french.body.stream_block,
        [
            (
                child.block_type,
                FRENCH_KNOWLEDGE_CHECK if child.block_type == "knowledge_check" else child.value,
                child.id,
            )
            for child in french.body
        ],
    )
    french = factories._publish(french)
    check_id = block_id(lesson, "knowledge_check")
    assert block_id(french, "knowledge_check") == check_id
    reply = post(
        signed_in, french, {"block_id": check_id, "kind": "knowledge_check", "response": [1]}
    ).json()
    statement = Statement.objects.get(id=reply["statement_id"]).data
    assert statement["context"]["language"] == "fr-CA"
    lesson_iri = v.activity_iri("lesson", str(lesson.translation_key))
    assert statement["object"]["id"] == f"{lesson_iri}/block/{check_id}"
    assert statement["object"]["definition"]["choices"][0] == {
        "id": "choice-1",
        "description": {"fr-CA": "Oui, toujours"},
    }


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"block_id": "no-such-block", "kind": "knowledge_check", "response": [1]}, "block_id"),
        ({"kind": "knowledge_check", "response": [1]}, "block_id"),
        ({"block_id": "@knowledge_check", "kind": "scenario_choice", "response": 1}, "kind"),
        ({"block_id": "@knowledge_check", "kind": "guess", "response": [1]}, "kind"),
        ({"block_id": "@paragraph", "kind": "knowledge_check", "response": [0]}, "kind"),
        ({"block_id": "@knowledge_check", "kind": "knowledge_check", "response": [7]}, "response"),
        ({"block_id": "@knowledge_check", "kind": "knowledge_check", "response": "1"}, "response"),
        ({"block_id": "@knowledge_check", "kind": "knowledge_check"}, "response"),
        ({"block_id": "@scenario", "kind": "scenario_choice", "response": 0}, "step"),
        (
            {"block_id": "@scenario", "kind": "scenario_choice", "step": "alone", "response": 3},
            "response",
        ),
        (
            {"block_id": "@indicator_checklist", "kind": "indicator_checklist", "response": 1},
            "response",
        ),
    ],
)
def test_bad_answers_are_refused_with_400_naming_the_field_and_nothing_is_stored(
    signed_in, lesson, payload, field
):
    if payload.get("block_id", "").startswith("@"):
        payload = {**payload, "block_id": block_id(lesson, payload["block_id"][1:])}
    response = post(signed_in, lesson, payload)
    assert response.status_code == 400
    assert response.json()["field"] == field
    assert field in response.json()["error"]
    assert not answered().exists()


def test_a_body_that_is_not_json_is_refused(signed_in, lesson):
    response = signed_in.post(
        f"{lesson.url}interaction/", data="not json", content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["field"] == "body"
    assert not answered().exists()


def test_anonymous_answers_are_refused_with_403_json(client, lesson):
    response = post(
        client,
        lesson,
        {
            "block_id": block_id(lesson, "knowledge_check"),
            "kind": "knowledge_check",
            "response": [1],
        },
    )
    assert response.status_code == 403
    assert "error" in response.json()
    assert not answered().exists()


def test_only_post_is_allowed(signed_in, lesson):
    response = signed_in.get(f"{lesson.url}interaction/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_answers_need_the_csrf_token_the_page_gives(lesson, learner):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)
    payload = {
        "block_id": block_id(lesson, "knowledge_check"),
        "kind": "knowledge_check",
        "response": [1],
    }
    assert post(browser, lesson, payload).status_code == 403
    page = browser.get(lesson.url)
    token = browser.cookies["csrftoken"].value
    assert 'name="csrf-token"' in page.content.decode()
    assert post(browser, lesson, payload, HTTP_X_CSRFTOKEN=token).status_code == 200
    assert answered().count() == 1


# In a browser: keyboard only, feedback announced, answers recorded ----------------------------


@pytest.mark.e2e
@requires_chromium
class InteractiveBlocksInBrowser(ChannelsLiveServerTestCase):
    host = "127.0.0.1"
    ProtocolServerProcess = fresh_daphne_process()

    def setUp(self):
        course, _ = factories.course(lessons=0)
        self.lesson = factories._publish(
            course.add_child(
                instance=LessonPage(
                    title="Signs",
                    slug="signs",
                    body=[
                        ("knowledge_check", KNOWLEDGE_CHECK),
                        ("indicator_checklist", CHECKLIST),
                        ("scenario", SCENARIO),
                    ],
                )
            )
        )
        self.learner = factories.learner(factories.org_unit("YVR"))
        self.playwright = None

    def tearDown(self):
        if self.playwright is not None:
            self.browser.close()
            self.playwright.stop()

    def test_learner_answers_every_block_with_the_keyboard(self):
        from playwright.sync_api import expect, sync_playwright

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = self.browser.new_context(locale="en-CA").new_page()
        page.set_default_timeout(15000)
        page.goto(f"{self.live_server_url}/en/accounts/login/")
        page.fill("#id_username", self.learner.username)
        page.fill("#id_password", factories.PASSWORD)
        page.locator("main button[type=submit]").click()
        page.locator(".account-bar").wait_for()
        page.goto(f"{self.live_server_url}{self.lesson.url}")
        page.wait_for_function("() => customElements.get('gcds-header') !== undefined")
        assert serious_violations(page) == []

        # Knowledge check: arrow keys choose the radio button, Enter checks the answer.
        check = page.locator("[data-knowledge-check]")
        check.get_by_label("Yes, always").focus()
        page.keyboard.press("Space")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        expect(check.locator("[data-live]")).to_have_text(re.compile("^Correct"))
        feedback = check.locator("[data-feedback]")
        expect(feedback.nth(1)).to_be_visible()
        expect(feedback.nth(1)).to_contain_text("Right: most cases are domestic.")
        expect(feedback.nth(0)).to_be_hidden()
        expect(check.locator("[data-no-js-only]")).to_be_hidden()

        # Checklist: Space ticks, Tab reaches the button, Enter checks.
        checklist = page.locator("[data-indicator-checklist]")
        checklist.get_by_label("Someone else holds the traveller's passport.").focus()
        page.keyboard.press("Space")
        checklist.get_by_role("button", name="Check my selection").focus()
        page.keyboard.press("Enter")
        expect(checklist.locator("[data-live]")).to_contain_text("Indicators found: 1 of 1.")

        # Scenario: two steps on the best path, then the debrief; focus follows.
        scenario = page.locator("[data-scenario]")
        scenario.get_by_role("button", name="Speak with the traveller alone").focus()
        page.keyboard.press("Enter")
        expect(scenario.locator("[data-live]")).to_contain_text("Best choice.")
        scenario.get_by_role("button", name="Continue").focus()
        page.keyboard.press("Enter")
        expect(scenario.locator('[data-step="alone"] [data-step-heading]')).to_be_focused()
        expect(scenario.locator('[data-step="alone"] [data-step-heading]')).to_have_text("Step 2")
        page.keyboard.press("Tab")
        expect(page.locator(":focus")).to_have_text("Refer her to victim services")
        page.keyboard.press("Enter")
        scenario.get_by_role("button", name="Go to the debrief").focus()
        page.keyboard.press("Enter")
        expect(scenario.locator("[data-end-heading]")).to_be_focused()
        assert serious_violations(page) == []

        def recorded():
            return [statement.data["result"] for statement in answered().order_by("stored")]

        # Without JavaScript the blocks stay readable: answers in disclosures, the
        # scenario's first step with a note, no buttons that would do nothing.
        plain = self.browser.new_context(java_script_enabled=False).new_page()
        plain.goto(f"{self.live_server_url}{self.lesson.url}")
        expect(plain.get_by_role("button", name="Check my answer")).to_be_hidden()
        plain.locator("[data-knowledge-check] summary").click()
        expect(plain.locator("[data-knowledge-check] details")).to_contain_text("Correct: No")
        expect(plain.locator('[data-step="first-contact"]')).to_be_visible()
        expect(plain.locator('[data-step="alone"]')).to_be_hidden()
        expect(plain.get_by_text("This scenario needs JavaScript")).to_be_visible()

        for _ in range(50):
            if len(recorded()) == 4:
                break
            page.wait_for_timeout(100)
        # The answers are sent as they are given; they may reach the server in any order.
        assert sorted(recorded(), key=lambda result: result["response"]) == [
            {"response": "choice-1", "success": True},
            {"response": "choice-1", "success": True},
            {"response": "choice-2", "success": True},
            {"response": "item-1"},
        ]


def test_answers_in_a_lesson_still_closed_by_sequential_order_are_refused(signed_in):
    course, lessons = factories.course(lessons=1, navigation=CoursePage.NAVIGATION_SEQUENTIAL)
    closed = factories._publish(
        course.add_child(
            instance=LessonPage(
                title="Later", slug="later", body=[("knowledge_check", KNOWLEDGE_CHECK)]
            )
        )
    )
    payload = {
        "block_id": block_id(closed, "knowledge_check"),
        "kind": "knowledge_check",
        "response": [0],
    }
    response = post(signed_in, closed, payload)
    assert response.status_code == 403
    assert not answered().exists()
    signed_in.post(lessons[0].url + "complete/")
    assert post(signed_in, closed, payload).status_code == 200
