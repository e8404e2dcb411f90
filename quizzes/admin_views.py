"""Item analysis in the Wagtail admin: the list of quizzes with their attempts, and one
quiz's figures per question (facility, discrimination, choices picked), as a page and as
CSV. Open to trainers and reviewers: anyone with ``quizzes.view_item_analysis``."""

from __future__ import annotations

import csv
import uuid

from django.core.exceptions import PermissionDenied
from django.http import Http404, StreamingHttpResponse
from django.urls import path, reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from common.spreadsheets import csv_safe

from .analysis import MIN_RESPONSES
from .selectors import quiz_for_language, quiz_item_analysis, quizzes_for_item_analysis

PERMISSION = "quizzes.view_item_analysis"
SORTS = ("quiz", "facility", "discrimination")

FLAG_LABELS = {
    "hard": gettext_lazy("Hard: fewer than 30% answer it correctly."),
    "easy": gettext_lazy("Easy: more than 90% answer it correctly."),
    "negative": gettext_lazy(
        "Negative discrimination: learners who do well on the rest of the quiz get it "
        "wrong more often than others. Check the answer key and the wording."
    ),
    "low_discrimination": gettext_lazy(
        "Low discrimination: it barely separates learners who know the material from "
        "those who do not."
    ),
    "unused_distractor": gettext_lazy("A wrong choice nobody picks: it does no work."),
}


def _language() -> str:
    return (get_language() or "en")[:2]


class AnalysisPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ItemAnalysisIndexView(AnalysisPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "quizzes/admin/item_analysis_index.html"
    page_title = gettext_lazy("Item analysis")
    header_icon = "clipboard-list"
    breadcrumbs_items = []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quizzes"] = quizzes_for_item_analysis(language=_language())
        return context


class ItemAnalysisView(AnalysisPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "quizzes/admin/item_analysis.html"
    header_icon = "clipboard-list"
    index_url_name = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        try:
            self.quiz_key = uuid.UUID(str(kwargs["quiz_key"]))
        except ValueError as error:
            raise Http404 from error
        self.quiz = quiz_for_language(quiz_key=self.quiz_key, language=_language())
        if self.quiz is None:
            raise Http404
        self.first_only = request.GET.get("attempts") == "first"
        sort = request.GET.get("sort", "quiz")
        self.sort = sort if sort in SORTS else "quiz"

    def get_page_title(self):
        return _("Item analysis")

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        return []

    def analysis(self):
        analysis = quiz_item_analysis(
            quiz_key=self.quiz_key, language=_language(), first_attempts_only=self.first_only
        )
        for number, item in enumerate(analysis.items, start=1):
            item.number = number  # its place in the quiz, whatever the sort
            item.flag_labels = [FLAG_LABELS[flag] for flag in item.flags]
        if self.sort != "quiz":
            # Questions without a figure go last; the weakest figures come first.
            analysis.items.sort(
                key=lambda item: (
                    getattr(item, self.sort) is None,
                    getattr(item, self.sort) or 0.0,
                )
            )
        return analysis

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return self.csv_response()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        analysis = self.analysis()
        query = {"attempts": "first"} if self.first_only else {}
        context.update(
            {
                "quiz": self.quiz,
                "analysis": analysis,
                "first_only": self.first_only,
                "sort": self.sort,
                "min_responses": MIN_RESPONSES,
                "csv_query": "&".join(f"{k}={v}" for k, v in {**query, "format": "csv"}.items()),
                "index_url": reverse("quizzes_item_analysis:index"),
            }
        )
        return context

    def csv_response(self):
        analysis = self.analysis()
        response = StreamingHttpResponse(
            _csv_lines(analysis), content_type="text/csv; charset=utf-8"
        )
        suffix = "-first-attempts" if self.first_only else ""
        response["Content-Disposition"] = (
            f'attachment; filename="item-analysis-{self.quiz_key}{suffix}.csv"'
        )
        return response


class _Echo:
    """A file-like object for ``csv.writer`` that hands each line back."""

    def write(self, value):
        return value


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _csv_lines(analysis):
    """One row per question, then one per choice of a choice question (the question's
    figures repeated, so each row stands alone in a spreadsheet). Text cells are guarded
    against formulas (``common.spreadsheets``); figures are written as numbers."""
    writer = csv.writer(_Echo())
    yield "\ufeff"  # so spreadsheet programs read the file as UTF-8
    yield writer.writerow(
        [
            _("Question key"),
            _("Question"),
            _("Type"),
            _("Responses"),
            _("Correct"),
            _("Unanswered"),
            _("Facility"),
            _("Average credit"),
            _("Discrimination (point-biserial)"),
            _("Flags"),
            _("Choice"),
            _("Choice is correct"),
            _("Times chosen"),
            _("Share chosen"),
        ]
    )
    for item in analysis.items:
        question = [
            csv_safe(item.question.question_key),
            csv_safe(item.question.stem),
            csv_safe(item.question.kind),
            item.responses,
            item.correct,
            item.omitted,
            _figure(item.facility),
            _figure(item.average_credit),
            _figure(item.discrimination),
            csv_safe(" ".join(item.flags)),
        ]
        if not item.choices:
            yield writer.writerow([*question, "", "", "", ""])
        for choice in item.choices:
            yield writer.writerow(
                [
                    *question,
                    csv_safe(choice.text),
                    _("yes") if choice.correct else _("no"),
                    choice.count,
                    _figure(choice.share),
                ]
            )


class ItemAnalysisMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class ItemAnalysisViewSet(ViewSet):
    name = "quizzes_item_analysis"
    url_prefix = "quizzes/item-analysis"
    icon = "clipboard-list"
    menu_icon = "clipboard-list"
    menu_label = gettext_lazy("Item analysis")
    menu_item_class = ItemAnalysisMenuItem

    @property
    def menu_url(self):
        return reverse(f"{self.name}:index")

    def get_urlpatterns(self):
        return [
            path("", ItemAnalysisIndexView.as_view(), name="index"),
            path("<str:quiz_key>/", ItemAnalysisView.as_view(), name="quiz"),
        ]
