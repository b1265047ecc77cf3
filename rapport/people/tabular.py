"""Reading uploaded tables (CSV or XLSX) into rows of strings, with clear errors.

Shared by every import in Rapport. CSV may be UTF-8 (with or without the BOM Excel adds) or GBK /
GB18030 (Excel's "CSV" on a Chinese Windows); anything else is reported, never guessed wrongly.
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _

_ENCODINGS = ("utf-8-sig", "gb18030")


class TableError(Exception):
    """The file as a whole cannot be read; the message is for the user."""


@dataclass(frozen=True)
class Table:
    headers: list[str]
    # Each row: (row number as the user sees it in their spreadsheet, values by header)
    rows: list[tuple[int, dict[str, object]]]


def decode_text(content: bytes) -> str:
    for encoding in _ENCODINGS:
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableError(
        _(
            "The file is not readable text. Save it as CSV in UTF-8 (or GBK), or as an Excel .xlsx file."
        )
    )


def _read_csv(content: bytes) -> list[list[object]]:
    text = decode_text(content)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise TableError(_("The CSV file is malformed: %(error)s") % {"error": exc}) from exc


def _read_xlsx(content: bytes) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise TableError(_("The Excel file cannot be opened. Is it a valid .xlsx file?")) from exc
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date() if value.time() == datetime.time(0) else value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime.date):
        return value
    return str(value).strip()


def read_table(content: bytes, filename: str) -> Table:
    """Parse a CSV or XLSX upload. Raises TableError with a user-facing message."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        raw = _read_xlsx(content)
    elif name.endswith((".csv", ".txt")):
        raw = _read_csv(content)
    elif content[:2] == b"PK":
        raw = _read_xlsx(content)
    else:
        raise TableError(_("Unsupported file type: upload a .csv or .xlsx file."))
    numbered = [
        (index + 1, row) for index, row in enumerate(raw) if any(_cell(v) != "" for v in row)
    ]
    if not numbered:
        raise TableError(_("The file is empty."))
    headers = [str(_cell(value)) for value in numbered[0][1]]
    rows = [
        (
            number,
            {
                header: _cell(values[i]) if i < len(values) else ""
                for i, header in enumerate(headers)
            },
        )
        for number, values in numbered[1:]
    ]
    return Table(headers=headers, rows=rows)
