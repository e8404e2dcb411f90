import asyncio
import csv
import datetime
import io
import tracemalloc
import zoneinfo

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from openpyxl import load_workbook

from dashboards.exports import sheet_title, table_response
from dashboards.tables import Column, Table

COLUMNS = [
    Column("name", gettext_lazy("Learner"), "text"),
    Column("lessons", "Lessons", "number"),
    Column("rate", "Rate", "percent"),
    Column("due", "Due on", "date"),
    Column("at", "Completed", "datetime"),
]
ROW = {
    "name": "Élodie Gagné",
    "lessons": 7,
    "rate": 87,
    "due": datetime.date(2026, 3, 4),
    "at": datetime.datetime(2026, 3, 2, 15, 30, tzinfo=datetime.UTC),
}


def table(rows, columns=COLUMNS, caption="Learners"):
    return Table(name="learners", caption=caption, columns=columns, rows=rows)


def csv_bytes(response) -> bytes:
    return b"".join(response.streaming_content)


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(csv_bytes(response).decode("utf-8-sig"))))


def workbook_rows(response):
    data = b"".join(response.streaming_content)
    sheet = load_workbook(io.BytesIO(data)).active
    return sheet, [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.fixture(autouse=True)
def toronto(settings):
    settings.TIME_ZONE = "America/Toronto"


def test_csv_starts_with_a_byte_order_mark_and_names_the_download():
    response = table_response(table([ROW]), fmt="csv", filename="learners")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="learners.csv"'
    assert csv_bytes(response).startswith("\ufeff".encode())


def test_csv_header_is_the_labels_and_cells_are_formatted_by_kind():
    response = table_response(table([ROW]), fmt="csv", filename="learners.csv")

    assert csv_rows(response) == [
        ["Learner", "Lessons", "Rate", "Due on", "Completed"],
        ["Élodie Gagné", "7", "87", "2026-03-04", "2026-03-02 10:30"],
    ]


def test_csv_header_is_in_the_active_language():
    with translation.override("fr"):
        response = table_response(table([]), fmt="csv", filename="learners")

    assert csv_rows(response)[0][0] == "Apprenant"


def test_csv_escapes_commas_quotes_and_line_breaks():
    row = {"name": 'Smith, "Jo"\nsecond line'}
    response = table_response(table([row], columns=COLUMNS[:1]), fmt="csv", filename="x")

    assert csv_rows(response)[1] == ['Smith, "Jo"\nsecond line']


@pytest.mark.parametrize("text", ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd"])
def test_csv_text_that_a_spreadsheet_would_run_gets_an_apostrophe(text):
    response = table_response(table([{"name": text}], columns=COLUMNS[:1]), fmt="csv", filename="x")

    assert csv_rows(response)[1] == ["'" + text]


def test_csv_negative_numbers_stay_numbers():
    response = table_response(
        table([{"lessons": -3}], columns=[COLUMNS[1]]), fmt="csv", filename="x"
    )

    assert csv_rows(response)[1] == ["-3"]


def test_empty_cells_are_blank_in_both_formats():
    row = {"name": "Jo"}
    assert csv_rows(table_response(table([row]), fmt="csv", filename="x"))[1] == [
        "Jo",
        "",
        "",
        "",
        "",
    ]
    _, rows = workbook_rows(table_response(table([row]), fmt="xlsx", filename="x"))
    assert rows[1] == ["Jo", None, None, None, None]


def test_xlsx_cells_are_typed_by_column_kind():
    response = table_response(table([ROW]), fmt="xlsx", filename="learners")
    sheet, rows = workbook_rows(response)

    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"] == 'attachment; filename="learners.xlsx"'
    assert rows[0] == ["Learner", "Lessons", "Rate", "Due on", "Completed"]
    name, lessons, rate, due, at = sheet[2]
    assert name.value == "Élodie Gagné" and name.data_type == "s"
    assert lessons.value == 7 and lessons.data_type == "n"
    assert rate.value == pytest.approx(0.87) and rate.number_format == "0%"
    assert due.is_date and due.value.date() == datetime.date(2026, 3, 4)
    assert at.is_date and at.value == datetime.datetime(2026, 3, 2, 10, 30)


def test_xlsx_header_is_bold_and_sheet_is_titled_by_the_caption():
    response = table_response(table([ROW], caption="Compliance: Pacific"), fmt="xlsx", filename="x")
    sheet, _ = workbook_rows(response)

    assert sheet.title == "Compliance Pacific"
    assert all(cell.font.b for cell in sheet[1])
    assert not sheet["A2"].font.b


def test_xlsx_text_is_never_a_formula():
    rows = [{"name": "=1+1"}, {"name": "bell\x07 rang"}]
    response = table_response(table(rows, columns=COLUMNS[:1]), fmt="xlsx", filename="x")
    sheet, values = workbook_rows(response)

    assert values[1:] == [["=1+1"], ["bell rang"]]
    assert sheet["A2"].data_type == "s"


@pytest.mark.parametrize(
    ("caption", "title"),
    [
        ("Units [Pacific] / YVR: 2026?", "Units Pacific YVR 2026"),
        ("A" * 40, "A" * 31),
        ("***", "Sheet1"),
        (gettext_lazy("Learners"), "Learners"),
        # Shortened after a whole word, never in the middle of one.
        (
            "Required training and completions by unit in Canada Border Services Agency",
            "Required training and",
        ),
        ("Formation obligatoire par unité dans l'Agence", "Formation obligatoire par unité"),
        ("'Quoted' title", "Quoted' title"),
    ],
)
def test_sheet_title_is_sanitized_and_short(caption, title):
    assert sheet_title(caption) == title


def test_a_sheet_title_already_in_the_workbook_gets_a_number():
    assert sheet_title("Learners", taken=["learners"]) == "Learners (2)"
    assert sheet_title("Learners", taken=["Learners", "Learners (2)"]) == "Learners (3)"
    long = "Required training and completions by unit"
    taken = [sheet_title(long)]
    assert sheet_title(long, taken=taken) == "Required training and (2)"


def test_xlsx_header_is_bold_and_frozen_and_columns_fit_their_content():
    rows = [ROW, {**ROW, "name": "Marie-Ève Létourneau-Castonguay de la Rivière"}]
    response = table_response(table(rows), fmt="xlsx", filename="x")
    sheet, values = workbook_rows(response)

    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert not any(cell.font.bold for cell in sheet[2])
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDE"}
    # The longest name fits; a column of small numbers stays narrow; a date and a time fit.
    assert widths["A"] >= len(rows[1]["name"])
    assert widths["B"] < widths["A"]
    assert widths["D"] >= len("2026-03-04")
    assert widths["E"] >= len("2026-03-02 10:30")


def test_xlsx_files_are_dated_the_moment_of_the_export_in_the_sites_time_zone():
    import zipfile

    def now():
        return timezone.localtime().replace(tzinfo=None, microsecond=0)

    before = now()
    response = table_response(table([ROW]), fmt="xlsx", filename="x")
    data = b"".join(response.streaming_content)
    after = now()

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
        assert archive.testzip() is None
    # Every part, the worksheets copied from temporary files included; zip times count in
    # steps of two seconds.
    assert {entry.filename for entry in entries} >= {"xl/worksheets/sheet1.xml", "xl/workbook.xml"}
    for entry in entries:
        moment = datetime.datetime(*entry.date_time)
        assert before - datetime.timedelta(seconds=2) <= moment <= after, entry.filename
        assert entry.compress_type == zipfile.ZIP_DEFLATED
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.properties.modified is not None


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="pdf"):
        table_response(table([]), fmt="pdf", filename="x")


def test_times_are_shown_in_the_site_time_zone(settings):
    settings.TIME_ZONE = "Europe/Paris"
    at = datetime.datetime(2026, 7, 1, 22, 15, tzinfo=zoneinfo.ZoneInfo("UTC"))
    row = {"at": at}
    columns = [COLUMNS[4]]

    assert csv_rows(table_response(table([row], columns), fmt="csv", filename="x"))[1] == [
        "2026-07-02 00:15"
    ]
    _, rows = workbook_rows(table_response(table([row], columns), fmt="xlsx", filename="x"))
    assert rows[1] == [datetime.datetime(2026, 7, 2, 0, 15)]


def many_rows(count, consumed):
    for number in range(count):
        if number % 1000 == 0:
            consumed.append(number)
        yield {
            "name": f"Learner number {number} " + "x" * 40,
            "lessons": number,
            "rate": number % 100,
            "due": datetime.date(2026, 1, 1) + datetime.timedelta(days=number % 365),
            "at": None,
        }


def held_size(count):
    """Memory that holding ``count`` rows as dicts would take, measured the same way."""
    tracemalloc.start()
    rows = list(many_rows(count, []))
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(rows) == count
    return size


def test_csv_streams_rows_without_reading_them_all_first():
    consumed = []
    response = table_response(table(many_rows(20_000, consumed)), fmt="csv", filename="x")
    chunks = iter(response.streaming_content)

    next(chunks)
    assert consumed[-1] < 1000

    tracemalloc.start()
    total = sum(len(chunk) for chunk in chunks)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    assert total > 1_000_000
    assert peak < held_size(20_000) / 10


def test_xlsx_memory_stays_flat_for_many_rows():
    tracemalloc.start()
    response = table_response(table(many_rows(20_000, [])), fmt="xlsx", filename="x")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    size = sum(len(chunk) for chunk in response.streaming_content)
    assert size > 100_000
    assert peak < held_size(20_000) / 4


def test_async_server_gets_the_csv_chunk_by_chunk():
    consumed = []
    response = table_response(table(many_rows(5_000, consumed)), fmt="csv", filename="x")

    async def first_chunk_then_rest():
        chunks = aiter(response)
        first = await anext(chunks)
        seen_at_first = consumed[-1]
        rest = [chunk async for chunk in chunks]
        return first, seen_at_first, rest

    first, seen_at_first, rest = asyncio.run(first_chunk_then_rest())

    assert first.startswith("\ufeff".encode())
    assert seen_at_first < 1000
    assert len(rest) >= 9
    assert consumed[-1] == 4000
