"""Where questions are kept and grouped: question banks, tags that group questions
across banks, and scenarios that several questions refer to."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import (
    RevisionMixin,
    TranslatableMixin,
)


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
