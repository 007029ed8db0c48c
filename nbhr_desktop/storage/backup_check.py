"""Checking a backup fully before it replaces anything.

``read_backup_info`` (in ``backup``) only says whether a file is a backup of this app. A
restore needs more, or the app fails later on a table that is not there: the schema must
be exactly that of the revision the file records (``schema_check``), every foreign key must
point at a row (``PRAGMA foreign_key_check``), the whole file must pass
``PRAGMA integrity_check``, and it must name the installation and unit it belongs to. The
unit is read from the data itself, not from the marker, which is only a label.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage import migrate, schema_check

MAX_LISTED = 4


@dataclass(frozen=True)
class BackupFacts:
    marker: dict[str, str]
    revision: str
    unit_code: str
    unit_name: str
    installation_uuid: str


class OtherUnitBackup(UserError):
    """The backup holds another unit's data; restoring it needs a deliberate yes."""

    def __init__(self, message: str, facts: BackupFacts):
        super().__init__(message)
        self.facts = facts


def _damaged(path: Path, reason: str) -> UserError:
    return UserError(_("Không khôi phục từ {path}: bản sao lưu bị hỏng hoặc đã bị sửa ({reason})."
                       " Dữ liệu hiện tại vẫn giữ nguyên; hãy dùng một bản sao lưu khác.").format(
                           path=path.name, reason=reason))


def _listed(items: list[str]) -> str:
    more = len(items) - MAX_LISTED
    return "; ".join(items[:MAX_LISTED]) + (_("; và {n} chỗ khác").format(n=more) if more > 0
                                             else "")


def verify(path: Path, marker: dict[str, str]) -> BackupFacts:
    """Everything a restore relies on, or a ``UserError`` naming what is wrong."""
    connection = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return _verify(connection, Path(path), marker)
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from None
    finally:
        connection.close()


def _verify(connection: sqlite3.Connection, path: Path, marker: dict[str, str]) -> BackupFacts:
    versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    if len(versions) != 1 or versions[0] not in migrate.known_revisions():
        raise _damaged(path, _("phiên bản lược đồ ghi trong tệp là {v}, không phải một phiên "
                               "bản của ứng dụng").format(v=", ".join(versions) or "—"))
    revision = versions[0]
    claimed = marker.get("schema_revision", "")
    if claimed and claimed != revision:
        raise _damaged(path, _("nhãn ghi lược đồ {a} nhưng dữ liệu ở lược đồ {b}").format(
            a=claimed, b=revision))
    differences = schema_check.differences(schema_check.describe_sqlite(connection),
                                           schema_check.reference(revision))
    if differences:
        raise _damaged(path, _("lược đồ không đúng phiên bản {rev}: {what}").format(
            rev=revision, what=_listed(differences)))
    integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        raise _damaged(path, _listed(integrity))
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise _damaged(path, _("{n} tham chiếu trỏ tới bản ghi không có: {what}").format(
            n=len(broken), what=_listed([_("bảng {t} dòng {row} → bảng {p}").format(
                t=t, row=row, p=parent) for t, row, parent, _fk in broken])))
    rows = connection.execute(
        "SELECT installation.installation_uuid, admin_unit.code, admin_unit.name "
        "FROM installation LEFT JOIN admin_unit ON admin_unit.id = installation.unit_id"
    ).fetchall()
    if len(rows) != 1 or rows[0][1] is None:
        raise _damaged(path, _("không ghi máy và đơn vị nào dùng dữ liệu này") if not rows
                       else _("ghi {n} máy cài đặt, cần đúng một").format(n=len(rows))
                       if len(rows) != 1 else _("đơn vị của máy cài đặt không có trong dữ liệu"))
    installation, code, name = rows[0]
    return BackupFacts(marker, revision, code, name, installation)
