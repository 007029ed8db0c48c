"""The province takes in a unit's e-mailed report workbook (the one ``export-workbook`` makes).

A unit that sends no package still reports: its report workbook lists every activity of
the period on "Chi tiết" (with its UUID and, in hidden columns, the codes and keys needed
to file it again) and states on "Thông tin" the unit, the period, the day the figures are
counted to, when the file was made and a SHA-256 over the rows (``report_detail_sheet``).
Reading it:

1. the file is bounded like any untrusted workbook (``entry_guard``, with a report's
   larger sizes) and only then parsed;
2. the unit must be a reporting unit this database knows, not the province itself;
3. the rows must add up to the data hash and the count stated on "Thông tin": a workbook
   edited by hand, or cut short, is refused whole;
4. each row becomes the unit's activity, under its own UUID, and goes through the same
   preview and apply as a package's records (ownership, references, one transaction).

A workbook carries no versions. Its rows therefore get version 0, the time the workbook was
made and a stamp naming their content: the same workbook again changes nothing; a later
workbook's different rows replace an earlier one's; any package state (version 1 or more)
outranks a workbook row, whichever arrives first (``sync.lineage``: the newest state wins
by version, then time). Activities of the unit in the period that a later workbook no
longer lists are reported in the preview, never deleted. A plan task or agency the
province has not received (no package yet) is left empty and counted in the notes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid as uuid_module
import warnings
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import nfc
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.core.units.lineage import is_reporting_unit
from nbhr_desktop.core.vnformat import number, short_date
from nbhr_desktop.storage.activity_fields import NAMES
from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Agency,
    CatalogueItem,
    PlanTask,
    Role,
    UnitLevel,
    utcnow,
)
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync.apply import ImportSource
from nbhr_desktop.sync.records import UUID_PATTERN, RecordChecker, RecordError
from nbhr_desktop.sync.tables import BY_NAME
from nbhr_desktop.workbooks import report_workbook as book_format
from nbhr_desktop.workbooks.entry_guard import Bounds, check_workbook
from nbhr_desktop.workbooks.report_detail_sheet import (
    DETAIL_COLUMNS,
    HASHED_FIELDS,
    HEADER_ROW,
    KEY_COLUMNS,
    UNIT_COLUMN,
    hash_text,
)

DETAIL_SHEET = "Chi tiết"
MAX_ROWS = 200_000  # twice a big district's year
BOUNDS = Bounds(file_size=200 * 1024 * 1024, sheet_part=1024 * 1024 * 1024,
                cells_per_sheet=(MAX_ROWS + 10) * (len(DETAIL_COLUMNS) + len(KEY_COLUMNS) + 1))
WORKBOOK_STAMP = "wb:"  # changed_by of a row from a workbook: "wb:" + 33 hex of its content
LISTED = 10  # activities named in a note; the count says how many there are
REQUIRED = (book_format.INFO_UNIT_CODE, book_format.INFO_UNIT_UUID, book_format.INFO_PERIOD_KEY,
            book_format.INFO_COUNTED_TO, book_format.INFO_MADE_AT, book_format.INFO_ACTIVITIES,
            book_format.INFO_DATA_HASH)
# Header → the field it holds (the printed columns, the unit column, the key columns).
_FIELD_OF = {header: field for header, _w, field, _k in
             [*DETAIL_COLUMNS, UNIT_COLUMN, *KEY_COLUMNS]}
_TEXT_FIELDS = ("title", "location", "product_note", "description", "note")
_NUMBERS = NAMES  # the figures (storage.activity_fields)


def is_report_workbook(sheets: tuple[str, ...]) -> bool:
    return DETAIL_SHEET in sheets and book_format.INFO_SHEET in sheets


def _refuse(path: Path, reason: str) -> UserError:
    return UserError(_("Không nhập được sổ báo cáo \"{name}\": {reason}").format(
        name=path.name, reason=reason))


def _day(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _text(value) -> str:
    return "" if value is None else nfc(str(value)).strip()


def _read_info(book, path: Path) -> dict:
    info = {}
    for row in book[book_format.INFO_SHEET].iter_rows(min_row=1, max_row=60, max_col=2,
                                                      values_only=True):
        if row and isinstance(row[0], str):
            info[row[0].strip()] = row[1]
    missing = [label for label in REQUIRED if info.get(label) in (None, "")]
    if missing:
        raise _refuse(path, _("trang \"Thông tin\" thiếu {labels}. Sổ do phiên bản NBHR Desktop "
                              "cũ xuất ra hoặc đã bị sửa; hãy đề nghị đơn vị xuất lại bằng "
                              "phiên bản mới hoặc gửi gói dữ liệu (.nbhr).").format(
            labels=", ".join(f"\"{label}\"" for label in missing)))
    return info


def _made_at(text, path: Path) -> dt.datetime:
    try:
        moment = dt.datetime.strptime(str(text).strip(), book_format.MADE_FORMAT)
    except ValueError:
        raise _refuse(path, _("không đọc được thời điểm lập sổ \"{text}\".").format(
            text=str(text)[:40])) from None
    moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    if not dt.datetime(2000, 1, 1) <= moment <= utcnow() + dt.timedelta(days=2):
        raise _refuse(path, _("thời điểm lập sổ vô lý ({text}).").format(text=str(text)[:40]))
    return moment


class _Keys:
    """Codes and UUIDs of the rows, turned into this database's records (read once)."""

    def __init__(self, session, unit: AdminUnit):
        items = session.execute(select(CatalogueItem.catalogue, CatalogueItem.code,
                                       CatalogueItem.uuid).where(
            CatalogueItem.deleted.is_(False))).all()
        self.items = {(catalogue, code): uid for catalogue, code, uid in items}
        self.communes: dict[str, list[AdminUnit]] = {}
        for commune in session.scalars(select(AdminUnit).where(
                AdminUnit.level == UnitLevel.COMMUNE, AdminUnit.deleted.is_(False))):
            self.communes.setdefault(commune.code, []).append(commune)
        owner = unit.code
        self.tasks = set(session.scalars(select(PlanTask.uuid).where(
            PlanTask.owner_unit_code == owner, PlanTask.deleted.is_(False))))
        self.agencies = set(session.scalars(select(Agency.uuid).where(
            Agency.owner_unit_code == owner, Agency.deleted.is_(False))))
        self.unknown: dict[str, int] = {}

    def miss(self, what: str) -> None:
        self.unknown[what] = self.unknown.get(what, 0) + 1

    def item(self, catalogue: str, code: str, what: str) -> str | None:
        if not code:
            return None
        found = self.items.get((catalogue, code))
        if found is None:
            self.miss(what)
        return found

    def items_of(self, catalogue: str, codes: str, what: str) -> list[str]:
        found = [self.item(catalogue, code, what) for code in codes.split(";") if code]
        return [uid for uid in found if uid]

    def commune(self, code: str, day: dt.date) -> str | None:
        """The commune with the code on the activity's day (codes were reused in 2025)."""
        if not code:
            return None
        for commune in self.communes.get(code, []):
            if commune.valid_on(day):
                return commune.uuid
        self.miss(_("xã, phường"))
        return None

    def own(self, value: str, known: set[str], what: str) -> str | None:
        if not value:
            return None
        if value in known:
            return value
        self.miss(what)
        return None


def _columns(sheet, path: Path) -> dict[str, int]:
    header = next(sheet.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW, values_only=True),
                  ())
    found = {_FIELD_OF[name]: index for index, name in enumerate(header)
             if isinstance(name, str) and name in _FIELD_OF}
    needed = set(HASHED_FIELDS) | {"title"}
    if not needed <= set(found):
        raise _refuse(path, _("trang \"Chi tiết\" thiếu các cột mã (mã hoạt động, mã đơn vị, "
                              "mã hình thức…); hãy đề nghị đơn vị xuất lại sổ bằng phiên bản "
                              "mới."))
    return found


def _rows(sheet, columns: dict[str, int], path: Path):
    """(sheet row number, field → value) of every activity row, up to the totals row."""
    width = max(columns.values()) + 1
    for number_, cells in enumerate(sheet.iter_rows(min_row=HEADER_ROW + 1,
                                                    max_row=HEADER_ROW + MAX_ROWS + 2,
                                                    max_col=width, values_only=True),
                                    start=HEADER_ROW + 1):
        values = {field: cells[index] if index < len(cells) else None
                  for field, index in columns.items()}
        if not values.get("uuid"):
            return  # the totals row (and nothing after it)
        yield number_, values
    raise _refuse(path, _("trang \"Chi tiết\" có hơn {n} dòng.").format(n=number(MAX_ROWS)))


def _hashed(values: dict) -> list:
    out = []
    for field in HASHED_FIELDS:
        value = values.get(field)
        if field in ("start_date", "end_date"):
            value = _day(value)
        elif field in _NUMBERS:
            value = int(value or 0) if isinstance(value, int | float) else value
        elif value is not None:
            value = str(value)
        out.append(value)
    return out


def _stamp(record: dict) -> str:
    body = "\x1f".join(str(record[key]) for key in sorted(record) if key not in (
        "version", "changed_at", "changed_by"))
    return WORKBOOK_STAMP + hashlib.sha256(body.encode("utf-8")).hexdigest()[:33]


def _record(values: dict, unit: AdminUnit, keys: _Keys, made_at: str, row: int,
            path: Path) -> dict:
    start = _day(values.get("start_date"))
    if start is None or not values.get("title"):
        raise _refuse(path, _("dòng {row} của trang \"Chi tiết\" thiếu ngày hoặc tên hoạt "
                              "động.").format(row=row))
    record = {
        "uuid": str(values["uuid"]).strip(), "owner_unit_code": unit.code, "version": 0,
        "changed_at": made_at, "changed_by": "", "deleted": False,
        "start_date": start.isoformat(),
        "end_date": _iso(_day(values.get("end_date"))),
        **{field: _text(values.get(field)) for field in _TEXT_FIELDS},
        **{field: int(values.get(field) or 0) for field in _NUMBERS},
        "search_text": None, "entry_saved_at": None, "entry_row_hash": None,
        "unit_uuid": unit.uuid,
        "form_uuid": keys.item("form", _text(values.get("form_code")), _("hình thức")),
        "commune_uuid": keys.commune(_text(values.get("commune_code")), start),
        "task_uuid": keys.own(_text(values.get("task_uuid")), keys.tasks,
                              _("nhiệm vụ kế hoạch")),
        "lead_agency_uuid": keys.own(_text(values.get("agency_uuid")), keys.agencies,
                                     _("cơ quan chủ trì")),
        "funding_uuid": keys.item("funding", _text(values.get("funding_code")),
                                  _("nguồn kinh phí")),
        "themes": keys.items_of("theme", _text(values.get("theme_codes")), _("chủ đề")),
        "audiences": keys.items_of("audience", _text(values.get("audience_codes")),
                                   _("đối tượng")),
    }
    record.pop("search_text")
    record["changed_by"] = _stamp(record)
    return record


def _find_unit(session, info: dict, path: Path) -> AdminUnit:
    try:
        uuid_module.UUID(str(info[book_format.INFO_UNIT_UUID]))
    except ValueError:
        raise _refuse(path, _("mã định danh đơn vị không hợp lệ.")) from None
    unit = session.scalars(select(AdminUnit).where(
        AdminUnit.uuid == str(info[book_format.INFO_UNIT_UUID]),
        AdminUnit.deleted.is_(False))).first()
    if unit is None or unit.code != str(info[book_format.INFO_UNIT_CODE]).strip():
        raise _refuse(path, _("đơn vị ghi trong sổ ({code}) không có trong danh mục đơn vị của "
                              "máy này. Hãy cập nhật danh mục rồi nhập lại.").format(
            code=str(info[book_format.INFO_UNIT_CODE])[:20]))
    if not is_reporting_unit(unit):
        raise _refuse(path, _("{unit} không phải đơn vị báo cáo lên tỉnh.").format(
            unit=unit.name))
    return unit


def _held(session, unit: AdminUnit, start: dt.date, end: dt.date, listed: set[str]
          ) -> tuple[list, int]:
    """The unit's activities of the span that the workbook does not list, and how many it
    lists that came in a package (whose state a workbook row never overrides)."""
    rows = session.execute(select(Activity.uuid, Activity.title, Activity.start_date,
                                  Activity.version).where(
        Activity.unit_id == unit.id, Activity.deleted.is_(False),
        Activity.start_date >= start, Activity.start_date <= end)
        .order_by(Activity.start_date, Activity.id)).all()
    return ([row for row in rows if row.uuid not in listed],
            sum(1 for row in rows if row.uuid in listed and row.version > 0))


def read_report_workbook(workspace, path: str | Path) -> ImportSource:
    """The rows of a unit's report workbook as that unit's activity records, for the
    preview and apply of ``sync.apply``; ``UserError`` for a file that cannot be taken."""
    path = Path(path)
    me = workspace.installation_info()
    if me.role != Role.PROVINCE:
        raise _refuse(path, _("chỉ máy cấp tỉnh nhận sổ báo cáo của đơn vị. Để chuyển dữ liệu "
                              "giữa các máy, hãy dùng gói trao đổi (.nbhr)."))
    check_workbook(path, entry_sheet=DETAIL_SHEET, entry_rows=HEADER_ROW + MAX_ROWS + 2,
                   bounds=BOUNDS)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # noqa: BLE001 - openpyxl/defusedxml raise many kinds
        raise _refuse(path, _("tệp bị hỏng hoặc không phải sổ Excel ({error}).").format(
            error=type(error).__name__)) from None
    try:
        info = _read_info(book, path)
        made_at = _made_at(info[book_format.INFO_MADE_AT], path)
        try:
            period = parse_period(str(info[book_format.INFO_PERIOD_KEY]))
        except UserError:
            raise _refuse(path, _("mã kỳ báo cáo không hợp lệ.")) from None
        counted_to = _day(info[book_format.INFO_COUNTED_TO])
        if counted_to is None or not period.start <= counted_to <= period.end:
            raise _refuse(path, _("ngày tính số liệu không hợp lệ."))
        with workspace.db.session() as session:
            unit = _find_unit(session, info, path)
            if unit.id == me.unit_id:
                raise _refuse(path, _("đây là sổ của chính đơn vị này."))
            keys = _Keys(session, unit)
            sheet = book[DETAIL_SHEET]
            columns = _columns(sheet, path)
            digest = hashlib.sha256()
            records, rows = [], []
            stamp = made_at.isoformat()
            try:
                for row, values in _rows(sheet, columns, path):
                    digest.update(hash_text(_hashed(values)).encode("utf-8"))
                    if _text(values.get("unit_code")) not in ("", unit.code):
                        raise _refuse(path, _("dòng {row} ghi đơn vị khác ({code}).").format(
                            row=row, code=_text(values.get("unit_code"))[:20]))
                    records.append(_record(values, unit, keys, stamp, row, path))
                    rows.append(f"{DETAIL_SHEET}!{row}")
            except UserError:
                raise
            except Exception as error:  # noqa: BLE001 - a cell the guard let through
                raise _refuse(path, _("trang \"Chi tiết\" bị hỏng ({error}).").format(
                    error=type(error).__name__)) from None
            stated = info[book_format.INFO_ACTIVITIES]
            if digest.hexdigest() != str(info[book_format.INFO_DATA_HASH]).strip() or \
                    stated != len(records):
                raise _refuse(path, _(
                    "dữ liệu trang \"Chi tiết\" không khớp mã băm và số hoạt động ghi ở trang "
                    "\"Thông tin\" (sổ có {n} dòng, ghi {stated}): sổ đã bị sửa hoặc bị cắt "
                    "sau khi xuất. Hãy đề nghị đơn vị gửi lại sổ gốc hoặc gói dữ liệu.").format(
                        n=number(len(records)), stated=stated))
            absent, from_packages = _held(session, unit, period.start, counted_to,
                                          {r["uuid"] for r in records})
    finally:
        book.close()
    checker = RecordChecker(BY_NAME["activity"], now=utcnow())
    typed = []
    for record, row in zip(records, rows, strict=True):
        try:
            if not UUID_PATTERN.match(record["uuid"]):
                raise RecordError(_("mã hoạt động không phải mã UUID"))
            typed.append(checker.check_content(record, made_at))
        except RecordError as error:
            raise _refuse(path, _("{row}: {reason}").format(row=row, reason=error)) from None
    uuids = [r["uuid"] for r in records]
    if len(set(uuids)) != len(uuids):
        raise _refuse(path, _("có mã hoạt động bị lặp."))
    notes = [_("Sổ báo cáo {period} của {unit}, lập lúc {made}, số liệu đến ngày {day}: {n} "
               "hoạt động; mã băm dữ liệu khớp. Sổ Excel không có chữ ký số: hãy chắc chắn sổ "
               "do chính đơn vị gửi.").format(
        period=period.label, unit=unit.name, made=made_at.strftime("%d/%m/%Y %H:%M UTC"),
        day=short_date(counted_to), n=number(len(records)))]
    for what, count in keys.unknown.items():
        notes.append(_("{n} dòng nhắc tới {what} mà máy này chưa có (đơn vị chưa gửi gói dữ "
                       "liệu); để trống mục đó.").format(n=number(count), what=what))
    if absent:
        names = "; ".join(f"«{row.title}» ({short_date(row.start_date)})"
                          for row in absent[:LISTED])
        notes.append(_("{n} hoạt động của {unit} trong kỳ đã có trên máy nhưng không có trong sổ "
                       "này; KHÔNG xóa (hãy hỏi lại đơn vị): {names}{more}.").format(
            n=number(len(absent)), unit=unit.name, names=names,
            more=_(" và {n} hoạt động khác").format(n=number(len(absent) - LISTED))
            if len(absent) > LISTED else ""))
    if from_packages:
        notes.append(_("{n} hoạt động trong sổ đã nhận qua gói dữ liệu của đơn vị: bản trong gói "
                       "(có phiên bản) được giữ, dòng trong sổ không ghi đè.").format(
            n=number(from_packages)))
    return ImportSource(
        kind="report-workbook", path=path, file_sha256=fmt.file_sha256(path),
        sender_unit=unit.code, sender_name=unit.name, sender_installation="",
        records={"activity": records}, typed={"activity": typed},
        rows={"activity": rows}, notes=notes, created_at=made_at, period_key=period.key,
        data_until=counted_to)
