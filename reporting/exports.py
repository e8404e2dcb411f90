"""The report as spreadsheets (CSV and XLSX, one row per agency and commitment, in the
dashboards' export style) and as a bilingual PDF (English then French, tagged for
assistive technology). Every figure is suppressed as on the public page."""

import functools

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from certificates.pdf import PDFUnavailable
from dashboards.exports import table_response
from dashboards.tables import Column, Table

from .figures import CHANGES, Report
from .tables import figure_labels, report_tables


def flat_table(report: Report) -> Table:
    """One row per agency and commitment, headed in the language in force."""
    labels = figure_labels()
    previous = report.year - 1
    columns = [
        Column("year", _("Year"), "number"),
        Column("agency", _("Agency")),
        Column("commitment", _("Commitment")),
        Column("title", _("Commitment title")),
        Column("pillar", _("Pillar")),
    ]
    for key in CHANGES:
        columns += [
            Column(key, labels[key], "number"),
            Column(f"{key}_previous", f"{labels[key]} ({previous})", "number"),
            Column(
                f"{key}_change",
                _("%(figure)s: change from %(year)s") % {"figure": labels[key], "year": previous},
                "number",
            ),
        ]
    columns += [
        Column("targets_met", _("Targets met"), "number"),
        Column("targets", _("Targets"), "number"),
    ]
    rows = []
    for row in report.rows:
        values = {
            "year": report.year,
            "agency": row.agency.name,
            "commitment": row.commitment.code,
            "title": row.commitment.title,
            "pillar": row.commitment.get_pillar_display(),
            "targets_met": row.current["targets_met"],
            "targets": row.current["targets"],
        }
        for key in CHANGES:
            values[key] = row.shown(key)
            values[f"{key}_previous"] = row.shown(key, previous=True)
            values[f"{key}_change"] = row.change(key)
        rows.append(values)
    caption = _("Training report %(year)s") % {"year": report.year}
    return Table(name="report", caption=caption, columns=columns, rows=rows)


def spreadsheet_response(report: Report, *, fmt: str, language: str):
    """A download of the report as ``fmt`` (csv or xlsx), headed in ``language``."""
    with translation.override(language):
        table = flat_table(report)
        filename = _("training-report-%(year)s") % {"year": report.year}
        return table_response(table, fmt=fmt, filename=filename)


#: The PDF's variant: PDF/UA-1 (tagged, for assistive technology) where WeasyPrint has it.
PDF_VARIANT = "pdf/ua-1"


@functools.cache
def _weasyprint():
    """WeasyPrint and a font configuration, as the certificates load them."""
    try:
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration
    except OSError as error:  # the pango libraries are missing
        raise PDFUnavailable(str(error)) from error
    return weasyprint, FontConfiguration()


def report_html(report: Report) -> str:
    """The PDF's document: the report in English, then in French, each section rendered
    in its own language and marked with it."""
    sections = []
    for language in ("en", "fr"):
        with translation.override(language):
            sections.append(
                render_to_string(
                    "reporting/pdf/section.html",
                    {
                        "language": language,
                        "year": report.year,
                        "tables": report_tables(report),
                        "heading_level": 2,
                        "id_prefix": f"{language}-",
                    },
                )
            )
    with translation.override("en"):
        return render_to_string(
            "reporting/pdf/report.html", {"year": report.year, "sections": sections}
        )


def report_pdf(report: Report) -> bytes:
    """The report as an accessible PDF (PDF/UA-1: tagged, titled, its language set)."""
    weasyprint, fonts = _weasyprint()
    from weasyprint.pdf import VARIANTS

    options = {"pdf_variant": PDF_VARIANT} if PDF_VARIANT in VARIANTS else {"pdf_tags": True}
    return weasyprint.HTML(string=report_html(report), base_url=settings.SITE_URL).write_pdf(
        font_config=fonts, **options
    )
