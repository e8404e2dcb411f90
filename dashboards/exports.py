"""CSV and XLSX downloads of a dashboard ``Table``: the same columns and rows as the page,
streamed so that memory stays flat however many rows a manager exports.

CSV is UTF-8 with a byte order mark (so spreadsheet programs read accents right); dates
are ISO, numbers plain, percentages the number shown on screen (87 for 87 %). A text
cell that a spreadsheet would run as a formula gets a leading apostrophe.

XLSX cells are typed by column kind: dates and times as dates, numbers as numbers,
percentages as fractions shown with a percent format (0.87 shown as 87 %), text always
as text (never a formula)."""

import csv
import datetime
import io
import re
import tempfile
from collections.abc import Iterator
from decimal import Decimal

from asgiref.sync import sync_to_async
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from common.spreadsheets import csv_safe

from .tables import Column, Table

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("csv", "xlsx")

# Rows gathered into one chunk of the CSV stream.
CSV_ROWS_PER_CHUNK = 500
# Control characters XLSX cannot hold.
XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Characters a sheet title may not contain, and its longest length.
SHEET_TITLE_ILLEGAL = re.compile(r"[\\/?*\[\]:]")
SHEET_TITLE_MAX = 31


def table_response(table: Table, *, fmt: str, filename: str) -> HttpResponse:
    """A download of ``table`` as ``fmt`` ("csv" or "xlsx"), named ``filename`` (the
    extension is added when missing). Header labels are read in the active language."""
    if fmt not in FORMATS:
        raise ValueError(f"Unknown export format: {fmt!r}")
    if not filename.lower().endswith(f".{fmt}"):
        filename = f"{filename}.{fmt}"
    if fmt == "csv":
        response = _StreamingResponse(
            _csv_chunks(table, language=translation.get_language()),
            content_type=CSV_CONTENT_TYPE,
        )
        response["Content-Disposition"] = content_disposition_header(True, filename)
    else:
        response = _FileResponse(
            _xlsx_file(table),
            as_attachment=True,
            filename=filename,
            content_type=XLSX_CONTENT_TYPE,
        )
    response["Cache-Control"] = "private, no-store"
    return response


class _ChunkedAsyncMixin:
    """Serve a synchronous stream to an async server chunk by chunk. Django's default
    reads a synchronous stream whole before sending it, which would hold every row of a
    large export in memory; each chunk is produced in the request's sync thread, so
    database cursors and the active language stay where the view left them."""

    async def __aiter__(self):
        chunks = iter(self.streaming_content)
        next_chunk = sync_to_async(_next_or_none, thread_sensitive=True)
        while (chunk := await next_chunk(chunks)) is not None:
            yield chunk


class _StreamingResponse(_ChunkedAsyncMixin, StreamingHttpResponse):
    pass


class _FileResponse(_ChunkedAsyncMixin, FileResponse):
    pass


def _next_or_none(iterator: Iterator):
    return next(iterator, None)


# CSV


def _csv_chunks(table: Table, *, language: str | None) -> Iterator[str]:
    """The CSV text of ``table`` in chunks of rows, beginning with the byte order mark."""
    with translation.override(language):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        buffer.write("\ufeff")
        writer.writerow([csv_safe(label) for label in table.header()])
        count = 0
        for row in table.rows:
            writer.writerow(
                [csv_value(column, value) for column, value in _cells(table.columns, row)]
            )
            count += 1
            if count % CSV_ROWS_PER_CHUNK == 0:
                yield _drain(buffer)
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _cells(columns: list[Column], row: dict):
    return ((column, row.get(column.key)) for column in columns)


def csv_value(column: Column, value) -> str:
    """One cell as CSV text: ISO dates, plain numbers, safe text."""
    if value is None:
        return ""
    if column.kind in ("number", "percent") and _is_number(value):
        return _number_text(value)
    if isinstance(value, datetime.datetime):
        return _local_naive(value).isoformat(sep=" ", timespec="minutes")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    return csv_safe(str(value))


def _is_number(value) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _number_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _local_naive(value: datetime.datetime) -> datetime.datetime:
    """A date and time in the site's time zone without tzinfo: what a reader expects to
    see, and the only kind XLSX can store."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(tzinfo=None)


# XLSX


def _xlsx_file(table: Table):
    """An unnamed temporary file holding ``table`` as a workbook, at its start. Rows go
    through a write-only workbook, so only one row is in memory at a time; the file
    disappears when the response closes it."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title(table.caption))
    bold = Font(bold=True)
    header = []
    for label in table.header():
        cell = WriteOnlyCell(sheet, value=_xlsx_text(label))
        cell.data_type = "s"
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in table.rows:
        sheet.append(
            [_xlsx_value(sheet, column, value) for column, value in _cells(table.columns, row)]
        )
    output = tempfile.TemporaryFile()
    try:
        workbook.save(output)
    except BaseException:
        output.close()
        raise
    output.seek(0)
    return output


def _xlsx_value(sheet, column: Column, value):
    """A cell's value for ``sheet.append``: a plain value where the workbook types it
    right by itself (numbers, dates, ordinary text, which keeps long exports fast), a
    styled cell otherwise."""
    if value is None:
        return None
    if _is_number(value):
        if column.kind != "percent":
            return value
        cell = WriteOnlyCell(sheet, value=value / 100)
        cell.number_format = "0%" if float(value).is_integer() else "0.0%"
        return cell
    if isinstance(value, datetime.datetime):
        cell = WriteOnlyCell(sheet, value=_local_naive(value))
        cell.number_format = "yyyy-mm-dd hh:mm"
        return cell
    if isinstance(value, datetime.date):
        return value
    text = _xlsx_text(value)
    if text.startswith("="):
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text


def _xlsx_text(value) -> str:
    text = str(value)
    return XLSX_ILLEGAL.sub("", text) if XLSX_ILLEGAL.search(text) else text


def sheet_title(caption) -> str:
    """``caption`` as a valid sheet title: no reserved characters, at most 31 long."""
    title = SHEET_TITLE_ILLEGAL.sub(" ", _xlsx_text(caption))
    title = " ".join(title.split())[:SHEET_TITLE_MAX].strip().strip("'")
    return title or "Sheet1"
