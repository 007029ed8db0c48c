"""Bounds on an untrusted workbook before openpyxl parses any of it.

openpyxl builds each row of a sheet in memory before it hands it over, loads every shared
string and style at once, and raises IndexError or ValueError on a cell that Excel would
never write (a reference like "A0", a number "1,5", a shared-string index past the end).
So a 1 MB file holding one row of millions of cells took minutes and gigabytes, and a
hand-edited cell ended in a traceback. This module reads every XML part first with a
streaming parser (expat, no DTD: a DOCTYPE is refused outright) and stops at the first
limit crossed, naming it: sizes and compression of the parts, sheets, rows, cells per
row, cells per sheet, length of texts and attributes, and the cell values openpyxl would
choke on. Only a file that passes is given to openpyxl.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from openpyxl.utils.datetime import from_ISO8601

from nbhr_desktop.base.errors import UserError, os_reason
from nbhr_desktop.base.i18n import _
from nbhr_desktop.sync import format as fmt

MAX_FILE_SIZE = 20 * 1024 * 1024
MAX_SHEET_PART = 32 * 1024 * 1024  # 5,000 filled rows take about 4 MB of sheet XML
MAX_STRINGS_PART = 32 * 1024 * 1024
MAX_OTHER_PART = 8 * 1024 * 1024  # styles, workbook, relationships, properties, theme
MAX_RATIO = 100  # the template compresses 9:1
MAX_SHEETS = 50
MAX_CELLS_PER_ROW = 1024  # the entry sheet has 16 columns; Excel allows 16,384
MAX_CELLS_PER_SHEET = 1_000_000
MAX_ROW_INDEX = 1_048_576  # Excel's last row
MAX_OTHER_ROWS = 20_000  # rows holding a value, in sheets other than the entry sheet
MAX_TEXT = 32_767  # Excel's limit for one cell
MAX_FORMULA = 8_192  # Excel's limit for a formula
MAX_ATTRIBUTE = 65_536
MAX_ELEMENTS = 500_000  # elements outside the rows of a sheet, or in any other part
MAX_SHARED_STRINGS = 500_000
CHUNK = 256 * 1024
# A report workbook (``report_import``) is bigger: a year of a district's activities.
REPORT_FILE_SIZE = 200 * 1024 * 1024

_REFERENCE = re.compile(r"^([A-Z]{1,3})([1-9][0-9]{0,6})$")
_CELL_TYPES = {"n", "s", "str", "inlineStr", "b", "e", "d"}
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_RELATIONSHIP_ID = "http://schemas.openxmlformats.org/officeDocument/2006/relationships id"


class _Stop(Exception):
    """A limit crossed inside an expat handler; carries the Vietnamese reason."""


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _is_number(text: str) -> bool:
    # openpyxl's own cast: a float when the text has ".", "E" or "e", else an int.
    try:
        float(text) if any(ch in text for ch in ".Ee") else int(text)
    except ValueError:
        return False
    return True


class _Part:
    """Streaming checks of one XML part; subclasses look at what their part holds."""

    def __init__(self, member: str):
        self.member = member
        self.elements = 0
        self.text_length = 0

    def start(self, name: str, attrs: dict) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise _Stop(_("phần \"{member}\" có hơn {n} phần tử XML").format(
                member=self.member, n=f"{MAX_ELEMENTS:,}".replace(",", ".")))
        for value in attrs.values():
            if len(value) > MAX_ATTRIBUTE:
                raise _Stop(_("phần \"{member}\" có một thuộc tính dài {n} ký tự").format(
                    member=self.member, n=len(value)))
        self.text_length = 0

    def end(self, name: str) -> None:
        self.text_length = 0

    def data(self, text: str) -> None:
        self.text_length += len(text)
        if self.text_length > MAX_TEXT:
            raise _Stop(_("phần \"{member}\" có một đoạn chữ dài hơn {n} ký tự (giới hạn "
                          "của Excel)").format(member=self.member, n=MAX_TEXT))


class _CorePart(_Part):
    """docProps/core.xml: the save time the file itself records (Excel, LibreOffice and
    openpyxl all write ``dcterms:modified``). openpyxl's reader puts "now" in its place
    when it is missing, so it is read here."""

    def __init__(self, member: str):
        super().__init__(member)
        self.modified_text: str | None = None
        self.in_modified = False

    def start(self, name, attrs):
        super().start(name, attrs)
        self.in_modified = name == "modified"
        if self.in_modified:
            self.modified_text = ""

    def data(self, text):
        super().data(text)
        if self.in_modified:
            self.modified_text += text

    def end(self, name):
        super().end(name)
        self.in_modified = False

    @property
    def modified(self) -> dt.datetime | None:
        try:
            moment = dt.datetime.fromisoformat((self.modified_text or "").strip())
        except ValueError:
            return None
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return moment


class _WorkbookPart(_Part):
    def __init__(self, member: str):
        super().__init__(member)
        self.sheets: list[tuple[str, str]] = []  # (name, relationship id)

    def start(self, name, attrs):
        super().start(name, attrs)
        if name == "sheet":
            self.sheets.append((attrs.get("name", "?"), attrs.get(_RELATIONSHIP_ID, "")))
            if len(self.sheets) > MAX_SHEETS:
                raise _Stop(_("sổ có hơn {n} trang").format(n=MAX_SHEETS))


class _RelationsPart(_Part):
    def __init__(self, member: str):
        super().__init__(member)
        self.targets: dict[str, str] = {}

    def start(self, name, attrs):
        super().start(name, attrs)
        if name == "Relationship":
            self.targets[attrs.get("Id", "")] = attrs.get("Target", "")


class _StringsPart(_Part):
    def __init__(self, member: str):
        super().__init__(member)
        self.count = 0
        self.item_length = 0

    def start(self, name, attrs):
        if name == "si":
            self.count += 1
            self.item_length = 0
            if self.count > MAX_SHARED_STRINGS:
                raise _Stop(_("sổ có hơn {n} chuỗi chữ dùng chung").format(
                    n=f"{MAX_SHARED_STRINGS:,}".replace(",", ".")))
        super().start(name, attrs)

    def data(self, text):
        super().data(text)
        self.item_length += len(text)  # a rich text item is split in runs
        if self.item_length > MAX_TEXT:
            raise _Stop(_("sổ có một chuỗi chữ dài hơn {n} ký tự (giới hạn của Excel)")
                        .format(n=MAX_TEXT))


class _StylesPart(_Part):
    def __init__(self, member: str):
        super().__init__(member)
        self.cell_formats = 0
        self.in_cell_formats = False

    def start(self, name, attrs):
        super().start(name, attrs)
        if name == "cellXfs":
            self.in_cell_formats = True
        elif name == "xf" and self.in_cell_formats:
            self.cell_formats += 1

    def end(self, name):
        super().end(name)
        if name == "cellXfs":
            self.in_cell_formats = False


class _SheetPart(_Part):
    """Rows and cells of a worksheet, checked as they stream past."""

    def __init__(self, member: str, sheet: str, max_rows: int, strings: int, styles: int,
                 max_cells: int | None = None):
        super().__init__(member)
        self.sheet, self.max_rows = sheet, max_rows
        self.max_cells = max_cells or MAX_CELLS_PER_SHEET
        self.strings, self.styles = strings, styles
        self.row = 0
        self.cells_in_row = 0
        self.cells = 0
        self.row_has_value = False
        self.in_data = False
        self.cell: dict | None = None  # the cell being read: ref, type, value, text
        self.capture: str | None = None  # "v", "f" or "t" while inside one

    def where(self) -> str:
        ref = self.cell["ref"] if self.cell else ""
        return _("trang \"{sheet}\", dòng {row}{cell}").format(
            sheet=self.sheet, row=self.row, cell=_(", ô {ref}").format(ref=ref) if ref else "")

    def bad(self, reason: str) -> _Stop:
        return _Stop(f"{self.where()}: {reason}")

    def start(self, name, attrs):
        if not self.in_data:
            super().start(name, attrs)
            self.in_data = name == "sheetData"
            return
        if name == "row":
            self.start_row(attrs)
        elif name == "c":
            self.start_cell(attrs)
        elif name in ("v", "f", "t") and self.cell is not None:
            self.capture = name
            self.cell[name] = ""
        for value in attrs.values():
            if len(value) > MAX_ATTRIBUTE:
                raise self.bad(_("một thuộc tính dài {n} ký tự").format(n=len(value)))

    def start_row(self, attrs) -> None:
        text = attrs.get("r")
        if text is None:
            self.row += 1
        else:
            if not text.isdigit() or not 1 <= int(text) <= MAX_ROW_INDEX:
                raise self.bad(_("số dòng \"{text}\" không hợp lệ").format(text=text[:20]))
            self.row = int(text)
        self.cells_in_row = 0
        self.row_has_value = False

    def start_cell(self, attrs) -> None:
        self.cells_in_row += 1
        self.cells += 1
        if self.cells_in_row > MAX_CELLS_PER_ROW:
            raise _Stop(_(
                "trang \"{sheet}\", dòng {row} có hơn {n} ô (sổ nhập liệu chỉ có 16 cột). Tệp "
                "có thể đã bị sửa để làm treo máy").format(
                    sheet=self.sheet, row=self.row, n=MAX_CELLS_PER_ROW))
        if self.cells > self.max_cells:
            raise _Stop(_("trang \"{sheet}\" có hơn {n} ô").format(
                sheet=self.sheet, n=f"{self.max_cells:,}".replace(",", ".")))
        ref = attrs.get("r", "")
        self.cell = {"ref": ref[:20], "type": attrs.get("t", "n")}
        if ref:
            match = _REFERENCE.match(ref)
            if match is None or _column_number(match.group(1)) > 16_384 or \
                    int(match.group(2)) > MAX_ROW_INDEX:
                raise self.bad(_("địa chỉ ô \"{ref}\" không hợp lệ").format(ref=ref[:20]))
        if self.cell["type"] not in _CELL_TYPES:
            raise self.bad(_("kiểu ô \"{kind}\" không hợp lệ").format(kind=self.cell["type"][:20]))
        style = attrs.get("s")
        if style is not None and (not style.isdigit() or int(style) >= max(self.styles, 1)):
            raise self.bad(_("ô dùng định dạng số {style}, không có trong sổ").format(
                style=style[:20]))

    def data(self, text):
        if self.capture is None:
            if self.in_data:
                return  # whitespace between rows and cells
            super().data(text)
            return
        value = self.cell[self.capture] + text
        limit = MAX_FORMULA if self.capture == "f" else MAX_TEXT
        if len(value) > limit:
            raise self.bad(_("nội dung dài hơn {n} ký tự (giới hạn của Excel)").format(n=limit))
        self.cell[self.capture] = value

    def end(self, name):
        if not self.in_data:
            super().end(name)
            return
        if name == "sheetData":
            self.in_data = False
        elif name in ("v", "f", "t"):
            self.capture = None
        elif name == "c" and self.cell is not None:
            self.end_cell(self.cell)
            self.cell = None
        elif name == "row" and self.row_has_value and self.row > self.max_rows:
            raise _Stop(_("trang \"{sheet}\" có dữ liệu ở dòng {row}, quá giới hạn {n} dòng; "
                          "hãy chia thành nhiều tệp").format(
                              sheet=self.sheet, row=self.row, n=self.max_rows - 1))

    def end_cell(self, cell: dict) -> None:
        value, kind = cell.get("v"), cell["type"]
        if value or cell.get("t") or cell.get("f"):
            self.row_has_value = True
        if value is None or value == "":
            return
        if kind == "n" and not _is_number(value):
            raise self.bad(_("số \"{value}\" không hợp lệ").format(value=value[:30]))
        if kind == "s" and (not value.isdigit() or int(value) >= self.strings):
            raise self.bad(_("trỏ tới chuỗi chữ số {value}, không có trong sổ").format(
                value=value[:20]))
        if kind == "b" and value not in ("0", "1"):
            raise self.bad(_("giá trị đúng/sai \"{value}\" không hợp lệ").format(value=value[:20]))
        if kind == "d":
            try:
                from_ISO8601(value)
            except (ValueError, TypeError, OverflowError):
                raise self.bad(_("ngày \"{value}\" không hợp lệ").format(
                    value=value[:30])) from None


def _refuse(path: Path, reason: str) -> UserError:
    return UserError(_("Không nhập được sổ Excel \"{name}\": {reason}").format(
        name=path.name, reason=reason))


def _part_limit(name: str, sheet_part: int | None = None) -> int:
    if name.startswith("xl/worksheets/"):
        return sheet_part or MAX_SHEET_PART
    if name == "xl/sharedStrings.xml":
        return MAX_STRINGS_PART
    return MAX_OTHER_PART


def _stream(archive: fmt.SafeZip, path: Path, part: _Part) -> _Part:
    """Feed one member to expat in chunks; a limit crossed stops it at once."""
    def refuse_doctype(*_args):
        raise _Stop(_(
            "phần \"{member}\" chứa khai báo DOCTYPE/ENTITY (có thể là \"quả bom XML\"). Hãy "
            "mở tệp bằng Excel, lưu lại thành tệp mới rồi nhập lại.").format(member=part.member))

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = lambda name, attrs: part.start(name.rsplit(" ", 1)[-1], attrs)
    parser.EndElementHandler = lambda name: part.end(name.rsplit(" ", 1)[-1])
    parser.CharacterDataHandler = part.data
    info = archive.infos[part.member]
    read = 0
    try:
        with archive.archive.open(info) as handle:
            while chunk := handle.read(CHUNK):
                read += len(chunk)
                if read > info.file_size:
                    raise _Stop(_("phần \"{member}\" dài hơn kích thước nó khai").format(
                        member=part.member))
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Stop as stop:
        raise _refuse(path, str(stop)) from None
    except expat.ExpatError as error:
        raise _refuse(path, _("phần \"{member}\" không phải XML hợp lệ (dòng {line}); tệp bị "
                              "hỏng hoặc bị sửa tay. Hãy mở bằng Excel, lưu lại rồi nhập lại.")
                      .format(member=part.member, line=error.lineno)) from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError):
        raise _refuse(path, _("phần \"{member}\" bị hỏng (sai mã kiểm tra); hãy xin gửi lại "
                              "tệp.").format(member=part.member)) from None
    return part


def _sheet_members(workbook: _WorkbookPart, relations: _RelationsPart) -> dict[str, str]:
    """Worksheet member → its sheet's name."""
    found = {}
    for name, rel_id in workbook.sheets:
        target = relations.targets.get(rel_id, "")
        member = target.lstrip("/") if target.startswith("/") else "xl/" + target
        found[member] = name
    return found


@dataclass(frozen=True)
class WorkbookFacts:
    saved_at: dt.datetime | None  # docProps modified, UTC; None when the file has none
    sheets: tuple[str, ...] = ()  # the sheets' names, in the workbook's order


@dataclass(frozen=True)
class Bounds:
    """Larger bounds for a bigger kind of workbook (a report workbook carries a whole
    period's activities); each None keeps the entry workbook's (module constants)."""

    file_size: int | None = None
    sheet_part: int | None = None
    cells_per_sheet: int | None = None


def sheet_names(path: Path) -> tuple[str, ...]:
    """The sheets' names, read from the workbook part alone under the same bounds (to tell
    an entry workbook from a report workbook before the whole file is checked)."""
    try:
        if path.stat().st_size > max(MAX_FILE_SIZE, REPORT_FILE_SIZE):
            return ()
    except OSError as error:
        raise _refuse(path, os_reason(error)) from None
    archive = fmt.SafeZip(path, allowed_name=lambda name: True, max_member_size=_part_limit,
                          max_ratio=lambda name: MAX_RATIO, label=_("sổ Excel"))
    try:
        workbook = _WorkbookPart("xl/workbook.xml")
        if workbook.member in archive.names:
            _stream(archive, path, workbook)
    finally:
        archive.close()
    return tuple(name for name, _rel in workbook.sheets)


def check_workbook(path: Path, *, entry_sheet: str, entry_rows: int,
                   bounds: Bounds = Bounds()) -> WorkbookFacts:
    """Refuse (``UserError``) a workbook openpyxl should not be given. ``entry_rows``: the
    last row of ``entry_sheet`` that may hold a value."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise _refuse(path, os_reason(error)) from None
    largest = bounds.file_size or MAX_FILE_SIZE
    if size > largest:
        raise _refuse(path, _("tệp lớn hơn {mb} MB; sổ Excel không cần lớn như vậy.")
                      .format(mb=largest // 2**20))
    archive = fmt.SafeZip(path, allowed_name=lambda name: True,
                          max_member_size=lambda name: _part_limit(name, bounds.sheet_part),
                          max_ratio=lambda name: MAX_RATIO, label=_("sổ Excel"))
    try:
        names = archive.names
        xml_parts = sorted(n for n in names if n.endswith(_XML_SUFFIXES))
        workbook = _WorkbookPart("xl/workbook.xml")
        relations = _RelationsPart("xl/_rels/workbook.xml.rels")
        strings = _StringsPart("xl/sharedStrings.xml")
        styles = _StylesPart("xl/styles.xml")
        core = _CorePart("docProps/core.xml")
        first = (workbook, relations, strings, styles, core)
        for part in first:
            if part.member in names:
                _stream(archive, path, part)
        sheets = _sheet_members(workbook, relations)
        done = {part.member for part in first}
        for member in xml_parts:
            if member in done:
                continue
            if member in sheets or member.startswith("xl/worksheets/sheet"):
                sheet = sheets.get(member, member)
                rows = entry_rows if sheet == entry_sheet else MAX_OTHER_ROWS
                _stream(archive, path, _SheetPart(member, sheet, rows, strings.count,
                                                  styles.cell_formats or 1,
                                                  bounds.cells_per_sheet))
            else:
                _stream(archive, path, _Part(member))
    finally:
        archive.close()
    return WorkbookFacts(saved_at=core.modified,
                         sheets=tuple(name for name, _rel in workbook.sheets))
