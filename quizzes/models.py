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
import uuid
from collections import defaultdict
from decimal import ROUND_FLOOR, Decimal

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from courses.panels import TranslationStatusPanel

TRUE_KEY = "true"
TRUE_FALSE_KEYS = (TRUE_KEY, "false")


def _plain(html: str, length: int = 80) -> str:
    text = " ".join(strip_tags(html or "").split())
    return Truncator(text).chars(length)


class QuestionTag(models.Model):
    """A code that groups questions across banks (``border-law``, ``indicators``...).

    Tags are codes, not prose: the same tag serves both languages and a quiz can draw
    questions by tag."""

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("A short code in lower case, e.g. customs-act. It is never translated."),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("question tag")
        verbose_name_plural = _("question tags")

    def __str__(self) -> str:
        return self.code


class Scenario(TranslatableMixin, RevisionMixin, models.Model):
    """A situation several questions refer to (a case study, a traveller at the booth...).

    Its situation is shown above each of its questions."""

    title = models.CharField(_("title"), max_length=255)
    situation = RichTextField(
        _("situation"), help_text=_("What the learner reads before answering its questions.")
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("scenario")
        verbose_name_plural = _("scenarios")

    def __str__(self) -> str:
        return self.title


class QuestionBank(TranslatableMixin, models.Model):
    """A pool of questions on one subject, which quizzes pick from or draw at random."""

    title = models.CharField(_("title"), max_length=255)
    topic = models.ForeignKey(
        "courses.Topic",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="question_banks",
        verbose_name=_("topic"),
    )
    description = models.TextField(_("description"), blank=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")

    def __str__(self) -> str:
        return self.title


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
        from .snapshots import question_snapshot

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


class Quiz(TranslatableMixin, RevisionMixin, ClusterableModel):
    """A quiz: fixed questions and random draws from banks, and the rules of its attempts."""

    class FeedbackMode(models.TextChoices):
        IMMEDIATE = "immediate", _("Immediately, after each question")
        AFTER_SUBMISSION = "after_submission", _("After the quiz is submitted")
        NONE = "none", _("Never (exams)")

    class ShowCorrectAnswers(models.TextChoices):
        NEVER = "never", _("Never")
        AFTER_SUBMISSION = "after_submission", _("After each submitted attempt")
        AFTER_PASSING = "after_passing", _("Once the learner has passed")
        AFTER_LAST_ATTEMPT = "after_last_attempt", _("After the last allowed attempt")

    title = models.CharField(_("title"), max_length=255)
    instructions = RichTextField(_("instructions"), blank=True)
    shuffle_questions = models.BooleanField(
        _("shuffle questions"),
        default=False,
        help_text=_("Serve the questions in a different order in each attempt."),
    )
    shuffle_choices = models.BooleanField(
        _("shuffle choices"),
        default=False,
        help_text=_("Show the choices of each question in a different order in each attempt."),
    )
    pass_mark = models.DecimalField(
        _("pass mark"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.80"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_("The share of the points needed to pass, from 0 to 1: 0.80 means 80%."),
    )
    attempts_allowed = models.PositiveIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means no limit.")
    )
    wait_between_attempts = models.PositiveIntegerField(
        _("wait between attempts (minutes)"), default=0, help_text=_("0 means no wait.")
    )
    time_limit = models.PositiveIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave blank for no time limit."),
    )
    feedback_mode = models.CharField(
        _("feedback"),
        max_length=20,
        choices=FeedbackMode.choices,
        default=FeedbackMode.AFTER_SUBMISSION,
    )
    show_correct_answers = models.CharField(
        _("show the correct answers"),
        max_length=20,
        choices=ShowCorrectAnswers.choices,
        default=ShowCorrectAnswers.AFTER_SUBMISSION,
    )
    graded = models.BooleanField(
        _("graded"),
        default=True,
        help_text=_(
            "A graded quiz is marked on the server: its answers never reach the learner's "
            "browser. Untick it for a practice quiz that can also be marked offline."
        ),
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        permissions = [("view_item_analysis", _("Can view the item analysis of quizzes"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_mark__gte=0) & Q(pass_mark__lte=1),
                name="quizzes_quiz_pass_mark_fraction",
                violation_error_message=_("The pass mark is a fraction between 0 and 1."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def unlimited_attempts(self) -> bool:
        return self.attempts_allowed == 0

    def question_count(self) -> int:
        """How many questions an attempt is meant to have (fixed ones plus draws)."""
        return len(list(self.quiz_questions.all())) + sum(d.count or 0 for d in self.draws.all())

    def shows_correct_answers(self, *, submitted: bool, passed: bool, last_attempt: bool) -> bool:
        """Whether a learner may now see the correct answers of an attempt."""
        rule = self.show_correct_answers
        if not submitted or rule == self.ShowCorrectAnswers.NEVER:
            return False
        if rule == self.ShowCorrectAnswers.AFTER_PASSING:
            return passed
        if rule == self.ShowCorrectAnswers.AFTER_LAST_ATTEMPT:
            return last_attempt
        return True

    # -- validation -------------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors: dict[str, list] = defaultdict(list)
        if self.pass_mark is not None and not Decimal("0") <= self.pass_mark <= Decimal("1"):
            errors["pass_mark"].append(_("The pass mark is a fraction between 0 and 1."))
        links = list(self.quiz_questions.all())
        draws = list(self.draws.all())
        if not links and not draws:
            errors[NON_FIELD_ERRORS].append(
                _("A quiz needs at least one question or one random draw.")
            )
        seen: set[int] = set()
        for link in links:
            if link.question_id is None:
                continue
            if link.question_id in seen:
                errors["quiz_questions"].append(
                    _("The question “%(question)s” is in the quiz twice.")
                    % {"question": link.question}
                )
            seen.add(link.question_id)
        if not self._is_translation():
            # A translation copies its draws from its source quiz, and its banks may still
            # be being translated: the check belongs to the source.
            for message in self.draw_shortfalls(links=links, draws=draws):
                errors["draws"].append(message)
        if errors:
            raise ValidationError(dict(errors))

    def language_errors(self) -> dict[str, list]:
        """Questions and banks chosen in another language than the quiz's.

        Checked by the editor only: while a translation is being made, wagtail-localize
        may point the French quiz at English questions until they are translated."""
        errors: dict[str, list] = defaultdict(list)
        for link in self.quiz_questions.all():
            if link.question_id and self.locale_id and link.question.locale_id != self.locale_id:
                errors["quiz_questions"].append(
                    _("The question “%(question)s” is not in the language of the quiz.")
                    % {"question": link.question}
                )
        for number, draw in enumerate(self.draws.all(), start=1):
            if draw.bank_id and self.locale_id and draw.bank.locale_id != self.locale_id:
                errors["draws"].append(
                    _("Draw %(number)s: the bank “%(bank)s” is not in the language of the quiz.")
                    % {"number": number, "bank": draw.bank}
                )
        return dict(errors)

    def _is_translation(self) -> bool:
        """Whether this quiz is the translation of a quiz in another language."""
        from wagtail_localize.models import TranslationSource

        if self.locale_id is None:
            return False
        return (
            TranslationSource.objects.filter(object_id=self.translation_key)
            .exclude(locale_id=self.locale_id)
            .exists()
        )

    def draw_shortfalls(self, *, links=None, draws=None) -> list[str]:
        """A message for each draw that asks for more questions than its bank (and tag)
        can give, counting published questions not already fixed in the quiz, and the
        questions that earlier draws may take from the same set."""
        links = list(self.quiz_questions.all()) if links is None else links
        draws = list(self.draws.all()) if draws is None else draws
        fixed = {link.question_id for link in links if link.question_id}
        candidates: list[set[int]] = []
        messages = []
        for number, draw in enumerate(draws, start=1):
            if draw.bank_id is None or not draw.count:
                candidates.append(set())
                continue
            pool = set(draw.candidates().exclude(pk__in=fixed).values_list("pk", flat=True))
            needed = draw.count + sum(
                min(earlier.count or 0, len(earlier_pool & pool))
                for earlier, earlier_pool in zip(draws[: number - 1], candidates, strict=True)
            )
            candidates.append(pool)
            if needed > len(pool):
                values = {
                    "number": number,
                    "count": draw.count,
                    "bank": draw.bank,
                    "available": len(pool),
                    "tag": draw.tag,
                }
                if draw.tag_id:
                    message = _(
                        "Draw %(number)s asks for more questions tagged %(tag)s than "
                        "“%(bank)s” can give: %(count)s asked, %(available)s available. Only "
                        "published questions count, and not those already in the quiz or that "
                        "earlier draws may take."
                    )
                else:
                    message = _(
                        "Draw %(number)s asks for more questions than “%(bank)s” can give: "
                        "%(count)s asked, %(available)s available. Only published questions "
                        "count, and not those already in the quiz or that earlier draws may take."
                    )
                messages.append(message % values)
        return messages


class QuizQuestion(TranslatableMixin, Orderable):
    """A question every attempt of the quiz includes."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey(
        Question, on_delete=models.PROTECT, related_name="quiz_links", verbose_name=_("question")
    )

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("quiz question")
        verbose_name_plural = _("quiz questions")

    def __str__(self) -> str:
        return str(self.question)


class QuizDraw(TranslatableMixin, Orderable):
    """Questions picked at random from a bank (optionally only those with a tag) for each
    attempt."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="draws")
    bank = models.ForeignKey(
        QuestionBank,
        on_delete=models.PROTECT,
        related_name="quiz_draws",
        verbose_name=_("question bank"),
    )
    tag = models.ForeignKey(
        QuestionTag,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quiz_draws",
        verbose_name=_("tag"),
        help_text=_("Only draw questions with this tag. Leave blank to draw from the whole bank."),
    )
    count = models.PositiveIntegerField(
        _("number of questions"), default=1, validators=[MinValueValidator(1)]
    )

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("random draw")
        verbose_name_plural = _("random draws")
        constraints = [
            models.CheckConstraint(
                condition=Q(count__gte=1),
                name="quizzes_draw_count_positive",
                violation_error_message=_("A draw takes at least one question."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.count} × {self.bank}" + (f" [{self.tag}]" if self.tag_id else "")

    def candidates(self) -> models.QuerySet[Question]:
        """The published questions this draw may pick, in a stable order: those of the
        bank in the bank's language. A question translated before its bank still points
        at the bank in the source language (until its translation is synchronised again),
        so questions are matched on the bank's translation key."""
        bank = self.bank
        questions = Question.objects.filter(
            bank__translation_key=bank.translation_key, locale_id=bank.locale_id, live=True
        )
        if self.tag_id:
            questions = questions.filter(tags=self.tag_id)
        return questions.distinct().order_by("pk")


class QuizAttempt(models.Model):
    """One learner's attempt at a quiz, graded on the server (``quizzes.services``).

    The questions served are frozen into ``questions`` when the attempt starts: for each
    position (1, 2...), the question's snapshot and the seed that shuffled what the
    browser was shown, so the attempt always grades against what the learner saw.
    ``answers`` holds the responses saved so far, as the browser sent them (in the ids
    the browser was shown), keyed by position. Attempts count per quiz *key*: the English
    and French versions of a quiz are one quiz.

    A closed attempt is *submitted*, *expired* (closed at its deadline, graded on the
    answers saved in time) or *late* (answered on a device and not shown to be within
    the time limit: graded on what it sent, never passed, ``late_reason`` says why; see
    ``quizzes.attempts.device_verdict``)."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")
        EXPIRED = "expired", _("Time over")
        LATE = "late", _("Submitted late")

    class LateReason(models.TextChoices):
        WINDOW = "window", _("It reached the server after the offline submission window.")
        CLOCK = (
            "clock",
            _(
                "The device's times do not fit when the server prepared the attempt and "
                "received it."
            ),
        )
        DURATION = "duration", _("It took longer than the time limit.")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("learner"),
    )
    quiz_key = models.UUIDField(_("quiz key"), help_text=_("The quiz's translation key."))
    quiz = models.ForeignKey(
        Quiz,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
        verbose_name=_("quiz"),
        help_text=_("The language version of the quiz that was served."),
    )
    language = models.CharField(_("language"), max_length=10)
    registration = models.UUIDField(
        _("course registration"),
        null=True,
        blank=True,
        help_text=_("The course registration, when the quiz is taken within a course."),
    )
    course_key = models.UUIDField(_("course key"), null=True, blank=True)
    number = models.PositiveIntegerField(_("attempt number"))
    token = models.CharField(_("token"), max_length=64, editable=False)
    started_at = models.DateTimeField(_("started"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(
        _("closed"),
        null=True,
        blank=True,
        help_text=_("When the attempt was submitted, or its deadline when it expired."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_PROGRESS
    )
    pass_mark = models.DecimalField(_("pass mark"), max_digits=4, decimal_places=3)
    questions = models.JSONField(_("questions served"), default=list)
    answers = models.JSONField(_("saved answers"), default=dict, blank=True)
    client_timestamps = models.JSONField(_("client timestamps"), default=dict, blank=True)
    prepared_offline = models.BooleanField(
        _("prepared for offline use"),
        default=False,
        help_text=_(
            "Made for a device that answers it with no connection: its time limit is "
            "kept by the device from the moment the learner starts it there."
        ),
    )
    checked = models.JSONField(
        _("answers checked"),
        default=list,
        blank=True,
        help_text=_(
            "Positions whose answer the learner checked for immediate feedback: those "
            "answers can no longer change."
        ),
    )
    late_reason = models.CharField(
        _("why it is late"),
        max_length=20,
        choices=LateReason.choices,
        blank=True,
        help_text=_(
            "For an attempt answered on a device and submitted late: it is graded, but it "
            "does not pass."
        ),
    )
    submission_key = models.CharField(_("submission key"), max_length=100, blank=True)
    score = models.DecimalField(_("score"), max_digits=12, decimal_places=4, null=True, blank=True)
    max_score = models.DecimalField(
        _("maximum score"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    scaled = models.FloatField(_("scaled score"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    results = models.JSONField(_("results"), default=dict, blank=True)

    class Meta:
        ordering = ["user", "quiz_key", "number"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key", "number"], name="quizzes_attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "quiz_key"],
                condition=Q(status="in_progress"),
                name="quizzes_one_attempt_in_progress",
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1), name="quizzes_attempt_number_positive"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "deadline"], name="quizzes_attempt_deadline"),
        ]

    def __str__(self) -> str:
        return f"{self.quiz_key} #{self.number} ({self.status})"

    @property
    def is_closed(self) -> bool:
        return self.status != self.Status.IN_PROGRESS


def _percent(fraction) -> Decimal:
    """A share from 0 to 1 as a percentage rounded down to a tenth: never shown as reaching
    the pass mark (at most three decimals, so a tenth of a percent) when it does not."""
    return (Decimal(str(fraction)) * 100).quantize(Decimal("0.1"), rounding=ROUND_FLOOR)


class QuizPage(Page):
    """A quiz within a course: its introduction, rules and the learner's attempts, and the
    quiz itself, answered in the browser (``quizzes/quiz_runner.js``) through the attempts
    API and graded on the server. The page holds no question and no answer.

    The quiz is a translatable reference: the French page of a course points at the French
    version of the quiz (wagtail-localize swaps it when the page is translated)."""

    quiz = models.ForeignKey(
        Quiz,
        on_delete=models.PROTECT,
        related_name="quiz_pages",
        verbose_name=_("quiz"),
        help_text=_("The quiz learners take on this page, in the language of the page."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("What the learner reads before starting: what the quiz covers and why."),
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=15)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("quiz"),
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz page")
        verbose_name_plural = _("quiz pages")

    @property
    def course(self):
        """The course the quiz belongs to (``None`` for a page not yet in the tree)."""
        from courses.models import CoursePage

        if not self.path:
            return None
        return CoursePage.objects.ancestor_of(self).first()

    def learner_view(self, *, user, now=None) -> dict:
        """What the page tells ``user`` about the quiz: its rules, their past attempts and
        best result, the attempt they may resume, and whether they may start one now
        (with the reason when not, and when they may try again)."""
        from django.utils import timezone

        from . import selectors, services
        from .attempts import AttemptRefused, is_overdue

        now = now or timezone.now()
        quiz = self.quiz
        question_count = quiz.question_count()
        rules = {
            "question_count": question_count,
            "time_limit": quiz.time_limit,
            "attempts_allowed": None if quiz.unlimited_attempts else quiz.attempts_allowed,
            "pass_mark_percent": _percent(quiz.pass_mark),
            "wait_minutes": quiz.wait_between_attempts,
        }
        view = {"rules": rules, "attempts": [], "best": None, "current": None, "refusal": None}
        if not user.is_authenticated:
            return view
        closed = sorted(
            selectors.attempts_closed(user=user, quiz_key=quiz.translation_key),
            key=lambda attempt: attempt.number,
        )
        current = selectors.attempt_in_progress(user=user, quiz_key=quiz.translation_key)
        used = len(closed)
        if current is not None and is_overdue(current.deadline, now):
            used += 1  # closed (as expired) when the learner next starts
            current = None
        rules["attempts_used"] = used
        if not quiz.unlimited_attempts:
            rules["attempts_left"] = max(0, quiz.attempts_allowed - used)
        if current is None:
            view["refusal"] = services.attempt_start_refusal(user=user, quiz=quiz, now=now)
            if view["refusal"] is None and not question_count:
                view["refusal"] = AttemptRefused(
                    "questions", str(_("This quiz has no questions yet."))
                )
        view["current"] = current
        view["attempts"] = [
            {
                "number": attempt.number,
                "date": attempt.submitted_at or attempt.started_at,
                "percent": None if attempt.scaled is None else _percent(attempt.scaled),
                "passed": bool(attempt.passed),
                "expired": attempt.status == QuizAttempt.Status.EXPIRED,
                "late": attempt.status == QuizAttempt.Status.LATE,
                "late_reason": attempt.get_late_reason_display() if attempt.late_reason else "",
            }
            for attempt in closed
        ]
        graded = [attempt for attempt in closed if attempt.scaled is not None]
        if graded:
            best = max(graded, key=lambda attempt: (attempt.scaled, -attempt.number))
            view["best"] = {"percent": _percent(best.scaled), "passed": bool(best.passed)}
        return view

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.learner_view(user=request.user))
        context["course"] = self.course
        context["runner_messages"] = quiz_runner_messages()
        return context


def quiz_runner_messages() -> dict[str, str]:
    """What ``quizzes/quiz_runner.js`` says, in the page's language (``%(name)s``
    placeholders are filled in by the script)."""
    return {
        # Starting
        "started": str(_("The quiz has started: %(count)s questions.")),
        "resumed": str(_("Your attempt is resumed with the answers you saved.")),
        "timeLimitStarted": str(_("You have %(minutes)s min to finish.")),
        "startFailed": str(
            _("The quiz could not be started. Check your connection, then try again.")
        ),
        "attemptHeading": str(_("Attempt %(number)s")),
        # Questions
        "questionNumber": str(_("Question %(number)s of %(total)s")),
        "situation": str(_("Situation")),
        "selectAll": str(_("Select all that apply.")),
        "matchHint": str(_("For each item, choose the one it matches.")),
        "chooseMatch": str(_("Choose a match")),
        "orderHint": str(
            _("Put the items in the right order with the Move up and Move down buttons.")
        ),
        "moveUp": str(_("Move up")),
        "moveDown": str(_("Move down")),
        "moveUpItem": str(_("Move up: %(item)s")),
        "moveDownItem": str(_("Move down: %(item)s")),
        "moved": str(_("%(item)s is now in position %(position)s of %(total)s.")),
        "alreadyFirst": str(_("%(item)s is already first.")),
        "alreadyLast": str(_("%(item)s is already last.")),
        "textAnswer": str(_("Your answer")),
        "numberAnswer": str(_("Your answer (a number)")),
        "numberHint": str(_("For example 3.5 or 3,5.")),
        "notANumber": str(_("Enter a number, for example 3.5 or 3,5.")),
        "fixNumbers": str(_("Some answers are not numbers. Correct them, then submit again.")),
        # Saving
        "savedAsYouGo": str(_("Your answers are saved as you go.")),
        "savedAt": str(_("Answers saved at %(time)s.")),
        "saveFailed": str(
            _(
                "Your latest answers could not be saved. They are kept on this page: try "
                "again, or submit when you are back online."
            )
        ),
        "retry": str(_("Try saving again")),
        "answered": str(_("Questions answered: %(count)s of %(total)s.")),
        # Time limit
        "timeLeft": str(_("Time left:")),
        "fiveMinutesLeft": str(_("5 minutes left.")),
        "oneMinuteLeft": str(_("1 minute left.")),
        "timeUp": str(_("Time is up. Your answers are being submitted.")),
        # Submitting
        "submit": str(_("Submit my answers")),
        "unanswered": str(
            _("Questions not answered: %(numbers)s. Do you want to submit your answers anyway?")
        ),
        "submitAnyway": str(_("Submit anyway")),
        "goToUnanswered": str(_("Go to the first unanswered question")),
        "submitting": str(_("Sending your answers…")),
        "submitFailed": str(
            _(
                "Your answers could not be sent. They are kept on this page. Check your "
                "connection, then try again."
            )
        ),
        "retrySubmit": str(_("Send my answers again")),
        "submitted": str(_("Your answers were submitted.")),
        # Result
        "resultHeading": str(_("Your result")),
        "score": str(_("Score: %(percent)s")),
        "passed": str(_("Passed")),
        "notPassed": str(_("Not passed")),
        "passMark": str(_("The pass mark is %(percent)s.")),
        "attemptsLeft": str(_("Attempts left: %(count)s")),
        "noAttemptsLeft": str(_("You have no attempts left.")),
        "expired": str(
            _("The time ran out: the answers saved before the end of the time were marked.")
        ),
        "late": str(
            _(
                "Submitted late: your answers were marked, but an attempt not shown to be "
                "within the time limit cannot pass."
            )
        ),
        "feedbackHeading": str(_("Question by question")),
        "correct": str(_("Correct.")),
        "partlyCorrect": str(_("Partly correct.")),
        "incorrect": str(_("Incorrect.")),
        "notAnswered": str(_("Not answered.")),
        "points": str(_("Points: %(score)s / %(max)s")),
        "yourAnswer": str(_("Your answer:")),
        "correctAnswer": str(_("Correct answer:")),
        "acceptedAnswers": str(_("Accepted answers:")),
        "matchPair": str(_("%(left)s: %(right)s")),
        "choiceFeedback": str(_("%(choice)s: %(feedback)s")),
        "backToQuiz": str(_("Back to the quiz page")),
        # Immediate feedback
        "checkAnswer": str(_("Check my answer")),
        "checkAnswerFirst": str(_("Answer the question before checking it.")),
        "checking": str(_("Checking your answer…")),
        "checkFailed": str(
            _("Your answer could not be checked. Check your connection, then try again.")
        ),
        "checkedLocked": str(_("This answer was checked and can no longer be changed.")),
        "feedbackOn": str(_("Feedback on question %(number)s")),
        # Offline
        "notOffline": str(
            _(
                "This quiz is not on this device. Make the course available offline "
                "while you are connected, or take the quiz when you are back online."
            )
        ),
        "keptOnDevice": str(_("Your answers are kept on this device.")),
        "offlineSubmitted": str(
            _(
                "Your answers are kept on this device. They will be marked when you are "
                "back online, and your result will appear on this page."
            )
        ),
        "offlineResultHeading": str(_("Answers kept until you are back online")),
    }
