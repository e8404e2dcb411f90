"""A certificate downloaded in a learner language: the English and French certificate,
then a page translating it into that language, in a font that has its script."""

import io

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def _pdf(client, certified, language):
    try:
        import weasyprint  # noqa: F401
    except OSError as error:
        pytest.skip(f"WeasyPrint cannot load the pango libraries here: {error}")
    from pypdf import PdfReader

    user, certificate = certified
    client.force_login(user)
    response = client.get(f"/{language}/certificates/{certificate.code}/certificate.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, PdfReader(io.BytesIO(body))


def _text(page) -> str:
    return " ".join(page.extract_text().split())


def _font_names(page) -> set[str]:
    fonts = page["/Resources"]["/Font"]
    return {str(font.get_object()["/BaseFont"]) for font in fonts.values()}


def test_in_chinese_the_second_page_translates_the_certificate(client, certified, course):
    course_page, _lessons = course
    factories.translate(course_page, "zh-hans", title="人口贩运意识培训", slug="renkou")
    response, reader = _pdf(client, certified, "zh-hans")
    _user, certificate = certified
    assert f'filename="{certificate.code}-zh-hans.pdf"' in response["Content-Disposition"]
    assert len(reader.pages) == 2
    official = _text(reader.pages[0])
    assert "Certificate of completion" in official and "Certificat de réussite" in official
    translated = _text(reader.pages[1])
    assert "结业证书" in translated
    assert "人口贩运意识培训" in translated
    assert certificate.code in translated
    assert any("WenQuanYi" in name for name in _font_names(reader.pages[1]))


def test_in_arabic_the_translation_is_set_in_an_arabic_font(client, certified):
    _response, reader = _pdf(client, certified, "ar")
    assert len(reader.pages) == 2
    fonts = _font_names(reader.pages[1])
    assert any("Arabic" in name for name in fonts), fonts


def test_in_english_the_certificate_is_the_one_kept_page(client, certified):
    response, reader = _pdf(client, certified, "en")
    _user, certificate = certified
    assert f'filename="{certificate.code}.pdf"' in response["Content-Disposition"]
    assert len(reader.pages) == 1
