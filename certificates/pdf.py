"""The certificate as a PDF: one A4 landscape page rendered by WeasyPrint from the HTML
and CSS of ``certificates/pdf/certificate.html`` (its context: ``rendering``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from django.conf import settings
from django.template.loader import render_to_string

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


def certificate_html(*, certificate: Certificate) -> str:
    return render_to_string(
        "certificates/pdf/certificate.html",
        certificate_context(certificate=certificate, template=None),
    )


def certificate_pdf_bytes(*, certificate: Certificate) -> bytes:
    """The certificate's PDF (fonts embedded, title and language in the document)."""
    weasyprint, fonts = _weasyprint()
    html = certificate_html(certificate=certificate)
    return weasyprint.HTML(string=html, base_url=settings.SITE_URL).write_pdf(font_config=fonts)
