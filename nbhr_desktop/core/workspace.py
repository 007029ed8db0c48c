"""The workspace: where the data lives, the open database, and this installation.

The one object every service, command and screen receives (the composition root builds
it in ``app.py`` for the GUI and in ``cli`` for commands). Opening it brings the schema to
the current revision, after a backup when there is something to back up.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.core.errors import NotInitialisedError
from nbhr_desktop.core.i18n import _
from nbhr_desktop.storage import migrate, partials
from nbhr_desktop.storage.db import Database, Location
from nbhr_desktop.storage.models import Installation
from nbhr_desktop.storage.models.sync import SyncExportLog


def recent_export_folders(db: Database, limit: int = 20) -> set:
    """Folders this installation wrote its last packages to (where a partial may be)."""
    from pathlib import Path

    table = SyncExportLog.__table__
    with db.engine.connect() as conn:
        names = conn.execute(select(table.c.file_name).order_by(table.c.id.desc())
                             .limit(limit)).scalars().all()
    return {Path(name).parent for name in names if name}


@dataclass
class InstallationInfo:
    """A detached summary of this installation, safe to keep across sessions and threads."""

    installation_uuid: str
    unit_id: int
    unit_code: str
    unit_name: str  # "Huyện Kim Sơn"
    unit_short_name: str  # "Kim Sơn"
    role: str
    officer_name: str


class Workspace:
    def __init__(self, location: Location, db: Database):
        self.location = location
        self.db = db
        self._info: InstallationInfo | None = None

    @classmethod
    def open(cls, location: Location, *, upgrade: bool = True) -> Workspace:
        location.data_dir.mkdir(parents=True, exist_ok=True)
        db = Database(location)
        if upgrade:
            migrate.upgrade_with_backup(location, db.engine)
            # What a killed backup, export or restore left behind (storage.partials).
            partials.clean_leftovers(location.data_dir, recent_export_folders(db))
        return cls(location, db)

    def close(self) -> None:
        self.db.dispose()

    # ``with Workspace.open(location) as workspace:`` closes it however the block ends.
    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- this installation ------------------------------------------------------------
    def installation_info(self, *, refresh: bool = False) -> InstallationInfo:
        """This installation, or ``NotInitialisedError`` with what to do about it."""
        if self._info is None or refresh:
            with self.db.session() as session:
                row = self.installation_row(session)
                self._info = InstallationInfo(
                    installation_uuid=row.installation_uuid,
                    unit_id=row.unit_id,
                    unit_code=row.unit.code,
                    unit_name=row.unit.name,
                    unit_short_name=row.unit.short_name,
                    role=row.role,
                    officer_name=row.officer_name,
                )
        return self._info

    @staticmethod
    def installation_row(session: Session) -> Installation:
        row = session.scalars(select(Installation)).first()
        if row is None:
            raise NotInitialisedError(
                _("Chưa khởi tạo dữ liệu cho đơn vị nào. Hãy chạy lệnh "
                  "\"init --unit <tên đơn vị>\" hoặc mở ứng dụng để chọn đơn vị.")
            )
        return row

    def is_initialised(self) -> bool:
        try:
            self.installation_info(refresh=True)
        except NotInitialisedError:
            return False
        return True
