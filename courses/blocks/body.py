"""The lesson body: the stream of every lesson block, with the heading levels of its outline,
and the block types whose answers the interaction endpoint records."""

from wagtail import blocks

from .content import (
    AccordionBlock,
    CalloutBlock,
    CaseExcerptBlock,
    ComparisonTableBlock,
    GlossaryBlock,
    HeadingBlock,
    ImageBlock,
    ParagraphBlock,
)
from .interactive import (
    IndicatorChecklistBlock,
    KnowledgeCheckBlock,
    ScenarioBlock,
    browser_messages,
)
from .media import AudioBlock, DocumentBlock, VideoBlock


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


class BriefingBodyBlock(LessonBodyBlock):
    """A briefing's body: the reading blocks of a lesson, without its questions (a briefing
    is read and acknowledged, never graded)."""

    indicator_checklist = None
    scenario = None
    knowledge_check = None
