"""The blocks a lesson body is made of.

Block and child names are a contract: the demo content and its loader use them, and the
xAPI ``answered`` statements of the interactive blocks refer to their items by position
(see ``courses/interactions.py``). Each block renders with ``blocks/<name>.html``.
"""

import re
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# What lesson authors may use in rich text: the same tags the demo content uses.
RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link"]

CAPTION_EXTENSIONS = ("vtt",)


def _rich_text(required: bool = True, **kwargs) -> blocks.RichTextBlock:
    return blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=required, **kwargs)


def _list_errors(errors: dict[int, dict[str, ValidationError]]) -> ListBlockValidationError:
    """A list block error pointing at named fields of some of its items."""
    return ListBlockValidationError(
        block_errors={
            index: StructBlockValidationError(block_errors=fields)
            for index, fields in errors.items()
        }
    )


class LessonBlockMixin:
    """What every lesson block template may use besides ``value``: ``uid``, a prefix for
    element ids unique in the page, and ``title_level``/``subtitle_level``, the heading
    levels that fit where the block stands in the lesson's outline."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        block_id = context.get("block_id") or uuid.uuid4().hex[:12]
        context["uid"] = f"block-{block_id}"
        level = context.get("title_level") or 2
        context["title_level"] = level
        context["subtitle_level"] = min(level + 1, 6)
        return context


# Simple content -----------------------------------------------------------------------------


class ParagraphBlock(LessonBlockMixin, blocks.RichTextBlock):
    """Running text: the value is the rich text itself."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Running text with simple formatting and links.")
        preview_value = (
            "<p>Human trafficking is the <strong>recruitment, transportation or harbouring</strong>"
            " of a person for the purpose of exploiting them.</p>"
        )


class HeadingBlock(LessonBlockMixin, blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (level 2)")), ("h3", _("Sub-heading (level 3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A heading that starts a section of the lesson.")
        preview_value = {"text": "Recognizing the indicators", "level": "h2"}


class ImageBlock(LessonBlockMixin, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=255,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _("An image with its alternative text and an optional caption.")
        preview_value = {"alt_text": "A port of entry seen from the inspection booth"}

    def clean(self, value):
        # The alternative text is checked first, with a message saying why it matters.
        if not (value.get("alt_text") or "").strip():
            missing = ValidationError(
                _("Alternative text is required: describe the image for people who cannot see it."),
                code="required",
            )
            try:
                super().clean(value)
            except StructBlockValidationError as error:
                error.block_errors["alt_text"] = missing
                raise
            raise StructBlockValidationError(block_errors={"alt_text": missing})
        return super().clean(value)


# Media ----------------------------------------------------------------------------------------


class VideoBlock(LessonBlockMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An uploaded video (MP4 or WebM).")
    )
    captions = DocumentChooserBlock(
        label=_("Captions"),
        required=False,
        help_text=_("A WebVTT (.vtt) caption file: required with an uploaded video."),
    )
    embed = EmbedBlock(
        label=_("Embedded video"), required=False, help_text=_("Or the address of a video.")
    )
    transcript = _rich_text(label=_("Transcript"))

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")
        description = _("A captioned video (uploaded or embedded) with its transcript.")
        preview_value = {
            "title": "Interviewing a possible victim",
            "transcript": "<p>Officer: Can you tell me who arranged your travel?</p>",
        }

    def clean(self, value):
        cleaned = super().clean(value)
        errors = {}
        has_file = bool(cleaned.get("file"))
        has_embed = bool(cleaned.get("embed"))
        if has_file and has_embed:
            errors["embed"] = ValidationError(
                _("Choose either a video file or an embedded video, not both."), code="both"
            )
        elif not has_file and not has_embed:
            errors["file"] = ValidationError(
                _("Choose a video file or give the address of an embedded video."), code="none"
            )
        captions = cleaned.get("captions")
        if captions is not None:
            if captions.file_extension.lower() not in CAPTION_EXTENSIONS:
                errors["captions"] = ValidationError(
                    _("Captions must be a WebVTT document (a .vtt file)."), code="format"
                )
        elif has_file:
            errors["captions"] = ValidationError(
                _("Captions are required with an uploaded video file."), code="required"
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        embed = value.get("embed")
        if embed and not value.get("file"):
            context["embed_html"] = titled_iframe(embed.html, value.get("title") or "")
        return context


def titled_iframe(embed_html: str, title: str) -> str:
    """Embed HTML whose frame has a title, which assistive technologies announce."""
    return re.sub(
        r"<iframe(?![^>]*\btitle=)", f'<iframe title="{escape(title)}"', embed_html, count=1
    )


class AudioBlock(LessonBlockMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    file = DocumentChooserBlock(label=_("Audio file"))
    transcript = _rich_text(label=_("Transcript"))

    class Meta:
        icon = "media"
        template = "blocks/audio.html"
        label = _("Audio")
        description = _("An audio recording with its transcript.")
        preview_value = {
            "title": "A survivor's account",
            "transcript": "<p>I was promised a job in a restaurant.</p>",
        }


class DocumentBlock(LessonBlockMixin, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document")
        description = _("A link to download a document, with its format and size.")
        preview_value = {"description": "The referral protocol, to print and keep."}


# Highlighted content --------------------------------------------------------------------------


class CalloutBlock(LessonBlockMixin, blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("information", _("Information")),
            ("warning", _("Warning")),
            ("legal", _("Legal provision")),
        ],
        default="information",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    body = _rich_text(label=_("Body"))

    class Meta:
        icon = "info-circle"
        template = "blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted box: information, a warning or a legal provision.")
        preview_value = {
            "kind": "legal",
            "title": "Criminal Code, section 279.01",
            "body": "<p>Every person who recruits, transports or harbours a person for the "
            "purpose of exploiting them commits an offence.</p>",
        }


class CaseExcerptBlock(LessonBlockMixin, blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"))
    citation = blocks.CharBlock(label=_("Citation"), max_length=255)
    note = _rich_text(required=False, label=_("Note"))

    class Meta:
        icon = "openquote"
        template = "blocks/case_excerpt.html"
        label = _("Case excerpt")
        description = _("A quotation from a court decision, with its citation.")
        preview_value = {
            "quote": "The exploitation need not actually occur; the purpose is enough.",
            "citation": "R. v. Example, 2020 ONCA 1",
        }


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=255)
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        icon = "tag"
        label = _("Term")


class GlossaryBlock(LessonBlockMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    terms = blocks.ListBlock(GlossaryTermBlock(), label=_("Terms"))

    class Meta:
        icon = "list-ul"
        template = "blocks/glossary.html"
        label = _("Glossary")
        description = _("Terms and their definitions.")
        preview_value = {
            "title": "Key terms",
            "terms": [
                {
                    "term": "Exploitation",
                    "definition": "Causing a person to provide labour or "
                    "services through fear for their safety.",
                },
            ],
        }


class ComparisonRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Row heading"), max_length=255)
    cells = blocks.ListBlock(
        blocks.TextBlock(label=_("Cell")),
        label=_("Cells"),
        help_text=_("One cell per column, in the same order as the columns."),
    )

    class Meta:
        icon = "table"
        label = _("Row")


class ComparisonTableBlock(LessonBlockMixin, blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=255, help_text=_("What the table compares.")
    )
    row_heading = blocks.CharBlock(
        label=_("Heading of the first column"), required=False, max_length=255
    )
    columns = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading"), max_length=255), label=_("Columns")
    )
    rows = blocks.ListBlock(ComparisonRowBlock(), label=_("Rows"))

    class Meta:
        icon = "table"
        template = "blocks/comparison_table.html"
        label = _("Comparison table")
        description = _("A table comparing a few things point by point.")
        preview_value = {
            "caption": "Trafficking and smuggling compared",
            "row_heading": "Aspect",
            "columns": ["Human trafficking", "Migrant smuggling"],
            "rows": [
                {"label": "Consent", "cells": ["No real consent", "Consent to be moved"]},
                {"label": "Border crossing", "cells": ["Not needed", "Always"]},
            ],
        }

    def clean(self, value):
        cleaned = super().clean(value)
        columns = len(cleaned.get("columns") or [])
        errors = {}
        if not columns:
            errors["columns"] = ListBlockValidationError(
                non_block_errors=[ValidationError(_("Add at least one column."), code="empty")]
            )
        row_errors = {}
        for index, row in enumerate(cleaned.get("rows") or []):
            cells = len(row.get("cells") or [])
            if cells != columns:
                row_errors[index] = {
                    "cells": ValidationError(
                        _("This row needs %(columns)s cells, one per column; it has %(cells)s."),
                        code="cells",
                        params={"cells": cells, "columns": columns},
                    )
                }
        if row_errors:
            errors["rows"] = _list_errors(row_errors)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=255)
    body = _rich_text(label=_("Body"))

    class Meta:
        icon = "collapse-down"
        label = _("Section")


class AccordionBlock(LessonBlockMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Sections"))

    class Meta:
        icon = "collapse-down"
        template = "blocks/accordion.html"
        label = _("Accordion")
        description = _("Sections the learner opens one at a time.")
        preview_value = {
            "title": "Frequently asked questions",
            "items": [
                {"heading": "Is consent a defence?", "body": "<p>No.</p>"},
                {"heading": "Must a border be crossed?", "body": "<p>No.</p>"},
            ],
        }


# Interactive blocks (ungraded; each answer is recorded as an xAPI ``answered`` statement) ----


class IndicatorItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Observation"), max_length=500)
    is_indicator = blocks.BooleanBlock(label=_("Is an indicator"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback"), required=False)

    class Meta:
        icon = "tick-inverse"
        label = _("Item")


class IndicatorChecklistBlock(LessonBlockMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    instructions = blocks.TextBlock(label=_("Instructions"))
    items = blocks.ListBlock(IndicatorItemBlock(), label=_("Items"))
    summary = _rich_text(required=False, label=_("Summary"))

    class Meta:
        icon = "tasks"
        template = "blocks/indicator_checklist.html"
        label = _("Indicator checklist")
        description = _(
            "The learner ticks what they think are indicators, then sees what each one means."
        )
        preview_value = {
            "title": "Spot the indicators",
            "instructions": "Tick each observation that may indicate trafficking.",
            "items": [
                {
                    "text": "Someone else holds the traveller's passport.",
                    "is_indicator": True,
                    "feedback": "Control of identity documents is a common indicator.",
                },
                {
                    "text": "The traveller carries a return ticket.",
                    "is_indicator": False,
                    "feedback": "This alone says nothing about exploitation.",
                },
            ],
            "summary": "<p>Look at the whole picture, not one sign.</p>",
        }

    def clean(self, value):
        cleaned = super().clean(value)
        items = list(cleaned.get("items") or [])
        if not any(item.get("is_indicator") for item in items):
            raise StructBlockValidationError(
                block_errors={
                    "items": ListBlockValidationError(
                        non_block_errors=[
                            ValidationError(
                                _("Mark at least one item as an indicator."), code="no_indicator"
                            )
                        ]
                    )
                }
            )
        return cleaned


class ScenarioChoiceBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Choice"), max_length=500)
    consequence = _rich_text(required=False, label=_("Consequence"))
    feedback = blocks.TextBlock(label=_("Feedback"), required=False)
    is_best = blocks.BooleanBlock(label=_("Best choice"), required=False)
    next_step = blocks.CharBlock(
        label=_("Next step"),
        required=False,
        max_length=100,
        help_text=_("The key of the step this choice leads to; empty to end the scenario."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Choice")


class ScenarioStepBlock(blocks.StructBlock):
    key = blocks.CharBlock(
        label=_("Key"),
        max_length=100,
        validators=[validate_slug],
        help_text=_("A short name for this step, unique in the scenario, e.g. “first-contact”."),
    )
    situation = _rich_text(label=_("Situation"))
    choices = blocks.ListBlock(ScenarioChoiceBlock(), label=_("Choices"))

    class Meta:
        icon = "form"
        label = _("Step")


class ScenarioBlock(LessonBlockMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    intro = _rich_text(required=False, label=_("Introduction"))
    steps = blocks.ListBlock(
        ScenarioStepBlock(), label=_("Steps"), help_text=_("The scenario starts at the first step.")
    )
    debrief = _rich_text(required=False, label=_("Debrief"))

    class Meta:
        icon = "site"
        template = "blocks/scenario.html"
        label = _("Branching scenario")
        description = _(
            "A situation in several steps: each choice has a consequence and leads to another "
            "step or to the end."
        )
        preview_value = {
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
                            "next_step": "",
                        },
                        {
                            "label": "Let them through",
                            "consequence": "<p>They leave together.</p>",
                            "feedback": "An opportunity to help was missed.",
                            "is_best": False,
                            "next_step": "",
                        },
                    ],
                }
            ],
            "debrief": "<p>Separate, listen, refer.</p>",
        }

    def clean(self, value):
        cleaned = super().clean(value)
        steps = list(cleaned.get("steps") or [])
        errors = {}
        if not steps:
            errors["steps"] = ListBlockValidationError(
                non_block_errors=[ValidationError(_("Add at least one step."), code="empty")]
            )
        keys = [step.get("key") for step in steps]
        known = set(keys)
        step_errors: dict[int, dict[str, ValidationError]] = {}
        seen: set[str] = set()
        for index, step in enumerate(steps):
            fields: dict[str, ValidationError] = {}
            key = step.get("key")
            if key in seen:
                fields["key"] = ValidationError(
                    _("The key “%(key)s” is used by another step: each step key must be unique."),
                    code="duplicate",
                    params={"key": key},
                )
            seen.add(key)
            choices = list(step.get("choices") or [])
            if not choices:
                fields["choices"] = ListBlockValidationError(
                    non_block_errors=[
                        ValidationError(_("Give this step at least one choice."), code="empty")
                    ]
                )
            else:
                choice_errors = {
                    choice_index: {
                        "next_step": ValidationError(
                            _(
                                "No step has the key “%(key)s”: give the key of a step of this "
                                "scenario, or leave it empty to end the scenario."
                            ),
                            code="unknown_step",
                            params={"key": choice.get("next_step")},
                        )
                    }
                    for choice_index, choice in enumerate(choices)
                    if choice.get("next_step") and choice.get("next_step") not in known
                }
                if choice_errors:
                    fields["choices"] = _list_errors(choice_errors)
            if fields:
                step_errors[index] = fields
        if step_errors:
            errors["steps"] = _list_errors(step_errors)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned


class KnowledgeCheckChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=500)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class KnowledgeCheckBlock(LessonBlockMixin, blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    choices = blocks.ListBlock(
        KnowledgeCheckChoiceBlock(),
        label=_("Answers"),
        help_text=_(
            "Mark more than one answer correct to ask the learner to select all that apply."
        ),
    )
    explanation = _rich_text(required=False, label=_("Explanation"))

    class Meta:
        icon = "help"
        template = "blocks/knowledge_check.html"
        label = _("Knowledge check")
        description = _("An ungraded question with feedback on each answer.")
        preview_value = {
            "question": "Must a victim of trafficking have crossed a border?",
            "choices": [
                {"text": "Yes", "is_correct": False, "feedback": "Trafficking can be domestic."},
                {"text": "No", "is_correct": True, "feedback": "Right."},
            ],
            "explanation": "<p>Most trafficking cases in Canada are domestic.</p>",
        }

    def clean(self, value):
        cleaned = super().clean(value)
        choices = list(cleaned.get("choices") or [])
        problems = []
        if len(choices) < 2:
            problems.append(ValidationError(_("Give at least two answers."), code="too_few"))
        if not any(choice.get("is_correct") for choice in choices):
            problems.append(
                ValidationError(_("Mark at least one answer as correct."), code="no_correct")
            )
        if problems:
            raise StructBlockValidationError(
                block_errors={"choices": ListBlockValidationError(non_block_errors=problems)}
            )
        return cleaned

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        correct = [choice for choice in value.get("choices") or [] if choice.get("is_correct")]
        context["multiple"] = len(correct) > 1
        return context


# The stream ---------------------------------------------------------------------------------


class LessonBodyBlock(blocks.StreamBlock):
    """Everything a lesson body may contain, in the order the author chooses."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    case_excerpt = CaseExcerptBlock()
    glossary = GlossaryBlock()
    indicator_checklist = IndicatorChecklistBlock()
    comparison_table = ComparisonTableBlock()
    accordion = AccordionBlock()
    scenario = ScenarioBlock()
    knowledge_check = KnowledgeCheckBlock()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        children = []
        level = 2  # under the page's h1 until the first heading block
        for child in value:
            if child.block_type == "heading":
                children.append((child, 2))
                level = 4 if child.value.get("level") == "h3" else 3
            else:
                children.append((child, level))
        context["children"] = children
        context["block_messages"] = browser_messages()
        return context

    class Meta:
        # Renders every block with its stream id (the interactive blocks report answers by it)
        # and brings in the blocks' stylesheet and script once.
        template = "blocks/lesson_body.html"


#: The block types whose answers the interaction endpoint records, by the ``kind`` it expects.
INTERACTIVE_BLOCK_KINDS = {
    "knowledge_check": "knowledge_check",
    "scenario": "scenario_choice",
    "indicator_checklist": "indicator_checklist",
}


def browser_messages() -> dict[str, str]:
    """What lesson_blocks.js says, in the page's language (``%(name)s`` placeholders)."""
    return {
        "selectFirst": str(_("Select an answer first.")),
        "correct": str(_("Correct.")),
        "incorrect": str(_("Incorrect.")),
        "missed": str(_("This answer is also correct.")),
        "allRight": str(_("Correct. Read the explanation below.")),
        "notQuite": str(
            _("Not quite. Read the feedback under the answers, then try again if you wish.")
        ),
        "indicator": str(_("Indicator.")),
        "notIndicator": str(_("Not an indicator.")),
        "checklistResult": str(_("Indicators found: %(found)s of %(total)s.")),
        "checklistExtra": str(_("Items ticked that are not indicators: %(wrong)s.")),
        "checklistFeedback": str(_("The feedback is shown under each item.")),
        "bestChoice": str(_("Best choice.")),
        "notBestChoice": str(_("Not the best choice.")),
        "youChose": str(_("You chose: %(label)s.")),
        "step": str(_("Step %(number)s")),
        "restarted": str(_("The scenario starts again at step 1.")),
        "cleared": str(_("Your answer was cleared.")),
    }
