"""A backup is checked fully before it replaces anything; another unit's backup asks first;
self-test checks the schema; a killed backup or restore leaves nothing behind for long
(issue 12, items 10 and 11)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.cli import main
from nbhr_desktop.core.selftest import run_self_test
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import backup
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity, CatalogueItem

ROOT = Path(__file__).resolve().parents[2]


def add_activity(ws, title):
    info = ws.installation_info()
    with ws.db.session() as s:
        form = s.scalars(select(CatalogueItem).where(CatalogueItem.code == "tap_huan")).one()
        act = Activity(unit_id=info.unit_id, start_date=dt.date(2024, 3, 1), title=title,
                       form=form, owner_unit_code=info.unit_code, version=0)
        act.touch(info.installation_uuid)
        s.add(act)


def titles(ws):
    with ws.db.session() as s:
        return sorted(s.scalars(select(Activity.title)))


def damaged(source: Path, target: Path, *statements: str) -> Path:
    shutil.copyfile(source, target)
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA foreign_keys=OFF")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return target


@pytest.fixture
def made(workspace, tmp_path):
    add_activity(workspace, "Trong bản sao lưu")
    path = backup.make_backup(workspace, tmp_path / "good.sqlite3")
    add_activity(workspace, "Làm sau khi sao lưu")
    return path


@pytest.mark.parametrize("statements,words", [
    (["DROP TABLE activity_audience"], ["thiếu bảng activity_audience"]),
    (["ALTER TABLE activity DROP COLUMN note"], ["bảng activity thiếu cột note"]),
    (["DROP INDEX ix_activity_unit_start"], ["bảng activity khác chỉ mục"]),
    (["CREATE TABLE them (x)"], ["có bảng lạ them"]),
    (["INSERT INTO activity_theme (activity_id, item_id) VALUES (9999, 1)"],
     ["tham chiếu trỏ tới bản ghi không có", "activity_theme"]),
    (["DELETE FROM sync_key", "DELETE FROM installation"], ["không ghi máy và đơn vị nào"]),
    (["UPDATE alembic_version SET version_num = '9999'"], ["lược đồ ghi trong tệp là 9999"]),
    (["UPDATE nbhr_backup_info SET value = '0001' WHERE key = 'schema_revision'"],
     ["nhãn ghi lược đồ 0001"]),
])
def test_damaged_backups_are_refused_before_anything_changes(workspace, made, tmp_path,
                                                             statements, words):
    bad = damaged(made, tmp_path / "bad.sqlite3", *statements)
    with pytest.raises(UserError) as caught:
        backup.restore_backup(workspace, bad)
    message = caught.value.message
    for word in words:
        assert word in message, message
    assert "Dữ liệu hiện tại vẫn giữ nguyên" in message
    assert titles(workspace) == ["Làm sau khi sao lưu", "Trong bản sao lưu"]
    assert backup.list_backups(workspace.location, "before-restore") == []  # nothing begun


def test_the_good_backup_still_restores(workspace, made):
    backup.restore_backup(workspace, made)
    assert titles(workspace) == ["Trong bản sao lưu"]


def test_another_units_backup_asks_first_and_says_whose(workspace, tmp_path, capsys):
    other = Workspace.open(Location.resolve(data_dir=tmp_path / "yenmo"))
    initialise(other, "Yên Mô")
    theirs = backup.make_backup(other, tmp_path / "yenmo.sqlite3")
    other.close()
    with pytest.raises(backup.OtherUnitBackup) as caught:
        backup.restore_backup(workspace, theirs)
    assert "Huyện Yên Mô (377)" in caught.value.message
    assert "Huyện Kim Sơn" in caught.value.message
    assert workspace.installation_info().unit_code == "376"
    data = str(workspace.location.data_dir)
    workspace.close()
    assert main(["--data-dir", data, "restore", str(theirs)]) == 2
    err = capsys.readouterr().err
    assert "Huyện Yên Mô" in err and "--other-unit" in err and len(err.splitlines()) == 1
    assert main(["--data-dir", data, "restore", str(theirs), "--other-unit"]) == 0
    with Workspace.open(Location.resolve(data_dir=data)) as reopened:
        assert reopened.installation_info().unit_code == "377"


def test_self_test_checks_the_schema(workspace):
    location = workspace.location
    workspace.close()
    ok = {c.name: c for c in run_self_test(location)}["Cơ sở dữ liệu"]
    assert ok.ok and "đúng từng bảng" in ok.detail
    connection = sqlite3.connect(location.sqlite_path)
    connection.execute("DROP INDEX ix_activity_unit_start")
    connection.commit()
    connection.close()
    broken = {c.name: c for c in run_self_test(location)}["Cơ sở dữ liệu"]
    assert not broken.ok and "bị sửa" in broken.detail and "activity" in broken.detail


# -- item 11: leftovers of killed work ---------------------------------------------------
def _run_and_die(script: str, tmp: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp))
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 9, done.stderr


def test_killed_backup_and_restore_leave_nothing_after_the_next_start(workspace, made,
                                                                      tmp_path, monkeypatch):
    data = workspace.location.data_dir
    temp = tmp_path / "temp"
    temp.mkdir()
    workspace.close()
    _run_and_die(f"""
        import os
        from nbhr_desktop.core.workspace import Workspace
        from nbhr_desktop.storage import backup
        from nbhr_desktop.storage.db import Location
        ws = Workspace.open(Location.resolve(data_dir={str(data)!r}))
        backup._write_marker = lambda *a, **k: os._exit(9)   # killed half way
        backup.make_backup(ws)
    """, temp)
    [half_backup] = (data / "backups").glob("*.partial")  # what the probe found
    _run_and_die(f"""
        import os
        from nbhr_desktop.core.workspace import Workspace
        from nbhr_desktop.storage import backup
        from nbhr_desktop.storage.db import Location
        ws = Workspace.open(Location.resolve(data_dir={str(data)!r}))
        backup.automatic_backup = lambda *a, **k: os._exit(9)  # after the private copy
        backup.restore_backup(ws, {str(made)!r})
    """, temp)
    assert not half_backup.exists()  # that process's start cleaned it
    [half_restore] = temp.glob("nbhr-restore-*")
    from nbhr_desktop.storage import partials

    mine = partials.partial_path(data / "backups" / "in-progress.sqlite3")
    mine.write_bytes(b"a backup this process is still writing")
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    Workspace.open(Location.resolve(data_dir=data)).close()
    assert not half_restore.exists()
    assert mine.exists()  # a running process's partial file is left alone
