"""Interactive blocks (ungraded; each answer is recorded as an xAPI ``answered`` statement):
indicator checklists, branching scenarios and knowledge checks, and what their script says."""

import re
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StructBlockValidationError

from .base import LessonBlockMixin, _list_errors, _rich_text

# What the blocks say before an author's feedback once the learner has answered (in
# lesson_blocks.js, from browser_messages()); an author's feedback need not say it again.
# A checklist item's verdict says what the item is and what the learner did with it
# ("Indicator you did not tick."); an author's opening "Indicator." is dropped after it.
VERDICT_INDICATOR = _("Indicator.")
VERDICT_NOT_INDICATOR = _("Not an indicator.")
VERDICT_INDICATOR_TICKED = _("Indicator, and you ticked it.")
VERDICT_INDICATOR_NOT_TICKED = _("Indicator you did not tick.")
VERDICT_NOT_INDICATOR_TICKED = _("Not an indicator, but you ticked it.")
VERDICT_NOT_INDICATOR_NOT_TICKED = _("Not an indicator, and you did not tick it.")
VERDICT_CORRECT = _("Correct.")
VERDICT_INCORRECT = _("Incorrect.")
VERDICT_BEST = _("Best choice.")
VERDICT_NOT_BEST = _("Not the best choice.")

_FIRST_SENTENCE = re.compile(r"\s*([^.!?…]+[.!?…]+)(?:\s+|$)")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", str(text).casefold())


def feedback_after_verdict(feedback: str, verdicts: Iterable[str]) -> str:
    """``feedback`` without an opening sentence that only says what the block's verdict
    already says: after “Indicator.”, “Indicator. Control of documents…” reads “Control of
    documents…”, so the learner never reads “Indicator. Indicator.”."""
    text = feedback or ""
    match = _FIRST_SENTENCE.match(text)
    if match and any(_words(match.group(1)) == _words(verdict) for verdict in verdicts):
        return text[match.end() :]
    return text


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

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["items"] = [
            {
                **item,
                "feedback": feedback_after_verdict(
                    item.get("feedback"),
                    [VERDICT_INDICATOR if item.get("is_indicator") else VERDICT_NOT_INDICATOR],
                ),
            }
            for item in value.get("items") or []
        ]
        return context


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
    question = blocks.CharBlock(
        label=_("Question"),
        required=False,
        # Steps saved before the field existed have none: an empty question, not None.
        default="",
        max_length=255,
        help_text=_(
            "What the learner is asked before the choices, e.g. “What do you do first?”; "
            "empty to ask “What do you do?”. Leave it out of the situation."
        ),
    )
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
                    "question": "What do you do first?",
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

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        steps = []
        for step in value.get("steps") or []:
            choices = list(step.get("choices") or [])
            # A step without a best choice shows no verdict (lesson_blocks.js).
            ranked = any(choice.get("is_best") for choice in choices)
            steps.append(
                {
                    **step,
                    "choices": [
                        {
                            **choice,
                            "feedback": feedback_after_verdict(
                                choice.get("feedback"),
                                [VERDICT_BEST if choice.get("is_best") else VERDICT_NOT_BEST]
                                if ranked
                                else [],
                            ),
                        }
                        for choice in choices
                    ],
                }
            )
        context["steps"] = steps
        return context


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
        choices = list(value.get("choices") or [])
        context["multiple"] = len([choice for choice in choices if choice.get("is_correct")]) > 1
        context["choices"] = [
            {
                **choice,
                "feedback": feedback_after_verdict(
                    choice.get("feedback"),
                    [VERDICT_CORRECT if choice.get("is_correct") else VERDICT_INCORRECT],
                ),
            }
            for choice in choices
        ]
        return context


def browser_messages() -> dict[str, str]:
    """What lesson_blocks.js says, in the page's language (``%(name)s`` placeholders)."""
    return {
        "selectFirst": str(_("Select an answer first.")),
        "correct": str(VERDICT_CORRECT),
        "incorrect": str(VERDICT_INCORRECT),
        "missed": str(_("This answer is also correct.")),
        "allRight": str(_("Correct. Read the explanation below.")),
        "notQuite": str(
            _("Not quite. Read the feedback under the answers, then try again if you wish.")
        ),
        "indicatorTicked": str(VERDICT_INDICATOR_TICKED),
        "indicatorNotTicked": str(VERDICT_INDICATOR_NOT_TICKED),
        "notIndicatorTicked": str(VERDICT_NOT_INDICATOR_TICKED),
        "notIndicatorNotTicked": str(VERDICT_NOT_INDICATOR_NOT_TICKED),
        "checklistResult": str(_("Indicators found: %(found)s of %(total)s.")),
        "checklistExtra": str(_("Items ticked that are not indicators: %(wrong)s.")),
        "checklistFeedback": str(_("The feedback is shown under each item.")),
        "bestChoice": str(VERDICT_BEST),
        "notBestChoice": str(VERDICT_NOT_BEST),
        "youChose": str(_("You chose: %(label)s.")),
        "step": str(_("Step %(number)s")),
        "restarted": str(_("The scenario starts again at step 1.")),
        "cleared": str(_("Your answer was cleared.")),
    }
