"""Print settings that make a sheet print well on A4 (reports sent upward are printed).

A4 landscape, fitted to the page width (as many pages down as needed), the header rows
repeated on every page, the unit in the page header and "Trang x/y" in the footer, the
header frozen on screen. In write-only mode the sheet's top (frozen panes, column widths)
is written with the first row, so ``prepare_sheet`` must run before anything is appended.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from nbhr_desktop.base.i18n import _


def _header_text(text: str) -> str:
    # "&" starts a code in Excel header/footer text; a literal one is written "&&".
    return text.replace("&", "&&")


def prepare_sheet(sheet, widths: list[float], *, header_row: int, unit_name: str,
                  title: str, repeat_from: int | None = None) -> None:
    """Column widths, frozen header, A4 landscape fitted to width, header/footer.

    Rows ``repeat_from``–``header_row`` (default: the header row alone) print on every page.
    """
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.page_margins.header = sheet.page_margins.footer = 0.25
    sheet.print_title_rows = f"{repeat_from or header_row}:{header_row}"
    sheet.oddHeader.left.text = _header_text(unit_name)
    sheet.oddHeader.left.size = 9
    sheet.oddHeader.right.text = _header_text(title)
    sheet.oddHeader.right.size = 9
    sheet.oddFooter.center.text = _("Trang &P/&N")
    sheet.oddFooter.center.size = 9


def finish_sheet(sheet, *, header_row: int, last_row: int, columns: int,
                 autofilter: bool = True) -> None:
    """Filters over the table, once its last row is known (written at save time)."""
    if autofilter and last_row > header_row:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{last_row}"
