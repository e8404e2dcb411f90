"""The plan's commitments, what trainers tagged with them, and the reporting years.

A commitment (e.g. 3.11, "targeted training for criminal justice officials") gathers
courses, briefings, workshops and requirements; the report counts what happened under
them in a year. The figures themselves are never stored: ``reporting.figures`` computes
them from live data each time, so that they always equal the dashboards'."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

#: The page types a commitment may tag, by the kind of item they make.
PAGE_KINDS = {
    "courses.coursepage": "course",
    "courses.briefingpage": "briefing",
    "workshops.workshoppage": "workshop",
}


class Commitment(ClusterableModel):
    """One numbered item of the national action plan, e.g. 3.11."""

    class Pillar(models.TextChoices):
        PREVENTION = "prevention", _("Prevention")
        PROTECTION = "protection", _("Protection")
        PROSECUTION = "prosecution", _("Prosecution")
        PARTNERSHIPS = "partnerships", _("Partnerships")

    code = models.CharField(
        _("number"),
        max_length=10,
        unique=True,
        help_text=_("The item's number in the action plan, for example 3.11."),
    )
    title_en = models.CharField(_("title (English)"), max_length=300)
    title_fr = models.CharField(_("title (French)"), max_length=300)
    pillar = models.CharField(_("pillar"), max_length=20, choices=Pillar.choices)
    lead = models.CharField(
        _("lead organisations"),
        max_length=300,
        blank=True,
        help_text=_("As the plan names them, for example CBSA, RCMP, JUS."),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def title(self) -> str:
        if (get_language() or "en").startswith("fr"):
            return self.title_fr or self.title_en
        return self.title_en

    @property
    def sort_key(self) -> tuple:
        return tuple(int(part) for part in self.code.split(".") if part.isdigit())


class CommitmentItem(Orderable):
    """A course, briefing, workshop or requirement counted under a commitment, by its
    language-independent key (a page's translation key, a requirement's uuid)."""

    class Kind(models.TextChoices):
        COURSE = "course", _("Course")
        BRIEFING = "briefing", _("Briefing")
        WORKSHOP = "workshop", _("Workshop")
        REQUIREMENT = "requirement", _("Requirement")

    commitment = ParentalKey(Commitment, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("course, briefing or workshop"),
    )
    requirement = models.ForeignKey(
        "training.Requirement",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requirement"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, editable=False)
    item_key = models.UUIDField(_("key"), editable=False)

    class Meta(Orderable.Meta):
        verbose_name = _("tagged item")
        verbose_name_plural = _("tagged items")

    def clean(self):
        if (self.page_id is None) == (self.requirement_id is None):
            raise ValidationError(
                _("Choose either a course, briefing or workshop, or a requirement.")
            )
        if self.requirement_id is not None:
            self.kind = self.Kind.REQUIREMENT
            self.item_key = self.requirement.uuid
            return
        label = self.page.specific_class._meta.label_lower if self.page.specific_class else ""
        if label not in PAGE_KINDS:
            raise ValidationError({"page": _("Choose a course, a briefing or a workshop.")})
        self.kind = PAGE_KINDS[label]
        self.item_key = self.page.translation_key

    def __str__(self) -> str:
        thing = self.page or self.requirement
        return str(thing) if thing else str(self.item_key)


class ReportYear(models.Model):
    """A reporting year (calendar year): whether its report is public, and when an
    administrator last generated it."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Published reports are public at /en/report/<year>/ and /fr/rapport/<year>/."),
    )
    generated_at = models.DateTimeField(_("generated at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("reporting year")
        verbose_name_plural = _("reporting years")

    def __str__(self) -> str:
        return str(self.year)
