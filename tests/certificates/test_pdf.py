"""The PDF: both languages on one page, title and language in the document, fonts embedded,
and a QR code that leads to the certificate's own verification page."""

import io

import pytest

from certificates.models import Certificate
from certificates.services import render_certificate_pdf

pytestmark = pytest.mark.django_db


def _weasyprint_or_skip():
    try:
        import weasyprint  # noqa: F401
    except OSError as error:
        pytest.skip(f"WeasyPrint cannot load the pango libraries here: {error}")


@pytest.fixture
def pdf_bytes(client, certified):
    _weasyprint_or_skip()
    user, certificate = certified
    client.force_login(user)
    response = client.get(f"/en/certificates/{certificate.code}/certificate.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f'filename="{certificate.code}.pdf"' in response["Content-Disposition"]
    return b"".join(response.streaming_content)


def test_the_pdf_is_rendered_by_the_task_when_issued_and_cached(certified):
    _weasyprint_or_skip()
    _user, certificate = certified
    certificate.refresh_from_db()
    assert certificate.pdf.name.endswith(f"{certificate.code}.pdf")
    assert certificate.pdf.storage.exists(certificate.pdf.name)
    assert render_certificate_pdf.call(certificate_id=str(certificate.pk)) is True


def test_the_pdf_holds_both_languages_title_language_and_embedded_fonts(pdf_bytes, certificate):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Certificate of completion" in text
    assert "Certificat de réussite" in text
    assert certificate.course_title_en in text and certificate.course_title_fr in text
    assert "Alex Martin" in text and certificate.code in text
    assert reader.trailer["/Root"]["/Lang"] == "en-CA"
    assert "Certificate of completion" in reader.metadata.title
    assert "Certificat de réussite" in reader.metadata.title
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_the_qr_code_decoded_from_the_page_leads_to_this_certificate(
    client, pdf_bytes, certificate
):
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(pdf_bytes)
    image = document[0].render(scale=2).to_pil()
    codes = [result.text for result in zxingcpp.read_barcodes(image)]
    assert len(codes) == 1
    url = codes[0]
    assert url == f"http://testserver/en/certificates/verify/{certificate.code}/"
    client.logout()
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200
    assert certificate.code in response.content.decode()
    assert "Alex M." in response.content.decode()  # a stranger: first name, last initial


def test_a_missing_cached_pdf_is_rendered_again_on_download(client, certified):
    _weasyprint_or_skip()
    user, certificate = certified
    certificate.refresh_from_db()
    certificate.pdf.storage.delete(certificate.pdf.name)
    client.force_login(user)
    response = client.get(f"/en/certificates/{certificate.code}/certificate.pdf")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert Certificate.objects.get(pk=certificate.pk).pdf.storage.exists(certificate.pdf.name)


def test_the_pdf_uses_the_built_in_wording_without_a_template(client, units, course):
    _weasyprint_or_skip()
    from pypdf import PdfReader

    from tests import factories
    from tests.certificates.conftest import complete_course

    user = factories.learner(units["yvr"], first_name="Sam", last_name="Roy")
    complete_course(user, course[1])
    certificate = Certificate.objects.get(user=user)
    assert certificate.template is None
    client.force_login(user)
    content = b"".join(
        client.get(f"/en/certificates/{certificate.code}/certificate.pdf").streaming_content
    )
    text = " ".join(PdfReader(io.BytesIO(content)).pages[0].extract_text().split())
    assert "Sam Roy" in text and certificate.course_title_fr in text
