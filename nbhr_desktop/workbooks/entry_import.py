"""Reading a filled data-entry workbook safely, row by row.

The file is checked as an archive first (size, members, paths, compression ratio) and
every XML part is refused if it declares a DOCTYPE (entity bombs); openpyxl then parses
with defusedxml. Each bad row is reported with its sheet, row and column and the reason;
the good rows become activity records that go through the same preview and apply as an
exchange package, as local edits of this installation.

A row's identity: uuid5 of the workbook's id and the hidden row number written in the
template (so a corrected row updates its activity), or of its date and title for rows a
commune added below the numbered ones. Importing the same workbook twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from nbhr_desktop.core.errors import UserError
from nbhr_desktop.core.i18n import _
from nbhr_desktop.core.text import fold, nfc
from nbhr_desktop.storage.models import AdminUnit, utcnow
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync.apply import ImportSource
from nbhr_desktop.sync.diff import Problem
from nbhr_desktop.sync.records import RecordChecker, RecordError
from nbhr_desktop.sync.tables import BY_NAME
from nbhr_desktop.workbooks.entry_template import (
    COLUMNS,
    ENTRY_SHEET,
    META_SHEET,
    TEMPLATE_NAME,
    TEMPLATE_VERSION,
    entry_lists,
)

MAX_FILE_SIZE = 20 * 1024 * 1024
MAX_ROWS = 5000
MAX_MEMBER_SIZE = 200 * 1024 * 1024
TITLE_LIMIT = 1000
ROW_NAMESPACE = uuid.UUID("0c6e1c55-0f4e-4d67-9a8e-6b3c1e9d2a01")
# The activity fields a row sets; an activity that exists keeps the rest as the app has it.
OVERLAY = ("start_date", "end_date", "title", "form_uuid", "themes", "audiences",
           "commune_uuid", "task_uuid", "location", "participants_total",
           "participants_women", "participants_ethnic", "products", "cost", "note")
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _refuse(path: Path, reason: str) -> UserError:
    return UserError(_("Không nhập được sổ Excel \"{name}\": {reason}").format(
        name=path.name, reason=reason))


def _check_archive(path: Path) -> None:
    if path.stat().st_size > MAX_FILE_SIZE:
        raise _refuse(path, _("tệp lớn hơn {mb} MB; sổ nhập liệu không cần lớn như vậy.")
                      .format(mb=MAX_FILE_SIZE // 2**20))
    archive = fmt.SafeZip(path, allowed_name=lambda name: True,
                          max_member_size=lambda name: MAX_MEMBER_SIZE,
                          label=_("sổ Excel"))
    try:
        for name in sorted(archive.names):
            if name.endswith((".xml", ".rels", ".vml")):
                head = archive.read(name)[:4096]
                if _DOCTYPE.search(head):
                    raise _refuse(path, _(
                        "phần \"{member}\" chứa khai báo DOCTYPE/ENTITY (có thể là \"quả bom "
                        "XML\"). Hãy mở tệp bằng Excel, lưu lại thành tệp mới rồi nhập lại.")
                        .format(member=name))
    finally:
        archive.close()


def _meta(book, path: Path) -> dict[str, str]:
    if META_SHEET not in book.sheetnames or ENTRY_SHEET not in book.sheetnames:
        raise _refuse(path, _("đây không phải sổ nhập liệu do NBHR Desktop tạo (thiếu trang "
                              "\"{sheet}\" hoặc trang ẩn). Hãy dùng mẫu xuất từ phần mềm.")
                      .format(sheet=ENTRY_SHEET))
    values = {}
    for row in book[META_SHEET].iter_rows(min_row=1, max_row=20, max_col=2, values_only=True):
        if row and isinstance(row[0], str) and isinstance(row[1], str):
            values[row[0]] = row[1][:200]
    if values.get("template") != TEMPLATE_NAME:
        raise _refuse(path, _("đây không phải sổ nhập liệu do NBHR Desktop tạo."))
    if not values.get("version", "").isdigit() or int(values["version"]) > TEMPLATE_VERSION:
        raise _refuse(path, _("mẫu được tạo bởi phiên bản mới hơn; hãy cập nhật NBHR Desktop."))
    try:
        uuid.UUID(values.get("workbook_id", ""))
    except ValueError:
        raise _refuse(path, _("trang ẩn của mẫu đã bị sửa; hãy xuất mẫu mới.")) from None
    return values


def _date(value):
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value <= 80_000:
            raise ValueError
        return from_excel(value).date()
    text = str(value).strip()
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError


def _number(value) -> int:
    """A cell's whole number; ``ValueError`` (shown as "phải là số nguyên") otherwise."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        raise ValueError  # noqa: TRY004 - a cell's wrong value, reported to the user
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError
        value = int(value)
    if isinstance(value, str):
        text = value.strip().replace(".", "").replace(",", "").replace(" ", "")
        text = text.removesuffix("đ").removesuffix("đồng")
        if not re.fullmatch(r"-?\d{1,16}", text):
            raise ValueError
        value = int(text)
    if not isinstance(value, int):  # a date or time typed into a number column
        raise ValueError  # noqa: TRY004 - reported to the user like any bad value
    return value


class _RowReader:
    def __init__(self, lists, unit_uuid: str, info, workbook_id: str):
        self.lookup = {name: {fold(label): key for label, key in entries}
                       for name, entries in lists.items()}
        self.unit_uuid, self.info, self.workbook_id = unit_uuid, info, workbook_id
        self.seen_ids: set[str] = set()
        self.checker = RecordChecker(BY_NAME["activity"], now=utcnow())
        self.now = utcnow().isoformat()

    def read(self, row_number: int, cells) -> tuple[dict | None, list[tuple[str, str]]]:
        """The record of one row, or the problems as (column letter, reason)."""
        problems: list[tuple[str, str]] = []
        values: dict = {}
        for index, column in enumerate(COLUMNS):
            cell = cells[index] if index < len(cells) else None
            value = getattr(cell, "value", None)
            letter = get_column_letter(index + 1)
            if getattr(cell, "data_type", None) == "f":
                problems.append((letter, _("ô \"{header}\" chứa công thức; hãy nhập hoặc dán "
                                           "giá trị").format(header=column.header)))
                continue
            try:
                values[column.key] = self.convert(column, value)
            except ValueError as error:
                problems.append((letter, str(error) or _("giá trị không hợp lệ")))
        problems += self.cross_checks(values)  # also beside other problems of the row
        if problems:
            return None, problems
        record = self.record(row_number, values)
        try:
            self.checker.check(record)
        except RecordError as error:
            return None, [("", str(error))]
        return record, []

    def convert(self, column, value):
        header = column.header
        if isinstance(value, str):
            value = nfc(value).strip()
        if column.kind == "rowid":
            return str(value) if value not in (None, "") else ""
        if value in (None, "") and column.required:
            raise ValueError(_("thiếu \"{header}\" (bắt buộc)").format(header=header))
        if column.kind == "date":
            try:
                day = _date(value)
            except (ValueError, OverflowError):
                raise ValueError(_("\"{header}\" không phải ngày hợp lệ (\"{value}\"); ghi "
                                   "dạng 05/03/2025").format(header=header,
                                                             value=str(value)[:30])) from None
            if day is not None and not 2000 <= day.year <= 2100:
                raise ValueError(_("\"{header}\" có năm vô lý ({year})").format(
                    header=header, year=day.year))
            return day
        if column.kind in ("int", "money"):
            try:
                number = _number(value)
            except ValueError:
                raise ValueError(_("\"{header}\" phải là số nguyên (\"{value}\")").format(
                    header=header, value=str(value)[:30])) from None
            if number < 0:
                raise ValueError(_("\"{header}\" không được âm ({value})").format(
                    header=header, value=number))
            if number > (10**15 if column.kind == "money" else 2_000_000_000):
                raise ValueError(_("\"{header}\" quá lớn").format(header=header))
            return number
        if column.kind == "list":
            if value in (None, ""):
                return None
            key = self.lookup[column.list_name].get(fold(str(value)))
            if key is None:
                raise ValueError(_("\"{header}\": \"{value}\" không có trong danh sách; hãy "
                                   "chọn trong danh sách thả xuống").format(
                                       header=header, value=str(value)[:60]))
            return key
        text = "" if value is None else str(value)
        limit = TITLE_LIMIT if column.key == "title" else 2000
        if len(text) > limit:
            raise ValueError(_("\"{header}\" dài {n} ký tự, quá giới hạn {limit}").format(
                header=header, n=len(text), limit=limit))
        return text

    @staticmethod
    def cross_checks(values: dict) -> list[tuple[str, str]]:
        letters = {c.key: get_column_letter(i + 1) for i, c in enumerate(COLUMNS)}
        found = []
        if values.get("end_date") and values.get("start_date") and \
                values["end_date"] < values["start_date"]:
            found.append((letters["end_date"], _("ngày kết thúc trước ngày bắt đầu")))
        for key, label in (("participants_women", _("số nữ")),
                           ("participants_ethnic", _("số người dân tộc thiểu số"))):
            if key in values and "participants_total" in values and \
                    values[key] > values["participants_total"]:
                found.append((letters[key], _("{label} lớn hơn tổng số người tham dự")
                              .format(label=label)))
        return found

    def record(self, row_number: int, values: dict) -> dict:
        row_id = values["row_id"]
        if row_id and row_id not in self.seen_ids:
            key = f"row:{row_id}"
            self.seen_ids.add(row_id)
        else:  # a row added by hand (or a copied row number): known by its content
            key = f"content:{values['start_date'].isoformat()}:{fold(values['title'])}"
        uid = str(uuid.uuid5(ROW_NAMESPACE, f"{self.workbook_id}:{key}"))
        return {
            "uuid": uid, "owner_unit_code": self.info.unit_code, "version": 1,
            "changed_at": self.now, "changed_by": self.info.installation_uuid,
            "deleted": False,
            "start_date": values["start_date"].isoformat(),
            "end_date": values["end_date"].isoformat() if values["end_date"] else None,
            "title": values["title"], "description": "", "location": values["location"],
            "participants_total": values["participants_total"],
            "participants_women": values["participants_women"],
            "participants_ethnic": values["participants_ethnic"],
            "products": values["products"], "product_note": "", "broadcast_minutes": 0,
            "cost": values["cost"], "note": values["note"],
            "unit_uuid": self.unit_uuid, "form_uuid": values["form"],
            "commune_uuid": values["commune"], "task_uuid": values["task"],
            "lead_agency_uuid": None, "funding_uuid": None,
            "themes": [values["theme"]] if values["theme"] else [],
            "audiences": [values["audience"]] if values["audience"] else [],
        }


def read_entry_workbook(workspace, path: str | Path) -> ImportSource:
    """The good rows as records and the bad ones as problems; ``UserError`` for a file
    that cannot be read at all."""
    path = Path(path)
    _check_archive(path)
    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except UserError:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl/defusedxml raise many kinds
        raise _refuse(path, _("tệp bị hỏng hoặc không phải sổ Excel ({error}).").format(
            error=type(error).__name__)) from None
    try:
        meta = _meta(book, path)
        info = workspace.installation_info()
        if meta.get("unit_code") != info.unit_code:
            raise _refuse(path, _("mẫu này của {unit}, không phải của đơn vị đang dùng ({mine})."
                                  ).format(unit=meta.get("unit_name", "?"),
                                           mine=info.unit_name))
        with workspace.db.session() as session:
            lists = entry_lists(session, info.unit_id)
            unit_uuid = session.get(AdminUnit, info.unit_id).uuid
        reader = _RowReader(lists, unit_uuid, info, meta["workbook_id"])
        sheet = book[ENTRY_SHEET]
        records, rows, problems, bad = [], [], [], 0
        for number, cells in enumerate(sheet.iter_rows(min_row=2, max_col=len(COLUMNS)),
                                       start=2):
            if number > MAX_ROWS + 1:
                raise _refuse(path, _("sổ có hơn {n} dòng; hãy chia thành nhiều tệp.")
                              .format(n=MAX_ROWS))
            if all(getattr(c, "value", None) in (None, "") for c in cells[1:]):
                continue
            record, row_problems = reader.read(number, cells)
            if record is None:
                bad += 1
                for letter, reason in row_problems:
                    where = f"{ENTRY_SHEET}!{letter}{number}" if letter else \
                        f"{ENTRY_SHEET}!{number}"
                    problems.append(Problem("activity", "", "", _(
                        "trang \"{sheet}\", dòng {row}{col}: {reason}").format(
                            sheet=ENTRY_SHEET, row=number,
                            col=_(", cột {c}").format(c=letter) if letter else "",
                            reason=reason), row=where))
                continue
            records.append(record)
            rows.append(f"{ENTRY_SHEET}!{number}")
    finally:
        book.close()
    typed = [reader.checker.check(r) for r in records]
    return ImportSource(
        kind="workbook", path=path, file_sha256=fmt.file_sha256(path),
        sender_unit=info.unit_code, sender_name=info.unit_name,
        sender_installation=info.installation_uuid, records={"activity": records},
        typed={"activity": typed}, rows={"activity": rows}, problems=problems, bad_rows=bad,
        overlay=OVERLAY, notes=[_("Sổ nhập liệu: {good} dòng đúng, {bad} dòng có lỗi.")
                                .format(good=len(records), bad=bad)])
