"""Conflicts for people: both versions side by side, with office, installation and time.

``describe`` turns the comparison's conflicts into plain rows the conflict dialog shows
(field label, this PC's value, the file's value, whether they differ), with references
shown by name rather than UUID. ``decisions`` are then passed to ``sync.apply.apply``:
per record "mine" / "theirs", or per field {field: "mine" | "theirs"}.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from nbhr_desktop.base.i18n import N_, _
from nbhr_desktop.core.vnformat import money, short_date
from nbhr_desktop.storage.activity_fields import FIGURES, MONEY
from nbhr_desktop.sync.diff import Conflict
from nbhr_desktop.sync.tables import BY_NAME, TITLE_FIELDS

FIELD_LABELS = {
    "title": N_("Tên"), "start_date": N_("Ngày bắt đầu"), "end_date": N_("Ngày kết thúc"),
    "description": N_("Mô tả"), "location": N_("Địa điểm"),
    **{f.name: f.label for f in FIGURES},  # storage.activity_fields, as the dialog says
    "product_note": N_("Sản phẩm"), "budget": N_("Kinh phí"), "note": N_("Ghi chú"),
    "form_uuid": N_("Hình thức"), "funding_uuid": N_("Nguồn kinh phí"),
    "commune_uuid": N_("Xã"), "task_uuid": N_("Nhiệm vụ"),
    "lead_agency_uuid": N_("Cơ quan chủ trì"), "themes": N_("Chủ đề"),
    "audiences": N_("Đối tượng"), "unit_uuid": N_("Đơn vị"), "deleted": N_("Đã xóa"),
    "subject": N_("Trích yếu"), "status": N_("Trạng thái"), "name": N_("Tên"),
    "body": N_("Nội dung"), "indicator": N_("Chỉ tiêu"), "quantity": N_("Số lượng"),
    "product": N_("Sản phẩm"), "plan_uuid": N_("Kế hoạch"),
    "cooperators": N_("Cơ quan phối hợp"), "entry_saved_at": N_("Sổ Excel lưu lúc"),
    "entry_row_hash": N_("Mã dòng trong sổ Excel"),
}
MONEY_FIELDS = {"budget", *(f.name for f in FIGURES if f.kind == MONEY)}


@dataclass
class FieldRow:
    key: str
    label: str
    mine: str
    theirs: str
    differs: bool


@dataclass
class Side:
    office: str  # "Huyện Kim Sơn"
    installation: str  # short id, and "máy này" for this PC
    changed_at: str  # local time, dd/mm/yyyy hh:mm
    version: int


@dataclass
class ConflictView:
    conflict: Conflict
    table_label: str
    title: str
    reason: str
    mine: Side | None
    theirs: Side
    rows: list[FieldRow] = field(default_factory=list)

    @property
    def uuid(self) -> str:
        return self.conflict.uuid

    @property
    def can_choose_fields(self) -> bool:
        return self.conflict.kind == "edit" and self.conflict.mine is not None


def _local_time(text: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return str(text or "")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class _Names:
    """UUID → a readable name, for references shown in the dialog."""

    def __init__(self, conn):
        self.conn = conn
        self.cache: dict[str, dict[str, str]] = {}

    def name(self, table: str, uuid: str | None) -> str:
        if not uuid:
            return ""
        if table not in self.cache:
            spec = BY_NAME[table]
            column = spec.table.c[TITLE_FIELDS[table]]
            self.cache[table] = {u: str(n or "") for u, n in self.conn.execute(
                select(spec.table.c.uuid, column))}
        return self.cache[table].get(uuid, uuid[:8])


def _show(spec, key: str, value, names: _Names) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("có") if value else _("không")
    fk = next((f for f in spec.foreign_keys if f.key == key), None)
    if fk is not None:
        return names.name(fk.target, value)
    link = next((ln for ln in spec.links if ln.name == key), None)
    if link is not None:
        return "; ".join(sorted(names.name(link.target, v) for v in value)) or "—"
    if key in MONEY_FIELDS and isinstance(value, int):
        return money(value)
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        try:
            return short_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _side(record: dict, office: str, own_installation: str) -> Side:
    by = record.get("changed_by", "")
    who = _("máy này") if by == own_installation else _("máy {id}").format(id=by[:8])
    return Side(office, who, _local_time(record.get("changed_at")), record.get("version", 0))


def describe(workspace, conflicts: list[Conflict], sender_name: str) -> list[ConflictView]:
    info = workspace.installation_info()
    views = []
    with workspace.db.engine.connect() as conn:
        names = _Names(conn)
        for conflict in conflicts:
            spec = BY_NAME[conflict.table]
            keys = spec.content_keys() + ["deleted"]
            mine = conflict.mine
            rows = [FieldRow(key, _(FIELD_LABELS.get(key, key)),
                             _show(spec, key, mine.get(key), names) if mine else "—",
                             _show(spec, key, conflict.theirs.get(key), names),
                             mine is None or mine.get(key) != conflict.theirs.get(key))
                    for key in keys]
            rows.sort(key=lambda r: not r.differs)  # what differs first
            views.append(ConflictView(
                conflict, spec.label, conflict.title, conflict.reason,
                _side(mine, info.unit_name, info.installation_uuid) if mine else None,
                _side(conflict.theirs, sender_name, info.installation_uuid), rows))
    return views


def decisions_for(views: list[ConflictView], choices: dict[str, object]) -> dict[str, object]:
    """Only the conflicts the user decided; per-field choices keep only differing fields."""
    out = {}
    for view in views:
        choice = choices.get(view.uuid)
        if isinstance(choice, dict):
            choice = {k: v for k, v in choice.items()
                      if any(r.key == k and r.differs for r in view.rows)}
            choice = choice or "mine"  # "by field" with nothing taken from the file
        if choice:
            out[view.uuid] = choice
    return out
