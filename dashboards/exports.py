"""CSV and XLSX downloads of a dashboard ``Table``: the same columns and rows as the page,
streamed so that memory stays flat however many rows a manager exports.

CSV is UTF-8 with a byte order mark (so spreadsheet programs read accents right); dates
are ISO, numbers plain, percentages the number shown on screen (87 for 87 %). A text
cell that a spreadsheet would run as a formula gets a leading apostrophe.

XLSX cells are typed by column kind: dates and times as dates, numbers as numbers,
percentages as fractions shown with a percent format (0.87 shown as 87 %), text always
as text (never a formula). The sheet is named after the table (shortened at a word), its
header row is bold and frozen, and its columns are as wide as their content: measured on
the header and the first rows, so that a long export is still written as it streams."""

import csv
import datetime
import io
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path

from asgiref.sync import sync_to_async
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

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
# Rows read ahead to size the columns (the rest stream behind them), and the widths a
# column may take, in characters.
XLSX_SIZING_ROWS = 500
XLSX_MIN_WIDTH = 8
XLSX_MAX_WIDTH = 60
# How wide a date and a date with its time are shown (yyyy-mm-dd, yyyy-mm-dd hh:mm).
XLSX_DATE_WIDTH = 10
XLSX_DATETIME_WIDTH = 16
# Bytes copied at a time from a worksheet's temporary file into the workbook.
XLSX_COPY_CHUNK = 64 * 1024


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
    through a write-only workbook, so only the rows read ahead to size the columns are in
    memory at once; the file disappears when the response closes it."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title(table.caption))
    rows = iter(table.rows)
    ahead = list(islice(rows, XLSX_SIZING_ROWS))
    for letter, width in zip(
        _column_letters(len(table.columns)), column_widths(table, ahead), strict=True
    ):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for label in table.header():
        cell = WriteOnlyCell(sheet, value=_xlsx_text(label))
        cell.data_type = "s"
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in chain(ahead, rows):
        sheet.append(
            [_xlsx_value(sheet, column, value) for column, value in _cells(table.columns, row)]
        )
    output = tempfile.TemporaryFile()
    try:
        _save_dated(workbook, output)
    except BaseException:
        output.close()
        raise
    output.seek(0)
    return output


class _DatedZipFile(zipfile.ZipFile):
    """A zip whose every entry is dated ``moment``. openpyxl dates the entries it writes
    from memory by the clock and the worksheets it copies from its temporary files by
    their modification times, which come from the file system's own, coarser clock."""

    def __init__(self, file, moment: datetime.datetime):
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self.moment = moment.timetuple()[:6]

    def _entry(self, name: str, size: int = 0) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self.moment)
        info.compress_type = self.compression
        info.file_size = size
        return info

    def writestr(self, zinfo_or_arcname, data, *args, **kwargs):
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = self._entry(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename, arcname=None, *args, **kwargs):
        entry = self._entry(arcname or filename, size=Path(filename).stat().st_size)
        with open(filename, "rb") as source, self.open(entry, "w") as target:
            shutil.copyfileobj(source, target, XLSX_COPY_CHUNK)


def _save_dated(workbook: Workbook, output) -> None:
    """``workbook.save(output)``, with every part of the file dated the moment of the
    export in the site's time zone, as a spreadsheet program or an unzip lists it."""
    moment = timezone.localtime()
    workbook.properties.modified = moment.astimezone(datetime.UTC).replace(tzinfo=None)
    with _DatedZipFile(output, moment) as archive:
        ExcelWriter(workbook, archive).save()


def _column_letters(count: int) -> list[str]:
    return [get_column_letter(index) for index in range(1, count + 1)]


def column_widths(table: Table, rows: list[dict]) -> list[float]:
    """Each column's width in characters: its longest header line or value among ``rows``,
    with a little room, between ``XLSX_MIN_WIDTH`` and ``XLSX_MAX_WIDTH``."""
    widths = []
    for column, label in zip(table.columns, table.header(), strict=True):
        longest = max((len(line) for line in label.splitlines()), default=0)
        for row in rows:
            longest = max(longest, _shown_length(column, row.get(column.key)))
        widths.append(min(XLSX_MAX_WIDTH, max(XLSX_MIN_WIDTH, longest + 2)))
    return widths


def _shown_length(column: Column, value) -> int:
    """About how many characters a cell takes on screen in a spreadsheet."""
    if value is None:
        return 0
    if isinstance(value, datetime.datetime):
        return XLSX_DATETIME_WIDTH
    if isinstance(value, datetime.date):
        return XLSX_DATE_WIDTH
    if _is_number(value):
        # A percentage gains its sign; a fraction is shown to one decimal.
        return len(_number_text(value)) + (1 if column.kind == "percent" else 0)
    return len(str(value))


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


def sheet_title(caption, *, taken=()) -> str:
    """``caption`` as a valid sheet title: no reserved characters, at most 31 long, cut
    after a whole word where it has to be shortened, and unlike the titles already
    ``taken`` in the workbook (compared as Excel does, without regard to case)."""
    words = SHEET_TITLE_ILLEGAL.sub(" ", _xlsx_text(caption)).split()
    # A title may hold an apostrophe ("l'Agence"), but neither begin nor end with one.
    title = _words_within(words, SHEET_TITLE_MAX).strip("'").strip() or "Sheet1"
    used = {str(name).casefold() for name in taken}
    number = 1
    unique = title
    while unique.casefold() in used:
        number += 1
        suffix = f" ({number})"
        shortened = _words_within(title.split(), SHEET_TITLE_MAX - len(suffix)).strip("'").strip()
        unique = (shortened or "Sheet") + suffix
    return unique


def _words_within(words: list[str], limit: int) -> str:
    """As many of ``words`` as fit in ``limit`` characters; a first word longer than that
    is cut, since a title needs at least one."""
    kept = ""
    for word in words:
        candidate = f"{kept} {word}" if kept else word
        if len(candidate) > limit:
            break
        kept = candidate
    if not kept and words:
        kept = words[0][:limit]
    return kept
