"""The workspace: where the data lives, the open database, and this installation.

The one object every service, command and screen receives (the composition root builds
it in ``app.py`` for the GUI and in ``cli`` for commands). Opening it brings the schema to
the current revision, after a backup when there is something to back up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import NotInitialisedError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core import catalogue_seed
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
    unit_level: str = "district"  # UnitLevel: "district", "commune" or "province"
    unit_valid_from: dt.date | None = None
    unit_valid_to: dt.date | None = None  # a district: 30/06/2025

    @property
    def valid_from(self) -> dt.date | None:
        return self.unit_valid_from

    @property
    def valid_to(self) -> dt.date | None:
        return self.unit_valid_to

    def default_year(self, today: dt.date | None = None) -> int:
        """This year, or the last whole year the unit existed (a district: 2024)."""
        from nbhr_desktop.core.units.validity import default_year

        return default_year(self, today)

    def acting_day(self, today: dt.date | None = None) -> dt.date:
        """Today, or the nearest day the unit existed on (a new entry's default date)."""
        day = today or dt.date.today()
        if self.unit_valid_to is not None and day > self.unit_valid_to:
            return self.unit_valid_to
        if self.unit_valid_from is not None and day < self.unit_valid_from:
            return self.unit_valid_from
        return day


def level_words(level: str) -> str:
    """"cấp huyện", "cấp xã", "cấp tỉnh": how the unit's level reads in a sentence."""
    return {"province": _("cấp tỉnh"), "commune": _("cấp xã")}.get(level, _("cấp huyện"))


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
            with db.session() as session:
                # An installation made by an earlier release gets this release's catalogue
                # (new units, agencies and texts; TIME-AND-PROVINCE.md): one query otherwise.
                catalogue_seed.refresh(session)
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
                    unit_level=row.unit.level,
                    unit_valid_from=row.unit.valid_from,
                    unit_valid_to=row.unit.valid_to,
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
