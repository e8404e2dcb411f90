"""The certificate as a PDF: one A4 landscape page (two with a translation) rendered by
WeasyPrint from the HTML and CSS of ``certificates/pdf/certificate.html`` (its context:
``rendering``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from .rendering import certificate_context

if TYPE_CHECKING:
    from .models import Certificate


class PDFUnavailable(RuntimeError):
    """WeasyPrint cannot run here (its pango libraries are missing)."""


@functools.cache
def _weasyprint():
    try:
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration
    except OSError as error:  # the pango libraries are missing
        raise PDFUnavailable(str(error)) from error
    return weasyprint, FontConfiguration()


def certificate_html(*, certificate: Certificate, translated_into: str | None = None) -> str:
    """The certificate's HTML, its dates and times in the learner's time zone (the one
    their device last reported), whoever renders it and whenever: the PDF is made in the
    background, not in a request of theirs. Without one, the site's time zone."""
    from organisations.selectors import learner_time_zone_for

    zone = learner_time_zone_for(user_id=certificate.user_id) or timezone.get_default_timezone()
    with timezone.override(zone):
        return render_to_string(
            "certificates/pdf/certificate.html",
            certificate_context(
                certificate=certificate, template=None, translated_into=translated_into
            ),
        )


def pdf_from_html(html: str) -> bytes:
    """A PDF of a self-contained HTML document (fonts embedded; the title and the
    language come from the document's ``<title>`` and ``lang``)."""
    weasyprint, fonts = _weasyprint()
    return weasyprint.HTML(string=html, base_url=settings.SITE_URL).write_pdf(font_config=fonts)


def certificate_pdf_bytes(*, certificate: Certificate, translated_into: str | None = None) -> bytes:
    """The certificate's PDF (fonts embedded, title and language in the document); with
    ``translated_into`` (a learner language), a second page translates it."""
    return pdf_from_html(certificate_html(certificate=certificate, translated_into=translated_into))
