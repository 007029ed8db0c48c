"""Reading a filled data-entry workbook safely, row by row.

The file is bounded first (``entry_guard``: sizes, rows, cells, texts, malformed cells,
no DOCTYPE) and only then parsed by openpyxl (with defusedxml). Each bad row is reported
with its sheet, row and column and the reason; the good rows become activity records that
go through the same preview and apply as an exchange package, as local edits of this
installation.

A row's identity (uuid5 in the copy's namespace) must be shared by the later, corrected
workbooks of the same copy and by nothing else:
- every exported workbook is a copy with its own id; a copy made for one commune
  (``export-entry-template --commune``) numbers its rows for that commune alone;
- in a copy for the whole unit, the commune chosen on the row is part of the identity, so
  two communes filling row 2 of one e-mailed template make two activities;
- a row without a number (added by hand below the numbered ones, or a copied number), or
  one naming no commune in a copy for the whole unit, is known by its date and title.
Each record also carries the workbook's own save time and a hash of the row, so an older
copy imported after a newer one never reverts the newer correction, and a row left as it
was never overwrites what was changed in the app since (``sync.diff``).
Workbooks from template version 1 (one id per template) keep their old row identities for
rows already imported with the same commune, so re-sending one adds no duplicates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
import warnings
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from sqlalchemy import select

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import fold, nfc
from nbhr_desktop.storage.activity_fields import BY_NAME as FIGURE
from nbhr_desktop.storage.activity_fields import FIGURES
from nbhr_desktop.storage.models import Activity, AdminUnit, utcnow
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync.apply import ImportSource
from nbhr_desktop.sync.diff import Problem
from nbhr_desktop.sync.records import RecordChecker, RecordError
from nbhr_desktop.sync.tables import BY_NAME
from nbhr_desktop.workbooks.entry_guard import check_workbook
from nbhr_desktop.workbooks.entry_template import (
    COLUMNS,
    ENTRY_SHEET,
    META_SHEET,
    TEMPLATE_NAME,
    TEMPLATE_VERSION,
    entry_lists,
)

MAX_ROWS = 5000
TITLE_LIMIT = 1000
ROW_NAMESPACE = uuid.UUID("0c6e1c55-0f4e-4d67-9a8e-6b3c1e9d2a01")
# The activity fields a row sets; an activity that exists keeps the rest as the app has it.
# (Also what the row hash covers: a figure that joins the template changes the hash of every
# row, which calls for a new template version.)
ROW_FIELDS = ("start_date", "end_date", "title", "form_uuid", "themes", "audiences",
              "commune_uuid", "task_uuid", "location",
              *(f.name for f in FIGURES if f.entry_header), "note")
OVERLAY = ROW_FIELDS + ("entry_saved_at", "entry_row_hash")
CLOCK_SLACK = dt.timedelta(days=2)


def _refuse(path: Path, reason: str) -> UserError:
    return UserError(_("Không nhập được sổ Excel \"{name}\": {reason}").format(
        name=path.name, reason=reason))


def row_hash(record: dict) -> str:
    """What a row said, without who imported it when: equal rows, equal hashes."""
    body = {key: record[key] for key in ROW_FIELDS}
    data = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def plausible(moment: dt.datetime | None) -> dt.datetime | None:
    """A workbook's own save time (UTC), or None when absent or absurd (a clock far ahead
    would make a copy look newer than every later one)."""
    if moment is None or not dt.datetime(2000, 1, 1) <= moment <= utcnow() + CLOCK_SLACK:
        return None
    return moment.replace(microsecond=0)


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
        if values.get("commune_uuid"):
            uuid.UUID(values["commune_uuid"])
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
    def __init__(self, lists, unit_uuid: str, info, meta: dict[str, str],
                 saved: dt.datetime | None):
        self.lookup = {name: {fold(label): key for label, key in entries}
                       for name, entries in lists.items()}
        self.unit_uuid, self.info, self.workbook_id = unit_uuid, info, meta["workbook_id"]
        self.version = int(meta["version"])
        self.commune = meta.get("commune_uuid") or None  # a copy made for one commune
        self.commune_name = meta.get("commune_name", "")
        self.saved = saved.isoformat() if saved else None
        self.seen_ids: set[str] = set()
        self.used: dict[str, int] = {}  # identity → the row that took it
        self.legacy: dict[str, str] = {}  # identity → version-1 identity of the same row
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
        problems += self.bound_commune(values)
        if problems:
            return None, problems
        record = self.record(row_number, values)
        first = self.used.setdefault(record["uuid"], row_number)
        if first != row_number:
            return None, [("", _("trùng ngày và tên hoạt động với dòng {row}; hãy sửa tên cho "
                                 "khác hoặc xóa một dòng").format(row=first))]
        try:
            self.checker.check(record)
        except RecordError as error:
            return None, [("", str(error))]
        return record, []

    def bound_commune(self, values: dict) -> list[tuple[str, str]]:
        """A copy made for one commune: its rows are that commune's (blank means it)."""
        if self.commune is None or "commune" not in values:
            return []
        if values["commune"] is None:
            values["commune"] = self.commune
        elif values["commune"] != self.commune:
            letter = get_column_letter(COLUMNS.index(
                next(c for c in COLUMNS if c.key == "commune")) + 1)
            return [(letter, _("sổ này là bản dành cho {commune}; dòng ghi xã khác. Hãy "
                               "dùng sổ của xã đó").format(commune=self.commune_name))]
        return []

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
        for figure in FIGURES:  # a part ("trong đó") larger than its whole
            whole = FIGURE.get(figure.part_of)
            if whole is not None and figure.name in values and whole.name in values and \
                    values[figure.name] > values[whole.name]:
                found.append((letters[figure.name], _("{label} lớn hơn tổng {whole}").format(
                    label=_(figure.label).lower(), whole=_(whole.label).lower())))
        return found

    def identity(self, values: dict) -> tuple[str, str | None]:
        """The row's UUID in this copy, and its version-1 UUID when it may have one."""
        row_id, commune = values["row_id"], values["commune"]
        numbered = bool(row_id) and row_id not in self.seen_ids
        if numbered:
            self.seen_ids.add(row_id)
        scope = f"commune:{commune}:" if commune else "unit:"
        if self.commune is not None:
            scope = ""  # the copy itself belongs to one commune
        if numbered and (self.commune is not None or commune):
            key = f"{scope}row:{row_id}"
        else:  # added by hand, a copied number, or no commune on a shared copy: by content
            key = f"{scope}content:{values['start_date'].isoformat()}:{fold(values['title'])}"
        uid = str(uuid.uuid5(ROW_NAMESPACE, f"{self.workbook_id}:{key}"))
        legacy = None
        if self.version < 2 and numbered:
            legacy = str(uuid.uuid5(ROW_NAMESPACE, f"{self.workbook_id}:row:{row_id}"))
        return uid, legacy

    def record(self, row_number: int, values: dict) -> dict:
        uid, legacy = self.identity(values)
        if legacy is not None:
            self.legacy[uid] = legacy
        record = {
            "uuid": uid, "owner_unit_code": self.info.unit_code, "version": 1,
            "changed_at": self.now, "changed_by": self.info.installation_uuid,
            "deleted": False,
            "start_date": values["start_date"].isoformat(),
            "end_date": values["end_date"].isoformat() if values["end_date"] else None,
            "title": values["title"], "description": "", "location": values["location"],
            **{f.name: values.get(f.name, 0) for f in FIGURES},  # 0: not in the template
            "product_note": "", "note": values["note"],
            "unit_uuid": self.unit_uuid, "form_uuid": values["form"],
            "commune_uuid": values["commune"], "task_uuid": values["task"],
            "lead_agency_uuid": None, "funding_uuid": None,
            "themes": [values["theme"]] if values["theme"] else [],
            "audiences": [values["audience"]] if values["audience"] else [],
            "entry_saved_at": self.saved,
        }
        record["entry_row_hash"] = row_hash(record)
        return record


def _keep_legacy_identities(session, reader: _RowReader, records: list[dict]) -> None:
    """A version-1 workbook's row keeps the UUID it was first imported under, when that
    activity exists for the same commune; any other row (another commune's copy of the
    same template) gets its own."""
    wanted = {reader.legacy[r["uuid"]]: r for r in records if r["uuid"] in reader.legacy}
    if not wanted:
        return
    existing = {}
    for start in range(0, len(wanted), 500):
        chunk = list(wanted)[start:start + 500]
        rows = session.execute(select(Activity.uuid, AdminUnit.uuid).outerjoin(
            AdminUnit, AdminUnit.id == Activity.commune_id).where(Activity.uuid.in_(chunk)))
        existing.update(dict(rows.all()))
    taken = {r["uuid"] for r in records}
    for legacy, record in wanted.items():
        if legacy in existing and existing[legacy] == record["commune_uuid"] and \
                legacy not in taken:
            record["uuid"] = legacy
            taken.add(legacy)


def _open(path: Path):
    facts = check_workbook(path, entry_sheet=ENTRY_SHEET, entry_rows=MAX_ROWS + 1)
    try:
        with warnings.catch_warnings():  # openpyxl warns about unsupported extensions
            warnings.simplefilter("ignore")
            return load_workbook(path, read_only=True, data_only=False), facts
    except Exception as error:  # noqa: BLE001 - openpyxl/defusedxml raise many kinds
        raise _refuse(path, _("tệp bị hỏng hoặc không phải sổ Excel ({error}).").format(
            error=type(error).__name__)) from None


def _problem(number: int, letter: str, reason: str) -> Problem:
    where = f"{ENTRY_SHEET}!{letter}{number}" if letter else f"{ENTRY_SHEET}!{number}"
    return Problem("activity", "", "", _("trang \"{sheet}\", dòng {row}{col}: {reason}").format(
        sheet=ENTRY_SHEET, row=number, col=_(", cột {c}").format(c=letter) if letter else "",
        reason=reason), row=where)


def _read_rows(path: Path, book, reader: _RowReader):
    records, rows, problems, bad = [], [], [], 0
    sheet = book[ENTRY_SHEET]
    number = 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, cells in enumerate(sheet.iter_rows(
                    min_row=2, max_row=MAX_ROWS + 1, max_col=len(COLUMNS)), start=2):
                if all(getattr(c, "value", None) in (None, "") for c in cells[1:]):
                    continue
                record, row_problems = reader.read(number, cells)
                if record is None:
                    bad += 1
                    problems += [_problem(number, letter, why) for letter, why in row_problems]
                    continue
                records.append(record)
                rows.append(f"{ENTRY_SHEET}!{number}")
    except Exception as error:  # noqa: BLE001 - a cell the guard let through, still broken
        raise _refuse(path, _("trang \"{sheet}\" bị hỏng gần dòng {row} ({error}). Hãy mở "
                              "tệp bằng Excel, lưu lại rồi nhập lại.").format(
                                  sheet=ENTRY_SHEET, row=number + 1,
                                  error=type(error).__name__)) from None
    return records, rows, problems, bad


def read_entry_workbook(workspace, path: str | Path) -> ImportSource:
    """The good rows as records and the bad ones as problems; ``UserError`` for a file
    that cannot be read at all."""
    path = Path(path)
    book, facts = _open(path)
    try:
        meta = _meta(book, path)
        info = workspace.installation_info()
        if meta.get("unit_code") != info.unit_code:
            raise _refuse(path, _("mẫu này của {unit}, không phải của đơn vị đang dùng ({mine})."
                                  ).format(unit=meta.get("unit_name", "?"),
                                           mine=info.unit_name))
        saved = plausible(facts.saved_at)
        with workspace.db.session() as session:
            lists = entry_lists(session, info.unit_id)
            unit_uuid = session.get(AdminUnit, info.unit_id).uuid
            reader = _RowReader(lists, unit_uuid, info, meta, saved)
            records, rows, problems, bad = _read_rows(path, book, reader)
            _keep_legacy_identities(session, reader, records)
    finally:
        book.close()
    typed = [reader.checker.check(r) for r in records]
    notes = [_("Sổ nhập liệu: {good} dòng đúng, {bad} dòng có lỗi.").format(
        good=len(records), bad=bad)]
    if reader.commune_name:
        notes.append(_("Bản sổ dành cho {commune}.").format(commune=reader.commune_name))
    if saved is None:
        notes.append(_("Sổ không ghi thời điểm lưu: dòng nào khác với lần nhập trước sẽ "
                       "được hỏi lại (xung đột), vì không biết bản nào mới hơn."))
    return ImportSource(
        kind="workbook", path=path, file_sha256=fmt.file_sha256(path),
        sender_unit=info.unit_code, sender_name=info.unit_name,
        sender_installation=info.installation_uuid, records={"activity": records},
        typed={"activity": typed}, rows={"activity": rows}, problems=problems, bad_rows=bad,
        overlay=OVERLAY, notes=notes)
