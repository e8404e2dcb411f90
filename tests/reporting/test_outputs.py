"""The report's outputs: the public page (only once published, in English and French,
with accessible tables), the CSV and XLSX downloads, the bilingual PDF, and the admin
screens no one but an administrator may use."""

import csv
import io

import pytest
from django.test import Client
from lxml import html as lxml_html
from openpyxl import load_workbook

from reporting.exports import report_html
from reporting.figures import report_for
from reporting.models import ReportYear
from tests import factories

from .world import YEAR

pytestmark = pytest.mark.django_db


def _admin() -> Client:
    client = Client()
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    return client


def _published():
    return ReportYear.objects.create(year=YEAR, published=True)


def _table(document, code="3.11"):
    return document.xpath(f'//table[@data-commitment="{code}"]')[0]


def _cells_by_agency(table) -> dict[str, list[str]]:
    return {
        row.xpath("./th")[0].text_content().strip(): [
            cell.text_content().strip() for cell in row.xpath("./td")
        ]
        for row in table.xpath("./tbody/tr")
    }


# -- the public page ----------------------------------------------------------------------


def test_the_public_page_does_not_exist_until_the_year_is_published(client, world):
    assert client.get(f"/en/report/{YEAR}/").status_code == 404
    ReportYear.objects.create(year=YEAR, published=False)
    assert client.get(f"/en/report/{YEAR}/").status_code == 404
    assert client.get(f"/fr/rapport/{YEAR}/").status_code == 404
    ReportYear.objects.filter(year=YEAR).update(published=True)
    assert client.get(f"/en/report/{YEAR}/").status_code == 200
    assert client.get(f"/en/report/{YEAR + 5}/").status_code == 404


def test_the_public_page_in_english_has_captioned_tables_and_suppresses_small_counts(client, world):
    _published()
    response = client.get(f"/en/report/{YEAR}/")
    document = lxml_html.fromstring(response.content.decode())
    table = _table(document)
    caption = table.xpath("./caption")[0].text_content()
    assert "3.11" in caption and str(YEAR) in caption
    headers = [th.text_content().strip() for th in table.xpath("./thead/tr/th")]
    assert all(th.get("scope") == "col" for th in table.xpath("./thead/tr/th"))
    assert all(th.get("scope") == "row" for th in table.xpath("./tbody/tr/th"))
    assert headers[:2] == ["Agency", "People who completed training"]
    assert document.xpath("//gcds-header")[0].get("lang-href") == f"/fr/rapport/{YEAR}/"
    rows = _cells_by_agency(table)
    assert rows["Border agency"][:2] == ["6", "+1"]
    hours = [th.text_content().strip() for th in table.xpath("./thead/tr/th")].index(
        "Hours of training"
    )
    assert rows["Border agency"][hours - 1 : hours + 1] == ["18.4", "+15.9"]
    assert rows["Police"][:2] == ["<5", "<5"]
    # No learner is named anywhere on the page.
    text = document.text_content()
    for user in world.agency_learners + world.police_learners:
        assert user.username not in text
        assert user.last_name not in text


def test_the_public_page_in_french(client, world):
    _published()
    response = client.get(f"/fr/rapport/{YEAR}/")
    assert response.status_code == 200
    document = lxml_html.fromstring(response.content.decode())
    assert document.get("lang", "").startswith("fr")
    table = _table(document)
    headers = [th.text_content().strip() for th in table.xpath("./thead/tr/th")]
    assert headers[:2] == ["Agence", "Personnes ayant terminé la formation"]
    rows = _cells_by_agency(table)
    hours = headers.index("Heures de formation")
    assert rows["Border agency (fr)"][hours - 1 : hours + 1] == ["18,4", "+15,9"]


def _body(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_a_published_years_downloads_are_public_in_the_pages_language(client, world):
    for fmt in ("csv", "xlsx", "pdf"):
        assert client.get(f"/en/report/{YEAR}/report.{fmt}").status_code == 404
    _published()
    page = client.get(f"/fr/rapport/{YEAR}/").content.decode()
    assert f"/fr/rapport/{YEAR}/rapport.csv" in page
    csv_text = _body(client.get(f"/fr/rapport/{YEAR}/rapport.csv"))
    assert "Personnes ayant terminé la formation" in csv_text
    for user in world.agency_learners + world.police_learners:
        assert user.username not in csv_text
    english = _body(client.get(f"/en/report/{YEAR}/report.csv"))
    assert "People who completed training" in english
    assert client.get(f"/en/report/{YEAR}/report.xlsx").status_code == 200
    assert client.get(f"/en/report/{YEAR}/report.doc").status_code == 404


# -- downloads ----------------------------------------------------------------------------


def _csv_rows(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_the_csv_holds_the_suppressed_figures_and_the_change(world):
    ReportYear.objects.create(year=YEAR)
    response = _admin().get(f"/admin/reporting/report/{YEAR}/csv/?language=en")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = {row["Agency"]: row for row in _csv_rows(response)}
    agency, police = rows["Border agency"], rows["Police"]
    assert agency["Commitment"] == "3.11"
    assert agency["People who completed training"] == "6"
    assert agency[f"People who completed training ({YEAR - 1})"] == "5"
    assert police["People who completed training"] == "<5"
    change = f"People who completed training: change from {YEAR - 1}"
    assert agency[change] == "1"
    assert police[change] == "<5"
    assert police["Hours of training"] == "<5"
    assert police["Briefings acknowledged"] == "0"
    assert agency["Targets met"] == "1" and agency["Targets"] == "1"


def test_the_csv_in_french_is_headed_in_french(world):
    ReportYear.objects.create(year=YEAR)
    response = _admin().get(f"/admin/reporting/report/{YEAR}/csv/?language=fr")
    rows = _csv_rows(response)
    assert "Personnes ayant terminé la formation" in rows[0]
    assert {row["Agence"] for row in rows} == {"Border agency (fr)", "Police (fr)"}


def test_the_xlsx_holds_the_same_figures(world):
    ReportYear.objects.create(year=YEAR)
    response = _admin().get(f"/admin/reporting/report/{YEAR}/xlsx/?language=en")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.worksheets[0]
    values = list(sheet.values)
    header = list(values[0])
    rows = {row[header.index("Agency")]: row for row in values[1:]}
    column = header.index("People who completed training")
    assert rows["Border agency"][column] == 6
    assert rows["Police"][column] == "<5"


def test_an_unknown_language_or_format_is_refused(world):
    ReportYear.objects.create(year=YEAR)
    client = _admin()
    response = client.get(f"/admin/reporting/report/{YEAR}/csv/?language=de")
    assert response.status_code == 400
    assert b"language" in response.content
    assert client.get(f"/admin/reporting/report/{YEAR}/doc/").status_code == 404
    assert client.get(f"/admin/reporting/report/{YEAR + 5}/csv/").status_code == 404


def test_the_pdf_document_has_an_english_and_a_french_section(world):
    html = report_html(report_for(year=YEAR))
    document = lxml_html.fromstring(html)
    sections = document.xpath("//section[@lang]")
    assert [section.get("lang") for section in sections] == ["en", "fr"]
    assert "People who completed training" in sections[0].text_content()
    assert "Personnes ayant terminé la formation" in sections[1].text_content()
    assert document.xpath("//title")[0].text_content().strip()


def test_the_pdf_is_tagged(world):
    pytest.importorskip("weasyprint")
    from certificates.pdf import PDFUnavailable

    ReportYear.objects.create(year=YEAR)
    try:
        response = _admin().get(f"/admin/reporting/report/{YEAR}/pdf/")
    except PDFUnavailable as error:  # pragma: no cover - no pango libraries here
        pytest.skip(str(error))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(response.content))
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]
    assert str(catalog["/Lang"]).startswith("en")
    assert reader.metadata.title.startswith(f"Training report {YEAR}")
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "People who completed training" in text
    assert "Personnes ayant terminé la formation" in text


# -- the admin screens --------------------------------------------------------------------


def test_an_administrator_generates_then_publishes_a_year(world, client):
    admin = _admin()
    response = admin.post("/admin/reporting/report/", {"year": str(YEAR)})
    assert response.status_code == 302
    report_year = ReportYear.objects.get(year=YEAR)
    assert report_year.generated_at is not None and not report_year.published
    page = admin.get(f"/admin/reporting/report/{YEAR}/")
    assert page.status_code == 200
    assert b'data-commitment="3.11"' in page.content
    admin.post(f"/admin/reporting/report/{YEAR}/publish/", {"published": "1"})
    assert client.get(f"/en/report/{YEAR}/").status_code == 200
    admin.post(f"/admin/reporting/report/{YEAR}/publish/", {"published": "0"})
    assert client.get(f"/en/report/{YEAR}/").status_code == 404


def test_a_year_out_of_range_is_a_clear_error(world):
    response = _admin().post("/admin/reporting/report/", {"year": "1999"})
    assert response.status_code == 400
    assert b"year: enter a year from 2012" in response.content
    assert not ReportYear.objects.exists()


@pytest.mark.parametrize("who", ["anonymous", "learner", "manager", "trainer"])
def test_no_one_but_an_administrator_generates_downloads_or_publishes(world, who):
    ReportYear.objects.create(year=YEAR)
    client = Client()
    if who == "learner":
        client.force_login(world.agency_learners[0])
    elif who == "manager":
        client.force_login(factories.manager(world.units["agency"]))
    elif who == "trainer":
        client.force_login(factories.trainer())
    for address in (
        "/admin/reporting/report/",
        f"/admin/reporting/report/{YEAR}/",
        f"/admin/reporting/report/{YEAR}/csv/",
        f"/admin/reporting/report/{YEAR}/xlsx/",
        f"/admin/reporting/report/{YEAR}/pdf/",
    ):
        response = client.get(address)
        assert response.status_code in (302, 403), address
        if response.status_code == 302:
            assert "login" in response["Location"]
    generate = client.post("/admin/reporting/report/", {"year": str(YEAR - 1)})
    publish = client.post(f"/admin/reporting/report/{YEAR}/publish/", {"published": "1"})
    assert generate.status_code in (302, 403) and publish.status_code in (302, 403)
    assert not ReportYear.objects.filter(year=YEAR - 1).exists()
    assert not ReportYear.objects.get(year=YEAR).published
    if who == "trainer":
        assert client.get("/admin/reporting/report/").status_code == 403
