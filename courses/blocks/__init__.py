"""The blocks a lesson body is made of.

Block and child names are a contract: the demo content and its loader use them, and the
xAPI ``answered`` statements of the interactive blocks refer to their items by position
(see ``courses/interactions.py``). Each block renders with ``blocks/<name>.html``.
"""

from .base import (
    RICH_TEXT_FEATURES,
    LessonBlockMixin,
)
from .body import (
    INTERACTIVE_BLOCK_KINDS,
    BriefingBodyBlock,
    LessonBodyBlock,
)
from .content import (
    AccordionBlock,
    AccordionItemBlock,
    CalloutBlock,
    CaseExcerptBlock,
    ComparisonRowBlock,
    ComparisonTableBlock,
    GlossaryBlock,
    GlossaryTermBlock,
    HeadingBlock,
    ImageBlock,
    ParagraphBlock,
)
from .interactive import (
    IndicatorChecklistBlock,
    IndicatorItemBlock,
    KnowledgeCheckBlock,
    KnowledgeCheckChoiceBlock,
    ScenarioBlock,
    ScenarioChoiceBlock,
    ScenarioStepBlock,
    browser_messages,
)
from .media import (
    CAPTION_EXTENSIONS,
    AudioBlock,
    DocumentBlock,
    VideoBlock,
    titled_iframe,
)

__all__ = [
    "AccordionBlock",
    "AccordionItemBlock",
    "AudioBlock",
    "BriefingBodyBlock",
    "CAPTION_EXTENSIONS",
    "CalloutBlock",
    "CaseExcerptBlock",
    "ComparisonRowBlock",
    "ComparisonTableBlock",
    "DocumentBlock",
    "GlossaryBlock",
    "GlossaryTermBlock",
    "HeadingBlock",
    "INTERACTIVE_BLOCK_KINDS",
    "ImageBlock",
    "IndicatorChecklistBlock",
    "IndicatorItemBlock",
    "KnowledgeCheckBlock",
    "KnowledgeCheckChoiceBlock",
    "LessonBlockMixin",
    "LessonBodyBlock",
    "ParagraphBlock",
    "RICH_TEXT_FEATURES",
    "ScenarioBlock",
    "ScenarioChoiceBlock",
    "ScenarioStepBlock",
    "VideoBlock",
    "browser_messages",
    "titled_iframe",
]
