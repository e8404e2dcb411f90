"""Content blocks: text, headings and images, and highlighted content (callouts, case
excerpts, glossaries, comparison tables, accordions)."""

from itertools import zip_longest

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from .base import RICH_TEXT_FEATURES, LessonBlockMixin, _list_errors, _rich_text

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

    def get_context(self, value, parent_context=None):
        """Besides the block's own: ``table_rows``, each row's label with its cells paired
        with their columns' headings, which name the cells when a phone stacks the table."""
        context = super().get_context(value, parent_context=parent_context)
        columns = list(value.get("columns") or [])
        context["table_rows"] = [
            {
                "label": row.get("label"),
                "cells": list(zip_longest(columns, row.get("cells") or [], fillvalue="")),
            }
            for row in value.get("rows") or []
        ]
        return context


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


# ParagraphBlock is not a StructBlock: migrations name it by path, which stays where it
# was before the blocks became a package.
DECONSTRUCT_ALIASES = {ParagraphBlock: "courses.blocks.ParagraphBlock"}
