"""The one safe way to put user text into a cell.

openpyxl stores any string that begins with "=" as a formula, which the recipient's
spreadsheet would then run. Every sheet writes user text through ``text_cell`` (normal
mode) or ``text_value`` (write-only mode), so it is always stored as text.
"""

from __future__ import annotations

import re

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

from nbhr_desktop.base.text import nfc

# Excel's own limit; longer text would make Excel ask to repair the file.
MAX_CELL_TEXT = 32767
# Control characters other than tab and newline, and the two non-characters XML 1.0 also
# forbids (a regular expression: this runs for every text cell of a big export, where a
# per-character loop was a tenth of the time).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def clean_text(value: str | None) -> str:
    text = nfc(value)
    # Such characters are illegal in the XML openpyxl writes: the file would not open.
    text = _CONTROL.sub("", text)
    return text[:MAX_CELL_TEXT]


def text_cell(cell: Cell, value: str | None) -> Cell:
    """Write ``value`` into ``cell`` as a string, never as a formula."""
    cell.value = clean_text(value)
    cell.data_type = "s"
    return cell


def text_value(sheet: Worksheet, value: str | None, **style) -> WriteOnlyCell:
    """A write-only cell holding ``value`` as a string, never as a formula."""
    cell = WriteOnlyCell(sheet, value=clean_text(value))
    cell.data_type = "s"
    for name, attribute in style.items():
        setattr(cell, name, attribute)
    return cell
