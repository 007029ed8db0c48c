"""Typed, styled write-only cells: dates as dates, money and counts as numbers, text as text.

The workbook's figures must survive being re-read (by the province's spreadsheet or by a
round trip through LibreOffice) with their types, so every cell says what it holds: a
``datetime.date`` with a date format, an ``int`` with a thousands format (money too: its
column says "(đồng)"),
and user text through ``text_value`` (never a formula).
"""

from __future__ import annotations

import datetime as dt
from copy import copy

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles.cell_style import StyleArray

from nbhr_desktop.core.vnformat import percent_value
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.cells import text_value

LINE_HEIGHT = 13.0  # points per line of 11 pt Times New Roman (about 1.18 × the size)
MAX_ROW_HEIGHT = 409  # Excel's limit
SHARED_CELLS = 20_000  # distinct repeated values kept per sheet
SHARED_TEXT_LENGTH = 60  # names repeat; titles and contents rarely do


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
        self._styles: dict[str, StyleArray] = {}
        self._shared: dict[tuple, WriteOnlyCell] = {}

    def _style_of(self, name: str) -> StyleArray:
        # Resolving a named style by name is a linear search plus checks on every cell;
        # resolve each name once and give each cell its own copy of the result (what
        # openpyxl's own setter ends with). This halves the cost of a styled streamed row.
        array = self._styles.get(name)
        if array is None:
            probe = WriteOnlyCell(self.sheet)
            probe.style = name
            array = self._styles[name] = probe._style
        return array

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

    def _share(self, key: tuple, make) -> WriteOnlyCell:
        # A write-only row is serialised cell by cell as it is appended, so one cell object
        # can stand for every occurrence of a repeated short value (a commune, a form, a
        # zero, an empty note). This keeps a 50,000-row sheet close to plain openpyxl speed.
        cell = self._shared.get(key)
        if cell is None:
            cell = make()
            if len(self._shared) < SHARED_CELLS:
                self._shared[key] = cell
        return cell

    def text(self, value, style: str = st.TEXT) -> WriteOnlyCell:
        def make() -> WriteOnlyCell:
            cell = text_value(self.sheet, value)
            cell._style = copy(self._style_of(style))
            return cell

        if value is None or len(value) <= SHARED_TEXT_LENGTH:
            return self._share(("s", value, style), make)
        return make()

    def _typed(self, value, style: str, *, share: bool = True) -> WriteOnlyCell:
        def make() -> WriteOnlyCell:
            cell = WriteOnlyCell(self.sheet, value=value)
            cell._style = copy(self._style_of(style))
            return cell

        # Counts and days repeat across a period's rows (amounts of money mostly do not, and
        # would only fill the shared set); the cap bounds memory either way.
        if share:
            return self._share((type(value).__name__, value, style), make)
        return make()

    def int(self, value: int | None, style: str = st.INT, *, share: bool = True
            ) -> WriteOnlyCell:
        """A count; ``share=False`` for values that never repeat (row numbers)."""
        return self._typed(None if value is None else int(value), style, share=share)

    def money(self, value: int | None, style: str = st.MONEY) -> WriteOnlyCell:
        return self._typed(None if value is None else int(value), style, share=False)

    def date(self, value: dt.date | None, style: str = st.DATE) -> WriteOnlyCell:
        return self._typed(value, style)

    def percent(self, value: float | None, style: str = st.PERCENT) -> WriteOnlyCell:
        """A share given in % (85.5 for 85,5%), stored as the fraction the format shows,
        rounded as ``vnformat.percent`` rounds it (never up to 100,0% below target)."""
        shown = percent_value(value)
        return self._typed(None if shown is None else round(shown / 100, 6), style)

    def signed(self, value: int | None, style: str = st.SIGNED) -> WriteOnlyCell:
        return self._typed(None if value is None else int(value), style)

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
