"""The import and export history, as the app shows it (Trao đổi dữ liệu › Lịch sử)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import desc, select

from nbhr_desktop.core.i18n import _
from nbhr_desktop.storage.models.sync import SyncExportLog, SyncImportLog

OUTCOMES = {"applied": "Đã nhập", "refused": "Từ chối", "failed": "Lỗi, đã hoàn tác"}


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
        if not self.counts:
            return ""
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
