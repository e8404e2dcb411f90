"""Background work of certificates, through django-tasks (immediate by default)."""

import logging

from django_tasks import task

from .models import Certificate
from .pdf import PDFUnavailable

logger = logging.getLogger(__name__)


@task()
def render_certificate_pdf(certificate_id: str) -> bool:
    """Render and cache a certificate's PDF. Enqueued when a certificate is issued; it
    never raises into the learner's request (a failure leaves the PDF to be rendered on
    first download)."""
    from .services import certificate_pdf_render

    certificate = Certificate.objects.filter(pk=certificate_id, revoked_at=None).first()
    if certificate is None:
        return False
    try:
        certificate_pdf_render(certificate=certificate)
    except PDFUnavailable:
        logger.warning("certificates: WeasyPrint cannot run here; PDF not rendered")
        return False
    except Exception:
        logger.exception("certificates: rendering the PDF of %s failed", certificate.code)
        return False
    return True
