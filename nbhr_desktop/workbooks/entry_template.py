"""The data-entry workbook communes fill in and send back to the district.

Sheets:
- "Hoạt động": one row per activity, drop-down lists (data validation) for form, theme,
  audience, commune and plan task; dates and numbers with their formats; a hidden first
  column numbers the rows so an edited and re-sent workbook updates its rows instead of
  adding them again.
- "Hướng dẫn": how to fill it in, in Vietnamese.
- "Danh sách" (hidden): the lists the drop-downs read.
- "_nbhr" (very hidden): template name and version, the unit, this copy's id, and the
  commune a copy was made for (``commune``): one copy per commune keeps every commune's
  rows apart even when they number them alike.

The import (``entry_import``) maps the chosen names back through the database, never
through the hidden sheets, so an edited list cannot point a row at something else.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from nbhr_desktop.base.errors import UserError, os_reason
from nbhr_desktop.base.i18n import _, official_vietnamese, ui_
from nbhr_desktop.base.text import fold, nfc
from nbhr_desktop.core.units.lineage import communes_of
from nbhr_desktop.storage.activity_fields import FIGURES
from nbhr_desktop.storage.models import (
    AdminUnit,
    CatalogueItem,
    Plan,
    PlanStatus,
    PlanTask,
)
from nbhr_desktop.storage.partials import partial_path
from nbhr_desktop.workbooks.cells import text_cell

TEMPLATE_NAME = "nbhr-entry"
# 2: rows are identified within their commune, and the copy may be made for one commune.
TEMPLATE_VERSION = 2
ENTRY_SHEET = "Hoạt động"
HELP_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh sách"
META_SHEET = "_nbhr"
ROWS = 500  # pre-numbered rows; more can be added below (they are matched by content)
FIRST_ROW = 2


@dataclass(frozen=True)
class EntryColumn:
    key: str
    header: str
    width: float
    kind: str  # rowid, date, text, int, money, list
    required: bool = False
    list_name: str = ""


COLUMNS = [
    EntryColumn("row_id", "Mã dòng", 8, "rowid"),
    EntryColumn("start_date", "Ngày bắt đầu (dd/mm/yyyy)", 14, "date", required=True),
    EntryColumn("end_date", "Ngày kết thúc", 14, "date"),
    EntryColumn("title", "Tên hoạt động", 40, "text", required=True),
    EntryColumn("form", "Hình thức", 26, "list", required=True, list_name="form"),
    EntryColumn("theme", "Chủ đề", 30, "list", list_name="theme"),
    EntryColumn("audience", "Đối tượng", 26, "list", list_name="audience"),
    EntryColumn("commune", "Xã, phường, thị trấn", 22, "list", list_name="commune"),
    EntryColumn("task", "Nhiệm vụ trong kế hoạch", 36, "list", list_name="task"),
    EntryColumn("location", "Địa điểm", 22, "text"),
    # The figures a commune enters (``storage.activity_fields``: those with an entry header).
    *(EntryColumn(f.name, f.entry_header, f.widths["entry"], f.kind)
      for f in FIGURES if f.entry_header),
    EntryColumn("note", "Ghi chú", 30, "text"),
]
LIST_ORDER = ("form", "theme", "audience", "commune", "task")
LIST_TITLES = {"form": "Hình thức", "theme": "Chủ đề", "audience": "Đối tượng",
               "commune": "Xã, phường, thị trấn", "task": "Nhiệm vụ trong kế hoạch"}

INSTRUCTIONS = [
    "HƯỚNG DẪN NHẬP HOẠT ĐỘNG TRUYỀN THÔNG VỀ QUYỀN CON NGƯỜI",
    "",
    "1. Mỗi dòng của trang \"Hoạt động\" là một hoạt động đã thực hiện.",
    "2. Các cột bắt buộc: Ngày bắt đầu, Tên hoạt động, Hình thức.",
    "3. Ngày ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2025.",
    ("4. Hình thức, Chủ đề, Đối tượng, Xã và Nhiệm vụ: chọn trong danh sách thả xuống "
     "(bấm vào ô, chọn mũi tên). Không gõ tên khác."),
    ("5. Số người, số sản phẩm và kinh phí là số nguyên không âm; kinh phí tính bằng đồng, "
     "không ghi chữ \"đ\". Số nữ và số người dân tộc thiểu số không lớn hơn tổng số."),
    ("6. Không xóa, đổi tên hay sắp xếp lại các cột; không sửa các trang ẩn. Có thể sắp "
     "xếp các dòng."),
    "7. Không nhập công thức (bắt đầu bằng dấu =); nếu cần, hãy dán giá trị.",
    ("8. Gửi lại tệp cho huyện. Khi nhập, phần mềm báo từng dòng sai (trang, dòng, cột và "
     "lý do); các dòng đúng vẫn được nhập. Gửi lại cùng tệp đã sửa không tạo bản trùng."),
]


def task_label(plan_year: int, position: int, title: str) -> str:
    text = " ".join(nfc(title).split())
    return f"KH {plan_year} - {position}. {text[:150]}"


def commune_label(unit: AdminUnit) -> str:
    return nfc(unit.name)


def entry_lists(session, unit_id: int) -> dict[str, list[tuple[str, str]]]:
    """Per drop-down: (label, uuid) in display order. Labels are unique per list."""
    lists: dict[str, list[tuple[str, str]]] = {name: [] for name in LIST_ORDER}
    items = session.scalars(select(CatalogueItem).where(
        CatalogueItem.deleted.is_(False), CatalogueItem.active.is_(True))
        .order_by(CatalogueItem.sort_order, CatalogueItem.id))
    for item in items:
        if item.catalogue in lists:
            lists[item.catalogue].append((nfc(item.name), item.uuid))
    unit = session.get(AdminUnit, unit_id)
    # Communes in force on the unit's working day (a district's last day is 30/06/2025);
    # a commune-level unit lists itself.
    day = min(dt.date.today(), unit.valid_to or dt.date.max)
    communes = sorted(communes_of(session, unit, day), key=lambda u: u.name)
    lists["commune"] = [(commune_label(u), u.uuid) for u in communes]
    tasks = session.execute(select(PlanTask, Plan.year).join(Plan).where(
        Plan.unit_id == unit_id, Plan.deleted.is_(False), PlanTask.deleted.is_(False),
        Plan.status != PlanStatus.SUPERSEDED).order_by(Plan.year.desc(), PlanTask.position))
    lists["task"] = [(task_label(year, task.position, task.title), task.uuid)
                     for task, year in tasks]
    for name, entries in lists.items():  # a repeated label would be ambiguous: number it
        seen: dict[str, int] = {}
        unique = []
        for label, key in entries:
            seen[label] = seen.get(label, 0) + 1
            unique.append((label if seen[label] == 1 else f"{label} ({seen[label]})", key))
        lists[name] = unique
    return lists


def _commune(lists, query: str) -> tuple[str, str]:
    wanted = fold(query)
    found = [(label, key) for label, key in lists["commune"]
             if fold(label) == wanted or fold(label).endswith(" " + wanted)]
    if len(found) != 1:
        names = ", ".join(label for label, _key in lists["commune"][:12]) or "—"
        raise UserError(ui_("Không tìm thấy một xã \"{query}\" duy nhất trong danh sách xã, "
                          "thị trấn của đơn vị. Các xã: {names}.").format(query=query,
                                                                       names=names))
    return found[0]


@official_vietnamese()
def write_entry_template(workspace, out: str | Path, commune: str | None = None) -> Path:
    """Write the data-entry workbook for this installation's unit; with ``commune`` (a
    name in the unit's list), a copy for that commune alone. (The window and the command
    line export it through ``exports``, which writes ``build_entry_template``'s book.)"""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    if not out.parent.is_dir():
        raise UserError(ui_("Thư mục \"{folder}\" không tồn tại. Hãy chọn nơi lưu khác.")
                        .format(folder=out.parent))
    book = build_entry_template(workspace, commune)
    partial = partial_path(out)
    try:
        book.save(partial)
        partial.replace(out)
    except OSError as error:
        raise UserError(ui_("Không ghi được tệp {path}: {reason}. Hãy chọn nơi lưu khác.").format(
            path=out, reason=os_reason(error))) from None
    finally:
        partial.unlink(missing_ok=True)
    return out


@official_vietnamese()
def build_entry_template(workspace, commune: str | None = None) -> Workbook:
    """The data-entry workbook, in memory (see ``write_entry_template``)."""
    info = workspace.installation_info()
    with workspace.db.session() as session:
        lists = entry_lists(session, info.unit_id)
    bound = _commune(lists, commune) if commune else None
    if bound is not None:
        lists["commune"] = [bound]
    book = Workbook()
    entry = book.active
    entry.title = ENTRY_SHEET
    _write_entry_sheet(entry, lists)
    _write_help(book.create_sheet(HELP_SHEET), info.unit_name, bound[0] if bound else "")
    _write_lists(book.create_sheet(LISTS_SHEET), lists)
    meta = book.create_sheet(META_SHEET)
    for row, (key, value) in enumerate([
            ("template", TEMPLATE_NAME), ("version", str(TEMPLATE_VERSION)),
            ("unit_code", info.unit_code), ("unit_name", info.unit_name),
            ("workbook_id", str(uuid.uuid4())),
            ("created", dt.datetime.now().replace(microsecond=0).isoformat()),
            ("commune_uuid", bound[1] if bound else ""),
            ("commune_name", bound[0] if bound else "")], start=1):
        text_cell(meta.cell(row=row, column=1), key)
        text_cell(meta.cell(row=row, column=2), value)
    meta.sheet_state = "veryHidden"
    book.active = 0
    return book


def _write_entry_sheet(sheet, lists) -> None:
    header_font = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for col, column in enumerate(COLUMNS, start=1):
        cell = text_cell(sheet.cell(row=1, column=col),
                         column.header + (" *" if column.required else ""))
        cell.font, cell.fill = header_font, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(col)].width = column.width
    sheet.row_dimensions[1].height = 45
    sheet.column_dimensions["A"].hidden = True
    sheet.page_setup.orientation = "landscape"  # printed for a commune's records
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    last = FIRST_ROW + ROWS - 1
    for row in range(FIRST_ROW, last + 1):
        sheet.cell(row=row, column=1, value=row - FIRST_ROW + 1)
    sheet.freeze_panes = "B2"
    for col, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(col)
        cells = f"{letter}{FIRST_ROW}:{letter}{last}"
        if column.kind == "date":
            for row in range(FIRST_ROW, last + 1):
                sheet.cell(row=row, column=col).number_format = "DD/MM/YYYY"
            rule = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)",
                                  formula2="DATE(2100,12,31)", allow_blank=True)
            rule.error = _("Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 05/03/2025.")
        elif column.kind in ("int", "money"):
            fmt = "#,##0"
            for row in range(FIRST_ROW, last + 1):
                sheet.cell(row=row, column=col).number_format = fmt
            rule = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                                  allow_blank=True)
            rule.error = _("Hãy nhập số nguyên không âm.")
        elif column.kind == "list":
            index = LIST_ORDER.index(column.list_name)
            size = max(len(lists[column.list_name]), 1)
            list_col = get_column_letter(index + 1)
            rule = DataValidation(type="list", allow_blank=True,
                                  formula1=f"'{LISTS_SHEET}'!${list_col}$2:${list_col}${size + 1}")
            rule.error = _("Hãy chọn một mục trong danh sách thả xuống.")
        elif column.kind == "text":
            for row in range(FIRST_ROW, last + 1):
                sheet.cell(row=row, column=col).number_format = "@"  # typed text stays text
            continue
        else:
            continue
        rule.errorTitle = _("Giá trị không hợp lệ")
        rule.showErrorMessage = True
        sheet.add_data_validation(rule)
        rule.add(cells)


def _write_help(sheet, unit_name: str, commune: str = "") -> None:
    sheet.column_dimensions["A"].width = 110
    for row, line in enumerate(INSTRUCTIONS, start=1):
        cell = text_cell(sheet.cell(row=row, column=1), _(line))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row == 1:
            cell.font = Font(bold=True, size=13)
    text_cell(sheet.cell(row=len(INSTRUCTIONS) + 2, column=1),
              _("Mẫu của {unit}. Phiên bản mẫu {version}.").format(
                  unit=unit_name, version=TEMPLATE_VERSION))
    if commune:
        text_cell(sheet.cell(row=len(INSTRUCTIONS) + 3, column=1), _(
            "Bản này dành riêng cho {commune}: mọi dòng là hoạt động của {commune} (có thể "
            "để trống cột Xã). Mỗi xã dùng bản sổ của mình.").format(commune=commune))


def _write_lists(sheet, lists) -> None:
    for col, name in enumerate(LIST_ORDER, start=1):
        text_cell(sheet.cell(row=1, column=col), _(LIST_TITLES[name])).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(col)].width = 40
        for row, (label, _key) in enumerate(lists[name], start=2):
            text_cell(sheet.cell(row=row, column=col), label)
    sheet.sheet_state = "hidden"
