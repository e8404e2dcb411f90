"""What the interactive blocks say is said once: a verdict the block gives is not repeated
by the author's feedback that follows it, a scenario step asks its question once, in
English and in French (the script's part is in tests/e2e/test_feedback_text_in_browser.py)."""

import json
import re
from html import unescape

import pytest
from django.utils import translation

from courses.blocks import LessonBodyBlock
from courses.blocks.interactive import feedback_after_verdict
from courses.demo.content import course_read
from courses.models import LessonPage
from tests import factories

BODY = LessonBodyBlock()
NNBSP = "\u202f"

CHECKLIST = {
    "title": "Spot the indicators",
    "instructions": "Tick each observation that may indicate trafficking.",
    "items": [
        {
            "text": "Someone else holds the traveller's passport.",
            "is_indicator": True,
            "feedback": "Indicator. Control of documents is a common means of control.",
        },
        {
            "text": "The traveller carries a return ticket.",
            "is_indicator": False,
            "feedback": "Not an indicator. This alone says nothing.",
        },
    ],
    "summary": "<p>Look at the whole picture.</p>",
}
CHECKLIST_FR = {
    "title": "Repérez les indicateurs",
    "instructions": "Cochez chaque observation qui peut indiquer la traite.",
    "items": [
        {
            "text": "Quelqu'un d'autre garde le passeport du voyageur.",
            "is_indicator": True,
            "feedback": "Indicateur. Le contrôle des documents est un moyen de contrôle courant.",
        },
        {
            "text": "Le voyageur a un billet de retour.",
            "is_indicator": False,
            "feedback": "Pas un indicateur. Cela seul ne dit rien.",
        },
    ],
    "summary": "<p>Regardez l'ensemble.</p>",
}
KNOWLEDGE_CHECK = {
    "question": "Must a victim of trafficking have crossed a border?",
    "choices": [
        {"text": "Yes.", "is_correct": False, "feedback": "Incorrect. It can be domestic."},
        {"text": "No.", "is_correct": True, "feedback": "Correct. Most cases are domestic."},
    ],
    "explanation": "<p>Most trafficking cases in Canada are domestic.</p>",
}
SCENARIO = {
    "title": "At the inspection booth",
    "intro": "<p>A traveller arrives with a man who answers every question.</p>",
    "steps": [
        {
            "key": "first-contact",
            "situation": "<p>The man holds both passports.</p>",
            "question": "What do you do first?",
            "choices": [
                {
                    "label": "Speak with the traveller alone.",
                    "consequence": "<p>She relaxes a little.</p>",
                    "feedback": "Best choice. Separating them comes first.",
                    "is_best": True,
                    "next_step": "alone",
                },
                {
                    "label": "Let them through.",
                    "consequence": "<p>They leave together.</p>",
                    "feedback": "An opportunity to help was missed.",
                    "is_best": False,
                    "next_step": "",
                },
            ],
        },
        {
            "key": "alone",
            "situation": "<p>She says her employer keeps her papers.</p>",
            "question": "",
            "choices": [
                {
                    "label": "Refer her to victim services.",
                    "consequence": "<p>A caseworker meets her.</p>",
                    "feedback": "Referral is the right move.",
                    "is_best": True,
                    "next_step": "",
                }
            ],
        },
    ],
    "debrief": "<p>Separate, listen, refer.</p>",
}


def render(name: str, raw, language: str = "en") -> str:
    block = BODY.child_blocks[name]
    with translation.override(language):
        return block.render(block.normalize(raw), context={"block_id": "b1"})


def text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def answer_key_lines(html: str) -> list[str]:
    key = re.search(r'<details class="answer-key"[^>]*>(.*?)</details>', html, re.S).group(1)
    return [text(item) for item in re.findall(r"<li>(.*?)</li>", key, re.S)]


def feedback_paragraphs(html: str) -> list[str]:
    return [
        text(found)
        for found in re.findall(r'<p class="choice-feedback"[^>]*>(.*?)</p>', html, re.S)
    ]


# The rule ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("feedback", "verdict", "shown"),
    [
        ("Indicator. Control of documents.", "Indicator.", "Control of documents."),
        ("indicator!  Control of documents.", "Indicator.", "Control of documents."),
        ("Correct.", "Correct.", ""),
        ("Exact. Aucune frontière.", "Exact.", "Aucune frontière."),
        # Another sentence, even one that begins with the same words, is the author's.
        ("Not an indicator on its own. Many are nervous.", "Not an indicator.", None),
        ("Correct answers need care. Read on.", "Correct.", None),
        ("", "Correct.", ""),
    ],
)
def test_feedback_loses_an_opening_sentence_that_only_repeats_the_verdict(feedback, verdict, shown):
    assert feedback_after_verdict(feedback, [verdict]) == (feedback if shown is None else shown)


# The blocks ----------------------------------------------------------------------------------


def test_checklist_says_indicator_once_per_item_in_english():
    html = render("indicator_checklist", CHECKLIST)
    assert feedback_paragraphs(html) == [
        "Control of documents is a common means of control.",
        "This alone says nothing.",
    ]
    # Without JavaScript, the answer key names the verdict, then the feedback.
    indicator, other = answer_key_lines(html)
    assert indicator == (
        "Indicator: Someone else holds the traveller's passport. — "
        "Control of documents is a common means of control."
    )
    assert indicator.count("Indicator") == 1
    assert other.count("indicator") == 1


def test_checklist_says_indicateur_once_per_item_in_french():
    html = render("indicator_checklist", CHECKLIST_FR, "fr")
    assert (
        feedback_paragraphs(html)[0]
        == "Le contrôle des documents est un moyen de contrôle courant."
    )
    for line in answer_key_lines(html):
        assert line.lower().count("indicateur") == 1, line


CHECKLIST_VERDICTS = {
    "en": {
        "indicatorTicked": "Indicator, and you ticked it.",
        "indicatorNotTicked": "Indicator you did not tick.",
        "notIndicatorTicked": "Not an indicator, but you ticked it.",
        "notIndicatorNotTicked": "Not an indicator, and you did not tick it.",
    },
    "fr": {
        "indicatorTicked": "Indicateur, et vous l’avez coché.",
        "indicatorNotTicked": "Indicateur que vous n’avez pas coché.",
        "notIndicatorTicked": "Pas un indicateur, mais vous l’avez coché.",
        "notIndicatorNotTicked": "Pas un indicateur, et vous ne l’avez pas coché.",
    },
}


@pytest.mark.django_db
def test_checklist_verdicts_say_what_the_learner_did_with_each_item(client):
    """The lesson page gives its script the checklist's verdicts (lesson_blocks.js fills in
    each item's after a check): each says whether the item is an indicator and whether the
    learner ticked it, so an indicator left unticked never reads just “Indicator.”."""
    course, _ = factories.course(lessons=0)
    lesson = factories._publish(
        course.add_child(
            instance=LessonPage(
                title="Signs", slug="signs", body=[("indicator_checklist", CHECKLIST)]
            )
        )
    )
    french = factories.translate(
        lesson, title="Signes", slug="signes", body=[("indicator_checklist", CHECKLIST_FR)]
    )
    for page, language in ((lesson, "en"), (french, "fr")):
        html = client.get(page.url).content.decode()
        assert html.count("data-verdict") == 2
        messages = json.loads(
            re.search(
                r'<script id="lesson-blocks-messages" type="application/json">(.*?)</script>',
                html,
                re.S,
            ).group(1)
        )
        verdicts = CHECKLIST_VERDICTS[language]
        assert {key: messages.get(key) for key in verdicts} == verdicts
        bare = {"Indicator.", "Not an indicator.", "Indicateur.", "Pas un indicateur."}
        assert not bare & set(messages.values())


def test_knowledge_check_says_correct_once():
    html = render("knowledge_check", KNOWLEDGE_CHECK)
    assert feedback_paragraphs(html) == ["It can be domestic.", "Most cases are domestic."]
    wrong, right = answer_key_lines(html)
    assert right == "Correct: No. — Most cases are domestic."
    assert wrong == "Incorrect: Yes. — It can be domestic."


def test_scenario_step_asks_its_own_question_once():
    html = render("scenario", SCENARIO)
    assert text(html).count("What do you do first?") == 1
    questions = re.findall(r'<p class="scenario-question"[^>]*>(.*?)</p>', html)
    # The second step has no question of its own: it asks the usual one.
    assert questions == ["What do you do first?", "What do you do?"]
    # The verdict shown before the best choice's feedback is not repeated by it.
    assert "Best choice. Separating" not in html
    assert "Separating them comes first." in html


def test_scenario_asks_the_usual_question_in_french_with_its_space():
    html = render("scenario", SCENARIO, "fr")
    questions = re.findall(r'<p class="scenario-question"[^>]*>(.*?)</p>', html)
    assert questions[1] == f"Que faites-vous{NNBSP}?"


@pytest.mark.parametrize("slug", ["border-services", "police-cadets"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_demo_scenarios_ask_each_question_once(slug, language):
    """The demo's steps ask their question in the question field, not again at the end of
    the situation, in both languages."""
    content = course_read(slug)
    asked = 0
    for lesson in content["lessons"]:
        for kind, value in lesson[f"body_{language}"]:
            if kind != "scenario":
                continue
            html = render("scenario", value, language)
            steps = re.findall(
                r'<div class="scenario-situation">(.*?)</div>\s*'
                r'<p class="scenario-question"[^>]*>(.*?)</p>',
                html,
                re.S,
            )
            assert steps
            for situation, question in steps:
                paragraphs = re.findall(r"<p>(.*?)</p>", situation, re.S)
                assert not text(paragraphs[-1]).endswith("?"), (situation, question)
                asked += 1
    assert asked


@pytest.mark.parametrize("language", ["en", "fr"])
def test_demo_feedback_never_opens_by_saying_the_verdict_again(language):
    """After “Correct.” (“Bonne réponse.”) or “Indicator.” (“Indicateur.”), the demo's
    feedback goes straight to the explanation."""
    same_as_verdict = {
        "en": {"Correct.", "Incorrect.", "Indicator.", "Not an indicator."},
        "fr": {
            "Exact.",
            "Bonne réponse.",
            "Mauvaise réponse.",
            "Indicateur.",
            "Pas un indicateur.",
            "Ce n'est pas un indicateur.",
            "Ce n’est pas un indicateur.",
        },
    }[language]
    checked = 0
    for slug in ("border-services", "front-line-providers", "labour-inspectors", "police-cadets"):
        for lesson in course_read(slug)["lessons"]:
            for kind, value in lesson[f"body_{language}"]:
                if kind not in ("knowledge_check", "indicator_checklist"):
                    continue
                for shown in feedback_paragraphs(render(kind, value, language)):
                    first = re.split(r"(?<=[.!?])\s", shown, maxsplit=1)[0]
                    assert first not in same_as_verdict, (slug, shown)
                    checked += 1
    assert checked > 50
