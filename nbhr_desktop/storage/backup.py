"""Backups: consistent copies while the database is open, rolling automatic copies, restore.

A backup is always one self-contained SQLite file, whatever the live database is:
- SQLite: SQLite's online backup API copies the open database page by page inside one
  read transaction, so the copy is consistent even while the app is writing (WAL).
- PostgreSQL: a logical copy of every table into a SQLite file at the same schema revision
  (``storage.copying``), so a backup from the office server opens on any PC and restores
  into either kind of database.

Every backup carries a marker: ``PRAGMA application_id`` and a small table
``nbhr_backup_info`` (app, format, reason, time, unit, schema revision). Restore refuses a
file without it, so a random SQLite file or a renamed spreadsheet can never replace the
data, and then checks the file fully (``backup_check``: schema, integrity, foreign keys,
installation) before touching anything. Another unit's backup needs a deliberate yes
(``allow_other_unit``). Restore then backs up what it replaces, brings an older backup up
to the current schema on a temporary copy, and only then swaps the data in.

Automatic copies live in ``<data folder>/backups/auto`` and are pruned per reason
(``KEEP``); backups the user asks for are never pruned.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from nbhr_desktop import __version__
from nbhr_desktop.base.errors import UserError, os_reason
from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage import copying, migrate, search_index
from nbhr_desktop.storage.backup_check import BackupFacts, OtherUnitBackup, verify  # noqa: F401
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.partials import RESTORE_PREFIX, partial_path, temp_prefix

APPLICATION_ID = 0x4E424852  # "NBHR" in the SQLite header of every backup copy
BACKUP_FORMAT = "1"
MARKER_TABLE = "nbhr_backup_info"
SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables without which a file cannot be a database of this app.
REQUIRED_TABLES = ("alembic_version", "installation", "admin_unit", "activity", "plan")

# How many automatic copies to keep per reason: enough to step back a few migrations,
# imports or days, few enough that a 100 MB database does not fill a district PC's disk.
KEEP = {"before-migration": 5, "before-import": 10, "before-restore": 5, "daily": 7}
DEFAULT_KEEP = 5
MANUAL = "manual"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    created_at: dt.datetime  # local time, from the file name
    size: int


# -- making copies ------------------------------------------------------------------------
def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _file_name(reason: str) -> str:
    return f"nbhr-{reason}-{_stamp()}.sqlite3"


def auto_dir(location: Location) -> Path:
    return location.backups_dir / "auto"


def _write_marker(path: Path, *, reason: str, source: str, unit_code: str) -> None:
    from nbhr_desktop.storage.migrate import current_revision

    engine = create_engine(f"sqlite:///{path}")
    try:
        revision = current_revision(engine) or ""
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    try:
        # A single file, no -wal beside it: the copy travels on a USB stick.
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute(f"CREATE TABLE IF NOT EXISTS {MARKER_TABLE} "
                           "(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        values = {
            "app": "nbhr-desktop", "format": BACKUP_FORMAT, "reason": reason,
            "created_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "app_version": __version__, "source": source, "unit_code": unit_code,
            "schema_revision": revision,
        }
        connection.executemany(f"INSERT OR REPLACE INTO {MARKER_TABLE} VALUES (?, ?)",
                               list(values.items()))
        connection.commit()
    finally:
        connection.close()


def _unit_code(engine: Engine) -> str:
    from sqlalchemy import text

    try:
        with engine.connect() as connection:
            return connection.execute(text(
                "SELECT admin_unit.code FROM installation "
                "JOIN admin_unit ON admin_unit.id = installation.unit_id")).scalar() or ""
    except Exception:  # no installation table yet (an empty or very old database)
        return ""


def _copy_sqlite(source: Path, target: Path) -> None:
    """SQLite's online backup: consistent while other connections read and write."""
    src = sqlite3.connect(source, timeout=30)  # read-only use; "ro" would fail in WAL
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _unsynced(dbapi_connection, _record) -> None:
    """The copy is made under a partial name: no step of it needs to survive a crash on
    its own (a killed copy is discarded), so none waits for the disk. Made with SQLite's
    defaults, each of the migrations' 150 statements synced the journal and the file
    (0.4 s of an import into PostgreSQL). ``_write_marker``'s commit, before the rename,
    syncs the finished file."""
    dbapi_connection.execute("PRAGMA synchronous=OFF")
    dbapi_connection.execute("PRAGMA journal_mode=MEMORY")


def _copy_server(engine: Engine, target: Path) -> None:
    """A logical copy of a server database into a new SQLite file at the same revision."""
    revision = migrate.current_revision(engine)
    copy_engine = create_engine(f"sqlite:///{target}")
    event.listen(copy_engine, "connect", _unsynced)
    try:
        if revision:
            migrate.upgrade(copy_engine, revision)
        with engine.connect() as source, copy_engine.begin() as destination:
            # Reads one snapshot of the server, so the copy is consistent.
            if source.dialect.name == "postgresql":
                source.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            copying.copy_all(source, destination)
    finally:
        copy_engine.dispose()


def write_backup(location: Location, engine: Engine, target: Path, reason: str) -> Path:
    """Write a marked backup of the database to ``target`` (through a temporary name)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(target)  # a kill leaves it for the next start to clean
    partial.unlink(missing_ok=True)
    try:
        if location.is_sqlite:
            _copy_sqlite(location.sqlite_path, partial)
        else:
            _copy_server(engine, partial)
        _write_marker(partial, reason=reason, source=location.describe(),
                      unit_code=_unit_code(engine))
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _has_data(location: Location, engine: Engine) -> bool:
    if location.is_sqlite:
        path = location.sqlite_path
        return bool(path and path.exists() and path.stat().st_size > 0)
    return migrate.current_revision(engine) is not None


def automatic_backup(location: Location, engine: Engine, reason: str) -> Path | None:
    """A rolling copy before something risky; ``None`` when there is nothing to copy yet."""
    if not _has_data(location, engine):
        return None
    path = write_backup(location, engine, auto_dir(location) / _file_name(reason), reason)
    prune(location, reason)
    return path


def make_backup(workspace, out: str | Path | None = None) -> Path:
    """A backup the user asked for: to ``out`` (a file or a folder) or the backups folder."""
    location = workspace.location
    if out is None:
        target = location.backups_dir / _file_name(MANUAL)
    else:
        target = Path(out)
        if target.is_dir():
            target = target / _file_name(MANUAL)
        if target.exists():
            raise UserError(_("Tệp {path} đã tồn tại. Hãy chọn tên tệp khác để không ghi "
                              "đè.").format(path=target))
        if not target.parent.is_dir():
            raise UserError(_("Không có thư mục {folder}. Hãy tạo thư mục trước hoặc chọn "
                              "thư mục khác.").format(folder=target.parent))
    try:
        return write_backup(location, workspace.db.engine, target, MANUAL)
    except (OSError, sqlite3.Error) as error:  # a full disk, a read-only USB stick…
        reason = os_reason(error) if isinstance(error, OSError) else error
        raise UserError(_("Không ghi được tệp sao lưu {path}: {reason}. Hãy chọn nơi lưu "
                          "khác.").format(path=target, reason=reason)) from error


def daily_backup_if_due(workspace) -> Path | None:
    """Once a day (local date): the GUI calls this at start-up and then every few hours."""
    today = dt.date.today()
    if any(b.created_at.date() == today for b in list_backups(workspace.location, "daily")):
        return None
    return automatic_backup(workspace.location, workspace.db.engine, "daily")


# -- listing and pruning ------------------------------------------------------------------
def _parse_name(path: Path) -> tuple[str, dt.datetime] | None:
    stem = path.name.removesuffix(".sqlite3")
    if not stem.startswith("nbhr-") or stem == path.name:
        return None
    parts = stem[len("nbhr-"):].rsplit("-", 3)
    if len(parts) != 4:
        return None
    reason, day, clock, micro = parts
    try:
        when = dt.datetime.strptime(f"{day}{clock}{micro}", "%Y%m%d%H%M%S%f")
    except ValueError:
        return None
    return reason, when


def list_backups(location: Location, reason: str | None = None) -> list[BackupInfo]:
    """Automatic and manual backups in the data folder, newest first."""
    found = []
    for folder in (auto_dir(location), location.backups_dir):
        if not folder.is_dir():
            continue
        for path in folder.glob("nbhr-*.sqlite3"):
            parsed = _parse_name(path)
            if parsed and (reason is None or parsed[0] == reason):
                found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def prune(location: Location, reason: str) -> None:
    keep = KEEP.get(reason, DEFAULT_KEEP)
    automatic = [b for b in list_backups(location, reason) if b.path.parent == auto_dir(location)]
    for old in automatic[keep:]:
        old.path.unlink(missing_ok=True)


# -- checking and restoring ---------------------------------------------------------------
def read_backup_info(file: str | Path) -> dict[str, str]:
    """The marker of a backup file, or a ``UserError`` saying why it is not one."""
    path = Path(file)
    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp sao lưu {path}.").format(path=path))
    with path.open("rb") as handle:
        header = handle.read(100)
    not_ours = _("Tệp {path} không phải là bản sao lưu của NBHR Desktop").format(path=path)
    if not header.startswith(SQLITE_MAGIC):
        raise UserError(not_ours + _(" (không phải tệp cơ sở dữ liệu SQLite)."))
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            marker = (dict(connection.execute(f"SELECT key, value FROM {MARKER_TABLE}"))
                      if MARKER_TABLE in tables else {})
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise UserError(not_ours + _(" (tệp bị hỏng: {reason}).").format(reason=error)) from error
    if app_id != APPLICATION_ID or marker.get("app") != "nbhr-desktop":
        raise UserError(not_ours + _(" (thiếu dấu nhận biết bản sao lưu)."))
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        raise UserError(not_ours + _(" (thiếu bảng {tables}).").format(tables=", ".join(missing)))
    if check != "ok":
        raise UserError(_("Tệp sao lưu {path} bị hỏng ({reason}). Hãy dùng bản sao lưu "
                          "khác.").format(path=path, reason=check))
    revision = marker.get("schema_revision", "")
    if revision and revision not in migrate.known_revisions():
        raise UserError(_("Bản sao lưu {path} do phiên bản mới hơn của ứng dụng tạo ra "
                          "(lược đồ {revision}). Hãy cập nhật NBHR Desktop rồi khôi phục "
                          "lại.").format(path=path, revision=revision))
    return marker


def check_backup(file: str | Path) -> BackupFacts:
    """A backup checked fully (marker, schema, integrity, foreign keys, installation) and
    whose data it holds; ``UserError`` otherwise. Nothing is changed."""
    path = Path(file)
    marker = read_backup_info(path)
    return verify(path.resolve(), marker)


def _prepared_copy(file: Path, folder: Path) -> Path:
    """A private copy of the backup, brought to the current schema, without the marker."""
    prepared = folder / "restore.sqlite3"
    shutil.copyfile(file, prepared)
    engine = create_engine(f"sqlite:///{prepared}")
    event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    try:
        migrate.upgrade(engine)
        with engine.begin() as connection:
            # The word index is derived: made anew from the restored log, never trusted.
            search_index.rebuild(connection)
    except Exception as error:  # checked beforehand; a migration that still fails says so
        raise UserError(_("Không nâng cấp được bản sao lưu {path} lên phiên bản hiện tại "
                          "({reason}). Dữ liệu hiện tại vẫn giữ nguyên.").format(
                              path=file.name, reason=str(error).splitlines()[0][:200])) from None
    finally:
        engine.dispose()
    connection = sqlite3.connect(prepared)
    try:
        connection.execute(f"DROP TABLE IF EXISTS {MARKER_TABLE}")
        connection.execute("PRAGMA application_id=0")
        connection.commit()
    finally:
        connection.close()
    return prepared


def _swap_into_sqlite(prepared: Path, live: Path) -> None:
    """Replace the live database's content in one step with the backup API (WAL kept)."""
    src = sqlite3.connect(prepared)
    dst = sqlite3.connect(live, timeout=30)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL")
    finally:
        dst.close()
        src.close()


def _swap_into_server(prepared: Path, engine: Engine) -> None:
    """Empty the server's tables and copy the backup in, all in one transaction."""
    if migrate.current_revision(engine) != migrate.head_revision():
        raise UserError(_("Cơ sở dữ liệu trên máy chủ chưa ở phiên bản lược đồ hiện tại; "
                          "hãy mở ứng dụng một lần để nâng cấp rồi khôi phục lại."))
    source_engine = create_engine(f"sqlite:///{prepared}")
    try:
        with source_engine.connect() as source, engine.begin() as target:
            copying.delete_all(target)
            copying.copy_all(source, target)
            copying.reset_sequences(target)
    finally:
        source_engine.dispose()


def other_unit_message(facts: BackupFacts, current: str, path: Path) -> str:
    return _("Bản sao lưu {file} là dữ liệu của {unit} ({code}), còn máy này đang dùng cho "
             "{current}. Khôi phục sẽ thay toàn bộ dữ liệu của {current} bằng dữ liệu của "
             "{unit} (dữ liệu hiện tại được sao lưu trước). Chỉ làm vậy khi thật sự muốn máy "
             "này chuyển sang dùng cho {unit}.").format(
                 file=path.name, unit=facts.unit_name, code=facts.unit_code, current=current)


def restore_backup(workspace, file: str | Path, *, allow_other_unit: bool = False) -> Path | None:
    """Replace the workspace's data with a backup file; returns the safety copy made first.

    The file is checked fully first (``check_backup``); another unit's backup raises
    ``OtherUnitBackup`` unless ``allow_other_unit``. Works into SQLite and into PostgreSQL
    (a logical copy in one transaction). The safety copy of what is replaced is kept with
    the automatic backups ("before-restore").
    """
    source = Path(file).resolve()
    facts = check_backup(source)
    location = workspace.location
    if location.is_sqlite and location.sqlite_path is None:
        raise UserError(_("Không thể khôi phục vào cơ sở dữ liệu trong bộ nhớ."))
    if workspace.is_initialised():
        current = workspace.installation_info()
        if current.unit_code != facts.unit_code and not allow_other_unit:
            raise OtherUnitBackup(other_unit_message(facts, current.unit_name, source), facts)
    with tempfile.TemporaryDirectory(prefix=temp_prefix(RESTORE_PREFIX)) as folder:
        try:
            prepared = _prepared_copy(source, Path(folder))
        except OSError as error:
            raise UserError(_("Không đọc được tệp sao lưu {path}: {reason}.").format(
                path=source, reason=os_reason(error))) from error
        safety = automatic_backup(location, workspace.db.engine, "before-restore")
        workspace.db.engine.dispose()  # no pooled connection may hold the old pages
        if location.is_sqlite:
            _swap_into_sqlite(prepared, location.sqlite_path)
        else:
            _swap_into_server(prepared, workspace.db.engine)
    workspace.is_initialised()  # refresh the cached unit and role
    return safety
