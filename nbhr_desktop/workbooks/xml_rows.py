"""Rows written as ready-made XML into a write-only sheet: the fast path for long tables.

openpyxl's write-only mode turns every value into a cell object, works out its type, builds
an ElementTree element for it and serialises that with namespace bookkeeping: about 15 µs a
cell, which made a 100,000-activity detail sheet (2.2 million cells) take most of a minute.
The detail sheet's columns are known in advance, each with one kind and one named style, so
``XmlRows`` makes each cell's XML straight from its value:

* numbers and dates as ``<v>`` values (a date as its Excel serial, as openpyxl writes it);
* text always as an inline string, so a value starting with "=" stays text and is never a
  formula; cleaned by ``cells.clean_text`` (NFC, no control characters XML forbids, Excel's
  length limit) and escaped; short texts that repeat (forms, communes, funding) are cleaned
  and escaped once;
* an empty value as a styled empty cell, so the printed grid has no holes.

Everything else (column widths, print setup, named styles, filters, the zip) is still
openpyxl's: ``StreamedSheet`` is its write-only sheet, which also accepts such rows between
ordinary ones. The XML goes to the sheet's stream as text when openpyxl writes with its own
stdlib writer (et_xmlfile, this project's configuration: lxml is left out); were openpyxl
running on lxml, whose writer takes only elements, the rows are parsed and written as
elements (slower, the same cells).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.functions import fromstring

from nbhr_desktop.workbooks.cells import clean_text
from nbhr_desktop.workbooks.typed_cells import LINE_HEIGHT, MAX_ROW_HEIGHT

CACHED_TEXT_LENGTH = 60  # names repeat; titles and contents rarely do
CACHED_TEXTS = 20_000  # per sheet, to bound memory on a period of all-different names

# Column kinds: "int" and "money" (whole numbers), "date", "text".
KINDS = ("int", "money", "date", "text")


class StreamedSheet(WriteOnlyWorksheet):
    """openpyxl's write-only sheet that also takes ready-made rows (``append_xml``)."""

    def append_xml(self, xml: str, rows: int) -> None:
        """Write ``rows`` rows given as ``<row>`` XML, numbered from the next free row."""
        self.append(_ReadyRows(xml, rows))

    def append(self, row):
        if isinstance(row, _ReadyRows):
            self._get_writer()
            if self._rows is None:
                self._rows = self._write_rows()
                next(self._rows)
            self._rows.send(row)
        else:
            super().append(row)

    def _write_rows(self):
        # openpyxl's own loop (WriteOnlyWorksheet._write_rows, 3.1), which also takes XML
        # rows; it keeps the row count, so ordinary rows after them get the right numbers.
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        write_xml = _xml_writer(xf)
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = (yield)
                    if isinstance(row, _ReadyRows):
                        write_xml(row.xml)
                        row_idx += row.rows
                    else:
                        self._writer.write_row(xf, self._values_to_row(row, row_idx), row_idx)
                        row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)


class _ReadyRows:
    __slots__ = ("xml", "rows")

    def __init__(self, xml: str, rows: int):
        self.xml, self.rows = xml, rows


FORCE_PARSED = False  # tests: take the lxml route (parse, then write elements) here too


def _xml_writer(xf) -> Callable[[str], None]:
    raw = getattr(xf, "_file", None)  # et_xmlfile's writer: the stream's text write
    if callable(raw) and not FORCE_PARSED:
        return raw

    def parse_and_write(xml: str) -> None:
        for element in fromstring(f"<sheetData>{xml}</sheetData>"):
            xf.write(element)

    return parse_and_write


def add_streamed_sheet(workbook, title: str) -> StreamedSheet:
    """A new ``StreamedSheet`` at the end of a write-only ``workbook``."""
    sheet = StreamedSheet(parent=workbook, title=title)
    workbook._add_sheet(sheet)  # what Workbook.create_sheet does with its own sheet
    return sheet


def style_id(sheet, name: str) -> int:
    """The workbook's cell-format index of the named style ``name`` (registered first)."""
    probe = WriteOnlyCell(sheet)
    probe.style = name
    return probe.style_id


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class XmlRows:
    """Makes the XML of rows of typed, styled cells for one sheet.

    ``columns``: (kind, named style, wrapped width or None) per column, from column A. A
    row's height grows with its longest wrapped text, as ``TypedCells.append`` does.
    """

    def __init__(self, sheet, columns: Sequence[tuple[str, str, float | None]]):
        self._cells = []
        self._wrapped = []
        for index, (kind, style, wrap) in enumerate(columns):
            if kind not in KINDS:
                raise ValueError(kind)
            head = f'<c r="{get_column_letter(index + 1)}'
            sid = style_id(sheet, style)
            self._cells.append((kind, head, f'" s="{sid}"/>', f'" s="{sid}" t="n"><v>',
                                f'" s="{sid}" t="inlineStr"><is><t>',
                                f'" s="{sid}" t="inlineStr"><is><t xml:space="preserve">'))
            if wrap:
                self._wrapped.append((index, max(1, int(wrap * 1.3))))
        self._texts: dict[str, tuple[str, bool]] = {}
        self._dates: dict[dt.date, str] = {}
        self._epoch = sheet.parent.epoch

    def _text(self, value: str) -> tuple[str, bool]:
        """Escaped XML text, and whether leading or trailing spaces need preserving."""
        found = self._texts.get(value)
        if found is None:
            text = clean_text(value)
            found = (_escape(text), text != text.strip() and bool(text.strip()))
            if len(value) <= CACHED_TEXT_LENGTH and len(self._texts) < CACHED_TEXTS:
                self._texts[value] = found
        return found

    def _date(self, value: dt.date) -> str:
        serial = self._dates.get(value)
        if serial is None:
            serial = self._dates[value] = f"{to_excel(value, self._epoch):.16g}"
        return serial

    def row(self, number: int, values: Sequence) -> str:
        """The ``<row>`` of ``values`` (one per column; None or "" for an empty cell)."""
        r = str(number)
        parts = [None]
        append = parts.append
        for (kind, head, empty, number_mid, text_mid, spaced_mid), value in zip(
                self._cells, values, strict=False):  # a short row leaves the rest empty
            if value is None or value == "":
                append(f"{head}{r}{empty}")
            elif kind == "text":
                text, spaced = self._text(value)
                append(f"{head}{r}{spaced_mid if spaced else text_mid}{text}</t></is></c>")
            elif kind == "date":
                append(f"{head}{r}{number_mid}{self._date(value)}</v></c>")
            else:
                append(f"{head}{r}{number_mid}{int(value)}</v></c>")
        lines = 1
        for index, per_line in self._wrapped:
            text = values[index]
            if text and (len(text) > per_line or "\n" in text):
                lines = max(lines, sum(max(1, -(-len(part) // per_line))
                                       for part in text.split("\n")))
        if lines > 1:
            height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3)
            parts[0] = f'<row r="{r}" ht="{height:.1f}" customHeight="1">'
        else:
            parts[0] = f'<row r="{r}">'
        append("</row>")
        return "".join(parts)
