"""Pages translated into the learner languages: where each translation stands, and its
review by a fluent speaker.

English pages are the source; the French translations follow the rules of
``courses/translation.py`` (a course page is not published without its French). The five
learner languages (``settings.LEARNER_LANGUAGES``) are optional: a trainer translates a
page into one of them with wagtail-localize ("Translate" in the page's menu), in the
translation editor or by an outside translator through a PO file (``translation_po_file``
and ``translation_po_import``), and publishes it when ready. Each such translation has a
state:

- **draft**: nobody has recorded a review by a fluent speaker yet;
- **reviewed**: a fluent speaker read it (``translation_review_record``), and nothing
  changed since;
- **changed since review**: a string was translated again, a PO file uploaded or the
  English page edited after the review: it needs reading again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import polib
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from common.languages import learner_codes

DRAFT = "draft"
REVIEWED = "reviewed"
CHANGED = "changed"


class TranslationFileInvalid(Exception):
    """A PO file that cannot be imported into a translation; ``field`` names the form
    field at fault."""

    def __init__(self, message: str, field: str = "file"):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class LearnerTranslation:
    """One page's translation into one learner language, as the admin lists it."""

    translation: Translation
    source_page: Page
    page: Page | None  # the translated page (None until first saved)
    language: str
    total: int  # texts of the English page
    translated: int  # of those, translated into the language
    state: str
    reviewer_name: str
    reviewed_at: datetime | None
    changed_at: datetime | None  # the latest change to the translation or its source

    @property
    def live(self) -> bool:
        return self.page is not None and self.page.live


def _last_change(translation: Translation) -> datetime | None:
    """When the translation's strings last changed, or its English source did."""
    strings = StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        translation_of__in=StringSegment.objects.filter(source_id=translation.source_id).values(
            "string_id"
        ),
        context__object_id=translation.source.object_id,
    ).aggregate(latest=Max("updated_at"))["latest"]
    changes = [moment for moment in (strings, translation.source.last_updated_at) if moment]
    return max(changes) if changes else None


def review_state(translation: Translation) -> tuple[str, datetime | None]:
    """The translation's state (``DRAFT``, ``REVIEWED`` or ``CHANGED``) and its last
    change."""
    changed_at = _last_change(translation)
    review = getattr(translation, "learner_review", None)
    if review is None:
        return DRAFT, changed_at
    if changed_at is not None and changed_at > review.reviewed_at:
        return CHANGED, changed_at
    return REVIEWED, changed_at


def learner_translations(*, language: str = "", state: str = "") -> list[LearnerTranslation]:
    """Every page translation into a learner language (or into ``language``), with its
    progress and review; ``state`` keeps only those in that state."""
    languages = [language] if language in learner_codes() else learner_codes()
    translations = (
        Translation.objects.filter(
            target_locale__language_code__in=languages,
            source__specific_content_type__app_label__isnull=False,
        )
        .select_related("source", "target_locale", "learner_review")
        .order_by("source__object_repr", "target_locale__language_code")
    )
    rows = []
    for translation in translations:
        source_page = translation.source.get_source_instance()
        if not isinstance(source_page, Page):
            continue  # a snippet's translation (a quiz's questions go with their page)
        current, changed_at = review_state(translation)
        if state and current != state:
            continue
        total, translated = translation.get_progress()
        review = getattr(translation, "learner_review", None)
        rows.append(
            LearnerTranslation(
                translation=translation,
                source_page=source_page,
                page=source_page.get_translation_or_none(translation.target_locale),
                language=translation.target_locale.language_code,
                total=total,
                translated=translated,
                state=current,
                reviewer_name=review.reviewer_name if review else "",
                reviewed_at=review.reviewed_at if review else None,
                changed_at=changed_at,
            )
        )
    return rows


def learner_translation(*, translation_id: int) -> Translation | None:
    """A translation into a learner language, by id; None for any other."""
    return (
        Translation.objects.filter(
            pk=translation_id, target_locale__language_code__in=learner_codes()
        )
        .select_related("source", "target_locale")
        .first()
    )


def translation_review_record(
    *, translation: Translation, reviewer_name: str, user, note: str = ""
) -> None:
    """Record that ``reviewer_name``, a fluent speaker, reviewed the translation as it
    stands now (``user`` records it for them)."""
    from wagtail.log_actions import log

    from .models import TranslationReview

    reviewer_name = reviewer_name.strip()
    if not reviewer_name:
        raise ValueError("reviewer_name: the fluent speaker's name is required")
    with transaction.atomic():
        TranslationReview.objects.update_or_create(
            translation=translation,
            defaults={
                "reviewer_name": reviewer_name[:200],
                "recorded_by": user,
                "reviewed_at": timezone.now(),
                "note": note.strip(),
            },
        )
        page = translation.get_target_instance()
        log(
            instance=page,
            action="courses.translation_reviewed",
            user=user,
            data={"reviewer": reviewer_name, "language": translation.target_locale.language_code},
        )


def translation_review_withdraw(*, translation: Translation, user) -> None:
    """The translation is a draft again (the review was recorded by mistake)."""
    from wagtail.log_actions import log

    from .models import TranslationReview

    with transaction.atomic():
        deleted, _ = TranslationReview.objects.filter(translation=translation).delete()
        if deleted:
            log(
                instance=translation.get_target_instance(),
                action="courses.translation_review_withdrawn",
                user=user,
                data={"language": translation.target_locale.language_code},
            )


def translation_po_file(*, translation: Translation) -> tuple[str, str]:
    """The translation's texts as a PO file for an outside translator: its content and
    a file name."""
    from django.utils.text import slugify

    po = translation.export_po()
    name = f"{slugify(translation.source.object_repr)}-{translation.target_locale.language_code}.po"
    return str(po), name


#: The largest PO file accepted (a page's texts are a few kilobytes).
PO_FILE_MAX_BYTES = 2 * 1024 * 1024


def translation_po_import(*, translation: Translation, data: bytes, user) -> tuple[int, int]:
    """Import a translator's PO file (from ``translation_po_file``) into the translation
    and save the translated page's draft with it. Returns (texts imported, texts the
    file has that the page no longer uses). Raises ``TranslationFileInvalid`` for a file
    that is not a PO file of this translation; nothing is changed then."""
    from django.utils.translation import gettext as _

    if not data:
        raise TranslationFileInvalid(_("Choose a PO file to upload."))
    if len(data) > PO_FILE_MAX_BYTES:
        raise TranslationFileInvalid(_("The file is larger than 2 MB: it is not a page's PO file."))
    try:
        text = data.decode("utf-8")
        po = polib.pofile(text) if text.lstrip().startswith(("#", "msg")) else None
    except (UnicodeDecodeError, OSError, ValueError):
        po = None
    if po is None or not len(po) and not po.metadata:
        raise TranslationFileInvalid(_("This is not a PO file in UTF-8."))
    made_for = po.metadata.get("X-WagtailLocalize-TranslationID")
    if made_for != str(translation.uuid):
        raise TranslationFileInvalid(
            _(
                "This PO file was not made for this translation: download the file of "
                "this page and language, translate it, and upload it here."
            )
        )
    language = (po.metadata.get("Language") or "").replace("_", "-").lower()
    expected = translation.target_locale.language_code.lower()
    if language and language != expected:
        raise TranslationFileInvalid(
            _("This PO file is in %(found)s, not %(expected)s.")
            % {"found": language, "expected": expected}
        )
    imported = sum(1 for entry in po if entry.msgstr and not entry.obsolete)
    with transaction.atomic():
        warnings = translation.import_po(po, user=user, tool_name="PO file")
        translation.save_target(user=user, publish=False)
    return imported - len(warnings), len(warnings)
