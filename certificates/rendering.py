"""What a certificate's HTML says, in English and French side by side, with the QR code
to its public verification page: the context of the PDF and of the admin's preview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from common.dates import date_format

from .placeholders import fill_placeholders
from .selectors import certificates_with_renewal
from .validity import validity_facts

if TYPE_CHECKING:
    from .models import Certificate, CertificateTemplate

LANGUAGES = ("en", "fr")
XAPI_TAGS = {"en": "en-CA", "fr": "fr-CA"}


def _lang_tag(language: str) -> str:
    """The document language tag of a side: the Canadian variants of the official
    languages, the learner languages as they are (``zh-Hans``)."""
    if language in XAPI_TAGS:
        return XAPI_TAGS[language]
    head, _sep, script = language.partition("-")
    return f"{head}-{script.title()}" if script else head


def verification_url(*, certificate: Certificate, language: str = "en") -> str:
    """The absolute address of the certificate's public page (what the QR code holds)."""
    with translation.override(language):
        path = reverse("certificates:verify", kwargs={"code": certificate.code})
    return settings.SITE_URL + path


def _hours(minutes: int | None) -> str:
    hours = round((minutes or 0) / 60, 1)
    if hours == int(hours):
        return str(int(hours))
    return formats.number_format(hours, decimal_pos=1)


def _default_wording() -> tuple[str, str]:
    return (
        _("Certificate of completion"),
        _("This certifies that {learner} successfully completed the course {course} on {date}."),
    )


def _template_in(template: CertificateTemplate | None, language: str):
    if template is None:
        return None
    if template.locale_id and template.locale.language_code == language:
        return template
    locale = Locale.objects.filter(language_code=language).first()
    return template.get_translation_or_none(locale) if locale else None


def _image_source(image, *, for_pdf: bool, spec: str) -> str:
    if image is None:
        return ""
    rendition = image.get_rendition(spec)
    if for_pdf:
        try:
            return rendition.file.path and "file://" + rendition.file.path
        except NotImplementedError:  # remote storage: fetch by URL
            pass
    return rendition.url if rendition.url.startswith("http") else settings.SITE_URL + rendition.url


@dataclass
class Side:
    language: str
    lang_tag: str
    title: str
    body: str
    issued_label: str
    issued: str
    validity_label: str
    validity: str
    code_label: str
    verify_label: str
    verify_url: str
    signatory_title: str


def _side(*, certificate: Certificate, template, language: str, renew_by) -> Side:
    with translation.override(language):
        version = _template_in(template, language)
        title, body = (version.title, version.body) if version else _default_wording()
        course = certificate.course_title
        if language not in LANGUAGES:  # a learner language: the course as named in it
            from courses.selectors import course_titles_for

            key = str(certificate.course_key)
            course = course_titles_for(course_keys=[key], language=language).get(key, course)
        issued = date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT")
        values = {
            "learner": certificate.learner_name,
            "course": course,
            "date": issued,
            "hours": _hours(certificate.duration_minutes),
            "code": certificate.code,
        }
        facts = validity_facts(
            expires_at=certificate.expires_at,
            renew_by=renew_by,
            revoked_at=certificate.revoked_at,
        )
        return Side(
            language=language,
            lang_tag=_lang_tag(language),
            title=fill_placeholders(title, values, language=language),
            body=fill_placeholders(body, values, language=language),
            issued_label=_("Issued on"),
            issued=issued,
            validity_label=_("Validity"),
            validity=" · ".join(fact.text for fact in facts),
            code_label=_("Verification code"),
            verify_label=_("Check this certificate at"),
            verify_url=verification_url(certificate=certificate, language=language),
            signatory_title=version.signatory_title if version else "",
        )


def certificate_context(
    *,
    certificate: Certificate,
    template: CertificateTemplate | None,
    for_pdf: bool = True,
    translated_into: str | None = None,
) -> dict:
    """What the certificate's HTML needs, for the PDF and for the admin's live preview.

    ``translated_into``: a learner language (common/languages.py) in which the PDF gains
    a second page, the certificate's text translated for its holder; the English and
    French page stays the certificate."""
    template = template if template is not None else certificate.template
    if not hasattr(certificate, "renew_by"):
        certificates_with_renewal([certificate])
    sides = [
        _side(
            certificate=certificate, template=template, language=lang, renew_by=certificate.renew_by
        )
        for lang in LANGUAGES
    ]
    # A fixed mask pattern: choosing the best of eight costs more than the whole QR code.
    qr = segno.make(verification_url(certificate=certificate), error="m", mask=0)
    return {
        "certificate": certificate,
        "sides": sides,
        "document_title": f"{sides[0].title} / {sides[1].title}: {certificate.learner_name}",
        "qr_code": qr.svg_data_uri(scale=4, border=2),
        "primary_colour": template.primary_colour if template else "#26374a",
        "accent_colour": template.accent_colour if template else "#af3c43",
        "logo": _image_source(template and template.logo, for_pdf=for_pdf, spec="max-400x160"),
        "signature": _image_source(
            template and template.signature, for_pdf=for_pdf, spec="max-400x120"
        ),
        "signatory_name": template.signatory_name if template else "",
        "signatory_titles": list(
            dict.fromkeys(s.signatory_title for s in sides if s.signatory_title)
        ),
        "issuer": {
            "en": settings.ORGANISATION_NAME,
            "fr": settings.ORGANISATION_NAME_FR,
        },
        "translation": _translation_page(certificate, template, translated_into),
    }


@dataclass
class TranslationPage:
    side: Side
    rtl: bool
    heading: str
    note: str


def _translation_page(certificate, template, language: str | None) -> TranslationPage | None:
    from common.languages import learner_codes

    if language not in learner_codes():
        return None
    side = _side(
        certificate=certificate, template=template, language=language, renew_by=certificate.renew_by
    )
    with translation.override(language):
        return TranslationPage(
            side=side,
            rtl=translation.get_language_bidi(),
            heading=_("Translation"),
            note=_(
                "This page translates the certificate for its holder. The certificate is "
                "the English and French page before it, which the verification code confirms."
            ),
        )
