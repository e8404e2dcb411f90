"""Quizzes in the Wagtail admin: questions, scenarios, question banks, tags and quizzes,
grouped under one "Quizzes" menu. The translatable ones get wagtail-localize's
"Translate" action by being translatable snippets."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import PERMISSION as ITEM_ANALYSIS_PERMISSION
from .admin_views import ItemAnalysisViewSet
from .models import TRUE_KEY, Question, QuestionBank, QuestionTag, Quiz, Scenario


class ClusterRulesForm(WagtailAdminModelForm):
    """An admin form for a model whose ``clean()`` checks its child rows.

    Django validates the model before the inline formsets are saved, so the model would
    check the rows it had before the edit. This form puts the rows being posted on the
    instance first, and shows the model's errors about a child relation on that
    relation's inline panel (and in the summary at the top of the page)."""

    def clean(self):
        cleaned = super().clean()
        self._posted_children_on_instance()
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        # The instance now has the posted values: check what only the editor checks.
        errors = self.instance.language_errors()
        if errors:
            self._update_errors(ValidationError(errors))

    def _posted_children_on_instance(self) -> None:
        for name, formset in self.formsets.items():
            formset.is_valid()  # builds each row's instance from the posted data
            rows = [
                form.instance
                for form in formset.forms
                if not (formset.can_delete and formset._should_delete_form(form))
                and (form.instance.pk is not None or form.has_changed())
            ]
            setattr(self.instance, name, rows)

    def error_target(self, name: str) -> str:
        """Where an error the model reports under ``name`` is shown."""
        return name

    def _update_errors(self, errors):
        if not hasattr(errors, "error_dict"):
            return super()._update_errors(errors)
        regrouped: dict[str, list] = {}
        for name, messages in errors.error_dict.items():
            target = self.error_target(name)
            if target in self.formsets:
                formset = self.formsets[target]
                formset.non_form_errors().extend(messages)
                target = NON_FIELD_ERRORS
            elif target != NON_FIELD_ERRORS and target not in self.fields:
                target = NON_FIELD_ERRORS
            regrouped.setdefault(target, []).extend(messages)
        return super()._update_errors(ValidationError(regrouped))


class QuestionAdminForm(ClusterRulesForm):
    """The question editor. A true-or-false question gets its two choices, True and
    False, from the answer chosen here."""

    true_false_answer = forms.ChoiceField(
        label=_("The statement is"),
        choices=[("", "—"), ("true", _("True")), ("false", _("False"))],
        required=False,
        help_text=_(
            "For true-or-false questions only. The choices True and False are created for "
            "you; their feedback can be written below."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk and instance.kind == Question.Kind.TRUE_FALSE:
            right = [choice.key for choice in instance.choices.all() if choice.correct]
            if len(right) == 1:
                self.fields["true_false_answer"].initial = right[0]

    def _true_false_answer(self) -> bool | None:
        answer = self.cleaned_data.get("true_false_answer")
        if self.cleaned_data.get("kind") != Question.Kind.TRUE_FALSE or not answer:
            return None
        return answer == TRUE_KEY

    def clean(self):
        cleaned = super().clean()
        answer = self._true_false_answer()
        if answer is not None:
            self.instance.set_true_false_answer(answer)
        return cleaned

    def error_target(self, name: str) -> str:
        if name == "choices" and self.cleaned_data.get("kind") == Question.Kind.TRUE_FALSE:
            return "true_false_answer"
        return name

    def save(self, commit=True):
        # Saving the formsets replaces the question's rows by the posted ones: the
        # True/False choices are set afterwards.
        instance = super().save(commit=False)
        answer = self._true_false_answer()
        if answer is not None:
            instance.set_true_false_answer(answer)
        if commit:
            instance.save()
            self.save_m2m()
        return instance


class QuizAdminForm(ClusterRulesForm):
    """The quiz editor: the quiz checks its questions and draws as posted."""


class QuestionTagViewSet(SnippetViewSet):
    model = QuestionTag
    icon = "tag"
    menu_label = _("Question tags")
    list_display = ["code"]
    search_fields = ["code"]
    panels = [FieldPanel("code")]


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "doc-full"
    menu_label = _("Scenarios")
    list_display = ["title"]
    search_fields = ["title", "situation"]
    panels = [FieldPanel("title"), FieldPanel("situation")]


class QuestionBankViewSet(SnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = _("Question banks")
    list_display = ["title", "topic"]
    list_filter = ["topic"]
    search_fields = ["title", "description"]
    panels = [FieldPanel("title"), FieldPanel("topic"), FieldPanel("description")]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["__str__", "bank", "kind", "difficulty"]
    list_filter = ["bank", "kind", "difficulty", "tags"]
    search_fields = ["stem"]
    edit_handler = ObjectList(
        [
            FieldPanel("bank"),
            FieldPanel("kind"),
            FieldPanel("scenario"),
            FieldPanel("stem"),
            MultiFieldPanel(
                [
                    FieldPanel("true_false_answer"),
                    InlinePanel(
                        "choices",
                        label=_("Choice"),
                        panels=[FieldPanel("text"), FieldPanel("correct"), FieldPanel("feedback")],
                    ),
                ],
                heading=_("Choices (single choice, multiple response, true or false)"),
            ),
            InlinePanel(
                "pairs",
                heading=_("Matching pairs"),
                label=_("Pair"),
                panels=[FieldPanel("left"), FieldPanel("right")],
            ),
            InlinePanel(
                "items",
                heading=_("Items to order, in the correct order"),
                label=_("Item"),
                panels=[FieldPanel("text")],
            ),
            MultiFieldPanel(
                [
                    InlinePanel(
                        "accepted_answers", label=_("Accepted answer"), panels=[FieldPanel("text")]
                    ),
                    FieldPanel("case_sensitive"),
                ],
                heading=_("Short text"),
            ),
            FieldRowPanel(
                [FieldPanel("numeric_value"), FieldPanel("numeric_tolerance")],
                heading=_("Numeric"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("points"),
                            FieldPanel("partial_credit"),
                            FieldPanel("difficulty"),
                        ]
                    ),
                    FieldPanel("tags", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("Scoring and tags"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("feedback_correct"),
                    FieldPanel("feedback_incorrect"),
                    FieldPanel("explanation"),
                ],
                heading=_("Feedback"),
            ),
        ],
        base_form_class=QuestionAdminForm,
    )


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "clipboard-list"
    menu_label = _("Quizzes")
    list_display = ["title", "pass_mark", "graded"]
    list_filter = ["graded", "feedback_mode"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("instructions"),
            InlinePanel(
                "quiz_questions",
                heading=_("Questions in every attempt"),
                label=_("Question"),
                panels=[FieldPanel("question")],
            ),
            InlinePanel(
                "draws",
                heading=_("Questions drawn at random for each attempt"),
                label=_("Random draw"),
                panels=[FieldPanel("bank"), FieldPanel("tag"), FieldPanel("count")],
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("graded")]),
                    FieldRowPanel(
                        [
                            FieldPanel("attempts_allowed"),
                            FieldPanel("wait_between_attempts"),
                            FieldPanel("time_limit"),
                        ]
                    ),
                    FieldRowPanel(
                        [FieldPanel("feedback_mode"), FieldPanel("show_correct_answers")]
                    ),
                    FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                ],
                heading=_("Attempts and marking"),
            ),
        ],
        base_form_class=QuizAdminForm,
    )


class QuizzesViewSetGroup(SnippetViewSetGroup):
    items = (
        QuizViewSet,
        QuestionViewSet,
        QuestionBankViewSet,
        ScenarioViewSet,
        QuestionTagViewSet,
        ItemAnalysisViewSet,
    )
    menu_icon = "clipboard-list"
    menu_label = _("Quizzes")
    menu_name = "quizzes"


register_snippet(QuizzesViewSetGroup)


@hooks.register("register_snippet_listing_buttons")
def item_analysis_button(snippet, user, next_url=None):
    """An "Item analysis" entry in each quiz's actions in the quiz listing."""
    if isinstance(snippet, Quiz) and user.has_perm(ITEM_ANALYSIS_PERMISSION):
        yield Button(
            _("Item analysis"),
            url=reverse("quizzes_item_analysis:quiz", args=[snippet.translation_key]),
            icon_name="clipboard-list",
            priority=50,
        )
