"""What the lesson blocks share: the rich text features authors may use, list error helpers
and the template context every lesson block gets (``uid`` and heading levels)."""

import uuid

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StructBlockValidationError

# What lesson authors may use in rich text: the same tags the demo content uses.
RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link"]


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
