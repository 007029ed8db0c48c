"""Typed, styled write-only cells: dates as dates, money and counts as numbers, text as text.

The workbook's figures must survive being re-read (by the province's spreadsheet or by a
round trip through LibreOffice) with their types, so every cell says what it holds: a
``datetime.date`` with a date format, an ``int`` with a thousands format ("đ" for money),
and user text through ``text_value`` (never a formula).
"""

from __future__ import annotations

import datetime as dt

from openpyxl.cell import WriteOnlyCell

from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.cells import text_value


LINE_HEIGHT = 13.0  # points per line of 11 pt Times New Roman (about 1.18 × the size)
MAX_ROW_HEIGHT = 409  # Excel's limit


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapped column of ``width`` (Excel character units)."""
    per_line = max(1, int(width * 1.3))
    return sum(max(1, -(-len(part) // per_line)) for part in (text or "").split("\n"))


class TypedCells:
    """Makes typed cells for one sheet and appends rows, counting them.

    Neither LibreOffice nor Excel reliably grows a row for wrapped text in a file it did not
    lay out itself, so ``append`` can give a row an explicit height estimated from its
    longest wrapped text (``heights``: pairs of text and column width).
    """

    def __init__(self, sheet):
        self.sheet = sheet
        self.row = 0  # the last row written

    def append(self, cells: list, heights: list[tuple[str, float]] | None = None) -> int:
        self.row += 1
        lines = max((wrapped_lines(text, width) for text, width in heights or ()), default=1)
        if lines > 1:
            # A plain dict is what the write-only writer reads for the row's attributes;
            # it is dropped once the row is written so memory stays flat.
            height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3)
            self.sheet.row_dimensions[self.row] = {"ht": f"{height:.1f}", "customHeight": "1"}
        self.sheet.append(cells)
        if lines > 1:
            del self.sheet.row_dimensions[self.row]
        return self.row

    def text(self, value, style: str = st.TEXT) -> WriteOnlyCell:
        return text_value(self.sheet, value, style=style)

    def _typed(self, value, style: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        cell.style = style
        return cell

    def int(self, value: int | None, style: str = st.INT) -> WriteOnlyCell:
        return self._typed(None if value is None else int(value), style)

    def money(self, value: int | None, style: str = st.MONEY) -> WriteOnlyCell:
        return self._typed(None if value is None else int(value), style)

    def date(self, value: dt.date | None, style: str = st.DATE) -> WriteOnlyCell:
        return self._typed(value, style)

    def percent(self, fraction: float | None, style: str = st.PERCENT) -> WriteOnlyCell:
        return self._typed(None if fraction is None else round(fraction, 4), style)

    def blank(self, style: str = st.TEXT) -> WriteOnlyCell:
        return self._typed(None, style)


def title_rows(cells: TypedCells, unit_name: str, title: str, subtitle: str,
               columns: int) -> None:
    """The three lines above a sheet's table: unit, then title and period centred over it."""
    from openpyxl.utils import get_column_letter

    cells.append([cells.text(unit_name.upper(), st.SECTION)])
    cells.append([cells.text(title, st.TITLE)])
    cells.append([cells.text(subtitle, st.SUBTITLE)])
    last = get_column_letter(columns)
    for row in (2, 3):
        cells.sheet.merged_cells.add(f"A{row}:{last}{row}")
