"""The import and export history, as the app shows it (Trao đổi dữ liệu › Lịch sử)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import desc, select

from nbhr_desktop.base.i18n import N_, _
from nbhr_desktop.storage.models.sync import SyncExportLog, SyncImportLog

OUTCOMES = {"applied": N_("Đã nhập"), "refused": N_("Từ chối"), "failed": N_("Lỗi, đã hoàn tác")}


@dataclass(frozen=True)
class ImportEntry:
    imported_at: dt.datetime
    kind: str
    file_name: str
    file_sha256: str
    sender_unit_code: str
    sender_installation: str
    outcome: str
    counts: dict
    message: str
    backup_path: str

    @property
    def outcome_label(self) -> str:
        return _(OUTCOMES.get(self.outcome, self.outcome))

    def counts_text(self) -> str:
        if self.outcome != "applied" or not self.counts:
            return ""  # a refused file: the message says why
        c = self.counts
        return _("mới {new}, sửa {updated}, không đổi {unchanged}, xóa {deleted}, xung đột "
                 "{conflicts}, từ chối {rejected}").format(
            **{k: c.get(k, 0) for k in ("new", "updated", "unchanged", "deleted",
                                         "conflicts", "rejected")})


def import_history(workspace, limit: int = 200) -> list[ImportEntry]:
    table = SyncImportLog.__table__
    with workspace.db.engine.connect() as conn:
        rows = conn.execute(select(table).order_by(desc(table.c.imported_at), desc(table.c.id))
                            .limit(limit)).mappings().all()
    return [ImportEntry(**{k: row[k] for k in ImportEntry.__dataclass_fields__}) for row in rows]


def export_history(workspace, limit: int = 100) -> list[dict]:
    table = SyncExportLog.__table__
    with workspace.db.engine.connect() as conn:
        return [dict(row) for row in conn.execute(
            select(table).order_by(desc(table.c.created_at)).limit(limit)).mappings()]


@dataclass
class ExchangeOverview:
    """What the Trao đổi dữ liệu screen shows, read in one go on the worker thread."""

    own_fingerprint: str
    recipients: list[tuple[str, str]]  # (code, name); the parent unit first
    last_exports: dict[str, dt.datetime]
    imports: list[ImportEntry]
    pins: list  # sync.trust.TrustedKey
    units: list[tuple[str, str]]  # (code, name) a key may be registered for; own unit first


def overview(workspace) -> ExchangeOverview:
    from nbhr_desktop.storage.models import AdminUnit
    from nbhr_desktop.sync import keys, trust

    info = workspace.installation_info()
    own = keys.fingerprint(keys.ensure_installation_key(workspace))
    units_table = AdminUnit.__table__
    exports = SyncExportLog.__table__
    with workspace.db.engine.connect() as conn:
        units = conn.execute(select(units_table.c.id, units_table.c.code, units_table.c.name,
                                    units_table.c.level, units_table.c.parent_id,
                                    units_table.c.valid_to)
                             .where(units_table.c.deleted.is_(False))).all()
        me = next(u for u in units if u.id == info.unit_id)
        parent = next((u for u in units if u.id == me.parent_id), None)
        recipients = [(parent.code, parent.name)] if parent else []
        if info.role == "province":  # catalogues, due dates and the plan template, to all
            recipients.append(("", _("Mọi đơn vị (danh mục, hạn gửi báo cáo, mẫu kế hoạch)")))
        recipients += sorted(((u.code, u.name) for u in units
                              if u.level in ("province", "district") and u.id != info.unit_id
                              and (parent is None or u.id != parent.id) and u.valid_to is None),
                             key=lambda pair: pair[1])
        recipients.append((info.unit_code, _("Máy khác của {unit}").format(unit=info.unit_name)))
        last = {}
        for row in conn.execute(select(exports.c.recipient_unit_code, exports.c.created_at)):
            if row.created_at > last.get(row.recipient_unit_code, dt.datetime.min):
                last[row.recipient_unit_code] = row.created_at
        rank = {"province": 0, "district": 1, "commune": 2}
        units_for_keys = [(info.unit_code, _("{unit} (máy khác của đơn vị này)").format(
            unit=info.unit_name))] + [(u.code, u.name) for u in sorted(
                (u for u in units if u.id != info.unit_id),
                key=lambda u: (u.valid_to is not None, rank.get(u.level, 3), u.name))]
    return ExchangeOverview(own, recipients, last, import_history(workspace),
                            trust.trusted(workspace), units_for_keys)
