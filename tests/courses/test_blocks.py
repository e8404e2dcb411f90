"""Lesson body blocks: how they render in each language and what editors may save."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.blocks import StreamValue
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from courses.blocks import LessonBodyBlock
from tests import factories

BODY = LessonBodyBlock()
VIDEO_URL = "https://video.example.org/watch/interview"

# Parallel English and French values of the text-only blocks, as the demo content writes them.
SCENARIO = {
    "title": "At the inspection booth",
    "intro": "<p>A traveller arrives with a man who answers every question.</p>",
    "steps": [
        {
            "key": "first-contact",
            "situation": "<p>The man holds both passports.</p>",
            "choices": [
                {
                    "label": "Speak with the traveller alone",
                    "consequence": "<p>She relaxes a little.</p>",
                    "feedback": "Separating them is the right first step.",
                    "is_best": True,
                    "next_step": "alone",
                },
                {
                    "label": "Let them through",
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
            "choices": [
                {
                    "label": "Refer her to victim services",
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
KNOWLEDGE_CHECK = {
    "question": "Must a victim of trafficking have crossed a border?",
    "choices": [
        {"text": "Yes, always", "is_correct": False, "feedback": "Trafficking can be domestic."},
        {"text": "No", "is_correct": True, "feedback": "Right: most cases are domestic."},
    ],
    "explanation": "<p>Most trafficking cases in Canada are domestic.</p>",
}
CHECKLIST = {
    "title": "Spot the indicators",
    "instructions": "Tick each observation that may indicate trafficking.",
    "items": [
        {
            "text": "Someone else holds the traveller's passport.",
            "is_indicator": True,
            "feedback": "Control of documents is a common indicator.",
        },
        {
            "text": "The traveller carries a return ticket.",
            "is_indicator": False,
            "feedback": "This alone says nothing.",
        },
    ],
    "summary": "<p>Look at the whole picture.</p>",
}
TABLE = {
    "caption": "Trafficking and smuggling compared",
    "row_heading": "Aspect",
    "columns": ["Trafficking", "Smuggling"],
    "rows": [
        {"label": "Consent", "cells": ["No real consent", "Consent to be moved"]},
        {"label": "Border", "cells": ["Not needed", "Always crossed"]},
    ],
}


def text_blocks() -> dict:
    return {
        "paragraph": "<p>Trafficking is <strong>exploitation</strong>.</p>",
        "heading": {"text": "Recognizing the signs", "level": "h2"},
        "callout": {
            "kind": "legal",
            "title": "Criminal Code, s. 279.01",
            "body": "<p>Trafficking in persons is an offence.</p>",
        },
        "case_excerpt": {
            "quote": "The purpose of exploitation is enough.",
            "citation": "R. v. Example, 2020 ONCA 1",
            "note": "<p>No exploitation need occur.</p>",
        },
        "glossary": {
            "title": "Key terms",
            "terms": [{"term": "Exploitation", "definition": "Labour obtained through fear."}],
        },
        "indicator_checklist": CHECKLIST,
        "comparison_table": TABLE,
        "accordion": {
            "title": "Questions",
            "items": [{"heading": "Is consent a defence?", "body": "<p>No, never.</p>"}],
        },
        "scenario": SCENARIO,
        "knowledge_check": KNOWLEDGE_CHECK,
    }


def value_of(name: str, raw):
    return BODY.child_blocks[name].normalize(raw)


def render(name: str, raw, language: str = "en", **context) -> str:
    block = BODY.child_blocks[name]
    with translation.override(language):
        return block.render(block.normalize(raw), context={"block_id": "b1", **context})


def clean(name: str, raw):
    """Validate a block as the editor's form sends it: every field present."""
    block = BODY.child_blocks[name]
    if isinstance(raw, dict):
        raw = {**{n: child.get_default() for n, child in block.child_blocks.items()}, **raw}
    return block.clean(block.normalize(raw))


def field_errors(error: ValidationError) -> dict:
    """The errors of a block as nested dicts of field names (list items by position)."""
    from wagtail.blocks import ListBlockValidationError, StructBlockValidationError

    if isinstance(error, StructBlockValidationError):
        found = {name: field_errors(child) for name, child in error.block_errors.items()}
        if error.non_block_errors:
            found["__all__"] = [str(m) for m in error.non_block_errors]
        return found
    if isinstance(error, ListBlockValidationError):
        found = {index: field_errors(child) for index, child in error.block_errors.items()}
        if error.non_block_errors:
            found["__all__"] = [str(m) for m in error.non_block_errors]
        return found
    return error.messages


@pytest.fixture(autouse=True)
def english():
    """Each test starts in English, whatever language an earlier request activated."""
    with translation.override("en"):
        yield


@pytest.fixture
def media(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def document(title: str, name: str, content: bytes = b"data") -> Document:
    return Document.objects.create(title=title, file=ContentFile(content, name=name))


# Rendering ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "english", "french"),
    [
        ("information", "Information", "Information"),
        ("warning", "Warning", "Avertissement"),
        ("legal", "Legal provision", "Disposition législative"),
    ],
)
def test_callout_shows_its_kind_as_a_text_label_in_each_language(kind, english, french):
    raw = {"kind": kind, "title": "Remember", "body": "<p>Body text.</p>"}
    for language, label in (("en", english), ("fr", french)):
        html = render("callout", raw, language)
        assert f">{label}</p>" in html
        assert "Remember" in html and "Body text." in html
        assert 'role="note"' in html


@pytest.mark.parametrize(
    ("name", "english", "french"),
    [
        ("paragraph", [], []),
        ("heading", [], []),
        ("case_excerpt", [">Note<"], [">Remarque<"]),
        ("glossary", [], []),
        ("comparison_table", [], []),
        ("accordion", [], []),
        (
            "indicator_checklist",
            ["Check my selection", "Show which items are indicators", "Indicator:"],
            ["Vérifier ma sélection", "Afficher les indicateurs", "Indicateur\u00a0:"],
        ),
        (
            "scenario",
            ["Step 1", "What do you do?", "Debrief", "needs JavaScript"],
            ["Étape 1", "Que faites-vous\u202f?", "Bilan", "nécessite JavaScript"],
        ),
        (
            "knowledge_check",
            ["Check your understanding", "Select one answer.", "Show the answer"],
            ["Vérifiez votre compréhension", "Choisissez une réponse.", "Afficher la réponse"],
        ),
    ],
)
def test_text_blocks_render_their_content_and_labels_in_english_and_french(name, english, french):
    raw = text_blocks()[name]
    for language, labels in (("en", english), ("fr", french)):
        html = render(name, raw, language)
        for label in labels:
            assert label in html, (language, label)
    text = re.sub(r"<[^>]+>", " ", render(name, raw))
    first_words = {
        "paragraph": "Trafficking is",
        "heading": "Recognizing the signs",
        "case_excerpt": "R. v. Example",
        "glossary": "Exploitation",
        "comparison_table": "Trafficking and smuggling compared",
        "accordion": "Is consent a defence?",
        "indicator_checklist": "Someone else holds",
        "scenario": "The man holds both passports.",
        "knowledge_check": "Must a victim",
    }[name]
    assert first_words in text


def test_heading_uses_the_level_chosen():
    assert "<h3" in render("heading", {"text": "Detail", "level": "h3"})
    assert "<h2" in render("heading", {"text": "Section", "level": "h2"})


def test_comparison_table_has_a_caption_and_scoped_headers():
    html = render("comparison_table", TABLE)
    assert "<caption" in html and "Trafficking and smuggling compared" in html
    assert html.count('scope="col"') == 3
    assert html.count('scope="row"') == 2


def test_comparison_table_cells_are_named_by_their_column_for_a_phone():
    """On a phone the table is stacked, row by row: the column headings are out of sight,
    so each cell carries its own."""
    html = render("comparison_table", TABLE)
    assert "stacked-table" in html
    assert '<td data-label="Trafficking">No real consent</td>' in html
    assert '<td data-label="Smuggling">Always crossed</td>' in html


def test_glossary_is_a_description_list():
    html = render("glossary", text_blocks()["glossary"])
    assert "<dl" in html and "<dt>Exploitation</dt>" in html
    assert "Labour obtained through fear." in html


def test_accordion_sections_are_details_elements():
    html = render("accordion", text_blocks()["accordion"])
    assert "<details" in html and "<summary>Is consent a defence?</summary>" in html


def test_case_excerpt_is_a_figure_with_its_citation():
    html = render("case_excerpt", text_blocks()["case_excerpt"])
    assert "<figure" in html and "<blockquote" in html
    assert "<cite>R. v. Example, 2020 ONCA 1</cite>" in html


def test_knowledge_check_with_several_correct_answers_asks_for_all_that_apply():
    choices = [dict(choice, is_correct=True) for choice in KNOWLEDGE_CHECK["choices"]]
    html = render("knowledge_check", {**KNOWLEDGE_CHECK, "choices": choices})
    assert "Select all that apply." in html
    assert html.count('type="checkbox"') == 2
    assert 'type="radio"' not in html


def test_knowledge_check_with_one_correct_answer_uses_radio_buttons():
    html = render("knowledge_check", KNOWLEDGE_CHECK)
    assert html.count('type="radio"') == 2
    assert 'type="checkbox"' not in html


def test_interactive_blocks_carry_their_stream_id_and_an_aria_live_region():
    for name in ("knowledge_check", "indicator_checklist", "scenario"):
        html = render(name, text_blocks()[name])
        assert 'data-block-id="b1"' in html
        assert 'aria-live="polite"' in html


def test_scenario_without_javascript_shows_only_its_first_step():
    html = render("scenario", SCENARIO)
    first = re.search(r'<div class="scenario-step" data-step="first-contact"([^>]*)>', html)
    second = re.search(r'<div class="scenario-step" data-step="alone"([^>]*)>', html)
    assert "hidden" not in first.group(1)
    assert "hidden" in second.group(1)


def test_image_renders_with_its_alt_text_and_caption(media):
    image = Image.objects.create(title="Booth", file=get_test_image_file())
    for language in ("en", "fr"):
        html = render(
            "image",
            {"image": image, "alt_text": "An officer at a booth", "caption": "Port of entry"},
            language,
        )
        assert 'alt="An officer at a booth"' in html
        assert "<figcaption>Port of entry</figcaption>" in html


def test_video_file_renders_with_its_captions_track_and_a_transcript(media):
    video = document("Interview", "interview.mp4")
    captions = document("Interview captions", "interview.vtt", b"WEBVTT\n\n")
    raw = {
        "title": "Interviewing a possible victim",
        "file": video,
        "captions": captions,
        "embed": None,
        "transcript": "<p>Officer: who arranged your travel?</p>",
    }
    for language, transcript in (("en", "Transcript"), ("fr", "Transcription")):
        html = render("video", raw, language)
        assert "<video" in html and " controls" in html
        assert re.search(
            rf'<track kind="captions" srclang="{language}"[^>]* src="{captions.url}" default>',
            html,
        )
        assert f"<summary>{transcript}</summary>" in html
        assert "who arranged your travel?" in html


def test_embedded_video_frame_gets_the_video_title(db):
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html=f'<iframe src="{VIDEO_URL}/embed"></iframe>',
    )
    raw = {"title": "Interview", "embed": VIDEO_URL, "transcript": "<p>Words.</p>"}
    html = render("video", raw)
    assert '<iframe title="Interview" src=' in html


def test_audio_renders_a_player_and_its_transcript_in_each_language(media):
    recording = document("Account", "account.mp3")
    raw = {"title": "A survivor's account", "file": recording, "transcript": "<p>I was told.</p>"}
    for language, transcript in (("en", "Transcript"), ("fr", "Transcription")):
        html = render("audio", raw, language)
        assert "<audio" in html and recording.url in html
        assert f"<summary>{transcript}</summary>" in html


def test_document_link_shows_its_format(media):
    protocol = document("Referral protocol", "protocol.pdf")
    for language in ("en", "fr"):
        html = render("document", {"document": protocol, "description": "Print it."}, language)
        assert f'href="{protocol.url}"' in html and "Referral protocol" in html
        assert "PDF" in html and "Print it." in html


def test_block_titles_follow_the_outline_of_the_lesson():
    stream = StreamValue(
        BODY,
        [
            ("glossary", text_blocks()["glossary"]),
            ("heading", {"text": "Section", "level": "h2"}),
            ("accordion", text_blocks()["accordion"]),
            ("heading", {"text": "Detail", "level": "h3"}),
            ("scenario", SCENARIO),
        ],
    )
    html = BODY.render(stream, context={})
    assert '<h2 class="block-title">Key terms</h2>' in html
    assert '<h3 class="block-title">Questions</h3>' in html
    assert '<h4 class="block-title">At the inspection booth</h4>' in html
    assert re.search(r"<h5 [^>]*data-step-heading>Step 1</h5>", html)


def test_lesson_page_renders_every_text_block_in_english_and_french(client, db):
    course, _ = factories.course(lessons=0)
    body = list(text_blocks().items())
    lesson = factories._publish(
        course.add_child(instance=factories.LessonPage(title="Signs", slug="signs", body=body))
    )
    french = factories.translate(lesson, title="Signes", slug="signes")
    english_html = client.get(lesson.url).content.decode()
    french_html = client.get(french.url).content.decode()
    assert "Legal provision" in english_html and "Disposition législative" in french_html
    assert "Check your understanding" in english_html
    assert "Vérifiez votre compréhension" in french_html
    for child in lesson.body:
        if child.block_type in ("knowledge_check", "indicator_checklist", "scenario"):
            assert f'data-block-id="{child.id}"' in english_html
    assert f'data-interaction-url="{lesson.url}interaction/"' in english_html
    assert "courses/lesson_blocks.js" in english_html
    messages = re.search(
        r'<script id="lesson-blocks-messages" type="application/json">(.*?)</script>', french_html
    )
    assert json.loads(messages.group(1))["step"] == "Étape %(number)s"


# Validation -----------------------------------------------------------------------------------


def test_valid_text_blocks_pass_validation():
    for name, raw in text_blocks().items():
        clean(name, raw)


def test_image_without_alt_text_is_rejected_naming_alt_text(media):
    image = Image.objects.create(title="Booth", file=get_test_image_file())
    with pytest.raises(ValidationError) as caught:
        clean("image", {"image": image, "alt_text": "  ", "caption": ""})
    errors = field_errors(caught.value)
    assert list(errors) == ["alt_text"]
    assert "Alternative text is required" in errors["alt_text"][0]


def test_video_needs_exactly_one_of_file_and_embed(media):
    Embed.objects.create(
        url=VIDEO_URL, hash=get_embed_hash(VIDEO_URL), type="video", html="<iframe></iframe>"
    )
    video = document("Interview", "interview.mp4")
    captions = document("Captions", "interview.vtt", b"WEBVTT\n\n")
    base = {"title": "Interview", "transcript": "<p>Words.</p>"}
    with pytest.raises(ValidationError) as neither:
        clean("video", base)
    assert "file" in field_errors(neither.value)
    with pytest.raises(ValidationError) as both:
        clean("video", {**base, "file": video, "captions": captions, "embed": VIDEO_URL})
    assert "either a video file or an embedded video" in field_errors(both.value)["embed"][0]
    clean("video", {**base, "file": video, "captions": captions})
    clean("video", {**base, "embed": VIDEO_URL})


def test_video_file_needs_webvtt_captions(media):
    video = document("Interview", "interview.mp4")
    base = {"title": "Interview", "file": video, "transcript": "<p>Words.</p>"}
    with pytest.raises(ValidationError) as missing:
        clean("video", base)
    assert "Captions are required" in field_errors(missing.value)["captions"][0]
    text_file = document("Captions", "interview.srt", b"1\n00:00 --> 00:01\nHi\n")
    with pytest.raises(ValidationError) as wrong:
        clean("video", {**base, "captions": text_file})
    assert ".vtt" in field_errors(wrong.value)["captions"][0]


def test_video_transcript_is_required(media):
    video = document("Interview", "interview.mp4")
    captions = document("Captions", "interview.vtt", b"WEBVTT\n\n")
    with pytest.raises(ValidationError) as caught:
        clean("video", {"title": "Interview", "file": video, "captions": captions})
    assert "transcript" in field_errors(caught.value)


def test_scenario_step_keys_must_be_unique():
    steps = [dict(SCENARIO["steps"][0]), dict(SCENARIO["steps"][1], key="first-contact")]
    with pytest.raises(ValidationError) as caught:
        clean("scenario", {**SCENARIO, "steps": steps})
    errors = field_errors(caught.value)
    assert "used by another step" in errors["steps"][1]["key"][0]


def test_scenario_choice_must_lead_to_an_existing_step():
    choices = [dict(SCENARIO["steps"][0]["choices"][0], next_step="nowhere")]
    steps = [dict(SCENARIO["steps"][0], choices=choices), SCENARIO["steps"][1]]
    with pytest.raises(ValidationError) as caught:
        clean("scenario", {**SCENARIO, "steps": steps})
    message = field_errors(caught.value)["steps"][0]["choices"][0]["next_step"][0]
    assert "No step has the key “nowhere”" in message


def test_scenario_step_needs_at_least_one_choice():
    steps = [SCENARIO["steps"][0], dict(SCENARIO["steps"][1], choices=[])]
    with pytest.raises(ValidationError) as caught:
        clean("scenario", {**SCENARIO, "steps": steps})
    assert "at least one choice" in field_errors(caught.value)["steps"][1]["choices"]["__all__"][0]


def test_knowledge_check_needs_a_correct_answer():
    choices = [dict(c, is_correct=False) for c in KNOWLEDGE_CHECK["choices"]]
    with pytest.raises(ValidationError) as caught:
        clean("knowledge_check", {**KNOWLEDGE_CHECK, "choices": choices})
    assert "at least one answer as correct" in field_errors(caught.value)["choices"]["__all__"][0]


def test_knowledge_check_needs_two_answers():
    choices = KNOWLEDGE_CHECK["choices"][1:]
    with pytest.raises(ValidationError) as caught:
        clean("knowledge_check", {**KNOWLEDGE_CHECK, "choices": choices})
    assert "at least two answers" in field_errors(caught.value)["choices"]["__all__"][0]


def test_indicator_checklist_needs_an_indicator():
    items = [dict(item, is_indicator=False) for item in CHECKLIST["items"]]
    with pytest.raises(ValidationError) as caught:
        clean("indicator_checklist", {**CHECKLIST, "items": items})
    assert "at least one item as an indicator" in field_errors(caught.value)["items"]["__all__"][0]


def test_comparison_table_rows_need_one_cell_per_column():
    rows = [TABLE["rows"][0], {"label": "Border", "cells": ["Only one cell"]}]
    with pytest.raises(ValidationError) as caught:
        clean("comparison_table", {**TABLE, "rows": rows})
    errors = field_errors(caught.value)
    assert list(errors["rows"]) == [1]
    assert "needs 2 cells, one per column; it has 1" in errors["rows"][1]["cells"][0]
