"""Backups: consistent copies, marked files, rolling copies, restore on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest
from sqlalchemy import create_engine, func, select, text

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import backup, migrate
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity, AdminUnit, CatalogueItem


def _open(location: Location) -> Workspace:
    workspace = Workspace.open(location)
    initialise(workspace, "Kim Sơn", officer_name="Nguyễn Thị Hoa")
    return workspace


def _add_activity(workspace: Workspace, title: str) -> None:
    info = workspace.installation_info()
    with workspace.db.session() as session:
        form = session.scalars(select(CatalogueItem).where(CatalogueItem.code == "tap_huan")).one()
        session.add(Activity(unit_id=info.unit_id, owner_unit_code=info.unit_code,
                             changed_by=info.installation_uuid, start_date=dt.date(2025, 3, 5),
                             form_id=form.id, title=title, participants_total=40,
                             participants_women=22, cost=12_500_000))


def _titles(workspace: Workspace) -> list[str]:
    with workspace.db.session() as session:
        return sorted(session.scalars(select(Activity.title)))


@pytest.fixture
def ws(any_location):
    workspace = _open(any_location)
    yield workspace
    workspace.close()


def test_backup_is_a_marked_sqlite_file_with_the_data(ws, tmp_path):
    _add_activity(ws, "Tập huấn về quyền trẻ em")
    path = backup.make_backup(ws, tmp_path / "copy.sqlite3")
    info = backup.read_backup_info(path)
    assert info["app"] == "nbhr-desktop" and info["reason"] == "manual"
    assert info["unit_code"] == "376" and info["schema_revision"] == migrate.head_revision()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == backup.APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("SELECT title FROM activity").fetchall() == [
            ("Tập huấn về quyền trẻ em",)]
        # Self-references survive the copy (province <- district).
        assert connection.execute(
            "SELECT p.code FROM admin_unit d JOIN admin_unit p ON p.id = d.parent_id "
            "WHERE d.code = '376'").fetchone() == ("37",)
    finally:
        connection.close()


def test_restore_brings_back_the_data_and_keeps_a_safety_copy(ws, tmp_path):
    _add_activity(ws, "Hội nghị phổ biến pháp luật")
    path = backup.make_backup(ws, tmp_path / "before.sqlite3")
    _add_activity(ws, "Hoạt động nhập sau khi sao lưu")
    assert len(_titles(ws)) == 2

    safety = backup.restore_backup(ws, path)

    assert _titles(ws) == ["Hội nghị phổ biến pháp luật"]
    assert safety is not None and safety.exists()
    assert backup.read_backup_info(safety)["reason"] == "before-restore"
    assert ws.installation_info().unit_code == "376"
    # The restored database is the app's own again: no backup marker left in it.
    with ws.db.engine.connect() as connection:
        tables = set(connection.dialect.get_table_names(connection))
    assert backup.MARKER_TABLE not in tables
    # And it keeps working: new rows get fresh ids (PostgreSQL sequences moved on).
    _add_activity(ws, "Sau khi khôi phục")
    assert len(_titles(ws)) == 2
    # The safety copy restores what was replaced.
    backup.restore_backup(ws, safety)
    assert _titles(ws) == ["Hoạt động nhập sau khi sao lưu", "Hội nghị phổ biến pháp luật"]


def test_backup_from_postgresql_restores_into_sqlite(pg_location, tmp_path):
    server = _open(pg_location)
    try:
        _add_activity(server, "Tuyên truyền lưu động tại xã Kim Đông")
        path = backup.make_backup(server, tmp_path / "server.sqlite3")
    finally:
        server.close()
    desk = _open(Location.resolve(data_dir=tmp_path / "desk"))
    try:
        backup.restore_backup(desk, path)
        assert _titles(desk) == ["Tuyên truyền lưu động tại xã Kim Đông"]
        with desk.db.session() as session:
            assert session.scalar(select(func.count()).select_from(AdminUnit)) >= 9
    finally:
        desk.close()


def test_restore_refuses_files_that_are_not_our_backups(ws, tmp_path):
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("Kế hoạch năm 2025", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    live_copy = tmp_path / "unmarked.sqlite3"  # a plain copy of a live database: no marker
    source = sqlite3.connect(backup.make_backup(ws, tmp_path / "good.sqlite3"))
    target = sqlite3.connect(live_copy)
    source.backup(target)
    target.execute(f"DROP TABLE {backup.MARKER_TABLE}")
    target.execute("PRAGMA application_id=0")
    target.commit()
    target.close()
    source.close()
    _add_activity(ws, "Giữ nguyên")
    for bad, words in ((text_file, "không phải tệp cơ sở dữ liệu SQLite"),
                       (other, "thiếu dấu nhận biết"), (live_copy, "thiếu dấu nhận biết"),
                       (tmp_path / "missing.sqlite3", "Không tìm thấy")):
        with pytest.raises(UserError) as caught:
            backup.restore_backup(ws, bad)
        assert words in caught.value.message
    assert _titles(ws) == ["Giữ nguyên"]


def test_restore_refuses_a_backup_from_a_newer_app(ws, tmp_path):
    path = backup.make_backup(ws, tmp_path / "newer.sqlite3")
    connection = sqlite3.connect(path)
    connection.execute(f"UPDATE {backup.MARKER_TABLE} SET value='9999' WHERE key='schema_revision'")
    connection.commit()
    connection.close()
    with pytest.raises(UserError, match="phiên bản mới hơn"):
        backup.restore_backup(ws, path)


def test_make_backup_never_overwrites(ws, tmp_path):
    target = tmp_path / "b.sqlite3"
    backup.make_backup(ws, target)
    with pytest.raises(UserError, match="đã tồn tại"):
        backup.make_backup(ws, target)
    into_folder = backup.make_backup(ws, tmp_path)
    assert into_folder.parent == tmp_path and into_folder.name.startswith("nbhr-manual-")


def test_automatic_copies_roll(workspace):
    location = workspace.location
    for _ in range(backup.KEEP["before-import"] + 3):
        backup.automatic_backup(location, workspace.db.engine, "before-import")
    kept = backup.list_backups(location, "before-import")
    assert len(kept) == backup.KEEP["before-import"]
    assert all(b.path.parent == backup.auto_dir(location) for b in kept)
    manual = backup.make_backup(workspace)  # the user's own copies are never pruned
    backup.automatic_backup(location, workspace.db.engine, "before-import")
    assert manual.exists()


def test_daily_backup_once_a_day(workspace):
    first = backup.daily_backup_if_due(workspace)
    assert first is not None and first.exists()
    assert backup.daily_backup_if_due(workspace) is None
    assert len(backup.list_backups(workspace.location, "daily")) == 1


def test_no_automatic_copy_of_a_database_that_does_not_exist(tmp_path):
    location = Location.resolve(data_dir=tmp_path / "new")
    engine = create_engine(location.db_url)
    assert backup.automatic_backup(location, engine, "before-migration") is None
    engine.dispose()


def test_backup_while_another_connection_writes_is_consistent(workspace, tmp_path):
    """The online backup reads one snapshot: a transaction open elsewhere is not half-copied."""
    _add_activity(workspace, "Đã lưu")
    writer = sqlite3.connect(workspace.location.sqlite_path, timeout=30)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE activity SET title = 'Chưa lưu'")
    done = threading.Event()

    def copy():
        backup.make_backup(workspace, tmp_path / "during.sqlite3")
        done.set()

    thread = threading.Thread(target=copy)
    thread.start()
    thread.join(timeout=20)
    writer.rollback()
    writer.close()
    assert done.is_set()
    copy_db = sqlite3.connect(tmp_path / "during.sqlite3")
    assert copy_db.execute("SELECT title FROM activity").fetchall() == [("Đã lưu",)]
    copy_db.close()


def test_migration_backs_up_an_existing_database_first(tmp_path, monkeypatch):
    """upgrade_with_backup copies an older database before changing it."""
    from nbhr_desktop.storage import migrate

    location = Location.resolve(data_dir=tmp_path / "old")
    workspace = _open(location)
    workspace.close()
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999-pretend-newer")
    monkeypatch.setattr(migrate, "upgrade", lambda engine, revision="head": None)
    engine = create_engine(location.db_url)
    migrate.upgrade_with_backup(location, engine)
    engine.dispose()
    copies = backup.list_backups(location, "before-migration")
    assert len(copies) == 1
    with sqlite3.connect(copies[0].path) as connection:
        assert connection.execute(text("SELECT 1").text).fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM installation").fetchone() == (1,)


def test_a_full_disk_is_a_clear_message(workspace, tmp_path, monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_copy_sqlite", full)
    with pytest.raises(UserError, match="Không ghi được tệp sao lưu.*ổ đĩa đã đầy"):
        backup.make_backup(workspace, tmp_path / "x.sqlite3")
    assert not (tmp_path / "x.sqlite3").exists()
    assert not (tmp_path / "x.sqlite3.partial").exists()
