"""One summary table on its own sheet, printed with its own header row on every page.

Rows 1–3 name the unit, the table and the period (with what the figures cover); row 4 is
the table's header, the sheet's print titles; the rows follow.
"""

from __future__ import annotations

from openpyxl import Workbook

from nbhr_desktop.core.reports.figures import PeriodFigures
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.print_setup import prepare_sheet
from nbhr_desktop.workbooks.typed_cells import TypedCells, title_rows

HEADER_ROW = 4  # under the unit, the title and the period


class SummarySheet:
    """One table on its own sheet: title rows, a header row printed on every page, rows."""

    def __init__(self, workbook: Workbook, name: str, title: str, unit_name: str,
                 figures: PeriodFigures, headers: list[str], widths: list[float]):
        self.sheet = workbook.create_sheet(name)
        self.figures = figures
        self.width = sum(widths)
        self.columns = len(headers)
        prepare_sheet(self.sheet, widths, header_row=HEADER_ROW, unit_name=unit_name,
                      title=f"{name} - {figures.period.label}")
        self.cells = c = TypedCells(self.sheet)
        title_rows(c, unit_name, title, subtitle(figures), len(headers))
        c.append([c.text(h, st.HEADER) for h in headers],
                 [(h, w * 0.85) for h, w in zip(headers, widths, strict=True)])

    def note(self, text: str) -> None:
        """A line under the table, across its width (merged, wrapped)."""
        from openpyxl.utils import get_column_letter

        row = self.cells.append([self.cells.text(text, st.NOTE)], [(text, self.width)])
        self.sheet.merged_cells.add(f"A{row}:{get_column_letter(self.columns)}{row}")


def subtitle(figures: PeriodFigures) -> str:
    period = figures.period
    if figures.scope is None:
        return period.title_label
    return f"{period.title_label} ({figures.scope.coverage_text()})"


