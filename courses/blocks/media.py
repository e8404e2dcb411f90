"""Media blocks: captioned video (uploaded or embedded), audio with its transcript, and
documents to download."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from .base import LessonBlockMixin, _rich_text

CAPTION_EXTENSIONS = ("vtt",)


class VideoBlock(LessonBlockMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An uploaded video (MP4 or WebM).")
    )
    captions = DocumentChooserBlock(
        label=_("Captions"),
        required=False,
        help_text=_("A WebVTT (.vtt) caption file: required with an uploaded video."),
    )
    embed = EmbedBlock(
        label=_("Embedded video"), required=False, help_text=_("Or the address of a video.")
    )
    transcript = _rich_text(label=_("Transcript"))

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")
        description = _("A captioned video (uploaded or embedded) with its transcript.")
        preview_value = {
            "title": "Interviewing a possible victim",
            "transcript": "<p>Officer: Can you tell me who arranged your travel?</p>",
        }

    def clean(self, value):
        cleaned = super().clean(value)
        errors = {}
        has_file = bool(cleaned.get("file"))
        has_embed = bool(cleaned.get("embed"))
        if has_file and has_embed:
            errors["embed"] = ValidationError(
                _("Choose either a video file or an embedded video, not both."), code="both"
            )
        elif not has_file and not has_embed:
            errors["file"] = ValidationError(
                _("Choose a video file or give the address of an embedded video."), code="none"
            )
        captions = cleaned.get("captions")
        if captions is not None:
            if captions.file_extension.lower() not in CAPTION_EXTENSIONS:
                errors["captions"] = ValidationError(
                    _("Captions must be a WebVTT document (a .vtt file)."), code="format"
                )
        elif has_file:
            errors["captions"] = ValidationError(
                _("Captions are required with an uploaded video file."), code="required"
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        embed = value.get("embed")
        if embed and not value.get("file"):
            context["embed_html"] = titled_iframe(embed.html, value.get("title") or "")
            context["embed_host"] = urlsplit(embed.url).hostname or embed.url
        return context


def titled_iframe(embed_html: str, title: str) -> str:
    """Embed HTML whose frame has a title, which assistive technologies announce."""
    return re.sub(
        r"<iframe(?![^>]*\btitle=)", f'<iframe title="{escape(title)}"', embed_html, count=1
    )


class AudioBlock(LessonBlockMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    file = DocumentChooserBlock(label=_("Audio file"))
    transcript = _rich_text(label=_("Transcript"))

    class Meta:
        icon = "media"
        template = "blocks/audio.html"
        label = _("Audio")
        description = _("An audio recording with its transcript.")
        preview_value = {
            "title": "A survivor's account",
            "transcript": "<p>I was promised a job in a restaurant.</p>",
        }


class DocumentBlock(LessonBlockMixin, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document")
        description = _("A link to download a document, with its format and size.")
        preview_value = {"description": "The referral protocol, to print and keep."}
