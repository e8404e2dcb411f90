"""Admin wiring of course content: the French translation kept in step with the English
pages, and the publishing rule that keeps a course bilingual."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic
from .translation import is_course_content, is_source, translation_source_sync, translation_status


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
