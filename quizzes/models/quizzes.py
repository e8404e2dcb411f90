"""Quizzes: their rules, the questions every attempt includes and the random draws from
question banks."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import (
    Orderable,
    RevisionMixin,
    TranslatableMixin,
)

from .banks import QuestionBank, QuestionTag
from .questions import Question


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
