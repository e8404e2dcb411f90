"""The public page of a published year's report and its downloads: anyone may read them,
in English or French; a year not published (or unknown) does not exist (404)."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from .figures import report_for
from .models import ReportYear
from .tables import report_tables


def _published(year: int) -> None:
    if not ReportYear.objects.filter(year=year, published=True).exists():
        raise Http404


def public_report(request, year: int):
    _published(year)
    report = report_for(year=year)
    return render(
        request,
        "reporting/public_report.html",
        {"report": report, "tables": report_tables(report), "year": year},
    )


def public_download(request, year: int, fmt: str):
    """A published year's report to keep: the bilingual PDF, or the tables as CSV or XLSX
    in the page's language. The same figures as the page, and no more."""
    from .exports import report_pdf, spreadsheet_response

    _published(year)
    if fmt not in ("csv", "xlsx", "pdf"):
        raise Http404
    report = report_for(year=year)
    if fmt == "pdf":
        response = HttpResponse(report_pdf(report), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="training-report-{year}.pdf"'
        return response
    language = "fr" if (get_language() or "en").startswith("fr") else "en"
    return spreadsheet_response(report, fmt=fmt, language=language)
