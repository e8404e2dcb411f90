"""Editor panels of course pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class TranslationStatusPanel(Panel):
    """Shows the trainer where the French translation of the page stands, and links to
    the translation editor."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("French translation"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            from wagtail.models import Locale
            from wagtail_localize.models import Translation

            from .translation import french_page_behind, is_source, translation_status

            context = super().get_context_data(parent_context)
            page = self.instance
            context["is_new"] = page.pk is None
            if page.pk is None:
                return context
            context["is_source"] = is_source(page)
            if context["is_source"]:
                context["status"] = translation_status(page)
                translation = Translation.objects.filter(
                    source__object_id=page.translation_key,
                    source__locale=page.locale,
                    target_locale__language_code="fr",
                ).first()
                context["translation"] = translation
                context["french_page"] = page.get_translation_or_none(
                    Locale.objects.get(language_code="fr")
                )
                context["behind"] = french_page_behind(page)
            return context
