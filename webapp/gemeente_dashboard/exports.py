"""CSV and XLSX files of the dashboard's sections, cell for cell what the page shows.

A count under 5 is written as "<5" and a hidden count as "×", never as a
number, so a spreadsheet cannot sum its way to them; shown counts are numbers.
"""

from __future__ import annotations

import csv
import io
import re

from flask_babel import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from .disclosure import HIDDEN_TEXT, SMALL_TEXT, Figure
from .report import NOT_SHOWN, Section, Value

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def legend() -> list[str]:
    return [
        f"{SMALL_TEXT}: {_('fewer than 5 (0 included), so that no one can be recognised')}",
        f"{HIDDEN_TEXT}: {_('hidden, so that a count under 5 cannot be worked out from the other figures')}",
        f"{NOT_SHOWN}: {_('not shown, because the count it is made of is not shown')}",
    ]


def _plain(cell):
    """A cell as a spreadsheet value: shown counts and values as numbers, the rest as its text."""
    if isinstance(cell, Figure):
        return cell.value if cell.shown else str(cell)
    if isinstance(cell, Value):
        if not cell.shown:
            return NOT_SHOWN
        return round(cell.number / 100, 3) if cell.unit == "percent" else round(cell.number)
    return "" if cell is None else cell


def to_csv(sections: list[Section], heading: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for line in heading:
        writer.writerow([line])
    for section in sections:
        for sheet in section.sheets:
            writer.writerow([])
            writer.writerow([f"{section.title}: {sheet.title}"])
            writer.writerow(sheet.columns)
            for row in sheet.rows:
                writer.writerow([_csv_cell(c) for c in row])
    writer.writerow([])
    for line in legend():
        writer.writerow([line])
    return "\ufeff" + out.getvalue()  # the byte-order mark makes spreadsheet programs read UTF-8


def _csv_cell(cell):
    value = _plain(cell)
    if isinstance(cell, Value) and cell.shown and cell.unit == "percent":
        return round(cell.number)
    return value


_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(title: str, taken: set[str]) -> str:
    name = _SHEET_NAME.sub(" ", title)[:31].strip() or "Sheet"
    base, n = name, 2
    while name.lower() in taken:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def to_xlsx(sections: list[Section], heading: list[str], cover: list[str] | None = None) -> bytes:
    """One worksheet per section (and a cover sheet first, when given)."""
    workbook = Workbook()
    taken: set[str] = set()
    first = workbook.active
    if cover is not None:
        first.title = _sheet_name(cover[0], taken)
        for i, line in enumerate(cover, start=1):
            first.cell(row=i, column=1, value=line).font = Font(bold=i == 1, size=14 if i == 1 else 11)
        first.column_dimensions["A"].width = 110
        _legend(first, len(cover) + 2)
        first = None
    for section in sections:
        worksheet = first or workbook.create_sheet()
        first = None
        worksheet.title = _sheet_name(section.title, taken)
        _write_section(worksheet, section, heading)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _write_section(worksheet, section: Section, heading: list[str]) -> None:
    row = 1
    worksheet.cell(row=row, column=1, value=section.title).font = Font(bold=True, size=14)
    for line in [*heading, section.definition]:
        row += 1
        worksheet.cell(row=row, column=1, value=line)
    widths: dict[int, int] = {1: 24}
    if not section.applies:
        row += 2
        worksheet.cell(
            row=row, column=1, value=_("Not available for this filter: this indicator is not broken down this way.")
        )
    for sheet in section.sheets:
        row += 2
        worksheet.cell(row=row, column=1, value=sheet.title).font = Font(bold=True)
        row += 1
        for column, title in enumerate(sheet.columns, start=1):
            worksheet.cell(row=row, column=column, value=title).font = Font(bold=True)
            widths[column] = max(widths.get(column, 10), min(40, len(str(title)) + 2))
        for cells in sheet.rows:
            row += 1
            for column, cell in enumerate(cells, start=1):
                target = worksheet.cell(row=row, column=column, value=_plain(cell))
                if isinstance(cell, Value) and cell.shown:
                    target.number_format = "0%" if cell.unit == "percent" else "0"
                if isinstance(cell, (Figure, Value)):
                    target.alignment = Alignment(horizontal="right")
                widths[column] = max(widths.get(column, 10), min(40, len(str(target.value)) + 2))
    for column, width in widths.items():
        worksheet.column_dimensions[get_column_letter(column)].width = width
    _legend(worksheet, row + 2)


def _legend(worksheet, row: int) -> None:
    for i, line in enumerate(legend()):
        worksheet.cell(row=row + i, column=1, value=line).font = Font(italic=True)
