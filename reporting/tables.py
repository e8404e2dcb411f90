"""The report as tables, in the language in force: one table per commitment, a row per
agency. The public page, the PDF and the spreadsheets all read these, so every output
shows the same suppressed figures."""

from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .figures import CHANGES, SUPPRESSED, Report, Row


@dataclass
class Column:
    key: str
    label: str


@dataclass
class ReportTable:
    commitment_code: str
    heading: str
    caption: str
    pillar: str
    lead: str
    columns: list[Column]
    #: Each row: the agency's name (the row header) and its cells, in column order.
    rows: list[tuple[str, list]]


def figure_labels() -> dict[str, str]:
    """The figures' names in the language in force, by figure."""
    return {
        "completed": _("People who completed training"),
        "in_progress": _("People in training"),
        "sessions": _("Sessions delivered"),
        "attended": _("Attendance at sessions"),
        "acknowledged": _("Briefings acknowledged"),
        "hours": _("Hours of training"),
    }


def figure_columns(year: int) -> list[Column]:
    """The figures and their year-on-year changes, headed in the language in force."""
    labels = figure_labels()
    columns = []
    for key in CHANGES:
        columns.append(Column(key, labels[key]))
        columns.append(
            Column(
                f"{key}_change",
                _("%(figure)s: change from %(year)s") % {"figure": labels[key], "year": year - 1},
            )
        )
    columns.append(Column("targets", pgettext("report column", "Targets met")))
    return columns


def targets_cell(row: Row) -> str:
    return _("%(met)s of %(total)s") % {
        "met": row.current["targets_met"],
        "total": row.current["targets"],
    }


def _number(value) -> str:
    """A figure as text in the language in force (hours with one decimal)."""
    if value == SUPPRESSED:
        return value
    if isinstance(value, float):
        return formats.number_format(value, decimal_pos=1)
    return str(value)


def row_cells(row: Row) -> dict:
    """Every cell of a row, suppressed as the outputs show them, by column key."""
    cells = {}
    for key in CHANGES:
        cells[key] = _number(row.shown(key))
        change = row.change(key)
        text = _number(change)
        cells[f"{key}_change"] = f"+{text}" if change != SUPPRESSED and change > 0 else text
    cells["targets"] = targets_cell(row)
    return cells


def report_tables(report: Report) -> list[ReportTable]:
    columns = figure_columns(report.year)
    tables = []
    for commitment in report.commitments:
        rows = [row for row in report.rows if row.commitment.pk == commitment.pk]
        tables.append(
            ReportTable(
                commitment_code=commitment.code,
                heading=_("Commitment %(code)s: %(title)s")
                % {"code": commitment.code, "title": commitment.title},
                caption=_("Commitment %(code)s, %(title)s: figures by agency in %(year)s")
                % {"code": commitment.code, "title": commitment.title, "year": report.year},
                pillar=commitment.get_pillar_display(),
                lead=commitment.lead,
                columns=columns,
                rows=[
                    (
                        row.agency.name,
                        [row_cells(row)[column.key] for column in columns],
                    )
                    for row in rows
                ],
            )
        )
    return tables
