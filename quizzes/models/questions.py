"""Questions, question banks, scenarios and quizzes.

A question is edited, previewed, revised and translated as one unit: its choices, pairs,
items and accepted answers are child rows of the question (a modelcluster cluster), and
they are translatable rows, so the French question has its own French choices.

Each child row carries a short ``key`` ("c1", "p2", "i3", "a1"; "true" and "false" for the
two choices of a true-or-false question). A key is given once, when the row is first
saved, and never changes; the French rows share the keys of the English ones
(wagtail-localize copies them as synchronised fields). Snapshots (``quizzes.snapshots``)
use the keys as the ids that learners' responses name, so a response means the same thing
in either language and across versions of the question.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail_localize.fields import SynchronizedField

from .banks import QuestionBank, QuestionTag, Scenario

TRUE_KEY = "true"
TRUE_FALSE_KEYS = (TRUE_KEY, "false")


def _plain(html: str, length: int = 80) -> str:
    text = " ".join(strip_tags(html or "").split())
    return Truncator(text).chars(length)


class Question(
    TranslatableMixin, DraftStateMixin, RevisionMixin, PreviewableMixin, ClusterableModel
):
    """One question, with its answer key, feedback and children (choices, pairs, items,
    accepted answers). What a learner is served is a snapshot of it (see
    ``quizzes.snapshots.question_snapshot``); later edits never change past results."""

    class Kind(models.TextChoices):
        SINGLE_CHOICE = "single_choice", _("Single choice")
        MULTIPLE_RESPONSE = "multiple_response", _("Multiple response")
        TRUE_FALSE = "true_false", _("True or false")
        MATCHING = "matching", _("Matching")
        ORDERING = "ordering", _("Ordering")
        SHORT_TEXT = "short_text", _("Short text")
        NUMERIC = "numeric", _("Numeric")

    class PartialCredit(models.TextChoices):
        NONE = "none", _("None: all or nothing")
        PROPORTIONAL = "proportional", _("Proportional to what is right")

    class Difficulty(models.TextChoices):
        EASY = "easy", _("Easy")
        MEDIUM = "medium", _("Medium")
        HARD = "hard", _("Hard")

    CHOICE_KINDS = (Kind.SINGLE_CHOICE, Kind.MULTIPLE_RESPONSE, Kind.TRUE_FALSE)
    # Child relations and the prefix of their rows' keys.
    CHILD_KEY_PREFIXES = {"choices": "c", "pairs": "p", "items": "i", "accepted_answers": "a"}

    bank = models.ForeignKey(
        QuestionBank,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("question bank"),
    )
    kind = models.CharField(
        _("kind of question"), max_length=20, choices=Kind.choices, default=Kind.SINGLE_CHOICE
    )
    stem = RichTextField(_("question"), help_text=_("What the learner is asked."))
    points = models.DecimalField(
        _("points"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    partial_credit = models.CharField(
        _("partial credit"),
        max_length=20,
        choices=PartialCredit.choices,
        default=PartialCredit.NONE,
        help_text=_(
            "For multiple-response, matching and ordering questions: whether a partly right "
            "answer earns part of the points."
        ),
    )
    case_sensitive = models.BooleanField(
        _("case sensitive"),
        default=False,
        help_text=_("For short-text questions: whether capital letters must match."),
    )
    numeric_value = models.DecimalField(
        _("expected number"),
        max_digits=18,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("For numeric questions: the right answer."),
    )
    numeric_tolerance = models.DecimalField(
        _("tolerance"),
        max_digits=18,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_(
            "For numeric questions: how far from the expected number an answer may be and "
            "still be right. Leave blank for an exact answer."
        ),
    )
    feedback_correct = models.TextField(
        _("feedback when right"), blank=True, help_text=_("Shown when the answer is right.")
    )
    feedback_incorrect = models.TextField(
        _("feedback when wrong"), blank=True, help_text=_("Shown when the answer is wrong.")
    )
    explanation = RichTextField(
        _("explanation"),
        blank=True,
        help_text=_("Why the right answer is right: shown with the correct answers."),
    )
    tags = ParentalManyToManyField(
        QuestionTag, blank=True, related_name="questions", verbose_name=_("tags")
    )
    difficulty = models.CharField(
        _("difficulty"), max_length=10, choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    scenario = models.ForeignKey(
        Scenario,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
        verbose_name=_("scenario"),
    )

    last_key_number = models.PositiveIntegerField(
        _("last key number"),
        default=0,
        editable=False,
        help_text=_("The number in the last key given to a child row (c1, p2...)."),
    )

    # Tags are codes shared by both languages: copy them to translations (many-to-many
    # fields are left out of translations unless named here).
    override_translatable_fields = [SynchronizedField("tags", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.CheckConstraint(
                condition=Q(points__gt=0),
                name="quizzes_question_points_positive",
                violation_error_message=_("A question is worth more than 0 points."),
            ),
            models.CheckConstraint(
                condition=Q(numeric_tolerance__isnull=True) | Q(numeric_tolerance__gte=0),
                name="quizzes_question_tolerance_not_negative",
                violation_error_message=_("The tolerance cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return _plain(self.stem) or str(_("(question without text)"))

    # -- children ---------------------------------------------------------------------------

    def prepare_children(self) -> None:
        """Give every child row its place and key (in memory), and a true-or-false
        question its two choices. Runs before validation, saving and each revision, so
        drafts and previews have keys too. Key numbers only go up (``last_key_number``):
        a key once given to a row is never given to another row of the question, even
        after that row is deleted."""
        if self.kind == self.Kind.TRUE_FALSE and not list(self.choices.all()):
            self._create_true_false_choices()
        rows_by_relation = {
            relation: list(getattr(self, relation).all()) for relation in self.CHILD_KEY_PREFIXES
        }
        last = self.last_key_number or 0
        for relation, rows in rows_by_relation.items():
            prefix = self.CHILD_KEY_PREFIXES[relation]
            for row in rows:
                if match := re.fullmatch(rf"{prefix}(\d+)", row.key or ""):
                    last = max(last, int(match.group(1)))
        for relation, rows in rows_by_relation.items():
            prefix = self.CHILD_KEY_PREFIXES[relation]
            last_order = max((r.sort_order for r in rows if r.sort_order is not None), default=-1)
            for row in rows:
                if not row.key:
                    last += 1
                    row.key = f"{prefix}{last}"
                if row.sort_order is None:
                    last_order += 1
                    row.sort_order = last_order
        self.last_key_number = last

    def _create_true_false_choices(self) -> None:
        with translation.override(self._language()):
            self.choices = [
                QuestionChoice(key=TRUE_KEY, text=str(_("True")), sort_order=0),
                QuestionChoice(key="false", text=str(_("False")), sort_order=1),
            ]

    def set_true_false_answer(self, statement_is_true: bool) -> None:
        """Mark the "true" or the "false" choice of a true-or-false question as the right
        one, creating the two choices when they are missing (other rows are left as they
        are: validation reports them)."""
        rows = list(self.choices.all())
        by_key = {row.key: row for row in rows}
        with translation.override(self._language()):
            labels = {TRUE_KEY: _("True"), "false": _("False")}
            for order, key in enumerate(TRUE_FALSE_KEYS):
                if key not in by_key:
                    row = QuestionChoice(key=key, text=str(labels[key]), sort_order=order)
                    rows.append(row)
                    by_key[key] = row
        for key in TRUE_FALSE_KEYS:
            by_key[key].correct = (key == TRUE_KEY) == statement_is_true
        self.choices = rows

    def _language(self) -> str:
        if self.locale_id is None:
            return Locale.get_default().language_code
        return self.locale.language_code

    # -- validation -------------------------------------------------------------------------

    def rule_errors(self) -> dict[str, list]:
        """What makes this question unusable for its kind, by field or child relation."""
        errors: dict[str, list] = defaultdict(list)
        kind = self.kind
        choices = list(self.choices.all())
        correct = sum(1 for choice in choices if choice.correct)
        if kind == self.Kind.SINGLE_CHOICE:
            if len(choices) < 2:
                errors["choices"].append(_("A single-choice question needs at least two choices."))
            if correct != 1:
                errors["choices"].append(_("Mark exactly one choice as correct."))
        elif kind == self.Kind.MULTIPLE_RESPONSE:
            if len(choices) < 2:
                errors["choices"].append(
                    _("A multiple-response question needs at least two choices.")
                )
            if correct < 1:
                errors["choices"].append(_("Mark at least one choice as correct."))
        elif kind == self.Kind.TRUE_FALSE:
            if sorted(choice.key for choice in choices) != sorted(TRUE_FALSE_KEYS):
                errors["choices"].append(
                    _("A true-or-false question has exactly two choices: True and False.")
                )
            elif correct != 1:
                errors["choices"].append(_("Say whether the statement is true or false."))
        elif kind == self.Kind.MATCHING:
            pairs = list(self.pairs.all())
            if len(pairs) < 2:
                errors["pairs"].append(_("A matching question needs at least two pairs."))
            if len({pair.left.strip().casefold() for pair in pairs}) < len(pairs):
                errors["pairs"].append(_("Each item on the left must be different."))
            if len({pair.right.strip().casefold() for pair in pairs}) < len(pairs):
                errors["pairs"].append(_("Each item on the right must be different."))
        elif kind == self.Kind.ORDERING:
            if len(list(self.items.all())) < 2:
                errors["items"].append(_("An ordering question needs at least two items."))
        elif kind == self.Kind.SHORT_TEXT:
            if not any(answer.text.strip() for answer in self.accepted_answers.all()):
                errors["accepted_answers"].append(
                    _("A short-text question needs at least one accepted answer.")
                )
        elif kind == self.Kind.NUMERIC:
            if self.numeric_value is None:
                errors["numeric_value"].append(_("Enter the expected number."))
        if self.numeric_tolerance is not None and self.numeric_tolerance < 0:
            errors["numeric_tolerance"].append(_("The tolerance cannot be negative."))
        return dict(errors)

    def language_errors(self) -> dict[str, list]:
        """The bank or scenario chosen in another language than the question's.

        Checked by the editor only: while a translation is being made, wagtail-localize
        may point a French question at the English bank until the bank is translated."""
        errors: dict[str, list] = {}
        if self.bank_id and self.locale_id and self.bank.locale_id != self.locale_id:
            errors["bank"] = [_("Choose a question bank in the language of the question.")]
        if self.scenario_id and self.locale_id and self.scenario.locale_id != self.locale_id:
            errors["scenario"] = [_("Choose a scenario in the language of the question.")]
        return errors

    def clean(self):
        super().clean()
        if self.kind == self.Kind.NUMERIC and self.numeric_tolerance is None:
            self.numeric_tolerance = Decimal("0")
        self.prepare_children()
        errors = self.rule_errors()
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.prepare_children()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        self.prepare_children()
        return super().save_revision(*args, **kwargs)

    # -- preview ----------------------------------------------------------------------------

    def get_preview_template(self, request, mode_name):
        return "quizzes/question_preview.html"

    def get_preview_context(self, request, mode_name):
        from ..snapshots import question_snapshot

        self.prepare_children()
        context = super().get_preview_context(request, mode_name)
        context["snapshot"] = question_snapshot(self)
        context["language"] = self._language()
        return context


class QuestionChild(TranslatableMixin, Orderable):
    """A row of a question's cluster, with its stable key."""

    key = models.CharField(_("key"), max_length=20, editable=False, blank=True, default="")

    # The key is the same in every language: copied to translations, never translated.
    override_translatable_fields = [SynchronizedField("key", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]

    def save(self, *args, **kwargs):
        if not self.key:  # a row saved on its own, outside its question's cluster
            prefix = Question.CHILD_KEY_PREFIXES[self.question_relation_name]
            question = Question.objects.get(pk=self.question_id)
            numbers = [question.last_key_number]
            for relation in Question.CHILD_KEY_PREFIXES:
                numbers.extend(
                    int(match.group(1))
                    for key in getattr(question, relation).values_list("key", flat=True)
                    if (match := re.fullmatch(r"[a-z](\d+)", key))
                )
            number = max(numbers) + 1
            self.key = f"{prefix}{number}"
            Question.objects.filter(pk=self.question_id).update(last_key_number=number)
        super().save(*args, **kwargs)


class QuestionChoice(QuestionChild):
    """A choice of a single-choice, multiple-response or true-or-false question."""

    question_relation_name = "choices"

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("text"), max_length=500)
    correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(
        _("feedback"), blank=True, help_text=_("Shown to a learner who picks this choice.")
    )

    class Meta(QuestionChild.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        constraints = [
            models.UniqueConstraint(fields=["question", "key"], name="quizzes_choice_key_unique")
        ]

    def __str__(self) -> str:
        return self.text


class MatchingPair(QuestionChild):
    """A left-hand item and the right-hand item it matches."""

    question_relation_name = "pairs"

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="pairs")
    left = models.CharField(_("left"), max_length=300)
    right = models.CharField(_("matches"), max_length=300)

    class Meta(QuestionChild.Meta):
        verbose_name = _("matching pair")
        verbose_name_plural = _("matching pairs")
        constraints = [
            models.UniqueConstraint(fields=["question", "key"], name="quizzes_pair_key_unique")
        ]

    def __str__(self) -> str:
        return f"{self.left} – {self.right}"


class OrderingItem(QuestionChild):
    """An item of an ordering question; the rows are kept in the correct order."""

    question_relation_name = "items"

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="items")
    text = models.CharField(_("text"), max_length=300)

    class Meta(QuestionChild.Meta):
        verbose_name = _("item")
        verbose_name_plural = _("items")
        constraints = [
            models.UniqueConstraint(fields=["question", "key"], name="quizzes_item_key_unique")
        ]

    def __str__(self) -> str:
        return self.text


class AcceptedAnswer(QuestionChild):
    """An answer to a short-text question that counts as right."""

    question_relation_name = "accepted_answers"

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="accepted_answers")
    text = models.CharField(_("text"), max_length=200)

    class Meta(QuestionChild.Meta):
        verbose_name = _("accepted answer")
        verbose_name_plural = _("accepted answers")
        constraints = [
            models.UniqueConstraint(fields=["question", "key"], name="quizzes_answer_key_unique")
        ]

    def __str__(self) -> str:
        return self.text
