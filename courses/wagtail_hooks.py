"""Admin wiring of course content: the French translation kept in step with the English
pages, the publishing rule that keeps a course bilingual, and what tells translators of
French pages left behind."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from common.dates import date_format

from .models import Topic
from .translation import (
    TARGET_LANGUAGE,
    french_page_behind,
    french_pages_behind,
    is_course_content,
    is_source,
    translation_source_sync,
    translation_status,
)
from .translators import translator_notices_latest


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def sync_translation_source(request, page):
    """Each save of an English course page refreshes the strings its translators see."""
    if is_course_content(page) and is_source(page):
        translation_source_sync(page)


@hooks.register("before_publish_page")
def refuse_publishing_without_french(request, page):
    """An English course page is published only with a complete French translation. The
    way round it is review: a reviewer may approve with a recorded reason."""
    if not (is_course_content(page) and is_source(page)):
        return None
    status = translation_status(page)
    if status.ready:
        return None
    messages.error(
        request,
        " ".join(
            [
                _("This page was saved as a draft but not published."),
                *status.problems(),
                _(
                    "Complete the French translation, or submit the page for review: a "
                    "reviewer can approve it with a recorded reason."
                ),
            ]
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


# Before wagtail-localize's own hook, which answers with the translation editor.
@hooks.register("before_edit_page", order=-10)
def warn_that_the_english_is_newer(request, page):
    """Opening a French page whose English version went live without it says so, with
    the reviewer's reason when there is one."""
    if request.method != "GET":
        return None
    if page.locale.language_code != TARGET_LANGUAGE:
        return None
    behind = french_page_behind(page)
    if behind is None:
        return None
    published = date_format(timezone.localtime(behind.published_at), "DATETIME_FORMAT")
    text = _(
        "A newer English version of this page went live on %(date)s without its French "
        "translation. Translate the new texts and publish this page: until then, learners "
        "of the French page are told that a newer English version exists."
    ) % {"date": published}
    if behind.reason:
        text += " " + _("Reason given at approval: %(reason)s") % {"reason": behind.reason}
    messages.warning(request, text)
    return None


class FrenchPagesBehindPanel(Component):
    """On the admin's dashboard: the French pages the user may edit whose English version
    went live without them, and when their translators were told of it (and whom)."""

    name = "french_pages_behind"
    template_name = "courses/admin/french_pages_behind_panel.html"
    order = 90  # before the moderation panels: learners are already seeing the notice

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        pages = french_pages_behind(user=parent_context["request"].user)
        told = translator_notices_latest(pages=[item.english for item in pages])
        context["rows"] = [(item, told.get(item.english.pk)) for item in pages]
        return context


@hooks.register("construct_homepage_panels")
def add_french_pages_behind_panel(request, panels):
    panels.append(FrenchPagesBehindPanel())


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = gettext_lazy("Topics")
    list_display = ["name_en", "name_fr", "code"]
    search_fields = ["name_en", "name_fr", "code"]


register_snippet(TopicViewSet)


@hooks.register("register_log_actions")
def register_course_log_actions(actions):
    @actions.register_action("courses.bilingual_override")
    class BilingualOverride(LogFormatter):
        label = gettext_lazy("Approve without French translation")

        def format_message(self, log_entry):
            return _("Approved without an up-to-date French translation. Reason: %(reason)s") % {
                "reason": log_entry.data.get("reason", "")
            }

    @actions.register_action("courses.translation_reviewed")
    class TranslationReviewed(LogFormatter):
        label = gettext_lazy("Translation reviewed by a fluent speaker")

        def format_message(self, log_entry):
            return _("Translation reviewed by a fluent speaker: %(name)s") % {
                "name": log_entry.data.get("reviewer", "")
            }

    @actions.register_action("courses.translation_review_withdrawn")
    class TranslationReviewWithdrawn(LogFormatter):
        label = gettext_lazy("Translation review withdrawn")

        def format_message(self, log_entry):
            return _("The translation's review was withdrawn: it is a draft again.")


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_translationreview")


@hooks.register("register_reports_menu_item")
def register_translations_menu_item():
    return TranslationsMenuItem(
        gettext_lazy("Translations"), reverse("courses_translations"), icon_name="globe", order=700
    )


@hooks.register("register_admin_urls")
def register_translation_admin_urls():
    from . import translation_admin as views

    return [
        path("translations/", views.translations_index, name="courses_translations"),
        path(
            "translations/<int:translation_id>/",
            views.translation_detail,
            name="courses_translation_detail",
        ),
        path(
            "translations/<int:translation_id>/po/",
            views.translation_download,
            name="courses_translation_download",
        ),
        path(
            "translations/<int:translation_id>/po/upload/",
            views.translation_upload,
            name="courses_translation_upload",
        ),
        path(
            "translations/<int:translation_id>/review/",
            views.translation_review,
            name="courses_translation_review",
        ),
        path(
            "translations/<int:translation_id>/review/withdraw/",
            views.translation_review_cancel,
            name="courses_translation_review_cancel",
        ),
    ]
